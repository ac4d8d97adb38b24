import { describe, expect, it } from 'vitest';
import type { ScoringMethod } from './method';
import { methodStability } from './method-stability';
import { weightStability } from './stability';
import { topsisMethod } from './topsis-method';
import { weightedProduct } from './weighted-product';
import { weightedSum } from './weighted-sum';

// A 56, B 64 under weights 30/10/60 (see weighted-sum.spec.ts). By hand (stability.ts's formula):
// criterion 1: B stays first while t ≤ 28.571 / 68.571 = 0.41667, then A; criterion 2: always;
// criterion 3: B stays first while t ≥ 1/3, below that A.
const values = [
	[80, 20, 50],
	[40, 100, 70]
];
const weights = [30, 10, 60];

describe('methodStability', () => {
	it('uses the closed form for the weighted sum', () => {
		const { intervals, exact } = methodStability(weightedSum, values, weights);
		expect(exact).toBe(true);
		expect(intervals).toEqual(weightStability(values, weights));
		expect(intervals[0]!.interval[1]).toBeCloseTo(0.41667, 4);
		expect(intervals[0]!.above).toBe(0);
		expect(intervals[2]!.interval[0]).toBeCloseTo(1 / 3, 6);
	});

	it('finds the same bounds by numeric search when cells are left out of nothing but the mask is given', () => {
		const all = values.map((r) => r.map(() => true));
		const { intervals, exact } = methodStability(weightedSum, values, weights, all);
		expect(exact).toBe(false);
		const closed = weightStability(values, weights);
		intervals.forEach((entry, j) => {
			expect(entry.interval[0]).toBeCloseTo(closed[j]!.interval[0], 3);
			expect(entry.interval[1]).toBeCloseTo(closed[j]!.interval[1], 3);
			expect(entry.first).toBe(1);
			expect(entry.below).toBe(closed[j]!.below);
			expect(entry.above).toBe(closed[j]!.above);
		});
	});

	it('searches numerically for other methods, and the bounds hold', () => {
		for (const method of [weightedProduct, topsisMethod]) {
			const { intervals, exact } = methodStability(method, values, weights);
			expect(exact).toBe(false);
			for (const { criterion: j, interval, first, above, below } of intervals) {
				const at = (t: number) => {
					const w = weights.map((x, k) => (k === j ? t : (x / 100) * ((1 - t) / (1 - weights[j]! / 100))));
					return method.scores(values, w);
				};
				const inside = at((interval[0] + interval[1]) / 2);
				expect(inside[first]).toBeGreaterThanOrEqual(Math.max(...inside) - 1e-9);
				if (above !== undefined) {
					const past = at(Math.min(1, interval[1] + 0.002));
					expect(past[above]).toBeGreaterThan(past[first]!);
				}
				if (below !== undefined) {
					const past = at(Math.max(0, interval[0] - 0.002));
					expect(past[below]).toBeGreaterThan(past[first]!);
				}
			}
		}
	});

	it('is empty with nothing to rank', () => {
		expect(methodStability(weightedSum, [], [1]).intervals).toEqual([]);
		expect(methodStability(topsisMethod, values, [0, 0, 0]).intervals).toEqual([]);
	});

	it('searches from a share of 1, the other weights then taken as equal (as the closed form does)', () => {
		// A (90, 30, 50), B (40, 60, 70), weights 0/0/1: B first (70 > 50). By hand, S(t) as in stability.ts:
		// criterion 1 (others: 0, 1): A 90t + 50(1 − t), B 40t + 70(1 − t), equal at t = 20/70 = 2/7, then A;
		// criterion 2: A 30t + 50(1 − t), B 60t + 70(1 − t), B always first;
		// criterion 3 (share 1, others taken as ½, ½): A 50t + 60(1 − t), B 70t + 50(1 − t), equal at t = 1/3,
		// below that A.
		const v = [
			[90, 30, 50],
			[40, 60, 70]
		];
		const all = v.map((r) => r.map(() => true));
		for (const { intervals, exact } of [
			methodStability(weightedSum, v, [0, 0, 1], all),
			methodStability(weightedSum, v, [0, 0, 1])
		]) {
			expect(intervals.map((e) => e.first)).toEqual([1, 1, 1]);
			expect(intervals[0]!.interval[0]).toBe(0);
			expect(intervals[0]!.interval[1]).toBeCloseTo(2 / 7, exact ? 9 : 4);
			expect(intervals[0]!.above).toBe(0);
			expect(intervals[1]!.interval).toEqual([0, 1]);
			expect(intervals[2]!.interval[0]).toBeCloseTo(1 / 3, exact ? 9 : 4);
			expect(intervals[2]!.interval[1]).toBe(1);
			expect(intervals[2]!.below).toBe(0);
			expect([intervals[1]!.above, intervals[1]!.below, intervals[2]!.above]).toEqual([
				undefined,
				undefined,
				undefined
			]);
		}
	});

	it('lets an alternative tied with the leader all along keep it first', () => {
		// A and B identical: every score equal at every weight, so A (the first of equals) stays first
		// over the whole of [0, 1] for both criteria, and nobody passes it.
		const v = [
			[60, 40],
			[60, 40]
		];
		const { intervals } = methodStability(weightedProduct, v, [1, 1]);
		expect(intervals).toEqual([
			{ criterion: 0, interval: [0, 1], first: 0 },
			{ criterion: 1, interval: [0, 1], first: 0 }
		]);
	});

	// The page states the precision of a searched bound ("to within about …", present/stability.ts).
	// Grid steps and halvings by the budget of 3,000,000 cell visits: per criterion 3e6 / (m · n²);
	// steps = min(40, max(5, ⌊that / 2⌋)), halvings = min(14, max(6, ⌊that / 4⌋)); resolution =
	// 1 / steps / 2^halvings.
	// The budget depends on the comparison's shape alone, so a stand-in method that always puts the
	// first provider first (no halvings, each scoring O(m)) keeps these large cases cheap.
	const firstAlways: ScoringMethod = {
		...weightedProduct,
		scorer: undefined,
		scores: (v) => v.map((_, i) => (i === 0 ? 1 : 0))
	};
	const rows = (m: number, n: number) => Array.from({ length: m }, () => Array.from({ length: n }, () => 50));
	it.each([
		// 2 × 3: 3e6 / 18 → 40 steps, 14 halvings.
		{ m: 2, n: 3, resolution: 1 / (40 * 2 ** 14) },
		// 750 × 10: 3e6 / 75,000 = 40 → 20 steps, 10 halvings.
		{ m: 750, n: 10, resolution: 1 / (20 * 2 ** 10) },
		// 1,500 × 10: 20 → 10 steps, 6 halvings (⌊20 / 4⌋ = 5 is raised to 6).
		{ m: 1500, n: 10, resolution: 1 / (10 * 2 ** 6) },
		// 30,000 × 5: 4 → 5 steps (⌊4 / 2⌋ = 2 is raised to 5), 6 halvings.
		{ m: 30000, n: 5, resolution: 1 / (5 * 2 ** 6) }
	])('searches an $m × $n comparison to within $resolution of a share', ({ m, n, resolution }) => {
		const result = methodStability(
			firstAlways,
			rows(m, n),
			Array.from({ length: n }, () => 1)
		);
		expect(result.exact).toBe(false);
		expect(result.resolution).toBeCloseTo(resolution, 15);
		// Never passed: every interval is the whole of [0, 1], for the first provider.
		expect(result.intervals).toEqual(
			Array.from({ length: n }, (_, criterion) => ({ criterion, interval: [0, 1], first: 0 }))
		);
	});
});
