import type { Mask, Matrix, ScoringMethod } from './method';
import { weightStability, type WeightInterval } from './stability';

export interface MethodStability {
	/** Per criterion, the weight share interval keeping `first` first (see `WeightInterval`). */
	intervals: WeightInterval[];
	/** True for the closed form (weighted sum, nothing left out); false for the numeric search. */
	exact: boolean;
	/** How close a searched bound is to the true one (a share, 0–1); 0 when exact. */
	resolution: number;
}

/**
 * Grid steps over [0, 1] for the numeric search, then halvings at each end: 40 and 14 for a small
 * comparison, fewer for a large one so that a weight change stays within about this many cell
 * visits (a scoring costs rows × criteria; the search scores about steps + 2 × halvings times per
 * criterion).
 */
const STEPS = 40;
const HALVINGS = 14;
const BUDGET = 3_000_000;

/**
 * Weight stability intervals for any method: the closed form of `weightStability` for a weighted
 * average (the method's capability `weightedAverage`) with nothing left out, otherwise a bounded numeric search. For criterion j the share t goes
 * from the current share towards 0 and towards 1 on a grid (1/40 for a small comparison), the other
 * weights keeping their proportions (equal when they are all 0); at the first grid point where
 * `first` is no longer first the boundary is narrowed by halvings (14: to within 1/40 · 2⁻¹⁴ ≈
 * 0.0015 %). A change of leader that comes and goes between two grid points is missed, so these
 * intervals are approximate, and the page says so. Cost: at most (steps + 2 × halvings) scorings
 * per criterion, fewer steps for large comparisons (see BUDGET); `resolution` says how fine.
 *
 * `first` is the provider first now (the page's leader); by default the highest score.
 */
export function methodStability(
	method: ScoringMethod,
	values: Matrix,
	weights: readonly number[],
	included?: Mask,
	first?: number
): MethodStability {
	const total = weights.reduce((s, w) => s + w, 0);
	const m = values.length;
	if (m === 0 || !(total > 0)) return { intervals: [], exact: true, resolution: 0 };
	const now = method.scores(values, weights, included);
	const leader = first ?? now.reduce((best, s, i) => (s > now[best]! ? i : best), 0);
	if (method.capabilities?.weightedAverage && !included) {
		const intervals = weightStability(
			values.map((r) => [...r]),
			[...weights]
		);
		if (intervals[0]?.first === leader) return { intervals, exact: true, resolution: 0 };
	}
	const n = weights.length;
	const perCriterion = BUDGET / Math.max(1, m * n * n);
	const steps = Math.max(5, Math.min(STEPS, Math.floor(perCriterion / 2)));
	const halvings = Math.max(6, Math.min(HALVINGS, Math.floor(perCriterion / 4)));
	const score =
		method.scorer?.(values, included) ?? ((w: readonly number[]) => method.scores(values, w, included));
	const shares = weights.map((w) => w / total);
	const trial = new Array<number>(n);
	/** Who is first with criterion j at share t, or undefined while `leader` still is (ties allowed). */
	const overtaker = (j: number, t: number): number | undefined => {
		const rest = 1 - shares[j]!;
		for (let k = 0; k < n; k++)
			trial[k] = k === j ? t : rest > 1e-12 ? (shares[k]! * (1 - t)) / rest : (1 - t) / Math.max(1, n - 1);
		const scores = score(trial);
		const own = scores[leader]!;
		let best: number | undefined;
		for (let i = 0; i < m; i++)
			if (i !== leader && scores[i]! > own + 1e-9 * Math.max(1, Math.abs(own)))
				if (best === undefined || scores[i]! > scores[best]!) best = i;
		return best;
	};
	/** From the current share towards `end` (0 or 1): the last share keeping the leader, and who passes it. */
	const search = (j: number, end: 0 | 1): { bound: number; by?: number } => {
		const start = shares[j]!;
		let ok = start;
		const step = (end - start) / Math.max(1, Math.ceil(Math.abs(end - start) * steps));
		const count = Math.round((end - start) / (step || 1));
		for (let s = 1; s <= count; s++) {
			const t = s === count ? end : start + s * step;
			const by = overtaker(j, t);
			if (by === undefined) {
				ok = t;
				continue;
			}
			let bad = t;
			let who = by;
			for (let h = 0; h < halvings; h++) {
				const mid = (ok + bad) / 2;
				const at = overtaker(j, mid);
				if (at === undefined) ok = mid;
				else {
					bad = mid;
					who = at;
				}
			}
			return { bound: ok, by: who };
		}
		return { bound: end };
	};
	const intervals = shares.map((_, j): WeightInterval => {
		const low = search(j, 0);
		const high = search(j, 1);
		const entry: WeightInterval = { criterion: j, interval: [low.bound, high.bound], first: leader };
		if (low.by !== undefined) entry.below = low.by;
		if (high.by !== undefined) entry.above = high.by;
		return entry;
	});
	return { intervals, exact: false, resolution: 1 / steps / 2 ** halvings };
}
