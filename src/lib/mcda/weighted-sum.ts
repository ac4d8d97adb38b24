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
	scores,
	scorer
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

/**
 * The weighted sum for many weightings of one matrix (the robustness check rescores it 500 times
 * per change): the rows read once into one typed array, each call one pass with no working tables.
 * The same arithmetic, in the same order, as `wsm` on benefit columns (w_j = weight_j / Σ weight;
 * Σ w_j·v_ij over the cells with a weight; with a mask, ÷ the row's Σ w_j), so the scores are the
 * same numbers to the last bit, and so are the ranks they give.
 */
function scorer(values: Matrix, included?: Mask): (weights: readonly number[]) => number[] {
	const n = values.length;
	const m = values.reduce((most, row, i) => Math.max(most, row.length, included?.[i]?.length ?? 0), 0);
	const flat = new Float64Array(n * m);
	// 1 where the cell is scored; a row without a mask has every cell scored (and no division).
	const scored = new Uint8Array(n * m).fill(1);
	const masked = values.map((_, i) => included?.[i] !== undefined);
	values.forEach((row, i) => {
		for (let j = 0; j < m; j++) {
			flat[i * m + j] = row[j] ?? 0;
			if (included?.[i]?.[j] === false) scored[i * m + j] = 0;
		}
	});
	return (weights) => {
		let total = 0;
		for (const w of weights) total += w;
		const k = weights.length;
		const out = new Array<number>(n);
		for (let i = 0; i < n; i++) {
			let rowTotal = 0;
			let sum = 0;
			for (let j = 0; j < k; j++) {
				if (j < m && scored[i * m + j] === 0) continue;
				const wj = total > 0 ? weights[j]! / total : 0;
				rowTotal += wj;
				if (wj > 0) sum += wj * (j < m ? flat[i * m + j]! : 0);
			}
			out[i] = !masked[i] ? sum : rowTotal > 0 ? sum / rowTotal : 0;
		}
		return out;
	};
}
