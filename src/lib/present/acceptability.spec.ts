import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { acceptabilityChart } from '$lib/charts/configs';
import { evaluate } from '$lib/evaluation/evaluate';
import { smaa } from '$lib/mcda/smaa';
import type { Dataset } from '$lib/data/schema';
import type { SmaaResult } from '$lib/mcda/smaa';
import { scenarioWith } from '$lib/scenario/defaults';
import { methods } from '$lib/scenario/registry';
import { tiny } from '$testing/tiny';
import {
	acceptabilityIntro,
	acceptabilityView,
	SMAA_SAMPLES,
	seedOf,
	smaaInput,
	uncertainSwitchNote,
	wholePercents
} from './acceptability';

describe('rank acceptability view', () => {
	const dataset = latestDataset();
	const evaluation = evaluate(dataset, defaultScenario(dataset));

	it('rounds shares to whole per cents that add up to 100', () => {
		expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
		expect(wholePercents([0.996, 0.004])).toEqual([100, 0]);
		expect(wholePercents([0.125, 0.125, 0.75])).toEqual([13, 12, 75]);
		// The one left over goes to the largest remainder wherever it stands: .4 and .6 → 0, 100;
		// 33.3, 33.4, 33.3 → 33, 34, 33; of equal remainders (12.5, 62.5) to the first: 25, 13, 62.
		expect(wholePercents([0.004, 0.996])).toEqual([0, 100]);
		expect(wholePercents([0.333, 0.334, 0.333])).toEqual([33, 34, 33]);
		expect(wholePercents([0.25, 0.125, 0.625])).toEqual([25, 13, 62]);
	});

	it('seeds with 32-bit FNV-1a', () => {
		// Test vectors of the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv): "" → the offset
		// basis 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
		expect(seedOf('')).toBe(0x811c9dc5);
		expect(seedOf('a')).toBe(0xe40c292c);
		expect(seedOf('foobar')).toBe(0xbf9cf968);
	});

	it('seeds from the comparison: the same comparison, the same request', () => {
		const a = smaaInput(evaluation, true);
		const b = smaaInput(evaluate(dataset, defaultScenario(dataset)), true);
		expect(a.request).toEqual(b.request);
		expect(a.request.samples).toBe(SMAA_SAMPLES);
		expect(a.request.seed).toBe(seedOf(a.key));
		// Unknown values become ranges over 0–100 only when asked.
		expect(a.uncertain).toBeGreaterThan(0);
		expect(a.request.ranges).toBeDefined();
		expect(smaaInput(evaluation, false).request.ranges).toBeUndefined();
		expect(smaaInput(evaluation, false).key).not.toBe(a.key);
	});

	it('gives rows in ranking order adding up to 100 %, a chart and words', () => {
		const input = smaaInput(evaluation, false);
		const result = smaa(input.request.values, { samples: 2000, seed: input.request.seed });
		const view = acceptabilityView(evaluation, input, result);
		expect(view.ranks).toEqual(['1st', '2nd', '3rd', '4th', '5th', '6th']);
		expect(view.rows.map((r) => r.provider)).toEqual(evaluation.ranking.map((r) => r.provider.name));
		for (const row of view.rows) expect(row.percents.reduce((a, b) => a + b, 0)).toBe(100);
		expect(view.text).toMatch(/^We drew 10,000 sets of weights at random/);
		const config = acceptabilityChart(view);
		expect(config.data.datasets.map((d) => d.label)).toEqual(view.ranks);
		expect(config.data.labels).toEqual(view.rows.map((r) => r.provider));
	});

	it('draws around the person’s weights by default, and leaves out criteria whose weight is 0', () => {
		const [kept, ...zeroed] = dataset.criteria;
		const weights = Object.fromEntries(dataset.criteria.map((c) => [c.id, c === kept ? 40 : 0]));
		const one = evaluate(dataset, { ...defaultScenario(dataset), weights, preset: undefined });
		const input = smaaInput(one, true);
		// One criterion has weight: one column, the person's weight as the centre, ±25 %.
		expect(input.request.values.every((row) => row.length === 1)).toBe(true);
		expect(input.request.around).toEqual({ centre: [40], spread: 0.25 });
		expect(input.leftOut).toEqual(zeroed.map((c) => c.name));
		// Unknown values on left-out criteria are not drawn.
		const unknownOnKept = one.cells.filter((row) => row[0]!.unknown).length;
		expect(input.uncertain).toBe(unknownOnKept);
		const result = smaa(input.request.values, { ...input.request, samples: 500 });
		const view = acceptabilityView(one, input, result);
		expect(view.text).toContain('each weight within ±25 % of yours');
		expect(view.text).toMatch(new RegExp(`${zeroed.at(-1)!.name}\\W* have weight 0 and were left out\\.$`));
		// "Any weights at all": no centre, and a different run.
		const any = smaaInput(one, true, 'any');
		expect(any.request.around).toBeUndefined();
		expect(any.key).not.toBe(input.key);
		expect(acceptabilityView(one, any, result).text).toContain(
			'every way of sharing the weight equally likely'
		);
	});

	it('a criterion with weight 0 cannot change who comes first (it used to be drawn a weight)', () => {
		// Two providers; A is better on the only weighted criterion, B on every criterion set to 0. With
		// those criteria left out, A is first in every draw whichever way the weights are drawn.
		const [first] = dataset.criteria;
		const weights = Object.fromEntries(dataset.criteria.map((c) => [c.id, c === first ? 50 : 0]));
		const one = evaluate(dataset, { ...defaultScenario(dataset), weights, preset: undefined });
		for (const draw of ['around', 'any'] as const) {
			const input = smaaInput(one, false, draw);
			const result = smaa(input.request.values, { ...input.request, samples: 2000 });
			const firsts = result.acceptability.map((row) => row[0]!);
			// The best on the first criterion alone (ties share) takes all of first place.
			const scores = input.request.values.map((row) => row[0]!);
			const top = Math.max(...scores);
			const winners = scores.filter((s) => s === top).length;
			firsts.forEach((p, i) => expect(p).toBeCloseTo(scores[i] === top ? 1 / winners : 0, 10));
		}
	});
});

