import { normaliseWeights, type Mask, type Matrix, type ScoringMethod } from './method';
import { topsisScorer, topsisWorking } from './topsis';

/**
 * TOPSIS (Hwang & Yoon 1981, pp. 128–134) on the 0–100 value scores, every column a benefit:
 * r = v / ‖v‖₂ per column; A⁺ and A⁻ each column's best and worst r among the providers compared;
 * D⁺, D⁻ the weighted Euclidean distances; score = 100 · D⁻ / (D⁺ + D⁻). Equal to the library's
 * `topsis(values, weights, ones, { included })` × 100: this adapter adds only the words, the 0–100
 * scaling and the contributions split. A left-out cell (unknowns "left out") is skipped in its
 * column's length, in the ideal points and in its row's distances, whose weights are re-scaled over
 * the cells scored.
 *
 * Because the normalisation and both ideal points come from the providers compared, a score depends
 * on who else is in the comparison (rank reversal). Not additive: `contributions` splits each score
 * in proportion to each criterion's part of the squared distance from the anti-ideal (D⁻²).
 */
export const topsisMethod: ScoringMethod = {
	id: 'topsis',
	name: 'TOPSIS',
	hint: 'nearness to the best provider compared, farness from the worst',
	explanation:
		'TOPSIS (Technique for Order of Preference by Similarity to Ideal Solution) pictures each provider as a ' +
		'point, one axis per criterion, stretched by the weights. It takes each criterion’s value scores of the ' +
		'providers compared, scales them by that column’s length (the square root of the sum of squares), and ' +
		'builds an imaginary best provider (the best compared value on every criterion) and an imaginary worst. ' +
		'A provider’s score is how much nearer it is to the best than to the worst: its distance from the worst ' +
		'divided by the sum of both distances, times 100.',
	formula:
		'Score = 100 × D⁻ ÷ (D⁺ + D⁻), D⁺ and D⁻ the weighted distances from the best and the worst point.',
	weakness:
		'Rank reversal: the best and worst points and the scaling come from the providers compared, so adding ' +
		'or leaving out a provider can change the order of the others, even of two providers that did not change.',
	additive: false,
	contributionsNote:
		'TOPSIS measures distances, so it has no points to add up; each bar is the score split in proportion to ' +
		'each criterion’s part of the provider’s squared distance from the imaginary worst provider.',
	dependsOnAlternatives: true,
	run(values, weights, included) {
		const ones = weights.map(() => 1 as const);
		const working = topsisWorking(values, weights, ones, included ? { included } : {});
		const scores = working.closeness.map((c) => 100 * c);
		// Each score split in proportion to each criterion's part of D⁻² (by weight when D⁻ = 0).
		const contributions = working.toAntiIdealParts.map((minus, i) => {
			const score = scores[i]!;
			const dMinus2 = minus.reduce((s, x) => s + x, 0);
			return dMinus2 > 0
				? minus.map((x) => (score * x) / dMinus2)
				: working.rowWeights[i]!.map((x) => score * x);
		});
		return {
			scores,
			contributions,
			normalisedWeights: normaliseWeights(weights),
			rowWeights: working.rowWeights
		};
	},
	scores(values, weights, included) {
		return scorer(values, included)(weights);
	},
	scorer
};

/** The library's scorer on benefit columns, × 100. */
function scorer(values: Matrix, included?: Mask) {
	const score = topsisScorer(
		values,
		(values[0] ?? []).map(() => 1 as const),
		included ? { included } : {}
	);
	return (weights: readonly number[]) => score(weights).map((c) => 100 * c);
}
