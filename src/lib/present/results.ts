/**
 * The result tables as view models: ranking, weights and value scores, with their texts already
 * formatted. The page's components and the PDF builder read these, never the evaluation's raw
 * arrays, so a column or a caption is written once.
 */
import { groupLabel } from './group-summary';
import type { Evaluation, ValueCell } from '$lib/evaluation/evaluate';
import { formatScore, formatShare } from './format';
import { evidenceCells, evidenceColumnsNote, overlapSentence, type EvidenceCellsView } from './evidence';
import { rawText } from './values';

export interface RankingRowView extends EvidenceCellsView {
	providerId: string;
	rank: number;
	provider: string;
	platform: string;
	/** The hypervisor or platform id, for colour. */
	platformId: string;
	score: string;
	/** True for a provider the person added. */
	mine: boolean;
	/** The name as printed on its own: "Hetzner Cloud (yours)" for the person's own provider. */
	label: string;
}

/** Marks a provider the person added, after its name (with a space: "Hetzner Cloud (yours)"). */
export const YOURS_TAG = '(yours)';

export interface RankingView {
	/** The table's caption and the section's heading. */
	caption: 'Ranking';
	/** Column headings: rank, provider, platform, score, known, range. */
	columns: [string, string, string, string, string, string];
	rows: RankingRowView[];
	/** The platform column's heading: the data set's grouping ("Hypervisor"), else "Platform". */
	platformHeading: string;
	/** Shown instead of the table when there is nothing to rank. */
	empty?: string;
	/** Under the table: what Known and Range mean, and which providers the leader overlaps. */
	notes?: string[];
	/** A caveat of the method, shown next to the ranking (rank reversal for TOPSIS). */
	note?: string;
}

/** What the page and the PDF say next to a ranking by a method whose scores depend on who is compared. */
export function methodNote(evaluation: Evaluation): string | undefined {
	if (!evaluation.method.dependsOnAlternatives) return undefined;
	return (
		`${evaluation.method.name} scores each provider against the others compared, so adding or leaving out ` +
		'a provider can change the order of the rest (rank reversal).'
	);
}

export function platformName(evaluation: Evaluation, id: string): string {
	return evaluation.dataset.hypervisors.find((h) => h.id === id)?.name ?? id;
}

export function rankingView(evaluation: Evaluation): RankingView {
	const rows = evaluation.ranking.map((r) => ({
		providerId: r.provider.id,
		rank: r.rank,
		provider: r.provider.name,
		platform: platformName(evaluation, r.provider.hypervisor),
		platformId: r.provider.hypervisor,
		score: formatScore(r.score),
		mine: r.provider.origin === 'user',
		label: r.provider.origin === 'user' ? `${r.provider.name} ${YOURS_TAG}` : r.provider.name,
		...evidenceCells(evaluation, r.index)
	}));
	const note = methodNote(evaluation);
	const platformHeading = groupLabel(evaluation);
	const table = {
		caption: 'Ranking' as const,
		columns: ['Rank', 'Provider', platformHeading, 'Score', 'Known', 'Range'] as RankingView['columns']
	};
	if (evaluation.ranked)
		return {
			...table,
			rows,
			platformHeading,
			notes: [evidenceColumnsNote(evaluation), overlapSentence(evaluation) ?? ''].filter(Boolean),
			...(note ? { note } : {})
		};
	const empty = evaluation.providers.length
		? 'Give at least one criterion a weight to see a ranking. Every criterion has weight 0.'
		: evaluation.ruledOut.length
			? 'Every provider is ruled out by your must-haves (below).'
			: evaluation.dataset.providers.length
				? 'Include at least one provider to see a ranking: every provider is left out.'
				: 'Add at least one provider under “Your data” to see a ranking.';
	return { ...table, rows, platformHeading, empty };
}

export interface WeightRowView {
	criterionId: string;
	criterion: string;
	group: string;
	weight: number;
	share: string;
}

/**
 * A sum of weights as a person reads it: whole numbers stay whole, weights derived from a ranking or
 * pairwise judgements (two decimals each) show at most two decimals, never a float's tail
 * ("100.00999999999999" → "100.01").
 */
export function formatWeightTotal(total: number): string {
	return String(Math.round(total * 100) / 100);
}

/** The weights' total as what it is: "Sum of weights 810 = 100 %". */
export function weightTotalText(total: number): string {
	return total > 0
		? `Sum of weights ${formatWeightTotal(total)} = 100 %`
		: 'Sum of weights 0: nothing to rank by';
}

export interface WeightGroupView {
	id: string;
	name: string;
	/** The group's criteria, in the data set's order. */
	criteria: Evaluation['criteria'];
	/** What the group's criteria weigh together: "sum 120 = 21 %" (21 % of every weight). */
	sum: string;
}

/**
 * The weights form's groups: each of the data set's groups that has a criterion, with what its
 * criteria weigh together, so a group folded away still says how much it counts.
 */
export function weightGroupsView(
	evaluation: Pick<Evaluation, 'criteria' | 'weights' | 'totalWeight'> & {
		dataset: { groups: readonly { id: string; name: string }[] };
	}
): WeightGroupView[] {
	return evaluation.dataset.groups.flatMap((group) => {
		const members = evaluation.criteria.flatMap((c, i) => (c.group === group.id ? [i] : []));
		if (!members.length) return [];
		const weight = members.reduce((total, i) => total + (evaluation.weights[i] ?? 0), 0);
		const sum =
			evaluation.totalWeight > 0
				? `sum ${formatWeightTotal(weight)} = ${formatShare(weight, evaluation.totalWeight)}`
				: `sum ${formatWeightTotal(weight)}`;
		return [{ id: group.id, name: group.name, criteria: members.map((i) => evaluation.criteria[i]!), sum }];
	});
}

