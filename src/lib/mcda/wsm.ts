import type { Mask, Matrix } from './method';
import { normalisedView, unitWeights } from './normalise';
import type { Direction, MethodOptions } from './types';

export interface WsmOptions extends MethodOptions {
	/**
	 * `included[i][j] === false` leaves cell (i, j) out: row i is scored on its other criteria alone,
	 * its weights scaled to sum to 1 over them (its row weights).
	 */
	included?: Mask;
}

/**
 * Weighted sum model (simple additive weighting): S_i = Σ_j w_j · r_ij, with the weights scaled to
 * sum to 1 and r the matrix after `normalise(matrix, directions, normalisation)` (Triantaphyllou 2000,
 * "Multi-criteria decision making methods: a comparative study", §2.2.1). The default normalisation
 * is 'none', for figures already on a common benefit scale (value scores); with 'none' a cost column
 * enters with a minus sign, S_i = Σ_benefit w_j·x_ij − Σ_cost w_j·x_ij, so less still scores better.
 * All-zero weights give all-zero scores. With a mask, w_ij = w_j / Σ_{j scored} w_j over row i's
 * scored cells (0 when none of them has a weight).
 */
export function wsm(
	matrix: Matrix,
	weights: readonly number[],
	directions: readonly Direction[],
	{ normalisation = 'none', included }: WsmOptions = {}
): number[] {
	const w = unitWeights(weights);
	const r: Matrix = normalisedView(matrix, directions, normalisation);
	const n = w.length;
	return r.map((row, i) => {
		const mask = included?.[i];
		let total = 0;
		let sum = 0;
		for (let j = 0; j < n; j++) {
			if (mask && mask[j] === false) continue;
			const wj = w[j] ?? 0;
			total += wj;
			if (wj > 0) sum += wj * (normalisation === 'none' && directions[j] === -1 ? -1 : 1) * (row[j] ?? 0);
		}
		if (!mask) return sum;
		return total > 0 ? sum / total : 0;
	});
}
