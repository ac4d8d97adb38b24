/**
 * Group decisions: one set of weights from several people's, and how much they agree. Pure maths on
 * plain arrays (participants × criteria, participants × alternatives); the page and the server
 * decide who the participants are.
 */
import { ahp, type AhpResult } from './ahp';

/**
 * Aggregation of individual priorities (AIP): each person's weights scaled to sum to 1, then the
 * arithmetic mean per criterion (Forman & Peniwati 1998, "Aggregating individual judgments and
 * priorities with the analytic hierarchy process", EJOR 108, 165–169). A person whose weights are
 * all zero expresses no preference and is left out; with nobody left the result is all zeros.
 */
export function meanWeights(weightSets: readonly (readonly number[])[]): number[] {
	const n = weightSets[0]?.length ?? 0;
	const normalised = weightSets
		.map((w) => {
			if (w.length !== n) throw new RangeError(`a weight set has ${w.length} weights, expected ${n}`);
			if (w.some((x) => !(x >= 0) || !Number.isFinite(x)))
				throw new RangeError('weights must be finite and not negative');
			const total = w.reduce((s, x) => s + x, 0);
			return total > 0 ? w.map((x) => x / total) : undefined;
		})
		.filter((w) => w !== undefined);
	if (normalised.length === 0) return new Array<number>(n).fill(0);
	return Array.from({ length: n }, (_, j) => normalised.reduce((s, w) => s + w[j]!, 0) / normalised.length);
}

/**
 * Aggregation of individual judgements (AIJ): the cell-by-cell geometric mean of the people's
 * pairwise matrices, a_ij = (Π_k a_ij^(k))^(1/m). It is the aggregation that keeps the group matrix
 * reciprocal (a_ji = 1/a_ij) and so a pairwise matrix in its own right (Aczél & Saaty 1983,
 * "Procedures for synthesizing ratio judgements", J. Math. Psychology 27, 93–102); AHP group
 * practice uses it when a group acts as one (Forman & Peniwati 1998).
 */
export function geometricMeanJudgements(matrices: readonly (readonly (readonly number[])[])[]): number[][] {
	const first = matrices[0];
	if (!first) throw new RangeError('no pairwise matrices to aggregate');
	const n = first.length;
	return Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => {
			let logSum = 0;
			for (const m of matrices) {
				const a = m[i]?.[j];
				if (m.length !== n || a === undefined) throw new RangeError(`the pairwise matrices differ in size`);
				if (!(a > 0) || !Number.isFinite(a))
					throw new RangeError(`judgement (${i + 1}, ${j + 1}) is not a positive number`);
				logSum += Math.log(a);
			}
			return Math.exp(logSum / matrices.length);
		})
	);
}

/** The group's weights and consistency from everyone's pairwise matrices (AIJ, then `ahp`). */
export function groupAhp(
	matrices: readonly (readonly (readonly number[])[])[]
): AhpResult & { matrix: number[][] } {
	const matrix = geometricMeanJudgements(matrices);
	return { ...ahp(matrix), matrix };
}

/** Ranks 1…n of `scores` (higher is better), ties given the mean of the ranks they span ("1, 2.5, 2.5, 4"). */
export function midRanks(scores: readonly number[]): number[] {
	const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
	const ranks = new Array<number>(scores.length);
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
		for (let k = start; k <= end; k++) ranks[order[k]![1]] = (start + end) / 2 + 1;
		start = end + 1;
	}
	return ranks;
}

export interface Concordance {
	/** Kendall's W, 0 (no agreement) to 1 (everyone ranks alike). */
	w: number;
	/** Friedman's χ² = m(n − 1)W, with n − 1 degrees of freedom, for a test of agreement. */
	chiSquare: number;
	degreesOfFreedom: number;
}

/**
 * Kendall's coefficient of concordance for m people ranking n alternatives (rows = people, values =
 * ranks, ties as mid-ranks): W = 12 S / (m²(n³ − n) − m Σ T), where S = Σ_i (R_i − R̄)² over the
 * alternatives' rank sums R_i and T = Σ (t³ − t) over each person's groups of t tied ranks
 * (Kendall & Babington Smith 1939, "The problem of m rankings", Ann. Math. Statist. 10, 275–287;
 * the tie correction as in Siegel & Castellan 1988, "Nonparametric statistics for the behavioral
 * sciences", 2nd ed.). Undefined (NaN) with fewer than two
 * people or alternatives, or when every person ties every alternative.
 */
export function kendallW(rankings: readonly (readonly number[])[]): Concordance {
	const m = rankings.length;
	const n = rankings[0]?.length ?? 0;
	if (m < 2 || n < 2) return { w: NaN, chiSquare: NaN, degreesOfFreedom: Math.max(0, n - 1) };
	const sums = new Array<number>(n).fill(0);
	let ties = 0;
	for (const ranks of rankings) {
		if (ranks.length !== n) throw new RangeError(`a ranking has ${ranks.length} ranks, expected ${n}`);
		ranks.forEach((r, i) => (sums[i]! += r));
		const counts = new Map<number, number>();
		for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
		for (const t of counts.values()) ties += t ** 3 - t;
	}
	const mean = sums.reduce((s, r) => s + r, 0) / n;
	const s = sums.reduce((acc, r) => acc + (r - mean) ** 2, 0);
	const denominator = m * m * (n ** 3 - n) - m * ties;
	const w = denominator > 0 ? (12 * s) / denominator : NaN;
	return { w, chiSquare: m * (n - 1) * w, degreesOfFreedom: n - 1 };
}

/** For each alternative, how many people rank it first (ties for first count for each). */
export function firstChoices(rankings: readonly (readonly number[])[]): number[] {
	const n = rankings[0]?.length ?? 0;
	const counts = new Array<number>(n).fill(0);
	for (const ranks of rankings) {
		const best = Math.min(...ranks);
		ranks.forEach((r, i) => r === best && counts[i]!++);
	}
	return counts;
}

/**
 * The criterion the group disagrees on most: the largest population standard deviation of the
 * people's normalised weights (each person's weights scaled to sum to 1). Undefined for fewer than
 * two people with a preference.
 */
export function mostDisputedCriterion(
	weightSets: readonly (readonly number[])[]
): { criterion: number; spread: number } | undefined {
	const normalised = weightSets
		.map((w) => {
			const total = w.reduce((s, x) => s + x, 0);
			return total > 0 ? w.map((x) => x / total) : undefined;
		})
		.filter((w) => w !== undefined);
	if (normalised.length < 2) return undefined;
	const n = normalised[0]!.length;
	let best: { criterion: number; spread: number } | undefined;
	for (let j = 0; j < n; j++) {
		const values = normalised.map((w) => w[j]!);
		const mean = values.reduce((s, x) => s + x, 0) / values.length;
		const spread = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);
		if (!best || spread > best.spread) best = { criterion: j, spread };
	}
	return best;
}
