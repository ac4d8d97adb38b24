import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import {
	addCriterion,
	addProvider,
	applyPreset,
	clampWeight,
	equalWeights,
	freshId,
	removeCriterion,
	removeProvider,
	resetEdits,
	setIncluded,
	setScale,
	setValue,
	setWeight
} from './actions';
import { scaleKinds, type ScaleForm } from './scale-kinds';
import { readNumber } from './scale-input';
import { hasEdits, ScenarioSchema } from './schema';

const start = defaultScenario(tiny);
/** The fields an editor's form holds, as `FormData` gives them. */
const form = (fields: Record<string, string | string[]>): ScaleForm => ({
	get: (name) => [fields[name] ?? null].flat()[0] ?? null,
	getAll: (name) => [fields[name] ?? []].flat()
});
const latency = {
	name: 'Latency',
	group: 'Speed',
	unit: 'ms',
	direction: 'lower' as const,
	scale: { kind: 'linear' as const, worst: 100, best: 10 }
};

describe('scenario actions', () => {
	it('never mutate their input and always give a schema-valid scenario', () => {
		const frozen = structuredClone(start);
		let s = setWeight(start, 'price', 250);
		s = setIncluded(s, 'a', false);
		s = setValue(s, 'a', 'price', { kind: 'user', raw: 0.05 });
		s = addProvider(s, tiny, { name: 'New', platform: 'kvm' }).scenario;
		s = addCriterion(s, tiny, latency).scenario;
		s = setScale(s, tiny, 'price', { kind: 'linear', worst: 1, best: 0 });
		expect(start).toEqual(frozen);
		expect(ScenarioSchema.parse(s)).toEqual(s);
		expect(s.weights.price).toBe(100);
	});

	it('clamps weights to whole numbers from 0 to 100', () => {
		expect([-5, 0.4, 49.5, 101, NaN, Infinity].map(clampWeight)).toEqual([0, 0, 50, 100, 0, 0]);
	});

	it('a preset sets the data set’s criteria and remembers its name; the person’s own keep their weight', () => {
		const withMine = addCriterion(start, tiny, latency, 70);
		const s = applyPreset(withMine.scenario, tiny, {
			id: 'cheap',
			name: 'Cheap',
			description: 'd',
			weights: { price: 9 }
		});
		expect(s.weights).toEqual({ price: 9, future: 0, [withMine.id]: 70 });
		expect(s.preset).toBe('cheap');
		expect(equalWeights(s, tiny).preset).toBeUndefined();
		expect(Object.values(equalWeights(s, tiny).weights)).toEqual([50, 50, 50]);
	});

	it('resetting a value removes it from the change set, leaving no empty rows behind', () => {
		const s = setValue(start, 'a', 'price', { kind: 'user', raw: 0.05 });
		expect(hasEdits(s.edits)).toBe(true);
		const back = setValue(s, 'a', 'price', undefined);
		expect(back.edits.values).toEqual({});
		expect(hasEdits(back.edits)).toBe(false);
	});

	it('removing a provider or criterion of the person’s removes its values, weight and exclusion', () => {
		const p = addProvider(start, tiny, { name: 'Mine', platform: '' });
		const c = addCriterion(p.scenario, tiny, latency);
		let s = setValue(c.scenario, p.id, c.id, { kind: 'user', raw: 20 });
		s = setValue(s, 'a', c.id, { kind: 'user', raw: 30 });
		s = setIncluded(s, p.id, false);
		const noCriterion = removeCriterion(s, c.id);
		expect(noCriterion.weights[c.id]).toBeUndefined();
		expect(noCriterion.edits.criteria).toEqual([]);
		expect(noCriterion.edits.groups).toEqual([]);
		expect(noCriterion.edits.values).toEqual({});
		const noProvider = removeProvider(s, p.id);
		expect(noProvider.edits.providers).toEqual([]);
		expect(noProvider.excluded).toEqual([]);
		expect(Object.keys(noProvider.edits.values)).toEqual(['a']);
		expect(resetEdits(s, tiny).edits).toEqual(defaultScenario(tiny).edits);
		expect(Object.keys(resetEdits(s, tiny).weights)).toEqual(['price', 'future']);
	});

	it('gives new things fresh ids, never an id of the data set', () => {
		expect(freshId('Price', ['u-price'])).toBe('u-price-2');
		expect(freshId('Ünïcode & Co.', [])).toBe('u-unicode-co');
		const a = addProvider(start, tiny, { name: 'X', platform: '' });
		const b = addProvider(a.scenario, tiny, { name: 'X', platform: '' });
		expect(b.id).not.toBe(a.id);
	});

	it('a changed scale equal to the data set’s is no change', () => {
		const s = setScale(start, tiny, 'price', {
			...(tiny.criteria[0]!.scale as { kind: 'linear'; worst: number; best: number })
		});
		expect(s.edits.scales).toEqual({});
	});
});

describe('scale input', () => {
	it('reads numbers with a decimal point or comma, and nothing else', () => {
		expect(['0.085', '0,085', '-3', '1e3', ' 7 '].map(readNumber)).toEqual([0.085, 0.085, -3, 1000, 7]);
		expect(['', 'abc', '1,000,000', '0x10', 'NaN', '--1'].map(readNumber)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('derives the direction from the levels: less is better when the 100 level is lower', () => {
		expect(scaleKinds.linear.parse(form({ worst: '100', best: '10' }))).toEqual({
			ok: true,
			scale: { kind: 'linear', worst: 100, best: 10 },
			direction: 'lower'
		});
		expect(scaleKinds.linear.parse(form({ worst: '5', best: '5' }))).toMatchObject({ ok: false });
	});

	it('reads rating levels as "label = score" lines, and names the bad line', () => {
		expect(scaleKinds.levels.parse(form({ levels: 'None = 0\nFull = 100' }))).toEqual({
			ok: true,
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'none', label: 'None', score: 0 },
					{ id: 'full', label: 'Full', score: 100 }
				]
			},
			direction: 'higher'
		});
		expect(scaleKinds.levels.parse(form({ levels: 'None = 0\nFull = 120' }))).toEqual({
			ok: false,
			error: 'Line 2 (“Full = 120”): write a label, “=”, and a score from 0 to 100.'
		});
		expect(scaleKinds.levels.parse(form({ levels: 'Only = 1' }))).toMatchObject({ ok: false });
	});
});
