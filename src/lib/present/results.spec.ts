import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '$lib/evaluation/evaluate';
import { addProvider, setValue } from '$lib/scenario/data-edits';
import { scenarioWith } from '$lib/scenario/defaults';
import type { Scenario } from '$lib/scenario/schema';
import { tiny } from '$testing/tiny';
import {
	formatWeightTotal,
	methodNote,
	platformName,
	rankingView,
	sourceRowId,
	valueScoresView,
	weightGroupsView,
	weightsView,
	weightTotalText
} from './results';

describe('the sum of weights as a person reads it', () => {
	it.each([
		// Issue 19: ROC weights of a ranking added up in floating point.
		[100.00999999999999, '100.01'],
		[99.99, '99.99'],
		[0.1 + 0.2, '0.3'],
		[810, '810'],
		[100, '100']
	])('%s reads %s', (total, text) => {
		expect(formatWeightTotal(total)).toBe(text);
	});

	it('says what the total is, or that there is nothing to rank by', () => {
		expect(weightTotalText(100.00999999999999)).toBe('Sum of weights 100.01 = 100 %');
		expect(weightTotalText(0)).toBe('Sum of weights 0: nothing to rank by');
	});
});

describe('the weights form’s groups', () => {
	const criterion = (id: string, group: string) => ({ id, group }) as never;
	const dataset = {
		groups: [
			{ id: 'cost', name: 'Cost' },
			{ id: 'empty', name: 'Nothing in it' },
			{ id: 'ops', name: 'Operations' }
		]
	};

	it('says what each group weighs together and its share of every weight, in the data set’s order', () => {
		// Weights 30 and 10 in Cost, 60 in Operations: 40 of 100 = 40 %, 60 of 100 = 60 %.
		const view = weightGroupsView({
			dataset,
			criteria: [criterion('price', 'cost'), criterion('api', 'ops'), criterion('egress', 'cost')],
			weights: [30, 60, 10],
			totalWeight: 100
		});
		expect(view.map((g) => [g.id, g.criteria.map((c) => c.id), g.sum])).toEqual([
			['cost', ['price', 'egress'], 'sum 40 = 40 %'],
			['ops', ['api'], 'sum 60 = 60 %']
		]);
	});

	it('rounds the share to a whole per cent and gives no share of nothing', () => {
		// 1 of 3 = 33.3 % → "33 %"; with every weight 0 there is no share to give.
		const criteria = [criterion('a', 'cost'), criterion('b', 'ops'), criterion('c', 'ops')];
		expect(weightGroupsView({ dataset, criteria, weights: [1, 1, 1], totalWeight: 3 })[0]!.sum).toBe(
			'sum 1 = 33 %'
		);
		expect(weightGroupsView({ dataset, criteria, weights: [0, 0, 0], totalWeight: 0 })[1]!.sum).toBe('sum 0');
	});
});

// Tiny by hand (answer.spec.ts): Price (lower; 0.2 → 0, 0.01 → 100) A 0.02 → 94.74, B 0.105 → 50, C
// unknown; Future (levels) A Xen 50, B KVM 100, C KVM 100. Equal weights, unknowns at the worst level
// (0): B (50 + 100) / 2 = 75.0, A (94.74 + 50) / 2 = 72.4, C (0 + 100) / 2 = 50.0.
const tinyEqual = (scenario: Partial<Scenario> = {}) =>
	evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), ...scenario });

