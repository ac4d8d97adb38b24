/**
 * The value heatmap: every value score (0–100, before weighting) of every provider compared on
 * every criterion, as a grid coloured by score. Unknown values are not coloured as the score they
 * are counted as (a zero would read as a measured worst): they are hatched and say "unknown". The
 * page's grid and the PDF's drawing both read this one view model, colours included.
 */
import type { Evaluation, ValueCell } from '$lib/evaluation/evaluate';
import type { EffectiveCriterion } from '$lib/scenario/effective';
import type { UnknownTreatment } from '$lib/scenario/registry';
import { providerColumns } from './results';
import { scaleText } from './scales';
import { rawText } from './values';

/** A cell's background and the text colour that reads on it. */
export interface HeatColour {
	fill: string;
	ink: string;
}

/** One colour bin of the value score, with its colour in each colour scheme. */
export interface HeatBin {
	/** "0–19": the rounded scores (as the cells show them) that take this colour. */
	label: string;
	/** Lowest rounded score in the bin. */
	from: number;
	light: HeatColour;
	dark: HeatColour;
}

/**
 * Viridis in five classes (van der Walt & Smith, matplotlib 2015: perceptually uniform, readable
 * with the common colour-vision deficiencies and in greyscale): #440154 #3b528b #21918c #5ec962
 * #fde725. On a light page a higher score is darker, on a dark page brighter (as contribution
 * calendars do), so the best cells stand out from the page either way. Each bin's text is black or
 * white, whichever contrasts more (at least 4.5:1, WCAG 1.4.3; checked in heatmap.spec.ts).
 */
const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;
const INK: Record<(typeof VIRIDIS)[number], string> = {
	'#440154': '#ffffff',
	'#3b528b': '#ffffff',
	'#21918c': '#000000',
	'#5ec962': '#000000',
	'#fde725': '#000000'
};
const colour = (fill: (typeof VIRIDIS)[number]): HeatColour => ({ fill, ink: INK[fill] });

export const HEAT_BINS: readonly HeatBin[] = [0, 20, 40, 60, 80].map((from, i) => ({
	label: from === 80 ? '80–100' : `${from}–${from + 19}`,
	from,
	light: colour(VIRIDIS[4 - i]!),
	dark: colour(VIRIDIS[i]!)
}));

/** The bin of a rounded value score: 0–19 → 0, 20–39 → 1, … 80–100 → 4. */
export function heatBin(shown: number): number {
	return Math.min(HEAT_BINS.length - 1, Math.max(0, Math.floor(shown / 20)));
}

export interface HeatmapCellView {
	providerId: string;
	/** What the cell shows: the value score ("73"), or "unknown". */
	text: string;
	/** The colour bin (`HEAT_BINS`); undefined for an unknown value, which is hatched instead. */
	bin?: number;
	unknown: boolean;
	/** The person's own value (marked † as in the value scores table). */
	mine: boolean;
	/** Said with the cell (screen readers; its row and column headers name provider and criterion):
	 * the figure behind the score with its unit, or how an unknown is counted. */
	said: string;
	/** Shown on hover and focus: provider, criterion, figure and score, or what an unknown could be. */
	tip: string;
}

export interface HeatmapRowView {
	criterionId: string;
	criterion: string;
	/** The row's place among all rows (criteria order), for moving through the grid. */
	index: number;
	/** One cell per column, in column order. */
	cells: HeatmapCellView[];
}

/** A run of rows whose criteria share a group: the grid's row groups, under the group's name. */
export interface HeatmapGroupView {
	/** Unique within the grid (a group split by criteria of others appears twice). */
	key: string;
	name: string;
	rows: HeatmapRowView[];
}

/** The heatmap's heading, also the closed section's summary (which must not build the whole view). */
export const HEATMAP_HEADING = 'Value heatmap';

