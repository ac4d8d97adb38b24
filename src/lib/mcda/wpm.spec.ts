import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wpm } from './wpm';
import { problem, sharedProperties, triantaphyllou } from '$testing/method-properties';

describe('wpm', () => {
	it('reproduces Triantaphyllou’s WPM ratios on the WSM example data', () => {
		// Triantaphyllou 2000, §2.2.2 (and Wikipedia's "Weighted product model", same data as the WSM
		// example): P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059, so A1 is best. The stored copy I
		// could read cut off before the figures, so here is the hand calculation they must match:
		// P(A1/A2) = (25/10)^0.20 (20/30)^0.15 (15/20)^0.40 (30/30)^0.25
		//          = exp(0.2·0.916291 − 0.15·0.405465 − 0.4·0.287682) = exp(0.007365) = 1.00739;
		// P(A1/A3) = exp(0.2·ln(25/30) + 0.15·ln 2 + 0.4·ln(1/2) + 0.25·ln 3) = exp(0.064902) = 1.06705;
		// P(A2/A3) = exp(0.2·ln(1/3) + 0.15·ln 3 + 0.4·ln(2/3) + 0.25·ln 3) = exp(0.057537) = 1.05922.
		const { matrix, weights, directions } = triantaphyllou;
		const [a1, a2, a3] = wpm(matrix, weights, directions) as [number, number, number];
		expect(a1 / a2).toBeCloseTo(1.007, 3);
		expect(a1 / a3).toBeCloseTo(1.067, 3);
		expect(a2 / a3).toBeCloseTo(1.059, 3);
		expect(a1 / a2).toBeCloseTo(
			Math.exp(0.2 * Math.log(2.5) + 0.15 * Math.log(2 / 3) + 0.4 * Math.log(0.75)),
			12
		);
	});

	it('with none, a cost column enters as x^(−w)', () => {
		// 4^0.5 · 2^(−0.5) = √2; 9^0.5 · 4^(−0.5) = 1.5.
		const scores = wpm(
			[
				[4, 2],
				[9, 4]
			],
			[1, 1],
			[1, -1]
		);
		expect(scores[0]).toBeCloseTo(Math.SQRT2, 12);
		expect(scores[1]).toBeCloseTo(1.5, 12);
	});

	it('a zero benefit figure makes the product 0; a zero weight ignores it', () => {
		expect(wpm([[0, 5]], [1, 1], [1, 1])).toEqual([0]);
		expect(wpm([[0, 4]], [0, 1], [1, 1])).toEqual([4]);
	});

	it('with none, a zero cost counts as the column’s smallest positive cost, never Infinity', () => {
		// Column (0, 2, 4) is treated as (2, 2, 4): scores 2^−1, 2^−1, 4^−1.
		expect(wpm([[0], [2], [4]], [1], [-1])).toEqual([0.5, 0.5, 0.25]);
		expect(wpm([[0], [0]], [1], [-1])).toEqual([1, 1]);
	});

	it('gives all-zero scores for all-zero weights', () => {
		expect(wpm(triantaphyllou.matrix, [0, 0, 0, 0], triantaphyllou.directions)).toEqual([0, 0, 0]);
	});

	it('with none, scaling a column by c > 0 multiplies every score by c^±w (ratios unchanged)', () => {
		fc.assert(
			fc.property(
				problem,
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				({ matrix, weights, directions }, c) => {
					const scaled = matrix.map((row) => row.map((x, k) => (k === 0 ? x * c : x)));
					const a = wpm(matrix, weights, directions);
					const b = wpm(scaled, weights, directions);
					for (let i = 1; i < a.length; i++)
						if (a[0]! > 0 && b[0]! > 0) expect(b[i]! / b[0]!).toBeCloseTo(a[i]! / a[0]!, 9);
				}
			)
		);
	});
});

sharedProperties('wpm (none)', (m, w, d) => wpm(m, w, d), { scaleInvariant: false });
sharedProperties('wpm (linear)', (m, w, d) => wpm(m, w, d, { normalisation: 'linear' }), {
	scaleInvariant: true
});

describe('wpm with a mask', () => {
	it('is the product over the row’s other cells, its weights re-scaled over them', () => {
		// (4, 9), equal weights: √(4·9) = 6; with the first cell left out, 9^1 = 9.
		expect(wpm([[4, 9]], [1, 1], [1, 1])[0]).toBeCloseTo(6, 12);
		expect(wpm([[4, 9]], [1, 1], [1, 1], { included: [[false, true]] })[0]).toBeCloseTo(9, 12);
		expect(wpm([[4, 9]], [0, 1], [1, 1], { included: [[true, false]] })).toEqual([0]);
	});
});