// Tiny by hand (answer.spec.ts): Price A 94.74, B 50, C unknown; Future A 50, B 100, C 100. Equal
// weights, unknowns at the worst level (0): B 75, A 72.37, C 50, so the ranking reads B, A, C, while
// the request's rows (and `providerIds`) keep the data set's order a, b, c.
const tinyEqual = evaluate(tiny, scenarioWith(tiny, { price: 50, future: 50 }));
const result = (acceptability: number[][]): SmaaResult => ({
	acceptability,
	centralWeights: [],
	confidence: []
});
const INTRO_AROUND =
	'We drew 10,000 sets of weights at random, each weight within ±25 % of yours, and ranked the providers by weighted sum each time. ';

describe('the rank acceptability table and its words, worked by hand', () => {
	it('heads the columns Provider, 1st, 2nd, 3rd and gives rows in ranking order, not in the request’s', () => {
		// Shares are quarters (exact in binary): a ¾ first, b ¼ first, c never first.
		const input = smaaInput(tinyEqual, false);
		const view = acceptabilityView(
			tinyEqual,
			input,
			result([
				[0.75, 0.25, 0],
				[0.25, 0.5, 0.25],
				[0, 0.25, 0.75]
			])
		);
		expect(view.ranks).toEqual(['1st', '2nd', '3rd']);
		expect(view.columns).toEqual(['Provider', '1st', '2nd', '3rd']);
		expect(view.rows).toEqual([
			{ providerId: 'b', provider: 'B', percents: [25, 50, 25] },
			{ providerId: 'a', provider: 'A', percents: [75, 25, 0] },
			{ providerId: 'c', provider: 'C', percents: [0, 25, 75] }
		]);
		// Most often first comes first in the sentence (A before B, though B ranks higher); C, never
		// first, is counted, not named.
		expect(view.text).toBe(
			INTRO_AROUND + 'A came first in 75 %, B came first in 25 % of the draws; 1 provider never did.'
		);
	});

	it('ends with a full stop when everyone came first sometimes, and says nothing of firsts with no rows', () => {
		const input = smaaInput(tinyEqual, false);
		const all = acceptabilityView(
			tinyEqual,
			input,
			result([
				[0.25, 0.5, 0.25],
				[0.5, 0.25, 0.25],
				[0.25, 0.25, 0.5]
			])
		);
		// B 50, then A and C at 25 in ranking order (a stable sort keeps B, A, C for equal shares).
		expect(all.text).toBe(
			INTRO_AROUND + 'B came first in 50 %, A came first in 25 %, C came first in 25 % of the draws.'
		);
		// A provider missing from the request has no row; none at all, no sentence about firsts.
		const none = acceptabilityView(tinyEqual, { ...input, providerIds: [] }, result([]));
		expect(none.rows).toEqual([]);
		expect(none.text).toBe(INTRO_AROUND);
		const twoOnly = acceptabilityView(
			tinyEqual,
			{ ...input, providerIds: ['a', 'b'] },
			result([
				[0.5, 0.5],
				[0.5, 0.5]
			])
		);
		expect(twoOnly.rows.map((r) => r.provider)).toEqual(['B', 'A']);
	});

	it('names the unknown values drawn, one or several, and the “any weights” way of drawing', () => {
		const input = smaaInput(tinyEqual, true);
		// Tiny has one unknown value (C's price), and both criteria carry weight.
		expect(input.uncertain).toBe(1);
		const shares = result([
			[0.5, 0.5, 0],
			[0.5, 0.5, 0],
			[0, 0, 1]
		]);
		expect(acceptabilityView(tinyEqual, input, shares).text).toBe(
			'We drew 10,000 sets of weights at random, each weight within ±25 % of yours and each of the 1 unknown value anywhere on its criterion’s 0–100 scale, ' +
				'and ranked the providers by weighted sum each time. B came first in 50 %, A came first in 50 % of the draws; 1 provider never did.'
		);
		expect(acceptabilityView(tinyEqual, { ...input, uncertain: 2, draw: 'any' }, shares).text).toBe(
			'We drew 10,000 sets of weights at random, every way of sharing the weight equally likely and each of the 2 unknown values anywhere on its criterion’s 0–100 scale, ' +
				'and ranked the providers by weighted sum each time. B came first in 50 %, A came first in 50 % of the draws; 1 provider never did.'
		);
	});

	it('says one criterion with weight 0 “has” it and “was” left out', () => {
		const priceOnly = evaluate(tiny, scenarioWith(tiny, { price: 50, future: 0 }));
		const input = smaaInput(priceOnly, false);
		expect(input.leftOut).toEqual(['Future']);
		// Price alone: A 94.74, B 50, C 0 (unknown, worst level): A, B, C.
		const view = acceptabilityView(
			priceOnly,
			input,
			result([
				[1, 0, 0],
				[0, 1, 0],
				[0, 0, 1]
			])
		);
		expect(view.text).toBe(
			INTRO_AROUND +
				'A came first in 100 % of the draws; 2 providers never did. Future has weight 0 and was left out.'
		);
	});
});

