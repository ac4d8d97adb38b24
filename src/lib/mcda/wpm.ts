import type { Mask, Matrix } from './method';
import { normalisedView, unitWeights } from './normalise';
import type { Direction, MethodOptions } from './types';

export interface WpmOptions extends MethodOptions {
	/**
	 * `included[i][j] === false` leaves cell (i, j) out: row i is the product over its other criteria
	 * alone, its weights scaled to sum to 1 over them (0 when none of them has a weight).
	 */
	included?: Mask;
}

/**
 * Weighted product model: P_i = Π_j r_ij^w_j with the weights scaled to sum to 1 (a weighted geometric
 * mean), r the matrix after `normalise`. Its ratios P_k / P_l are Bridgman's and Miller & Starr's
 * P(A_k/A_l) = Π_j (a_kj / a_lj)^w_j (Triantaphyllou 2000, §2.2.2). With the default 'none' a benefit
 * column enters as x^w and a cost column as x^(−w), so the ratio form holds on the raw figures.
 *
 * Zeros and signs (the model needs positive figures):
 * - a 0 in a benefit column with a positive weight makes the product 0 (a criterion weighted at 0
 *   never matters: 0^0 = 1);
 * - with 'none', a 0 in a cost column would make the product infinite; it is computed as if it were
 *   the column's smallest positive figure (a free option counts as well as the cheapest priced one,
 *   not infinitely better), or as 1 when the column has no positive figure;
 * - a negative figure counts as 0 (benefit) or like a 0 (cost), never as a NaN from a fractional power.
 * All-zero weights give all-zero scores.
 */
export function wpm(
	matrix: Matrix,
	weights: readonly number[],
	directions: readonly Direction[],
	{ normalisation = 'none', included }: WpmOptions = {}
): number[] {
	const w = unitWeights(weights);
	if (!w.some((x) => x > 0)) return matrix.map(() => 0);
	const r: Matrix = normalisedView(matrix, directions, normalisation);
	const n = w.length;
	// With 'none', a cost column's stand-in for a zero: its smallest positive figure.
	const floor = new Array<number>(n).fill(1);
	for (let j = 0; j < n; j++) {
		if (!(normalisation === 'none' && directions[j] === -1)) continue;
		let smallest = Infinity;
		for (const row of r) if ((row[j] ?? 0) > 0 && (row[j] ?? 0) < smallest) smallest = row[j]!;
		if (smallest < Infinity) floor[j] = smallest;
	}
	return r.map((row, i) => {
		const mask = included?.[i];
		// Row weights: the unit weights over the cells scored, scaled again to sum to 1 there.
		let total = 1;
		if (mask) {
			total = 0;
			for (let j = 0; j < n; j++) if (mask[j] !== false) total += w[j] ?? 0;
			if (!(total > 0)) return 0;
		}
		let product = 1;
		for (let j = 0; j < n; j++) {
			if (mask && mask[j] === false) continue;
			const wj = (w[j] ?? 0) / total;
			if (wj === 0) continue;
			const x = row[j] ?? 0;
			if (normalisation === 'none' && directions[j] === -1) product *= Math.max(x, floor[j]!) ** -wj;
			else product *= Math.max(x, 0) ** wj;
		}
		return product;
	});
}
