import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { contributionsChart, criterionColour, groupKey, hypervisorKey, scoreChart } from './configs';

describe('scoreChart', () => {
	it('draws each provider’s score range as a floating bar over its score, in ranking order', () => {
		// Weights 3, 1: A 83.553 and B 62.5 (every value known), C from 25 to 100.
		const config = scoreChart(evaluate(tiny, scenarioWith(tiny, { price: 3, future: 1 })));
		expect(config.data.labels).toEqual(['A', 'B', 'C']);
		const [score, range] = config.data.datasets;
		expect(score!.data).toEqual([83.6, 62.5, 25]);
		expect(range!.data).toEqual([
			[83.6, 83.6],
			[62.5, 62.5],
			[25, 100]
		]);
		expect(range).toMatchObject({ grouped: false, order: -1 });
	});
});

const v2 = findDataset('cloud-2010', 2)!;
const evaluation = evaluate(v2, defaultScenario(v2));

describe('chart colours and their words', () => {
	it('the score chart draws what its caption says, in each colour scheme', () => {
		expect(hypervisorKey(evaluation)).toBe('Xen dark blue, KVM orange');
		expect(hypervisorKey(evaluation, 'dark')).toBe('Xen light blue, KVM orange');
		const fills = (theme: 'light' | 'dark') =>
			scoreChart(evaluation, theme).data.datasets[0]!.backgroundColor as string[];
		expect(new Set(fills('light'))).toEqual(new Set(['#1f4e79', '#f0a04b']));
		expect(new Set(fills('dark'))).toEqual(new Set(['#8cb8e8', '#f0a04b']));
	});

	it('contributions: one hue per group, distinct shades within it, and a key per group', () => {
		const sets = contributionsChart(evaluation).data.datasets;
		const colours = sets.map((d) => d.backgroundColor as string);
		expect(new Set(colours).size).toBe(colours.length);
		const hue = (c: string) => c.match(/^hsl\((\d+)/)![1];
		const byGroup = new Map<string, Set<string>>();
		evaluation.criteria.forEach((c, j) =>
			byGroup.set(c.group, (byGroup.get(c.group) ?? new Set()).add(hue(colours[j]!)!))
		);
		for (const hues of byGroup.values()) expect(hues.size).toBe(1);
		expect(new Set([...byGroup.values()].map((h) => [...h][0])).size).toBe(byGroup.size);
		expect(groupKey(evaluation).map((g) => g.name)).toEqual(v2.groups.map((g) => g.name));
		expect(groupKey(evaluation)[0]!.colour).toBe(colours[0]);
	});

	it('a group the person adds gets a hue of its own', () => {
		const groups = ['cost', 'mine', 'theirs'];
		const hues = groups.map((g) => criterionColour(g, 0, 'light', groups).match(/^hsl\((\d+)/)![1]);
		expect(new Set(hues).size).toBe(3);
	});
});
