import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseWeights } from './method';
import { weightedSum } from './weighted-sum';

describe('weighted sum', () => {
	it('matches a hand calculation', () => {
		// Two providers, three criteria, weights 30/10/60 (Σ = 100).
		// A: (30·80 + 10·20 + 60·50) / 100 = (2400 + 200 + 3000) / 100 = 56.0
		// B: (30·40 + 10·100 + 60·70) / 100 = (1200 + 1000 + 4200) / 100 = 64.0
		const r = weightedSum.run(
			[
				[80, 20, 50],
				[40, 100, 70]
			],
			[30, 10, 60]
		);
		expect(r.scores[0]).toBeCloseTo(56, 10);
		expect(r.scores[1]).toBeCloseTo(64, 10);
		expect(r.normalisedWeights).toEqual([0.3, 0.1, 0.6]);
		// Contributions: A gets 24 + 2 + 30 points.
		expect(r.contributions![0]![0]).toBeCloseTo(24, 10);
		expect(r.contributions![0]![1]).toBeCloseTo(2, 10);
		expect(r.contributions![0]![2]).toBeCloseTo(30, 10);
	});

	it('uses weights relative to their sum, not their absolute size', () => {
		// Weights 3/1 and 75/25 are the same preference: (3·80 + 1·20)/4 = 65.
		const a = weightedSum.run([[80, 20]], [3, 1]);
		const b = weightedSum.run([[80, 20]], [75, 25]);
		expect(a.scores[0]).toBeCloseTo(65, 10);
		expect(b.scores[0]).toBeCloseTo(65, 10);
	});

	it('contributions always add up to the score', () => {
		const r = weightedSum.run(
			[
				[13, 77, 42, 0],
				[100, 100, 5, 61]
			],
			[7, 0, 33, 12]
		);
		r.scores.forEach((s, i) => {
			const sum = r.contributions![i]!.reduce((a, b) => a + b, 0);
			expect(sum).toBeCloseTo(s, 10);
		});
	});

	it('scores() agrees with run().scores', () => {
		const values = [
			[13, 77, 42, 0],
			[100, 100, 5, 61],
			[0, 0, 0, 0]
		];
		for (const weights of [
			[7, 0, 33, 12],
			[1, 1, 1, 1],
			[0, 0, 0, 0]
		]) {
			const fast = weightedSum.scores(values, weights);
			weightedSum.run(values, weights).scores.forEach((s, i) => expect(fast[i]).toBeCloseTo(s, 12));
		}
	});

	it('gives 0, never NaN, when every weight is zero', () => {
		const r = weightedSum.run([[50, 60]], [0, 0]);
		expect(r.scores).toEqual([0]);
		expect(normaliseWeights([0, 0])).toEqual([0, 0]);
	});
});

describe('weighted sum: scorer', () => {
	// The robustness check ranks the scorer's scores at one decimal, so they must be the very same
	// numbers as `scores` gives (not merely close): a last-bit difference could flip a rank.
	it('gives exactly the scores of `scores`, with and without a mask, zero weights included', () => {
		const cell = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 4, maxLength: 4 }), {
					minLength: 1,
					maxLength: 6
				}),
				fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })), {
					minLength: 4,
					maxLength: 4
				}),
				(cells, weights) => {
					const values = cells.map((row) => row.map(([v]) => v));
					const mask = cells.map((row) => row.map(([, keep]) => keep));
					for (const included of [undefined, mask]) {
						const score = weightedSum.scorer!(values, included);
						expect(score(weights)).toEqual(weightedSum.scores(values, weights, included));
						// The scorer is reused across weightings: a second weighting is right too.
						const other = weights.map((w, j) => (j === 0 ? w + 1 : w));
						expect(score(other)).toEqual(weightedSum.scores(values, other, included));
					}
				}
			)
		);
	});
});
