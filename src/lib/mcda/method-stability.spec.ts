import { describe, expect, it } from 'vitest';
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
});
