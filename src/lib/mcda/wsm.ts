import { normalise, unitWeights } from './normalise';
import type { Direction, MethodOptions } from './types';

/**
 * Weighted sum model (simple additive weighting): S_i = Σ_j w_j · r_ij, with the weights scaled to
 * sum to 1 and r the matrix after `normalise(matrix, directions, normalisation)` (Triantaphyllou 2000,
 * "Multi-criteria decision making methods: a comparative study", §2.2.1). The default normalisation
 * is 'none', for figures already on a common benefit scale (value scores); with 'none' a cost column
 * enters with a minus sign, S_i = Σ_benefit w_j·x_ij − Σ_cost w_j·x_ij, so less still scores better.
 * All-zero weights give all-zero scores.
 */
export function wsm(
	matrix: number[][],
	weights: number[],
	directions: Direction[],
	{ normalisation = 'none' }: MethodOptions = {}
): number[] {
	const w = unitWeights(weights);
	const r = normalise(matrix, directions, normalisation);
	const sign = directions.map((d) => (normalisation === 'none' && d === -1 ? -1 : 1));
	return r.map((row) => {
		let sum = 0;
		for (let j = 0; j < row.length; j++) {
			const wj = w[j] ?? 0;
			if (wj > 0) sum += wj * (sign[j] ?? 1) * (row[j] ?? 0);
		}
		return sum;
	});
}
