import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import {
	acceptabilityChart,
	contributionsChart,
	criterionColour,
	groupKey,
	hypervisorKey,
	scoreChart
} from './configs';

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

// Worked by hand on the tiny data set (src/testing/tiny.ts), weights price 3 and future 1, so
// normalised 0.75 and 0.25. Price is linear from 0.2 $/h (0) to 0.01 $/h (100): A at 0.02 scores
// 0.18 / 0.19 × 100 = 94.7368, B at 0.105 scores 50, C is unknown (worst: 0). Future: A (Xen) 50,
// B and C (KVM) 100. Points: A 0.75 × 94.7368 = 71.0526 and 12.5; B 37.5 and 25; C 0 and 25.
const handWorked = evaluate(tiny, scenarioWith(tiny, { price: 3, future: 1 }));

describe('contributionsChart', () => {
	it('stacks each criterion’s points per provider, in ranking order, to two decimals', () => {
		const config = contributionsChart(handWorked);
		expect(config.data.labels).toEqual(['A', 'B', 'C']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['Price', [71.05, 37.5, 0]],
			['Future', [12.5, 25, 25]]
		]);
		// A stacked bar per provider on one 0–100 axis, read as points of the total.
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.scales?.x).toMatchObject({ stacked: true, min: 0, max: 100 });
		expect(config.options?.scales?.y).toMatchObject({ stacked: true });
		expect(config.options?.scales?.x?.title).toMatchObject({
			display: true,
			text: 'Points of the total score'
		});
	});

	it('for a method that is not a sum, says the bars are shares, not points', () => {
		const product = evaluate(tiny, {
			...scenarioWith(tiny, { price: 3, future: 1 }),
			method: 'weighted-product'
		});
		expect(contributionsChart(product).options?.scales?.x?.title).toMatchObject({
			text: 'Share of the total score'
		});
	});

	it('shades a group’s criteria apart, with a border that suits the colour scheme', () => {
		const light = contributionsChart(handWorked).data.datasets;
		expect(light.map((d) => d.backgroundColor)).toEqual(['hsl(210 55% 35%)', 'hsl(210 55% 60%)']);
		expect(light.map((d) => d.borderColor)).toEqual(['#ffffff', '#ffffff']);
		const dark = contributionsChart(handWorked, 'dark').data.datasets;
		expect(dark.map((d) => d.backgroundColor)).toEqual(['hsl(210 55% 48%)', 'hsl(210 55% 72%)']);
		expect(dark.map((d) => d.borderColor)).toEqual(['#1e1e23', '#1e1e23']);
	});
});

describe('scoreChart axes', () => {
	it('one horizontal bar per provider on a 0–100 axis, and no legend (the caption names the colours)', () => {
		const config = scoreChart(handWorked);
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.scales?.x).toMatchObject({
			min: 0,
			max: 100,
			title: { display: true, text: 'Score' }
		});
		expect(config.options?.plugins?.legend).toMatchObject({ display: false });
		expect(config.data.datasets[0]!.label).toBe('Total score (0–100)');
	});
});

describe('criterionColour', () => {
	it('cycles five lightnesses within a group, lighter in dark mode', () => {
		const light = [0, 1, 2, 3, 4, 5].map((i) => criterionColour('cost', i));
		expect(light).toEqual([35, 60, 47, 72, 28, 35].map((l) => `hsl(210 55% ${l}%)`));
		const dark = [0, 1, 2, 3, 4].map((i) => criterionColour('security', i, 'dark'));
		expect(dark).toEqual([48, 72, 60, 84, 40].map((l) => `hsl(0 55% ${l}%)`));
	});

	it('gives the person’s own groups the extra hues in the order they come, and wraps after five', () => {
		const groups = ['cost', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
		const hue = (g: string) => Number(criterionColour(g, 0, 'light', groups).match(/^hsl\((\d+)/)![1]);
		expect(groups.map(hue)).toEqual([210, 180, 320, 95, 240, 15, 180]);
		// A group not in the list (not expected) still gets a colour, the first extra hue.
		expect(criterionColour('nowhere', 0)).toBe('hsl(180 55% 35%)');
	});
});

describe('keys in the captions', () => {
	it('name only the platforms and groups that are on the chart', () => {
		const kvm = v2.providers.filter((p) => p.hypervisor === 'kvm').map((p) => p.id);
		const xenOnly = evaluate(v2, { ...defaultScenario(v2), excluded: kvm });
		expect(hypervisorKey(xenOnly)).toBe('Xen dark blue');
		const withEmptyGroup = { ...tiny, groups: [...tiny.groups, { id: 'security', name: 'Security' }] };
		const key = groupKey(evaluate(withEmptyGroup, scenarioWith(withEmptyGroup, { price: 1, future: 1 })));
		expect(key).toEqual([{ id: 'cost', name: 'Cost', colour: 'hsl(210 55% 35%)' }]);
	});
});

describe('acceptabilityChart', () => {
	it('one stacked band per rank, dark for 1st to light for last, a missing share drawn as 0', () => {
		const config = acceptabilityChart({
			ranks: ['1st', '2nd', '3rd'],
			rows: [
				{ provider: 'A', percents: [70, 20, 10] },
				{ provider: 'B', percents: [30, 70] }
			]
		});
		expect(config.data.labels).toEqual(['A', 'B']);
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['1st', [70, 30]],
			['2nd', [20, 70]],
			['3rd', [10, 0]]
		]);
		// Lightness 22 % for 1st to 88 % for last: 22 + 66 × r / (ranks − 1).
		expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([
			'hsl(210 45% 22%)',
			'hsl(210 45% 55%)',
			'hsl(210 45% 88%)'
		]);
		expect(config.options?.scales?.x).toMatchObject({
			stacked: true,
			min: 0,
			max: 100,
			title: { display: true, text: 'Share of the draws (%)' }
		});
		expect(config.options?.scales?.y).toMatchObject({ stacked: true });
	});

	it('a single rank is drawn darkest, not divided by zero', () => {
		const config = acceptabilityChart({ ranks: ['1st'], rows: [{ provider: 'A', percents: [100] }] });
		expect(config.data.datasets[0]!.backgroundColor).toBe('hsl(210 45% 22%)');
	});
});