describe('the ranking table', () => {
	it('heads its columns, ranks the providers and names their platforms (no story: “Platform”)', () => {
		const view = rankingView(tinyEqual());
		expect(view.caption).toBe('Ranking');
		expect(view.columns).toEqual(['Rank', 'Provider', 'Platform', 'Score', 'Known', 'Range']);
		expect(view.platformHeading).toBe('Platform');
		expect(
			view.rows.map((r) => [
				r.rank,
				r.providerId,
				r.provider,
				r.label,
				r.platform,
				r.platformId,
				r.score,
				r.mine
			])
		).toEqual([
			[1, 'b', 'B', 'B', 'KVM', 'kvm', '75.0', false],
			[2, 'a', 'A', 'A', 'Xen', 'xen', '72.4', false],
			[3, 'c', 'C', 'C', 'KVM', 'kvm', '50.0', false]
		]);
		expect(view.empty).toBeUndefined();
	});

	it('explains Known and Range, and names who overlaps the leader; no method caveat for the weighted sum', () => {
		// C's range: price unknown at 0 → 50, at 100 → 100; it overlaps B's single point 75.
		const view = rankingView(tinyEqual());
		expect(view.notes).toEqual([
			'Known: how many of the criteria have a value for the provider (sourced, judgement or yours). Range: the score (weighted sum) with every unknown value at the worst level and at the best level; a provider with every value known has a single point.',
			'B and C cannot be told apart on the evidence: their ranges overlap.'
		]);
		expect('note' in view).toBe(false);
		expect(methodNote(tinyEqual())).toBeUndefined();
	});

	it('leaves the overlap out with one provider ranked', () => {
		const view = rankingView(tinyEqual({ excluded: ['a', 'c'] }));
		expect(view.notes).toEqual([
			'Known: how many of the criteria have a value for the provider (sourced, judgement or yours). Range: the score (weighted sum) with every unknown value at the worst level and at the best level; a provider with every value known has a single point.'
		]);
	});

	it('warns of rank reversal next to a TOPSIS ranking', () => {
		const topsis = tinyEqual({ method: 'topsis' });
		const text =
			'TOPSIS scores each provider against the others compared, so adding or leaving out a provider can change the order of the rest (rank reversal).';
		expect(methodNote(topsis)).toBe(text);
		expect(rankingView(topsis).note).toBe(text);
	});

	it('marks a provider the person added as theirs, in the label only', () => {
		// Mine: 0.01 $/h → 100, KVM → 100: 100.0, first.
		const { scenario } = addProvider(scenarioWith(tiny, { price: 50, future: 50 }), tiny, {
			name: 'Mine',
			platform: 'KVM',
			values: { price: { kind: 'user', raw: 0.01 }, future: { kind: 'user', raw: 'kvm' } }
		});
		const [first, second] = rankingView(evaluate(tiny, scenario)).rows;
		expect([first!.provider, first!.label, first!.platform, first!.score, first!.mine]).toEqual([
			'Mine',
			'Mine (yours)',
			'KVM',
			'100.0',
			true
		]);
		expect([second!.label, second!.mine]).toEqual(['B', false]);
	});

	it('names a platform the data set does not list by its id', () => {
		expect(platformName(tinyEqual(), 'kvm')).toBe('KVM');
		expect(platformName(tinyEqual(), 'lxc')).toBe('lxc');
	});

	it('says why there is no ranking instead of an empty table', () => {
		const cases: [Evaluation, string][] = [
			[
				evaluate(tiny, scenarioWith(tiny, {})),
				'Give at least one criterion a weight to see a ranking. Every criterion has weight 0.'
			],
			// Price at most 0.001 $/h: nobody reaches it (C's price is unknown, so C fails too).
			[tinyEqual({ musts: { price: 0.001 } }), 'Every provider is ruled out by your must-haves (below).'],
			[
				tinyEqual({ excluded: ['a', 'b', 'c'] }),
				'Include at least one provider to see a ranking: every provider is left out.'
			],
			[
				evaluate({ ...tiny, providers: [] }, scenarioWith(tiny, { price: 50, future: 50 })),
				'Add at least one provider under “Your data” to see a ranking.'
			]
		];
		for (const [evaluation, empty] of cases) {
			const view = rankingView(evaluation);
			expect(view.empty).toBe(empty);
			expect(view.rows).toEqual([]);
			expect(view.columns).toEqual(['Rank', 'Provider', 'Platform', 'Score', 'Known', 'Range']);
			expect('notes' in view).toBe(false);
		}
	});
});

describe('the weights table', () => {
	it('lists each criterion with its group, weight and share, and the sum', () => {
		// 30 + 10 = 40: Price 30/40 = 75 %, Future 10/40 = 25 %.
		const view = weightsView(evaluate(tiny, scenarioWith(tiny, { price: 30, future: 10 })));
		expect(view.caption).toBe('Weights used');
		expect(view.columns).toEqual(['Criterion', 'Group', 'Weight', 'Share']);
		expect(view.note).toBe('A criterion’s share is its weight ÷ the sum of weights.');
		expect(view.rows).toEqual([
			{ criterionId: 'price', criterion: 'Price', group: 'Cost', weight: 30, share: '75 %' },
			{ criterionId: 'future', criterion: 'Future', group: 'Cost', weight: 10, share: '25 %' }
		]);
		expect(view.total).toBe(40);
		expect(view.totalText).toBe('Sum of weights 40 = 100 %');
	});

	it('names a group the data set does not list by its id', () => {
		// The effective data set drops a criterion of an unknown group; the table still copes with one.
		const evaluation = evaluate(tiny, scenarioWith(tiny, { price: 1, future: 1 }));
		const criteria = evaluation.criteria.map((c) => (c.id === 'price' ? { ...c, group: 'misc' } : c));
		expect(weightsView({ ...evaluation, criteria }).rows.map((r) => [r.criterion, r.group, r.share])).toEqual(
			[
				['Price', 'misc', '50 %'],
				['Future', 'Cost', '50 %']
			]
		);
	});
});