/** Twelve providers P01 … P12 on one 0–100 criterion: P01 100, P02 95, …, P12 45, ranked in that order. */
const twelve: Dataset = {
	...tiny,
	id: 'twelve',
	criteria: [{ ...tiny.criteria[1]!, id: 'x', name: 'Ex', scale: { kind: 'linear', worst: 0, best: 100 } }],
	providers: Array.from({ length: 12 }, (_, k) => ({
		...tiny.providers[0]!,
		id: `p${k + 1}`,
		name: `P${String(k + 1).padStart(2, '0')}`,
		values: {
			x: {
				kind: 'sourced' as const,
				raw: 100 - 5 * k,
				source: { title: 'T', url: 'https://example.org/', date: '2010-05' }
			}
		}
	}))
};

describe('rank acceptability with more providers than rank columns', () => {
	// Built inside each test (not when the file is collected), so a mutation of the view is in force.
	const evaluation = () => evaluate(twelve, scenarioWith(twelve, { x: 10 }));
	/** A row of twelve shares from {rank: share}. */
	const at = (shares: Record<number, number>) => Array.from({ length: 12 }, (_, r) => shares[r + 1] ?? 0);
	const view = () =>
		acceptabilityView(
			evaluation(),
			smaaInput(evaluation(), false),
			result([
				at({ 1: 0.5, 2: 0.5 }),
				at({ 1: 0.25, 2: 0.25, 3: 0.5 }),
				at({ 1: 0.125, 2: 0.25, 3: 0.5, 4: 0.125 }),
				at({ 1: 0.125, 4: 0.875 }),
				at({ 5: 1 }),
				at({ 6: 1 }),
				at({ 7: 1 }),
				at({ 8: 1 }),
				at({ 9: 1 }),
				at({ 10: 0.5, 11: 0.25, 12: 0.25 }),
				at({ 11: 1 }),
				at({ 10: 0.5, 12: 0.5 })
			])
		);

	it('shows ten ranks, 11th, 12th and 13th read “th”, and adds the rest up in “11th or lower”', () => {
		expect(view().columns).toEqual([
			'Provider',
			'1st',
			'2nd',
			'3rd',
			'4th',
			'5th',
			'6th',
			'7th',
			'8th',
			'9th',
			'10th',
			'11th or lower'
		]);
		const row = (name: string) => view().rows.find((r) => r.provider === name)!.percents;
		// P03: 12.5, 25, 50, 12.5 → floors 12, 25, 50, 12 (99); the one left goes to the first of the
		// equal halves: 13, 25, 50, 12.
		expect(row('P03')).toEqual([13, 25, 50, 12, 0, 0, 0, 0, 0, 0, 0]);
		// P10: 10th ½, 11th ¼ and 12th ¼ → last column ½. P12: 10th ½, 12th ½ → ½. P11: 11th → 100.
		expect(row('P10')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50]);
		expect(row('P11')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100]);
		expect(row('P12')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50]);
		expect(view().rows.map((r) => r.provider)).toEqual(
			['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((n) => `P${n}`)
		);
	});

	it('names the three most often first, marks that there are more, and counts those never first', () => {
		// Firsts: P01 50, P02 25, P03 13, P04 13 (12.5 + 87.5 → 13, 87); eight never first.
		expect(view().text).toBe(
			INTRO_AROUND +
				'P01 came first in 50 %, P02 came first in 25 %, P03 came first in 13 %, … of the draws; 8 providers never did.'
		);
	});
});

