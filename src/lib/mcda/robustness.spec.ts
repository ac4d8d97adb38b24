import { describe, expect, it } from 'vitest';
import { rankStability } from './robustness';
import { weightedSum } from './weighted-sum';

describe('rank stability under random weight changes', () => {
	it('a provider that is best on every criterion stays first in every trial', () => {
		const values = [
			[90, 80, 70],
			[50, 40, 60],
			[10, 20, 30]
		];
		const s = rankStability(weightedSum, values, [10, 50, 40], { trials: 300 });
		expect(s.first).toEqual([1, 0, 0]);
		expect(s.sameOrder).toBe(1);
	});

	it('with no spread nothing can change', () => {
		const values = [
			[100, 0],
			[0, 100]
		];
		const s = rankStability(weightedSum, values, [51, 49], { spread: 0, trials: 50 });
		expect(s.first).toEqual([1, 0]);
		expect(s.sameRank).toEqual([1, 1]);
	});

	it('a near tie flips about half the time', () => {
		// A = w1·100/(w1+w2), B = w2·100/(w1+w2): A leads exactly when its perturbed weight is larger.
		// With 50.5 vs 49.5 and factors uniform in [0.75, 1.25], P(w1 > w2) is a little over 1/2:
		// P(50.5·U1 > 49.5·U2) = 0.5 + a small margin (the ratio 49.5/50.5 ≈ 0.98 sits inside the range).
		const s = rankStability(
			weightedSum,
			[
				[100, 0],
				[0, 100]
			],
			[50.5, 49.5],
			{ trials: 4000 }
		);
		expect(s.first[0]).toBeGreaterThan(0.5);
		expect(s.first[0]).toBeLessThan(0.6);
		expect(s.first[0]! + s.first[1]!).toBeCloseTo(1, 1); // ties for first are rare, counted for both
	});

	it('is repeatable for a seed', () => {
		const values = [
			[60, 40, 55],
			[50, 65, 45]
		];
		const a = rankStability(weightedSum, values, [30, 30, 40], { seed: 7 });
		const b = rankStability(weightedSum, values, [30, 30, 40], { seed: 7 });
		expect(a).toEqual(b);
	});
});
