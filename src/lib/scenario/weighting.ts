/**
 * The ways of setting the weights besides sliders, as pure functions from what the person entered
 * to the weights. Every way ends in the same `scenario.weights` (0–100 per criterion id): a way's
 * own input (a rank order, pairwise judgements) is kept in the scenario for re-editing, and the
 * weights are written from it whenever it changes, so the link's `w=` stays the one source of the
 * weights used.
 */
import { ahp, mostInconsistentJudgement } from '$lib/mcda/ahp';
import { rankWeights } from '$lib/mcda/rank-weights';

export interface WeightingCriterion {
	id: string;
	name: string;
	group: string;
}
export interface WeightingGroup {
	id: string;
	name: string;
}
export interface WeightingContext {
	criteria: readonly WeightingCriterion[];
	groups: readonly WeightingGroup[];
}

export type RankKind = 'roc' | 'rank-sum';
export const RANK_KINDS: Record<RankKind, string> = {
	roc: 'Rank order centroid (ROC)',
	'rank-sum': 'Rank sum'
};

/** Saaty's 1–9 scale and its reciprocals: the judgements a pairwise comparison may hold. */
export const SAATY = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export const isSaaty = (v: number) => SAATY.some((s) => Math.abs(v - s) < 1e-9 || Math.abs(v - 1 / s) < 1e-9);
/** A judgement as a signed whole number: 3 = first 3× as important, −3 = second 3×, 1 = equal. */
export const toSigned = (v: number) => (v >= 1 ? Math.round(v) : -Math.round(1 / v));
export const fromSigned = (n: number) => (n >= 1 ? n : n <= -2 ? 1 / -n : 1);
/** The nearest Saaty value to any positive ratio (in log terms), clamped to 1/9…9. */
export function nearestSaaty(ratio: number): number {
	if (!(ratio > 0) || !Number.isFinite(ratio)) return ratio > 0 ? 9 : 1 / 9;
	const n = Math.min(9, Math.max(1, Math.round(ratio >= 1 ? ratio : 1 / ratio)));
	return ratio >= 1 ? n : n === 1 ? 1 : 1 / n;
}

/** A share (0–1) as a weight 0–100 with two decimals: the link stays short and reads back the same. */
const asWeight = (share: number) => Math.round(share * 10_000) / 100;

/** The rank order in use: the stored one (ids still present), then any other criteria by current weight. */
export function rankOrderOf(
	context: WeightingContext,
	stored: readonly string[] | undefined,
	weights: Record<string, number>
): string[] {
	const ids = new Set(context.criteria.map((c) => c.id));
	const kept = (stored ?? []).filter((id, i, all) => ids.has(id) && all.indexOf(id) === i);
	const rest = context.criteria
		.map((c) => c.id)
		.filter((id) => !kept.includes(id))
		.map((id, i) => ({ id, i, w: weights[id] ?? 0 }))
		.sort((a, b) => b.w - a.w || a.i - b.i)
		.map((x) => x.id);
	return [...kept, ...rest];
}

/** Weights from a rank order (most important first), ROC or rank sum (Barron & Barrett 1996). */
export function rankedWeights(order: readonly string[], kind: RankKind = 'roc'): Record<string, number> {
	const shares = rankWeights(order.length, kind);
	return Object.fromEntries(order.map((id, k) => [id, asWeight(shares[k] ?? 0)]));
}

/** Group keys in pairwise judgements carry "@", which no criterion id can. */
export const groupKey = (groupId: string) => `@${groupId}`;
export const pairKey = (a: string, b: string) => `${a}|${b}`;

export interface PairwiseMatrix {
	/** "group:<id>" for criteria within a group, "groups" for the groups against each other. */
	id: string;
	/** "Within Cost", "Between the groups". */
	name: string;
	items: { key: string; name: string }[];
}

/**
 * What the person compares: the criteria within each group of two or more, then the groups against
 * each other (when there are two or more). A criterion's weight is then its group's weight × its
 * weight within the group. In this order the link lists the judgements (upper triangles, row by row).
 */
export function pairwiseMatrices(context: WeightingContext): PairwiseMatrix[] {
	const groups = context.groups
		.map((g) => ({ group: g, criteria: context.criteria.filter((c) => c.group === g.id) }))
		.filter((g) => g.criteria.length > 0);
	const within = groups
		.filter((g) => g.criteria.length > 1)
		.map(({ group, criteria }) => ({
			id: `group:${group.id}`,
			name: `Within ${group.name}`,
			items: criteria.map((c) => ({ key: c.id, name: c.name }))
		}));
	const between =
		groups.length > 1
			? [
					{
						id: 'groups',
						name: 'Between the groups',
						items: groups.map(({ group }) => ({ key: groupKey(group.id), name: group.name }))
					}
				]
			: [];
	return [...within, ...between];
}