describe('the value-score table', () => {
	it('has its caption and intros, providers in ranking order, a row per criterion, and a link to each source', () => {
		const view = valueScoresView(tinyEqual());
		expect(view.caption).toBe('Value scores');
		expect(view.pageIntro).toBe(
			'Each cell: the provider’s figure · its value score (0–100, before weighting). Follow a cell to its source.'
		);
		expect(view.printIntro).toBe('Each provider’s value score (0–100) on each criterion, before weighting.');
		expect(view.providers.map((p) => [p.id, p.name])).toEqual([
			['b', 'B'],
			['a', 'A'],
			['c', 'C']
		]);
		expect(view.rows.map((r) => [r.criterionId, r.criterion, r.cells.map((c) => c.text)])).toEqual([
			['price', 'Price', ['50', '95', '0']],
			['future', 'Future', ['100', '50', '100']]
		]);
		expect(view.rows[0]!.cells.map((c) => [c.unknown, c.omitted, c.mine, c.sourceId])).toEqual([
			[false, false, false, 'src-price-b'],
			[false, false, false, 'src-price-a'],
			[true, false, false, 'src-price-c']
		]);
		expect(view.rows[0]!.cells[2]!.raw).toBe('unknown');
		expect(view.legend).toEqual(['* unknown value, scored 0 (worst level) until a value is known.']);
		expect(sourceRowId('price', 'a')).toBe('src-price-a');
	});

	it('keeps the data set’s order when nothing is ranked', () => {
		const view = valueScoresView(evaluate(tiny, scenarioWith(tiny, {})));
		expect(view.providers.map((p) => p.id)).toEqual(['a', 'b', 'c']);
	});

	it('shows an unknown value left out as a dash and says how it counts, or scored as the rule says', () => {
		const omit = valueScoresView(tinyEqual({ unknowns: 'omit' }));
		// Left out: C is scored on Future alone (100), first; B 75, A 72.4.
		expect(omit.providers.map((p) => p.id)).toEqual(['c', 'b', 'a']);
		expect(omit.rows[0]!.cells.map((c) => [c.text, c.unknown, c.omitted])).toEqual([
			['–', true, true],
			['50', false, false],
			['95', false, false]
		]);
		expect(omit.legend).toEqual(['* unknown value, left out: the provider is scored on its other criteria.']);
		expect(valueScoresView(tinyEqual({ unknowns: 'middle' })).legend).toEqual([
			'* unknown value, scored 50 (middle of the scale) until a value is known.'
		]);
	});

	it('marks the person’s own values, and has no legend when nothing needs one', () => {
		// Without C every value is known and none is the person's: no marks to explain.
		expect(valueScoresView(tinyEqual({ excluded: ['c'] })).legend).toEqual([]);
		// A's price set to 0.2 $/h (→ 0): A (0 + 50) / 2 = 25, last.
		const mine = setValue(tinyEqual().scenario, 'a', 'price', { kind: 'user', raw: 0.2 });
		const view = valueScoresView(evaluate(tiny, { ...mine, excluded: ['c'] }));
		expect(view.providers.map((p) => p.id)).toEqual(['b', 'a']);
		expect(view.rows[0]!.cells.map((c) => [c.text, c.mine])).toEqual([
			['50', false],
			['0', true]
		]);
		expect(view.legend).toEqual(['† your value (you entered or changed it).']);
		expect(valueScoresView(evaluate(tiny, mine)).legend).toEqual([
			'* unknown value, scored 0 (worst level) until a value is known.',
			'† your value (you entered or changed it).'
		]);
	});

	it('reuses a provider’s cells from one weight change to the next', () => {
		const before = valueScoresView(tinyEqual()).providers.find((p) => p.id === 'a')!.cells;
		const after = valueScoresView(evaluate(tiny, scenarioWith(tiny, { price: 90, future: 10 })));
		expect(after.providers.find((p) => p.id === 'a')!.cells).toBe(before);
	});
});
