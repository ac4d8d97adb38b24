import { describe, expect, it } from 'vitest';
import { criterionOf, packed } from '../../../tests/support/fuzz-links';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { decodeScenario } from '$lib/share/codec';
import { exportComparisonJson, importComparisonJson } from '$lib/share/json-file';
import { effectiveDataset } from './effective';
import { uniqueEdits } from './resolve';
import { emptyEdits, type Edits } from './schema';

const cloud = latestDataset('cloud-2010');

const provider = (id: string, name: string) => ({ id, name, platform: 'KVM' });

/** Every clash issue 21 (item 5) names, in one change set. */
const clashing: Edits = {
	...emptyEdits(),
	providers: [provider('acme', 'Acme'), provider('acme', 'Acme again'), provider('gogrid', 'Not GoGrid')],
	criteria: [
		criterionOf('disk', 'Disk'),
		criterionOf('disk', 'Disk again'),
		criterionOf('entry-price', 'My entry price')
	],
	groups: [
		{ id: 'extras', name: 'Extras' },
		{ id: 'extras', name: 'Extras again' }
	]
};

describe('unique ids in a change set', () => {
	it('keeps the first of two alike, drops clashes with the data set, and names each', () => {
		const { edits, problems } = uniqueEdits(clashing, cloud);
		expect(edits.providers.map((p) => p.name)).toEqual(['Acme']);
		expect(edits.criteria.map((c) => c.name)).toEqual(['Disk']);
		expect(edits.groups.map((g) => g.name)).toEqual(['Extras']);
		expect(problems).toEqual([
			'Dropped your provider “Acme again”: another provider before it has the id “acme”.',
			'Dropped your provider “Not GoGrid”: its id “gogrid” is already one of the data set’s providers.',
			'Dropped your criterion “Disk again”: another criterion before it has the id “disk”.',
			'Dropped your criterion “My entry price”: its id “entry-price” is already one of the data set’s criteria.',
			'Dropped your group “Extras again”: another group before it has the id “extras”.'
		]);
	});

	it('returns the same edits when nothing clashes (memoised results stay valid)', () => {
		const fine = { ...emptyEdits(), providers: [provider('acme', 'Acme')] };
		expect(uniqueEdits(fine, cloud)).toEqual({ edits: fine, problems: [] });
		expect(uniqueEdits(fine, cloud).edits).toBe(fine);
	});

	it('the effective data set has unique ids whatever it is given', () => {
		const effective = effectiveDataset(cloud, clashing);
		for (const list of [effective.providers, effective.criteria, effective.groups]) {
			const ids = list.map((x) => x.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(effective.criteria.find((c) => c.id === 'entry-price')?.name).toBe(
			cloud.criteria.find((c) => c.id === 'entry-price')!.name
		);
	});

	it('a link with duplicate ids opens with the first of each and says what it dropped', () => {
		const { scenario, problems } = decodeScenario(`v=2&e=${packed(clashing)}`);
		expect(scenario.edits.providers.map((p) => p.name)).toEqual(['Acme']);
		expect(problems).toContain(
			'Dropped your provider “Acme again”: another provider before it has the id “acme”.'
		);
		expect(problems).toContain(
			'Dropped your criterion “My entry price”: its id “entry-price” is already one of the data set’s criteria.'
		);
	});

	it('a file with duplicate ids opens with the first of each and says what it dropped', () => {
		const text = exportComparisonJson({ ...defaultScenario(cloud), edits: clashing });
		const result = importComparisonJson(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenario.edits.criteria.map((c) => c.name)).toEqual(['Disk']);
		expect(result.notices).toContain(
			'Dropped your group “Extras again”: another group before it has the id “extras”.'
		);
	});

	it('a file naming a provider twice among those left out, or a criterion twice in a rank order, is refused with the reason', () => {
		const twice = JSON.parse(exportComparisonJson(defaultScenario(cloud)));
		twice.scenario.excluded = ['ntt', 'ntt'];
		const result = importComparisonJson(JSON.stringify(twice));
		expect(result.ok ? '' : result.error).toMatch(/scenario\.excluded: a provider is named twice/);
		twice.scenario.excluded = [];
		twice.scenario.rankOrder = ['entry-price', 'entry-price'];
		const again = importComparisonJson(JSON.stringify(twice));
		expect(again.ok ? '' : again.error).toMatch(/scenario\.rankOrder: a criterion is named twice/);
	});
});

describe('scales that could not score', () => {
	it('a link’s scale from −1e308 to 1e308 is dropped, so no score is NaN', async () => {
		const { evaluate } = await import('$lib/evaluation/evaluate');
		const scales = { 'entry-price': { kind: 'linear', worst: 1e308, best: -1e308 } };
		const { scenario, problems } = decodeScenario(`v=2&e=${packed({ scales })}`);
		expect(problems).toContain('Dropped the changed scale of one criterion: it is not a valid scale.');
		expect(Object.keys(scenario.edits.scales)).toEqual([]);
		const scores = evaluate(cloud, scenario).ranking.map((r) => r.score);
		expect(scores.every(Number.isFinite)).toBe(true);
	});

	it('a rating scale with two levels of one id is refused', () => {
		const levels = [
			{ id: 'yes', label: 'Yes', score: 100 },
			{ id: 'yes', label: 'Also yes', score: 0 }
		];
		const { scenario, problems } = decodeScenario(
			`v=2&e=${packed({ criteria: [{ ...criterionOf('ssd', 'SSD'), scale: { kind: 'levels', levels } }] })}`
		);
		expect(scenario.edits.criteria).toEqual([]);
		expect(problems.join(' ')).toMatch(
			/Dropped criterion 1 of the link: scale.levels: two levels have the same id/
		);
	});
});
