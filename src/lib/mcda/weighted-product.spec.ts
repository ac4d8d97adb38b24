import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorerMatchesScores } from '$testing/method-properties';
import { weightedProduct } from './weighted-product';
import { wpm } from './wpm';

const stretch = (g: number) => (100 * (g - 1)) / 99;

describe('weighted product (method adapter)', () => {
	it('matches a hand calculation', () => {
		// Weights 1 and 3 → shares 0.25, 0.75. A: 16^0.25 · 100^0.75 = 2 · 31.6228 = 63.2456;
		// B: 81^0.25 · 1^0.75 = 3. Scores: 100 · (g − 1) / 99.
		const r = weightedProduct.run(
			[
				[16, 100],
				[81, 1]
			],
			[1, 3]
		);
		expect(r.scores[0]).toBeCloseTo(stretch(2 * 100 ** 0.75), 10);
		expect(r.scores[1]).toBeCloseTo(stretch(3), 10);
		expect(r.normalisedWeights).toEqual([0.25, 0.75]);
	});

	it('counts a value score of 0 as 1: one worst value costs heavily but does not zero the score', () => {
		const [zero, one] = weightedProduct.scores(
			[
				[0, 100],
				[1, 100]
			],
			[1, 1]
		);
		// √(1 · 100) = 10 → 100 · 9 / 99 ≈ 9.09 for both: below 1 is the same as 1.
		expect(zero).toBeCloseTo(stretch(10), 10);
		expect(zero).toBe(one);
		expect(zero).toBeGreaterThan(0);
	});

	it('reads 0 for worst everywhere and 100 for best everywhere; all-zero weights score 0', () => {
		expect(weightedProduct.scores([[0, 0]], [5, 7])[0]).toBe(0);
		expect(weightedProduct.scores([[100, 100]], [5, 7])[0]).toBeCloseTo(100, 10);
		expect(weightedProduct.run([[50, 60]], [0, 0]).scores).toEqual([0]);
	});

	it('agrees with the library’s wpm on the floored matrix, and run agrees with scores', () => {
		const cell = fc.integer({ min: 0, max: 100 });
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
				fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
				(values, weights) => {
					const run = weightedProduct.run(values, weights);
					const fast = weightedProduct.scores(values, weights);
					const any = weights.some((w) => w > 0);
					const lib = wpm(
						values.map((row) => row.map((v) => Math.max(v, 1))),
						weights,
						[1, 1, 1]
					);
					run.scores.forEach((s, i) => {
						expect(fast[i]).toBeCloseTo(s, 9);
						expect(s).toBeCloseTo(any ? stretch(lib[i]!) : 0, 9);
						// The log-score split sums to the score and is never negative.
						const parts = run.contributions![i]!;
						expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(s, 9);
						parts.forEach((c) => expect(c).toBeGreaterThanOrEqual(0));
					});
				}
			)
		);
	});

	it('splits a score by each criterion’s share of the log-score', () => {
		// √(10 · 100) = 31.62…; log parts 0.5·ln 10 and 0.5·ln 100: one third and two thirds.
		const r = weightedProduct.run([[10, 100]], [1, 1]);
		const s = r.scores[0]!;
		expect(r.contributions![0]![0]).toBeCloseTo(s / 3, 10);
		expect(r.contributions![0]![1]).toBeCloseTo((2 * s) / 3, 10);
	});

	it('leaves out masked cells, re-scaling that row’s weights', () => {
		const values = [
			[16, 0],
			[81, 1]
		];
		const masked = weightedProduct.run(
			values,
			[1, 3],
			[
				[true, false],
				[true, true]
			]
		);
		// Row 0 on the first criterion alone: 16 → 100 · 15 / 99.
		expect(masked.scores[0]).toBeCloseTo(stretch(16), 10);
		expect(masked.rowWeights[0]).toEqual([1, 0]);
		expect(masked.scores[1]).toBeCloseTo(stretch(3), 10);
		expect(
			weightedProduct.scores(
				values,
				[1, 3],
				[
					[true, false],
					[true, true]
				]
			)
		).toEqual(masked.scores.map((s) => expect.closeTo(s, 10)));
	});
});

scorerMatchesScores(weightedProduct);

describe('weighted product: rows with nothing to split, and no providers', () => {
	it('a row at the floor everywhere scores 0 and splits into zeros (never NaN), a zero weight too', () => {
		// Every value score ≤ 1 counts as 1: the product is 1, stretched to 0; its log-score is 0, so
		// there is no share to split by and each part is 0 × the weight share, including the part of a
		// criterion weighted 0.
		const r = weightedProduct.run(
			[
				[0, 1],
				[100, 100]
			],
			[1, 0]
		);
		expect(r.scores[0]).toBe(0);
		expect(r.contributions![0]).toEqual([0, 0]);
		expect(r.scores[1]).toBeCloseTo(100, 10);
		expect(r.contributions![1]![0]).toBeCloseTo(100, 10);
		expect(r.contributions![1]![1]).toBe(0);
	});

	it('scores no providers as no scores', () => {
		expect(weightedProduct.scores([], [1, 2])).toEqual([]);
		expect(weightedProduct.run([], [1, 2]).scores).toEqual([]);
	});
});