/** Every pair in link order: [first key, second key]. */
export function pairsOf(matrices: readonly PairwiseMatrix[]): [string, string][] {
	return matrices.flatMap((m) =>
		m.items.flatMap((a, i) => m.items.slice(i + 1).map((b): [string, string] => [a.key, b.key]))
	);
}

/** How much more important a is than b (1/9…9); 1 when not given. */
export function judgement(pairwise: Record<string, number> | undefined, a: string, b: string): number {
	const direct = pairwise?.[pairKey(a, b)];
	if (direct !== undefined) return direct;
	const reverse = pairwise?.[pairKey(b, a)];
	return reverse !== undefined && reverse > 0 ? 1 / reverse : 1;
}

/** Judgements that match current weights as nearly as Saaty's scale allows (where pairwise starts). */
export function judgementsFromWeights(
	context: WeightingContext,
	weights: Record<string, number>
): Record<string, number> {
	const weightOf = (key: string) =>
		key.startsWith('@')
			? context.criteria
					.filter((c) => groupKey(c.group) === key)
					.reduce((s, c) => s + (weights[c.id] ?? 0), 0)
			: (weights[key] ?? 0);
	return Object.fromEntries(
		pairsOf(pairwiseMatrices(context)).map(([a, b]) => {
			const wa = weightOf(a);
			const wb = weightOf(b);
			return [pairKey(a, b), wa === 0 && wb === 0 ? 1 : nearestSaaty(wa / wb)];
		})
	);
}

export interface MatrixResult {
	matrix: PairwiseMatrix;
	/** Priorities of the items (eigenvector), summing to 1. */
	priorities: number[];
	/** Saaty's consistency ratio; 0 for two items. */
	cr: number;
	/** When CR > 0.10: the judgement to revisit and the value that would fit the others. */
	revisit?: { a: string; b: string; current: number; fits: number };
}

export interface PairwiseResult {
	weights: Record<string, number>;
	matrices: MatrixResult[];
}

/** The consistency ratio above which Saaty advises revisiting the judgements. */
export const CR_LIMIT = 0.1;

/** Weights from pairwise judgements: AHP eigenvector per matrix, group weight × weight within it. */
export function pairwiseWeights(
	context: WeightingContext,
	pairwise: Record<string, number> | undefined
): PairwiseResult {
	const matrices = pairwiseMatrices(context).map((matrix): MatrixResult => {
		const keys = matrix.items.map((i) => i.key);
		const table = keys.map((a) => keys.map((b) => (a === b ? 1 : judgement(pairwise, a, b))));
		const { weights, cr } = ahp(table);
		const result: MatrixResult = { matrix, priorities: weights, cr };
		// Compared as shown (two decimals), so "CR 0.10" is never called inconsistent.
		if (Math.round(cr * 100) / 100 > CR_LIMIT) {
			const worst = mostInconsistentJudgement(table);
			if (worst)
				result.revisit = {
					a: matrix.items[worst.i]!.name,
					b: matrix.items[worst.j]!.name,
					current: worst.current,
					fits: nearestSaaty(worst.consistent)
				};
		}
		return result;
	});
	const groupShare = new Map<string, number>();
	const between = matrices.find((m) => m.matrix.id === 'groups');
	between?.matrix.items.forEach((item, i) => groupShare.set(item.key.slice(1), between.priorities[i] ?? 0));
	const withinShare = new Map<string, number>();
	for (const m of matrices)
		if (m.matrix.id !== 'groups')
			m.matrix.items.forEach((item, i) => withinShare.set(item.key, m.priorities[i] ?? 0));
	const weights = Object.fromEntries(
		context.criteria.map((c) => [
			c.id,
			asWeight((between ? (groupShare.get(c.group) ?? 0) : 1) * (withinShare.get(c.id) ?? 1))
		])
	);
	return { weights, matrices };
}

/** A judgement in words: "3" → "Entry price 3× as important as Egress price". */
export function judgementWords(a: string, b: string, value: number): string {
	if (Math.abs(value - 1) < 1e-9) return `${a} and ${b} equally important`;
	return value > 1
		? `${a} ${Math.round(value)}× as important as ${b}`
		: `${b} ${Math.round(1 / value)}× as important as ${a}`;
}

/** The advice for an inconsistent matrix, or undefined when its CR is at most 0.10. */
export function consistencyAdvice(result: MatrixResult): string | undefined {
	const r = result.revisit;
	if (!r) return undefined;
	const near = r.fits >= 1 ? String(Math.round(r.fits)) : `1/${Math.round(1 / r.fits)}`;
	return (
		`Your judgements are inconsistent (CR ${result.cr.toFixed(2)}). Revisit ${r.a} vs ${r.b}: ` +
		`a value near ${near} (${judgementWords(r.a, r.b, r.fits)}) would fit your other answers.`
	);
}
