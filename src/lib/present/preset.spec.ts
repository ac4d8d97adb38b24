import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario, presetsFor } from '$lib/scenario/presets';
import { applyPreset, equalWeights, setWeight } from '$lib/scenario/actions';
import { presetView } from './preset';

const v2 = findDataset('cloud-2010', 2)!;
const [balanced, startup] = presetsFor(v2);

describe('presetView', () => {
	it('a new comparison starts from the first preset, unmodified', () => {
		const view = presetView(defaultScenario(v2), v2);
		expect(view.preset?.id).toBe(balanced!.id);
		expect(view).toMatchObject({ modified: false, label: balanced!.name });
	});

	it('reads "(modified)" after any weight change, and not after changing it back', () => {
		const chosen = applyPreset(defaultScenario(v2), v2, startup!);
		const changed = setWeight(chosen, 'sla-uptime', 99);
		expect(presetView(changed, v2).label).toBe(`${startup!.name} (modified)`);
		const back = setWeight(changed, 'sla-uptime', startup!.weights['sla-uptime']!);
		expect(presetView(back, v2)).toMatchObject({ modified: false, label: startup!.name });
	});

	it('weights equal to a preset but not named (an old link) are that preset; others are custom', () => {
		const unnamed = { ...applyPreset(defaultScenario(v2), v2, startup!), preset: undefined };
		expect(presetView(unnamed, v2).preset?.id).toBe(startup!.id);
		const equal = equalWeights(defaultScenario(v2), v2);
		expect(presetView(equal, v2)).toEqual({
			modified: false,
			label: 'Your own, no preset',
			phrase: 'your own, no preset'
		});
	});

	it('a preset id the data set does not have falls back to matching weights', () => {
		const odd = { ...defaultScenario(v2), preset: 'no-such-preset' };
		expect(presetView(odd, v2).preset?.id).toBe(balanced!.id);
	});
});
