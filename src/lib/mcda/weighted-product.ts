import { normaliseWeights, rowWeights, type Mask, type Matrix, type ScoringMethod } from './method';
import { wpm } from './wpm';

/** Value scores below this count as this: one 0 must not make the whole product 0. */
export const WPM_FLOOR = 1;

/** g ∈ [1, 100] stretched to 0–100: every value score at the floor reads 0, every one at 100 reads 100. */
const stretch = (g: number) => (g > 0 ? Math.max(0, (100 * (g - WPM_FLOOR)) / (100 - WPM_FLOOR)) : 0);

/**
 * Weighted product (Bridgman 1922; Miller & Starr 1969; Triantaphyllou 2000, §2.2.2) on the 0–100
 * value scores: S_i = 100 · (Π_j max(v_ij, 1)^w_j − 1) / 99, weights scaled to sum to 1 per row.
 *
 * Zeros: a product of powers is 0 as soon as one factor is 0, so a single worst value (or an unknown
 * scored as worst) would wipe out every other criterion. Value scores below 1 therefore count as 1:
 * a worst value still costs heavily (a factor 100^w below the best) but the other criteria keep
 * counting. The result is stretched so all-worst reads 0 and all-best 100; the stretch is the same
 * for every provider, so it never changes the order.
 *
 * Not additive. `contributions` splits each score in proportion to each criterion's share of the
 * log-score, w_j · ln max(v_ij, 1) / Σ_k w_k · ln max(v_ik, 1): the parts sum to the score. The
 * product itself is the library's `wpm` (with the mask); this adapter adds the words, the floor, the
 * 0–100 stretch and the contributions split.
 */
export const weightedProduct: ScoringMethod = {
	id: 'weighted-product',
	name: 'Weighted product',
	hint: 'multiplies them; a weak value costs more',
	explanation:
		'Each criterion turns a provider’s raw figure into a value score from 0 to 100 on a fixed scale, as for ' +
		'the weighted sum. The weighted product then multiplies the value scores, each raised to the power of its ' +
		'share of the weight (a weighted geometric mean), rather than adding them. A weak value therefore costs ' +
		'more than a strong one elsewhere can make up: a provider must be decent everywhere to score well. ' +
		'Because a product is zero as soon as one factor is zero, a value score below 1 counts as 1 here, so ' +
		'one worst value costs heavily without wiping out every other criterion; the result is then stretched ' +
		'so that worst on everything reads 0 and best on everything reads 100.',
	formula: 'Score = 100 × (Π max(value score, 1)^(weight ÷ Σ weight) − 1) ÷ 99.',
	weakness:
		'It punishes a single poor value very hard (a value score of 1 against 100 divides the product by 100 to ' +
		'the power of that criterion’s weight share), and the floor of 1 is a choice: another floor would ' +
		'change how hard a worst value is punished.',
	additive: false,
	contributionsNote:
		'The weighted product multiplies, so it has no points to add up; each bar is the score split in ' +
		'proportion to each criterion’s share of the log-score (weight share × logarithm of the value score).',
	dependsOnAlternatives: false,
	run(values, weights, included) {
		const normalisedWeights = normaliseWeights(weights);
		const perRow = values.map((_, i) => (included ? rowWeights(weights, included[i]) : normalisedWeights));
		const scores = scorer(values, included)(weights);
		const contributions = values.map((row, i) => {
			const w = perRow[i]!;
			const score = scores[i]!;
			const logs = row.map((v, j) => (w[j] ?? 0) * Math.log(Math.max(v, WPM_FLOOR)));
			const logScore = logs.reduce((s, x) => s + x, 0);
			// Every value at the floor: nothing to split by, so by weight share.
			return logScore > 0 ? logs.map((x) => (score * x) / logScore) : w.map((x) => score * x);
		});
		return { scores, contributions, normalisedWeights, rowWeights: perRow };
	},
	scorer,
	scores(values, weights, included) {
		return scorer(values, included)(weights);
	}
};

/** The library's `wpm` on the value scores floored at 1 (benefit columns, the mask), stretched to 0–100. */
function scorer(values: Matrix, included?: Mask) {
	const floored = values.map((row) => row.map((v) => Math.max(v, WPM_FLOOR)));
	const ones = (values[0] ?? []).map(() => 1 as const);
	const options = included ? { included } : {};
	return (weights: readonly number[]) => wpm(floored, weights, ones, options).map(stretch);
}
