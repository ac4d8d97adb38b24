import { unitWeights } from './normalise';

export interface WeightInterval {
	/** The criterion's column. */
	criterion: number;
	/**
	 * [lo, hi] ⊆ [0, 1]: the criterion's normalised weight t may move anywhere in here, the other
	 * weights keeping their proportions, and the alternative first now stays first (ties allowed).
	 * Contains the current weight.
	 */
	interval: [number, number];
	/** The alternative that is first now (the same for every criterion). */
	first: number;
	/** Who becomes first just below `lo`; undefined when the interval reaches 0. */
	below?: number;
	/** Who becomes first just above `hi`; undefined when the interval reaches 1. */
	above?: number;
}

/** A slope below this (points per unit of weight, on a 0–100 scale) is rounding noise: parallel. */
const SLOPE_NOISE = 1e-9;
/** Two crossings (weight shares, 0–1) closer than this are the same point. */
const CROSS_NOISE = 1e-12;

/**
 * Weight stability intervals for the weighted sum, in closed form (the "weight stability intervals"
 * of Visual PROMETHEE / Mareschal 1988, "Weight stability intervals in multicriteria decision aid",
 * EJOR 33, 26–33, here for the additive model and the first place only).
 *
 * `values` are value scores on a common benefit scale ([alternative][criterion]); weights are scaled to
 * sum to 1. Give criterion j the weight t and every other criterion k the weight w_k·(1 − t)/(1 − w_j).
 * Each alternative's score is then linear in t: S_i(t) = t·v_ij + (1 − t)·R_i, R_i = Σ_{k≠j} w_k v_ik /
 * (1 − w_j). The leader a stays first while S_a(t) − S_b(t) = c_b + s_b·t ≥ 0 for every b, so each b
 * bounds t from below (s_b > 0) or from above (s_b < 0) at t = −c_b / s_b; the interval is the
 * tightest bounds, clipped to [0, 1]. No sweep.
 *
 * Conventions: the leader is the highest score now, the lowest index among equal scores; an
 * alternative tied with it does not end its interval (ties allowed), one that would pass it does.
 * When w_j = 1 the other weights are all 0 and have no proportions: they are then taken as equal. With
 * one criterion the interval is [0, 1]. With no alternatives, or every weight 0 (nothing is first), the
 * result is [].
 */
export function weightStability(values: number[][], weights: number[]): WeightInterval[] {
	const m = values.length;
	const n = weights.length;
	const w = unitWeights(weights);
	if (m === 0 || !w.some((x) => x > 0)) return [];
	const score = values.map((row) => row.reduce((s, v, j) => s + (w[j] ?? 0) * v, 0));
	let first = 0;
	for (let i = 1; i < m; i++) if (score[i]! > score[first]!) first = i;

	const rest = new Array<number>(m);
	return w.map((wj, j) => {
		// R_i: each alternative's score on the other criteria, their weights summing to 1.
		const others = 1 - wj;
		for (let i = 0; i < m; i++) {
			const row = values[i]!;
			let r = 0;
			if (n === 1) r = 0;
			else if (others > 1e-12)
				for (let k = 0; k < n; k++) r += k === j ? 0 : ((w[k] ?? 0) / others) * (row[k] ?? 0);
			else for (let k = 0; k < n; k++) r += k === j ? 0 : (row[k] ?? 0) / (n - 1);
			rest[i] = r;
		}
		let lo = 0;
		let hi = 1;
		let below: number | undefined;
		let above: number | undefined;
		let belowSlope = 0;
		let aboveSlope = 0;
		const a = values[first]!;
		for (let b = 0; b < m; b++) {
			if (b === first) continue;
			const c = rest[first]! - rest[b]!;
			const s = (a[j] ?? 0) - (values[b]![j] ?? 0) - c;
			// Parallel (or as good as: the same values on criterion j, and on the others the same total
			// by other routes, leave rounding noise of 1e-15, whose ratio is a crossing anywhere): b
			// never passes a, which leads now.
			if (Math.abs(s) <= SLOPE_NOISE) continue;
			const cross = -c / s;
			// s > 0: a falls behind b below `cross`; the steepest such b leads just below the bound.
			// Crossings a rounding apart are one point (three lines through one point reach it from two
			// routes, 1e-16 apart), so the steepest of them is named, not the one a hair further in.
			const same = (bound: number) => Math.abs(cross - bound) <= CROSS_NOISE;
			if (s > 0 && (same(lo) ? below !== undefined && s > belowSlope : cross > lo)) {
				lo = Math.max(lo, cross);
				below = b;
				belowSlope = s;
			} else if (s < 0 && (same(hi) ? above !== undefined && -s > aboveSlope : cross < hi)) {
				hi = Math.min(hi, cross);
				above = b;
				aboveSlope = -s;
			}
		}
		// Rounding can put a bound a hair past the current weight; the current weight is inside.
		lo = Math.min(lo, wj);
		hi = Math.max(hi, wj);
		const entry: WeightInterval = { criterion: j, interval: [lo, hi], first };
		if (below !== undefined && lo > 0) entry.below = below;
		if (above !== undefined && hi < 1) entry.above = above;
		return entry;
	});
}