describe('the request for the worker, by hand', () => {
	// Three criteria on 0–100 (value score = value): P (90, 30, 60); Q (20, 80, unknown).
	const source = { title: 'T', url: 'https://example.org/', date: '2010-05' };
	const three: Dataset = {
		...tiny,
		id: 'three',
		criteria: ['x', 'y', 'z'].map((id) => ({
			...tiny.criteria[1]!,
			id,
			name: id.toUpperCase(),
			scale: { kind: 'linear' as const, worst: 0, best: 100 }
		})),
		providers: [
			{
				...tiny.providers[0]!,
				id: 'p',
				name: 'P',
				values: {
					x: { kind: 'sourced', raw: 90, source },
					y: { kind: 'sourced', raw: 30, source },
					z: { kind: 'sourced', raw: 60, source }
				}
			},
			{
				...tiny.providers[1]!,
				id: 'q',
				name: 'Q',
				values: {
					x: { kind: 'sourced', raw: 20, source },
					y: { kind: 'sourced', raw: 80, source },
					z: { kind: 'unknown', reason: 'none' }
				}
			}
		]
	};
	const weights = { x: 20, y: 20, z: 20 };

	it('stands an unknown value left out in at the provider’s mean known score', () => {
		// Left out: Q's z is not scored; as a fixed stand-in it takes Q's mean known score (20 + 80) / 2 = 50.
		const omit = evaluate(three, { ...scenarioWith(three, weights), unknowns: 'omit' });
		expect(smaaInput(omit, false).request.values).toEqual([
			[90, 30, 60],
			[20, 80, 50]
		]);
		// Worst level: Q's z scores 0.
		expect(smaaInput(evaluate(three, scenarioWith(three, weights)), false).request.values).toEqual([
			[90, 30, 60],
			[20, 80, 0]
		]);
	});

	it('keys the run by the values, the unknowns’ upper ends, the samples and the draw', () => {
		const worst = evaluate(three, scenarioWith(three, weights));
		expect(smaaInput(worst, false, 'any').key).toBe('[[[90,30,60],[20,80,0]],0,10000,"any"]');
		expect(smaaInput(worst, true, 'any').key).toBe(
			'[[[90,30,60],[20,80,0]],[[90,30,60],[20,80,100]],10000,"any"]'
		);
		expect(smaaInput(worst, false).key).toBe(
			'[[[90,30,60],[20,80,0]],0,10000,{"centre":[20,20,20],"spread":0.25}]'
		);
	});

	it('sends ranges only when unknown values are drawn and there are some', () => {
		const worst = evaluate(three, scenarioWith(three, weights));
		expect(Object.keys(smaaInput(worst, false).request)).toEqual(['values', 'samples', 'seed', 'around']);
		expect(smaaInput(worst, true).request.ranges).toEqual({
			low: [
				[90, 30, 60],
				[20, 80, 0]
			],
			high: [
				[90, 30, 60],
				[20, 80, 100]
			]
		});
		// Without Q, every value is known: asking for uncertain unknowns draws nothing, sends no ranges.
		const known = evaluate(three, { ...scenarioWith(three, weights), excluded: ['q'] });
		const input = smaaInput(known, true, 'any');
		expect(input.uncertain).toBe(0);
		expect(Object.keys(input.request)).toEqual(['values', 'samples', 'seed']);
	});
});

