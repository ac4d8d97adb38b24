/**
 * The evidence behind an evaluation: for every provider compared, how many of its values are known
 * (coverage) and the score it could have whatever its unknown values are (score range), and per
 * hypervisor group the same two things for the group mean. The page, the charts, the summary and
 * the PDF all read this one object, computed once per evaluation.
 */
import type { EffectiveProvider } from '$lib/scenario/effective';
import type { Evaluation, HypervisorSummary } from './evaluate';
import type { Matrix, ScoringMethod } from '$lib/mcda/method';
import { coverage, type Cell, type Coverage } from '$lib/mcda/uncertainty';

export interface ScoreRange {
	/** The score with every unknown value of every provider at the worst level (value score 0). */
	low: number;
	/** The score with every unknown value at the best level (value score 100). */
	high: number;
}

/**
 * Score ranges under any scoring method: the method is run on the value matrix with every unknown
 * cell at 0 and again with every unknown cell at 100, every cell included (so under "Left out" the
 * range is the same all-0/all-100 envelope). For the weighted sum this equals `weightedSumRange`:
 * S = Σ w·v / Σ w is increasing in each v, so the two runs are its minimum and maximum. For a method
 * whose scores depend on every row (TOPSIS: the ideal and anti-ideal move with the other providers'
 * unknowns) the two runs are two consistent scenarios, not guaranteed bounds, and `low`/`high` are
 * the smaller and larger of the two scores.
 */
export function scoreRanges(
	method: Pick<ScoringMethod, 'scores'>,
	cells: readonly (readonly { score: number; unknown: boolean }[])[],
	weights: readonly number[]
): ScoreRange[] {
	const at = (v: number): Matrix => cells.map((row) => row.map((c) => (c.unknown ? v : c.score)));
	const worst = method.scores(at(0), weights);
	const best = method.scores(at(100), weights);
	return worst.map((a, i) => {
		const b = best[i]!;
		return { low: Math.min(a, b), high: Math.max(a, b) };
	});
}

export interface ProviderEvidence {
	provider: EffectiveProvider;
	coverage: Coverage;
	range: ScoreRange;
}

export interface GroupEvidence {
	group: HypervisorSummary;
	/** Share of the weight (0–1) resting on known values, averaged over the group's providers. */
	knownShare: number;
	/** The group mean with every unknown at its worst level and at its best level. */
	mean: ScoreRange;
}

export interface Evidence {
	/** Rows follow `Evaluation.providers`. */
	providers: ProviderEvidence[];
	/** Only the groups with a ranked provider, in data set order. */
	groups: GroupEvidence[];
}

/** A value cell as the uncertainty helpers read it: the person's own values are known, as "user". */
function asCell(cell: Evaluation['cells'][number][number]): Cell {
	const kind = cell.unknown || cell.value.kind === 'unknown' ? 'unknown' : cell.value.kind;
	return { score: cell.score, unknown: cell.unknown, kind };
}

const cache = new WeakMap<Evaluation, Evidence>();

/** The evidence behind `evaluation` (memoised by its identity: an evaluation is never mutated). */
export function evidenceOf(evaluation: Evaluation): Evidence {
	let found = cache.get(evaluation);
	if (!found) cache.set(evaluation, (found = compute(evaluation)));
	return found;
}

function compute(evaluation: Evaluation): Evidence {
	const { cells, weights } = evaluation;
	const ranges = scoreRanges(evaluation.method, cells, weights);
	const providers = evaluation.providers.map((provider, i) => ({
		provider,
		coverage: coverage(cells[i]!.map(asCell), weights),
		range: ranges[i]!
	}));
	const groups = evaluation.hypervisors.flatMap((group): GroupEvidence[] => {
		const members = evaluation.ranking.filter((r) => r.provider.hypervisor === group.hypervisor.id);
		if (!members.length) return [];
		const mean = (f: (e: ProviderEvidence) => number) =>
			members.reduce((s, r) => s + f(providers[r.index]!), 0) / members.length;
		return [
			{
				group,
				knownShare: mean((e) => 1 - e.coverage.unknownWeightShare),
				mean: { low: mean((e) => e.range.low), high: mean((e) => e.range.high) }
			}
		];
	});
	return { providers, groups };
}

/** True when two ranges share at least one score (touching ends count as overlapping). */
export function overlaps(a: ScoreRange, b: ScoreRange): boolean {
	return a.low <= b.high && b.low <= a.high;
}

/** A figure "rests mostly on unknowns" when more than half of the weight behind it is on unknown values. */
export const MOSTLY_UNKNOWN = 0.5;
