import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankWeights } from './rank-weights';

describe('rankWeights', () => {
	it('ROC for n = 4 is 0.5208, 0.2708, 0.1458, 0.0625 (Barron & Barrett 1996)', () => {
		// Exactly 25/48, 13/48, 7/48, 3/48: (1 + 1/2 + 1/3 + 1/4)/4, (1/2 + 1/3 + 1/4)/4, (1/3 + 1/4)/4, (1/4)/4.
		const w = rankWeights(4, 'roc');
		[0.5208, 0.2708, 0.1458, 0.0625].forEach((x, i) => expect(w[i]).toBeCloseTo(x, 4));
		[25, 13, 7, 3].forEach((x, i) => expect(w[i]).toBeCloseTo(x / 48, 15));
	});

	it('rank-sum for n = 4 is 0.4, 0.3, 0.2, 0.1', () => {
		// 2(n + 1 − k)/(n(n + 1)) = (8, 6, 4, 2)/20.
		rankWeights(4, 'rank-sum').forEach((x, i) => expect(x).toBeCloseTo([0.4, 0.3, 0.2, 0.1][i]!, 15));
	});

	it('rank-reciprocal for n = 4 is 0.48, 0.24, 0.16, 0.12', () => {
		// (1/k) / (25/12).
		rankWeights(4, 'rank-reciprocal').forEach((x, i) =>
			expect(x).toBeCloseTo([0.48, 0.24, 0.16, 0.12][i]!, 15)
		);
	});

	it('each kind sums to 1 and never increases down the ranking', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.constantFrom('roc', 'rank-sum', 'rank-reciprocal' as const),
				(n, kind) => {
					const w = rankWeights(n, kind);
					expect(w).toHaveLength(n);
					expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
					for (let k = 1; k < n; k++) expect(w[k]).toBeLessThanOrEqual(w[k - 1]!);
				}
			)
		);
	});

	it('n = 0 gives no weights; a fractional or negative n is refused', () => {
		expect(rankWeights(0, 'roc')).toEqual([]);
		expect(() => rankWeights(2.5, 'roc')).toThrow('n should be a whole number ≥ 0, but its value is 2.5.');
		expect(() => rankWeights(-1, 'rank-sum')).toThrow(RangeError);
	});
});