describe('the words around the rank acceptability table', () => {
	it('asks the question with the weights drawn around the person’s or anywhere, and the unknowns', () => {
		const ws = { method: methods['weighted-sum'] };
		expect(acceptabilityIntro(ws, false)).toBe(
			'How often would each provider take each place if the weights moved up to 25 % either way from yours?'
		);
		expect(acceptabilityIntro(ws, true, 'any')).toBe(
			'How often would each provider take each place if the weights could be anything and the unknown values could be anything?'
		);
	});

	it('says the analysis ranks by weighted sum when the method chosen is another', () => {
		expect(acceptabilityIntro({ method: methods.topsis }, false, 'around')).toBe(
			'How often would each provider take each place if the weights moved up to 25 % either way from yours? This analysis ranks by weighted sum whatever the method chosen above.'
		);
	});

	it('relates the “uncertain” switch to the Unknown values rule in force, by name', () => {
		const middle = evaluate(tiny, { ...scenarioWith(tiny, { price: 1, future: 1 }), unknowns: 'middle' });
		expect(uncertainSwitchNote(middle)).toBe(
			'Switched on, each unknown value is drawn anywhere on its 0–100 scale in every draw, whatever the Unknown values rule; switched off, unknown values count as that rule says (now “Middle of the scale”).'
		);
	});
});