export interface HeatmapView {
	heading: typeof HEATMAP_HEADING;
	/** What the grid shows, page and PDF alike. */
	caption: string;
	/** On the page only: how to read a cell's figure. */
	pageHint: string;
	/** Providers, in ranking order (data set order when nothing is ranked): the grid's columns. */
	columns: { id: string; name: string }[];
	/** Criteria, in data set order, in runs of one group: the grid's rows. */
	groups: HeatmapGroupView[];
	bins: readonly HeatBin[];
	/** The key's entry for the hatched cells. */
	unknownKey: string;
}

/** How an unknown value is counted under the treatment in force, in a few words. */
function countedAs(treatment: UnknownTreatment, provider: string): string {
	return treatment.score === null
		? `left out of ${provider}’s score`
		: `counted as ${treatment.score} (${treatment.label.toLowerCase()})`;
}

function cellView(
	criterion: EffectiveCriterion,
	provider: { id: string; name: string },
	cell: ValueCell,
	treatment: UnknownTreatment
): HeatmapCellView {
	const mine = cell.value.kind === 'user';
	const yours = mine ? ' (your value)' : '';
	const where = `${provider.name} · ${criterion.name}`;
	if (cell.unknown) {
		const counted = countedAs(treatment, provider.name);
		return {
			providerId: provider.id,
			text: 'unknown',
			unknown: true,
			mine,
			said: `${counted}${yours}`,
			tip: `${where}: unknown${yours}, ${counted}; once known it could score 0 to 100 (${scaleText(criterion)})`
		};
	}
	const shown = Math.round(cell.score);
	const raw = rawText(criterion, cell.value);
	return {
		providerId: provider.id,
		text: String(shown),
		bin: heatBin(shown),
		unknown: false,
		mine,
		said: `${raw}${yours}`,
		tip: `${where}: ${raw}${yours}, value score ${shown}`
	};
}

/**
 * Column views per provider, memoised by the provider's row of value cells: the cells depend only on
 * the data and the treatment of unknowns, so a weight change reuses them (and only reorders columns).
 */
const columnViews = new WeakMap<readonly ValueCell[], HeatmapCellView[]>();
function column(evaluation: Evaluation, index: number): HeatmapCellView[] {
	const row = evaluation.cells[index] ?? [];
	let views = columnViews.get(row);
	if (!views) {
		const provider = evaluation.providers[index]!;
		views = row.map((cell, j) => cellView(evaluation.criteria[j]!, provider, cell, evaluation.unknowns));
		columnViews.set(row, views);
	}
	return views;
}

function groupRuns(evaluation: Evaluation, columns: HeatmapCellView[][]): HeatmapGroupView[] {
	const groupName = (id: string) => evaluation.dataset.groups.find((g) => g.id === id)?.name ?? id;
	const groups: HeatmapGroupView[] = [];
	evaluation.criteria.forEach((criterion, j) => {
		const row = {
			criterionId: criterion.id,
			criterion: criterion.name,
			index: j,
			cells: columns.map((c) => c[j]!)
		};
		const last = groups.at(-1);
		if (last && evaluation.criteria[j - 1]?.group === criterion.group) last.rows.push(row);
		else
			groups.push({
				key: `${criterion.group}:${criterion.id}`,
				name: groupName(criterion.group),
				rows: [row]
			});
	});
	return groups;
}

export function heatmapView(evaluation: Evaluation): HeatmapView {
	const order = providerColumns(evaluation);
	const columns = order.map((i) => column(evaluation, i));
	return {
		heading: HEATMAP_HEADING,
		caption:
			'Each provider’s value score (0–100, before weighting) on every criterion, coloured by score ' +
			'(key below); unknown values are hatched, not coloured as the score they are counted as.',
		pageHint:
			'Point at a cell, or focus the grid and move with the arrow keys, for the figure behind its score.',
		columns: order.map((i) => ({ id: evaluation.providers[i]!.id, name: evaluation.providers[i]!.name })),
		groups: groupRuns(evaluation, columns),
		bins: HEAT_BINS,
		unknownKey: 'unknown (hatched)'
	};
}
