import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { acceptabilityChart } from '$lib/charts/configs';
import { evaluate } from '$lib/evaluation/evaluate';
import { smaa } from '$lib/mcda/smaa';
import { acceptabilityView, SMAA_SAMPLES, seedOf, smaaInput, wholePercents } from './acceptability';

describe('rank acceptability view', () => {
	const dataset = latestDataset();
	const evaluation = evaluate(dataset, defaultScenario(dataset));

	it('rounds shares to whole per cents that add up to 100', () => {
		expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
		expect(wholePercents([0.996, 0.004])).toEqual([100, 0]);
		expect(wholePercents([0.125, 0.125, 0.75])).toEqual([13, 12, 75]);
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
