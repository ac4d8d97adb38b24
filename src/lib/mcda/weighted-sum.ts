import { normaliseWeights, rowWeights, type Mask, type Matrix, type ScoringMethod } from './method';
import { wsm } from './wsm';

/**
 * Weighted sum (simple additive weighting): S_i = Σ_j w_j · v_ij / Σ_j w_j, with v_ij the 0–100
 * value score. The contribution of criterion j to alternative i is w_j · v_ij / Σ w, so the
 * contributions add up to the score (Belton & Stewart 2002, ch. 5; Triantaphyllou 2000, §2.2.1).
 * The scores are the library's `wsm` on benefit columns (with the mask); this adapter adds the words
 * and the contributions split.
 */
export const weightedSum: ScoringMethod = {
	id: 'weighted-sum',
	name: 'Weighted sum',
	hint: 'adds weighted value scores; strengths make up for weaknesses',
	explanation:
		'Each criterion turns a provider’s raw figure into a value score from 0 to 100 on a fixed scale ' +
		'(the worst reference level scores 0, the best 100, linear in between and capped at both ends; ' +
		'ratings have a fixed score per level). The total is the weighted average of the value scores: ' +
		'each value score times its weight, added up, divided by the sum of the weights. A criterion’s ' +
		'share of the total weight is how much of the 100 points it controls.',
	formula: 'Score = Σ (weight × value score) ÷ Σ weight.',
	weakness:
		'It is fully compensatory: a very good value on one heavily weighted criterion can make up for a very ' +
		'poor one elsewhere, so a provider that fails badly on one criterion can still come first.',
	additive: true,
	capabilities: { weightedAverage: true },
	dependsOnAlternatives: false,
	run(values, weights, included) {
		const normalisedWeights = normaliseWeights(weights);
		const perRow = values.map((_, i) => (included ? rowWeights(weights, included[i]) : normalisedWeights));
		// The additive split: w_ij · v_ij, which adds up to the score.
		const contributions = values.map((row, i) => row.map((v, j) => (perRow[i]![j] ?? 0) * v));
		return {
			scores: scores(values, weights, included),
			contributions,
			normalisedWeights,
			rowWeights: perRow
		};
	},
	scores
};

/** The library's weighted sum on benefit columns (value scores are benefits). */
function scores(values: Matrix, weights: readonly number[], included?: Mask): number[] {
	return wsm(
		values,
		weights,
		weights.map(() => 1 as const),
		included ? { included } : {}
	);
}
