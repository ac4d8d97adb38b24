/**
 * The report's reference part, after the answer and its working: charts, value scores, how they are
 * computed, sources and what happened next. Blocks only, from the present/ view models.
 */
import { hypervisorKey } from '$lib/charts/configs';
import { type Evaluation } from '$lib/evaluation/evaluate';
import { howItsScored } from '$lib/present/explain';
import { datasetNotesView } from '$lib/present/dataset';
import { groupLabel } from '$lib/present/group-summary';
import { chartCaptions } from '$lib/present/chart-captions';
import { valueScoresView } from '$lib/present/results';
import { heatmapView } from '$lib/present/heatmap';
import { SERVER_CELL_BUDGET } from '$lib/present/budget';
import { TIMELINE_COLUMNS, timelineView } from '$lib/present/timeline';
import { scalesView, SCALES_TABLE } from '$lib/present/scales';
import { platformSources, sourcesView, SOURCES_PRINT } from '$lib/present/sources';
import { heading, linked, para, paras, table, type Block, type Cell, type ChartId } from './blocks';

/** Charts, value scores and how they are computed. */
export function figures(evaluation: Evaluation): Block[] {
	const captions = chartCaptions(evaluation, hypervisorKey(evaluation));
	const charts: ChartId[] = evaluation.ranked ? ['score', 'contributions'] : [];
	const scores = valueScoresView(evaluation);
	const scales = scalesView(evaluation.criteria);
	const cells = evaluation.providers.length * evaluation.criteria.length;
	return [
		...(charts.length || cells ? [heading('Charts')] : []),
		...charts.map((chart): Block => ({ kind: 'chart', chart, caption: captions[chart] })),
		...heatmapBlocks(evaluation, cells),
		// Columns follow the ranking, so the table reads in the same order as everything above it.
		...(scores.providers.length
			? [
					heading(scores.caption),
					para(scores.printIntro, 'muted'),
					table(
						scores.caption,
						['Criterion', ...scores.providers.map((p) => p.name)],
						scores.rows.map((r) => [
							r.criterion,
							...r.cells.map((c): Cell => {
								const text = `${c.text}${c.unknown ? '*' : ''}${c.mine ? '†' : ''}`;
								return c.unknown ? { text, shade: true } : text;
							})
						]),
						{ numeric: scores.providers.map((_, i) => i + 1), widths: { 0: 120 }, wide: true }
					),
					...paras(scores.legend, 'small')
				]
			: []),
		heading("How it's scored"),
		...paras(howItsScored(evaluation.method, 'Sources', evaluation.unknowns)),
		table(
			SCALES_TABLE.caption,
			SCALES_TABLE.columns,
			scales.map((s) => [
				s.criterion,
				...(s.worst !== undefined && s.best !== undefined ? [s.worst, s.best] : [{ text: s.text, span: 2 }]),
				s.changed ? `${s.why} ${s.changed}` : s.why
			]),
			{ widths: { 0: 95, 1: 85, 2: 85 }, dense: true }
		)
	];
}

/**
 * The value heatmap, or (over the server's cell budget, where it would run to dozens of pages) a line
 * saying where the same scores are.
 */
function heatmapBlocks(evaluation: Evaluation, cells: number): Block[] {
	if (!cells) return [];
	const heatmap = heatmapView(evaluation);
	if (cells <= SERVER_CELL_BUDGET) return [{ kind: 'heatmap', heatmap }];
	return [
		heading(heatmap.heading, 4),
		para(
			`Left out of the PDF: ${evaluation.providers.length} providers × ${evaluation.criteria.length} criteria ` +
				'are too many cells to print as a grid. The value scores table below has every score.',
			'muted'
		)
	];
}

/** Where every value comes from, and what happened next. */
export function sources(evaluation: Evaluation): Block[] {
	const { dataset } = evaluation;
	const platform = groupLabel(evaluation);
	const notes = datasetNotesView(dataset);
	const history = timelineView(evaluation);
	// The person's value first, then the data set's value it replaced, so both stay visible.
	const values: Cell[][] = sourcesView(dataset).flatMap((c) => [
		[{ text: c.criterion, span: 5, strong: true, shade: true }],
		...c.rows.flatMap((r) =>
			[r, ...(r.original ? [{ ...r.original, provider: `${r.provider} (data set)` }] : [])].map((v) => [
				v.provider,
				v.value,
				v.basis,
				linked([v.detail, v.appliesNote].filter(Boolean).join('\n'), v.url),
				v.date || '–'
			])
		)
	]);
	return [
		heading('Sources'),
		para(
			`Every value in data set ${dataset.id} version ${dataset.version}, with its source and the date the fact ` +
				'applies to, our rationale where it is a judgement, or why it is unknown.',
			'muted'
		),
		para(`${notes.asOfLine} ${notes.rationale ?? ''}`.trim()),
		...(notes.changesHeading
			? [heading(notes.changesHeading, 4), { kind: 'list' as const, items: notes.changes }]
			: []),
		heading(SOURCES_PRINT.platformsCaption(platform), 4),
		table(
			SOURCES_PRINT.platformsCaption(platform),
			SOURCES_PRINT.platformsColumns(platform),
			platformSources(dataset).map((p) => [p.provider, p.platform, linked(p.detail, p.url), p.date]),
			{ widths: { 0: 110, 1: 60, 3: 58 } }
		),
		heading(SOURCES_PRINT.valuesCaption, 4),
		table(SOURCES_PRINT.valuesCaption, SOURCES_PRINT.valuesColumns, values, {
			widths: { 0: 90, 1: 70, 2: 50, 4: 50 },
			dense: true
		}),
		...(history
			? [
					heading(history.heading),
					para(`${history.intro} ${history.context}`),
					heading(history.fatesHeading, 4),
					{
						kind: 'list' as const,
						items: history.fates.map(
							(f) => `${f.rank !== undefined ? `${f.rank}. ` : ''}${f.provider} — ${f.text}`
						)
					},
					heading(history.eventsCaption, 4),
					table(
						history.eventsCaption,
						TIMELINE_COLUMNS,
						history.events.map((e) => [
							e.date,
							e.text,
							e.concerns,
							linked(e.sourceNote ? `${e.source} (${e.sourceNote})` : e.source, e.url)
						]),
						{ widths: { 0: 55, 2: 80, 3: 150 }, dense: true }
					)
				]
			: [])
	];
}
