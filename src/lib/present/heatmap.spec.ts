import { beforeAll, describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { HEAT_BINS, heatBin, heatmapView, type HeatmapView } from './heatmap';

const rows = (view: HeatmapView) => view.groups.flatMap((g) => g.rows);

/** WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};

describe('colour bins', () => {
	it.each([
		[0, 0],
		[19, 0],
		[20, 1],
		[39, 1],
		[40, 2],
		[59, 2],
		[60, 3],
		[79, 3],
		[80, 4],
		[100, 4]
	])('a cell reading %s takes bin %s', (shown, bin) => {
		expect(heatBin(shown)).toBe(bin);
	});

	it('labels the bins as the cells read, and no bin is missing or overlaps', () => {
		expect(HEAT_BINS.map((b) => b.label)).toEqual(['0–19', '20–39', '40–59', '60–79', '80–100']);
	});

	it('is one sequential scale, darker with the score on a light page and brighter on a dark one', () => {
		const light = HEAT_BINS.map((b) => luminance(b.light.fill));
		const dark = HEAT_BINS.map((b) => luminance(b.dark.fill));
		for (let i = 1; i < 5; i++) {
			expect(light[i]).toBeLessThan(light[i - 1]!);
			expect(dark[i]).toBeGreaterThan(dark[i - 1]!);
		}
		// Viridis' five classes, the same colours in both schemes, in opposite order.
		expect(HEAT_BINS.map((b) => b.dark.fill)).toEqual([
			'#440154',
			'#3b528b',
			'#21918c',
			'#5ec962',
			'#fde725'
		]);
		expect(HEAT_BINS.map((b) => b.light.fill)).toEqual(HEAT_BINS.map((b) => b.dark.fill).reverse());
	});

	it('writes every score at 4.5:1 or more against its cell (WCAG 1.4.3)', () => {
		// The closest call: #21918c has luminance ≈ 0.2245, so black reads at (0.2245 + 0.05) / 0.05 ≈ 5.5
		// and white only at 1.05 / 0.2745 ≈ 3.8; the bin must pick black.
		expect(luminance('#21918c')).toBeCloseTo(0.2245, 3);
		expect(HEAT_BINS[2]!.light.ink).toBe('#000000');
		for (const bin of HEAT_BINS)
			for (const { fill, ink } of [bin.light, bin.dark])
				expect(contrast(fill, ink), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
	});
});

describe('heatmapView on the tiny data set', () => {
	// Weights 3, 1: A 83.6, B 62.5, C 25 (README "How the score is computed"; configs.spec.ts).
	// Built in beforeAll, not as the file is read: Stryker switches a mutant on only as the tests start.
	let view: HeatmapView;
	beforeAll(() => {
		view = heatmapView(evaluate(tiny, scenarioWith(tiny, { price: 3, future: 1 })));
	});

	it('has a column per provider in ranking order and a row per criterion, grouped', () => {
		expect(view.heading).toBe('Value heatmap');
		expect(view.columns.map((c) => c.name)).toEqual(['A', 'B', 'C']);
		expect(view.groups.map((g) => [g.name, g.rows.map((r) => [r.criterion, r.index])])).toEqual([
			[
				'Cost',
				[
					['Price', 0],
					['Future', 1]
				]
			]
		]);
	});

	it('colours each known value by its rounded score and says its figure with the unit', () => {
		// Price: v = 100 · (x − 0.2) / (0.01 − 0.2). A: 0.02 $/h → 94.7 → 95; B: 0.105 $/h → 50.
		const [a, b, c] = rows(view)[0]!.cells;
		expect(a).toMatchObject({ text: '95', bin: 4, unknown: false, said: '0.02 $/h' });
		expect(a!.tip).toBe('A · Price: 0.02 $/h, value score 95');
		expect(b).toMatchObject({ text: '50', bin: 2, said: '0.105 $/h' });
		// A rating: its level's label. Future: Xen scores 50, KVM 100.
		expect(rows(view)[1]!.cells.map((cell) => [cell.text, cell.bin, cell.said])).toEqual([
			['50', 2, 'Xen'],
			['100', 4, 'KVM'],
			['100', 4, 'KVM']
		]);
		expect(c!.providerId).toBe('c');
	});

	it('hatches an unknown value instead of colouring it as the 0 it is counted as', () => {
		const c = rows(view)[0]!.cells[2]!;
		expect(c.unknown).toBe(true);
		expect(c.bin).toBeUndefined();
		expect(c.text).toBe('unknown');
		expect(c.said).toBe('counted as 0 (worst level)');
		expect(c.tip).toBe(
			'C · Price: unknown, counted as 0 (worst level); once known it could score 0 to 100 (0 at 0.2 $/h, 100 at 0.01 $/h)'
		);
	});

	it('says how an unknown is counted under the other treatments', () => {
		const middle = heatmapView(
			evaluate(tiny, { ...scenarioWith(tiny, { price: 3, future: 1 }), unknowns: 'middle' })
		);
		expect(rows(middle)[0]!.cells.find((c) => c.providerId === 'c')).toMatchObject({
			text: 'unknown',
			said: 'counted as 50 (middle of the scale)'
		});
		const omit = heatmapView(
			evaluate(tiny, { ...scenarioWith(tiny, { price: 3, future: 1 }), unknowns: 'omit' })
		);
		expect(rows(omit)[0]!.cells.find((c) => c.providerId === 'c')).toMatchObject({
			text: 'unknown',
			said: 'left out of C’s score'
		});
	});

	it('keeps data set order when nothing is ranked', () => {
		const unranked = heatmapView(evaluate(tiny, scenarioWith(tiny, { price: 0, future: 0 })));
		expect(unranked.columns.map((c) => c.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('heatmapView on cloud-2010 v2 (the security preset of issue 19)', () => {
	const v2 = findDataset('cloud-2010', 2)!;
	// /?v=2&d=cloud-2010.2&w=10,10,10,0,20,10,0,70,50,40,100,100,20,10,20,60,30&p=security
	const weights = [10, 10, 10, 0, 20, 10, 0, 70, 50, 40, 100, 100, 20, 10, 20, 60, 30];
	const scenario = scenarioWith(v2, Object.fromEntries(v2.criteria.map((c, j) => [c.id, weights[j]!])));
	let view: HeatmapView;
	beforeAll(() => {
		view = heatmapView(evaluate(v2, scenario));
	});
	const cell = (criterion: string, provider: string) => {
		const row = rows(view).find((r) => r.criterionId === criterion)!;
		return row.cells[view.columns.findIndex((c) => c.id === provider)]!;
	};

	it('marks GoGrid’s compliance audits unknown, with the scale it could score on', () => {
		expect(cell('compliance', 'gogrid')).toMatchObject({ text: 'unknown', unknown: true });
		expect(cell('compliance', 'gogrid').tip).toBe(
			'GoGrid · Compliance audits: unknown, counted as 0 (worst level); once known it could score 0 to 100 ' +
				'(0 at 0 audits, 100 at 3 audits)'
		);
	});

	it('says each figure in its unit’s words', () => {
		// Data centres: 1 scores 0, 5 score 100, so 4 → 75. Compliance: 0 → 0, 3 → 100, so 1 → 33.3.
		expect(cell('data-centres', 'amazon-ec2')).toMatchObject({ text: '75', bin: 3, said: '4 data centres' });
		expect(cell('compliance', 'amazon-ec2')).toMatchObject({ text: '33', bin: 1, said: '1 audit' });
		// Billing increment: 720 h scores 0, 1 h scores 100.
		expect(cell('billing-increment', 'amazon-ec2')).toMatchObject({ text: '100', said: '1 hour' });
	});

	it('runs the rows in criterion groups, in data set order', () => {
		expect(view.groups.map((g) => g.name)).toEqual([
			'Cost',
			'Performance',
			'Reliability',
			'Security',
			'Operations',
			'Strategy'
		]);
	});
});
