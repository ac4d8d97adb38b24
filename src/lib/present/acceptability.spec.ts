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
});
