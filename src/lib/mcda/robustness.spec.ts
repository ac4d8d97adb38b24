import { describe, expect, it } from 'vitest';
import { rankStability } from './robustness';
import type { ScoringMethod } from './method';
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

describe('rank stability: the perturbation, the counts and the options', () => {
	/** A leads on the first criterion, B on the second: with weights 50.5 and 49.5, a near tie. */
	const nearTie = [
		[100, 0],
		[0, 100]
	];
	/** A weighted sum that records every weight vector it is asked to score with. */
	function recording(): { method: ScoringMethod; seen: number[][] } {
		const seen: number[][] = [];
		return {
			seen,
			method: {
				...weightedSum,
				scorer: undefined,
				scores: (values, weights, included) => {
					seen.push([...weights]);
					return weightedSum.scores(values, weights, included);
				}
			}
		};
	}

	it('draws each weight from [w·(1 − spread), w·(1 + spread)], over the whole range', () => {
		const { method, seen } = recording();
		rankStability(method, [[50, 50]], [40, 10], { trials: 400, spread: 0.25 });
		// The first call scores the weights as given; the 400 after it are the trials.
		expect(seen).toHaveLength(401);
		expect(seen[0]).toEqual([40, 10]);
		const trials = seen.slice(1);
		for (const [j, w] of [40, 10].entries()) {
			const drawn = trials.map((t) => t[j]!);
			expect(Math.min(...drawn)).toBeGreaterThanOrEqual(w * 0.75);
			expect(Math.max(...drawn)).toBeLessThanOrEqual(w * 1.25);
			// 400 uniform draws: the lowest falls below w·0.76 and the highest above w·1.24 unless
			// something is wrong (each misses with probability 0.98^400 ≈ 3e-4; the seed fixes them).
			expect(Math.min(...drawn)).toBeLessThan(w * 0.76);
			expect(Math.max(...drawn)).toBeGreaterThan(w * 1.24);
			// Each weight has its own factor: the two columns are not in a fixed ratio.
		}
		expect(new Set(trials.map((t) => (t[0]! / t[1]!).toFixed(6))).size).toBeGreaterThan(300);
	});

	it('a near tie: the share of trials with A first matches the exact probability', () => {
		// A scores 100·w1/(w1+w2), B 100·w2/(w1+w2): A is first when 50.5·U1 > 49.5·U2, U1, U2 uniform
		// on [0.75, 1.25]. With r = 50.5/49.5, the square's part where U2 > r·U1 is the triangle of
		// area (r/2)(1.25/r − 0.75)² = 0.11521, so P(A first) = 1 − 0.11521/0.25 = 0.53915 (hand
		// calculation). 4,000 trials: standard error 0.0079; allow four of them.
		const s = rankStability(weightedSum, nearTie, [50.5, 49.5], { trials: 4000 });
		expect(Math.abs(s.first[0]! - 0.53915)).toBeLessThan(0.032);
		// Ranks compare scores as shown, to one decimal (ranking.ts): a trial whose two scores read the
		// same is a tie for first, counted for both. Such trials are few (|A − B| < 0.1 points).
		const ties = s.first[0]! + s.first[1]! - 1;
		expect(ties).toBeGreaterThan(0);
		expect(ties).toBeLessThan(0.02);
		// A is first under the given weights: it keeps its rank exactly when it is first (tied or not);
		// B keeps its second place, and the whole order is unchanged, exactly when A is first alone.
		expect(s.sameRank[0]).toBe(s.first[0]);
		expect(s.sameRank[1]).toBeCloseTo(1 - s.first[1]!, 10);
		expect(s.sameOrder).toBe(s.sameRank[1]);
		expect(s.trials).toBe(4000);
		expect(s.spread).toBe(0.25);
	});

	it('ties for first count for each tied provider, and an unchanged tie is the same order', () => {
		const s = rankStability(
			weightedSum,
			[
				[50, 70],
				[50, 70],
				[10, 20]
			],
			[1, 1],
			{ trials: 50 }
		);
		expect(s.first).toEqual([1, 1, 0]);
		expect(s.sameRank).toEqual([1, 1, 1]);
		expect(s.sameOrder).toBe(1);
	});

	it('only a trial in which every provider keeps its rank counts as the same order', () => {
		// C is last in every trial; A and B swap about half the time (a near tie, above).
		const s = rankStability(weightedSum, [...nearTie, [0, 0]], [50.5, 49.5], { trials: 1000 });
		expect(s.sameRank[2]).toBe(1);
		expect(s.first[2]).toBe(0);
		expect(s.sameOrder).toBe(s.sameRank[1]);
		expect(s.sameOrder).toBeLessThan(s.sameRank[0]!);
		expect(s.sameOrder).toBeGreaterThan(0.4);
		expect(s.sameOrder).toBeLessThan(0.7);
	});

	it('defaults: 500 trials, a spread of 25 % and seed 2010', () => {
		const values = [
			[60, 40, 55],
			[50, 65, 45],
			[55, 52, 50]
		];
		const byDefault = rankStability(weightedSum, values, [30, 30, 40]);
		expect(byDefault.trials).toBe(500);
		expect(byDefault.spread).toBe(0.25);
		expect(byDefault).toEqual(
			rankStability(weightedSum, values, [30, 30, 40], { trials: 500, spread: 0.25, seed: 2010 })
		);
		// Another seed draws other trials (a share of 500 trials moves by at least 1/500).
		expect(byDefault).not.toEqual(rankStability(weightedSum, values, [30, 30, 40], { seed: 7 }));
	});

	it('scores with the mask it is given, through the method’s scorer when it has one', () => {
		// Leaving out A's second cell scores A on the first criterion alone (100) against B's 50.
		const values = [
			[100, 0],
			[0, 100]
		];
		const included = [
			[true, false],
			[true, true]
		];
		const s = rankStability(weightedSum, values, [50, 50], { trials: 200, included });
		expect(s.first).toEqual([1, 0]);
		let scorerCalls = 0;
		const withScorer: ScoringMethod = {
			...weightedSum,
			scorer: (v, mask) => {
				scorerCalls++;
				expect(mask).toBe(included);
				return (w) => weightedSum.scores(v, w, mask);
			}
		};
		expect(rankStability(withScorer, values, [50, 50], { trials: 200, included })).toEqual(s);
		expect(scorerCalls).toBe(1);
		// Without the mask B wins half the time or so: the mask is what made A first throughout.
		expect(rankStability(weightedSum, values, [50, 50], { trials: 200 }).first[1]).toBeGreaterThan(0.3);
	});
});
