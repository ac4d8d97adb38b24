import { normaliseWeights, rowWeights, type Matrix, type Mask, type ScoringMethod } from './method';

interface TopsisParts {
	/** r_ij = v_ij / ‖column j‖₂ over the cells scored (0 for a column of zeros). */
	normalised: number[][];
	ideal: number[];
	antiIdeal: number[];
}

/**
 * Hwang & Yoon's vector normalisation and ideal points on benefit columns, leaving out masked
 * cells: a left-out cell counts neither in its column's length nor for the ideal points.
 */
function parts(values: Matrix, included: Mask | undefined, n: number): TopsisParts {
	const norm = new Array<number>(n).fill(0);
	values.forEach((row, i) => {
		for (let j = 0; j < n; j++) if (included?.[i]?.[j] !== false) norm[j]! += (row[j] ?? 0) ** 2;
	});
	for (let j = 0; j < n; j++) norm[j] = Math.sqrt(norm[j]!);
	const normalised = values.map((row) => row.map((v, j) => (norm[j]! > 0 ? v / norm[j]! : 0)));
	const ideal = new Array<number>(n).fill(-Infinity);
	const antiIdeal = new Array<number>(n).fill(Infinity);
	normalised.forEach((row, i) => {
		for (let j = 0; j < n; j++) {
			if (included?.[i]?.[j] === false) continue;
			ideal[j] = Math.max(ideal[j]!, row[j]!);
			antiIdeal[j] = Math.min(antiIdeal[j]!, row[j]!);
		}
	});
	for (let j = 0; j < n; j++) if (ideal[j] === -Infinity) ideal[j] = antiIdeal[j] = 0;
	return { normalised, ideal, antiIdeal };
}

/** Squared weighted distances of one row from A⁺ and A⁻, per criterion. */
function distances(r: readonly number[], w: readonly number[], p: TopsisParts) {
	const plus = r.map((x, j) => ((w[j] ?? 0) * (x - p.ideal[j]!)) ** 2);
	const minus = r.map((x, j) => ((w[j] ?? 0) * (x - p.antiIdeal[j]!)) ** 2);
	return { plus, minus };
}

const closeness = (dPlus: number, dMinus: number, weighted: boolean) =>
	!weighted ? 0 : dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * TOPSIS (Hwang & Yoon 1981, pp. 128–134) on the 0–100 value scores, every column a benefit:
 * r = v / ‖v‖₂ per column; A⁺ and A⁻ each column's best and worst r among the providers compared;
 * D⁺, D⁻ the weighted Euclidean distances; score = 100 · D⁻ / (D⁺ + D⁻). Equal to the library's
 * `topsis(values, weights, ones)` × 100 when no cell is left out. A left-out cell (unknowns "left
 * out") is skipped in its column's length, in the ideal points and in its row's distances, whose
 * weights are re-scaled over the cells scored.
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
		const n = weights.length;
		const normalisedWeights = normaliseWeights(weights);
		const perRow = values.map((_, i) => (included ? rowWeights(weights, included[i]) : normalisedWeights));
		const p = parts(values, included, n);
		const scores: number[] = [];
		const contributions = p.normalised.map((r, i) => {
			const w = perRow[i]!.map((x, j) => (included?.[i]?.[j] === false ? 0 : x));
			const { plus, minus } = distances(r, w, p);
			const dMinus2 = sum(minus);
			const score =
				100 *
				closeness(
					Math.sqrt(sum(plus)),
					Math.sqrt(dMinus2),
					w.some((x) => x > 0)
				);
			scores.push(score);
			return dMinus2 > 0 ? minus.map((x) => (score * x) / dMinus2) : w.map((x) => score * x);
		});
		return { scores, contributions, normalisedWeights, rowWeights: perRow };
	},
	scores(values, weights, included) {
		return topsisScorer(values, included, weights.length)(weights);
	},
	scorer(values, included) {
		return topsisScorer(values, included, values[0]?.length ?? 0);
	}
};

/** The normalisation and ideal points once (they do not depend on the weights), then scores per weights. */
function topsisScorer(values: Matrix, included: Mask | undefined, n: number) {
	const p = parts(values, included, n);
	return (weights: readonly number[]) =>
		p.normalised.map((r, i) => {
			const mask = included?.[i];
			let plus = 0;
			let minus = 0;
			let total = 0;
			for (let j = 0; j < n; j++) if (!mask || mask[j] !== false) total += weights[j] ?? 0;
			if (!(total > 0)) return 0;
			for (let j = 0; j < n; j++) {
				if (mask && mask[j] === false) continue;
				const w = (weights[j] ?? 0) / total;
				plus += (w * (r[j]! - p.ideal[j]!)) ** 2;
				minus += (w * (r[j]! - p.antiIdeal[j]!)) ** 2;
			}
			return 100 * closeness(Math.sqrt(plus), Math.sqrt(minus), true);
		});
}