/** Every source row's id starts with this, so a link to one can open its section first. */
export const SOURCE_ROW_PREFIX = 'src-';

/** The id of a value's row under "Data and sources", for links from the value-score table. */
export function sourceRowId(criterionId: string, providerId: string): string {
	return `${SOURCE_ROW_PREFIX}${criterionId}-${providerId}`;
}

export interface WeightsView {
	caption: 'Weights used';
	columns: ['Criterion', 'Group', 'Weight', 'Share'];
	/** What a share is. */
	note: string;
	rows: WeightRowView[];
	total: number;
	/** "Sum of weights 610 = 100 %". */
	totalText: string;
}

export function weightsView(evaluation: Evaluation): WeightsView {
	const groupName = (id: string) => evaluation.dataset.groups.find((g) => g.id === id)?.name ?? id;
	return {
		caption: 'Weights used',
		columns: ['Criterion', 'Group', 'Weight', 'Share'],
		note: 'A criterion’s share is its weight ÷ the sum of weights.',
		totalText: weightTotalText(evaluation.totalWeight),
		rows: evaluation.criteria.map((c, j) => ({
			criterionId: c.id,
			criterion: c.name,
			group: groupName(c.group),
			weight: evaluation.weights[j] ?? 0,
			share: formatShare(evaluation.weights[j] ?? 0, evaluation.totalWeight)
		})),
		total: evaluation.totalWeight
	};
}

export interface ValueScoreCellView {
	/** Rounded value score as on screen. */
	text: string;
	unknown: boolean;
	/** Left out of the score (unknowns "left out"). */
	omitted: boolean;
	/** The person's own value. */
	mine: boolean;
	/** The figure behind the score, in its unit ("0.02 $/h", "3 data centres", a level, "unknown"). */
	raw: string;
	/** Where the value's source is listed (`sourceRowId`). */
	sourceId: string;
}

export interface ValueScoresView {
	caption: 'Value scores';
	/** What a cell shows on the page (figure and score) and in print (the score alone). */
	pageIntro: string;
	printIntro: string;
	/**
	 * Providers in ranking order (data set order when not ranked), each with its cells in criteria
	 * order. A provider's `cells` array is the same object from one weight change to the next (it
	 * depends only on the data), so a large table re-renders only what moved.
	 */
	providers: { id: string; name: string; cells: ValueScoreCellView[] }[];
	/** One row per criterion, one cell per provider column. */
	rows: { criterionId: string; criterion: string; cells: ValueScoreCellView[] }[];
	/** What the marks mean; only the marks that occur. */
	legend: string[];
}

/**
 * Cell views per row of value cells. Rows are memoised by the evaluation per data set and treatment,
 * so the views are too: a weight change reuses them and a large table re-renders only what moved.
 */
const rowViews = new WeakMap<readonly ValueCell[], ValueScoreCellView[]>();
function cellViews(evaluation: Evaluation, providerIndex: number): ValueScoreCellView[] {
	const row = evaluation.cells[providerIndex] ?? [];
	let views = rowViews.get(row);
	if (!views) {
		const providerId = evaluation.providers[providerIndex]?.id ?? '';
		views = row.map((cell, j) => {
			const criterion = evaluation.criteria[j]!;
			return {
				text: cell.omitted ? '–' : String(Math.round(cell.score)),
				unknown: cell.unknown,
				omitted: cell.omitted,
				mine: cell.value.kind === 'user',
				raw: rawText(criterion, cell.value),
				sourceId: sourceRowId(criterion.id, providerId)
			};
		});
		rowViews.set(row, views);
	}
	return views;
}

/**
 * The providers' rows (`evaluation.providers` indices) in the order the value tables show them: the
 * ranking's, so they read in the same order as everything above them; data set order when unranked.
 */
export function providerColumns(evaluation: Evaluation): number[] {
	return evaluation.ranked ? evaluation.ranking.map((r) => r.index) : evaluation.providers.map((_, i) => i);
}

export function valueScoresView(evaluation: Evaluation): ValueScoresView {
	const columns = providerColumns(evaluation);
	const byProvider = columns.map((i) => cellViews(evaluation, i));
	const rows = evaluation.criteria.map((c, j) => ({
		criterionId: c.id,
		criterion: c.name,
		cells: byProvider.map((cells) => cells[j]!)
	}));
	const all = rows.flatMap((r) => r.cells);
	const treatment = evaluation.unknowns;
	const legend = [
		...(all.some((c) => c.unknown)
			? [
					treatment.score === null
						? '* unknown value, left out: the provider is scored on its other criteria.'
						: `* unknown value, scored ${treatment.score} (${treatment.label.toLowerCase()}) until a value is known.`
				]
			: []),
		...(all.some((c) => c.mine) ? ['† your value (you entered or changed it).'] : [])
	];
	return {
		caption: 'Value scores',
		pageIntro:
			'Each cell: the provider’s figure · its value score (0–100, before weighting). Follow a cell to its source.',
		printIntro: 'Each provider’s value score (0–100) on each criterion, before weighting.',
		providers: columns.map((i, k) => ({
			id: evaluation.providers[i]?.id ?? '',
			name: evaluation.providers[i]?.name ?? '',
			cells: byProvider[k]!
		})),
		rows,
		legend
	};
}
