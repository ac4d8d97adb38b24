/**
 * The PDF report as a list of generic blocks (blocks.ts), filled from the present/ view models that
 * the page reads too: every heading, column label, caption and sentence is written there once. No
 * jsPDF and no DOM, so the document is tested in Node and `pdf.ts` only lays it out.
 */
import { type Evaluation } from '$lib/evaluation/evaluate';
import { acceptabilityIntro, ACCEPTABILITY, type AcceptabilityView } from '$lib/present/acceptability';
import { acceptabilityNow } from '$lib/present/acceptability-now';
import { answerView } from '$lib/present/answer';
import { withoutBidiControls } from '$lib/present/bidi';
import { groupSummaryView } from '$lib/present/group-summary';
import { mustHavesView } from '$lib/present/must-haves';
import { presetView } from '$lib/present/preset';
import { rankingView, weightsView } from '$lib/present/results';
import { stabilityView } from '$lib/present/stability-table';
import { whyFirst } from '$lib/present/why';
import { heading, para, paras, table, type Block, type ReportDocument } from './blocks';
import { localDate, localDateTime, pdfFileName } from './file-name';
import { figures, sources } from './report-reference';
import { defaultPageFormat } from './page-format';

export type { Block, Cell, ChartId, ReportDocument } from './blocks';
export { localDate, localDateTime } from './file-name';

export interface ReportOptions {
	exportedAt: Date;
	/** The address that reopens this exact comparison. */
	link: string;
	/** BCP 47 tag of the person's locale (navigator.language); picks the default page size. */
	locale: string;
	/** Rank acceptability draws the unknown values too, as the page's switch does (on by default). */
	uncertainUnknowns?: boolean;
}

export const APPENDIX_HEADING = 'Appendix: how the answer was reached';
export const LINK_HEADING = 'Link to this comparison';

/** Page 1: what was compared, the answer, the ranking and the link. */
function answerPage(evaluation: Evaluation, options: ReportOptions): Block[] {
	const { dataset } = evaluation;
	const answer = answerView(evaluation);
	const musts = mustHavesView(evaluation);
	const ranking = rankingView(evaluation);
	const evidence = ranking.rows.some((r) => r.known !== undefined);
	const columns = evidence ? ranking.columns : ranking.columns.slice(0, 4);
	return [
		heading('Cloud Scorecard', 1),
		para(dataset.title, 'lead'),
		para(
			`Data set ${dataset.id}, version ${dataset.version}, data as of ${dataset.asOf}. ${evaluation.method.name}, ${evaluation.providers.length} providers compared.`,
			'muted'
		),
		...paras(
			[
				evaluation.excluded.length
					? `Left out of this comparison: ${evaluation.excluded.map((p) => p.name).join(', ')}.`
					: undefined
			],
			'muted'
		),
		para(answer.weights, 'strong'),
		para(answer.rule, 'muted'),
		para(`Exported ${localDateTime(options.exportedAt)}`, 'muted'),
		heading('The answer'),
		para(answer.headline, 'lead'),
		para(answer.sentence),
		// The same facts as beside the ranking on the page (the rule in force, in the page's words, is said above): the verdict and
		// the other unknown-value rules' winner in full type, since they qualify the answer.
		...paras([answer.consistency], 'strong'),
		...paras([answer.robustness, answer.otherRules]),
		...paras([answer.known], 'muted'),
		...paras([answer.musts], 'strong'),
		...paras([musts.noneLeft, ...musts.ruledOut.map((r) => `${r.name}: ${r.reasons.join('; ')}.`)]),
		heading(ranking.caption),
		...(ranking.empty
			? [para(ranking.empty)]
			: [
					table(
						ranking.caption,
						columns,
						ranking.rows.map((r) =>
							[String(r.rank), r.label, r.platform, r.score, r.known ?? '', r.range ?? ''].slice(
								0,
								columns.length
							)
						),
						{
							numeric: [0, 3, 4, 5],
							widths: { 0: 40, 3: 60, 4: 60, 5: 90 }
						}
					),
					...paras([ranking.note], 'muted'),
					...paras(ranking.notes ?? [], 'small')
				]),
		heading(LINK_HEADING),
		{
			kind: 'link',
			text: 'Open this address to see the same comparison, with these weights and providers, in Cloud Scorecard:',
			url: options.link
		}
	];
}

/**
 * Rank acceptability per comparison and unknown-value rule. Its 10,000 draws are most of the time
 * taken to build the report; an evaluation is never changed once made, so a second PDF of the same
 * comparison reuses them.
 */
const acceptabilities = new WeakMap<Evaluation, Map<boolean, AcceptabilityView | undefined>>();
function acceptabilityOf(evaluation: Evaluation, uncertainUnknowns: boolean) {
	let known = acceptabilities.get(evaluation);
	if (!known) acceptabilities.set(evaluation, (known = new Map()));
	if (!known.has(uncertainUnknowns))
		known.set(uncertainUnknowns, acceptabilityNow(evaluation, uncertainUnknowns));
	return known.get(uncertainUnknowns);
}

/** Weights, why, robustness: the working behind the answer. */
function working(evaluation: Evaluation, options: ReportOptions): Block[] {
	const weights = weightsView(evaluation);
	const why = whyFirst(evaluation);
	const stability = stabilityView(evaluation);
	const acceptability = acceptabilityOf(evaluation, options.uncertainUnknowns ?? true);
	return [
		heading(weights.caption),
		para(`${answerView(evaluation).weights} ${weights.note}`, 'muted'),
		table(
			weights.caption,
			weights.columns,
			weights.rows.map((r) => [r.criterion, r.group, String(r.weight), r.share]),
			{
				foot: [
					{ text: 'Sum of weights', span: 2 },
					String(weights.total),
					weights.total > 0 ? '= 100 %' : '–'
				],
				numeric: [2, 3],
				widths: { 2: 55, 3: 55 }
			}
		),
		...(why ? [heading(why.heading), para(why.text)] : []),
		...(stability
			? [
					heading(stability.heading),
					para(stability.intro, 'muted'),
					table(
						stability.caption,
						stability.columns,
						stability.rows.map((r) => [r.criterion, r.share, r.from, r.to, r.text]),
						{
							numeric: [1, 2, 3],
							widths: { 0: 95, 1: 45, 2: 55, 3: 45 },
							dense: true
						}
					)
				]
			: []),
		...(acceptability
			? [
					heading(ACCEPTABILITY.heading),
					para(acceptabilityIntro(evaluation, options.uncertainUnknowns ?? true), 'muted'),
					para(acceptability.text),
					table(
						ACCEPTABILITY.caption,
						acceptability.columns,
						acceptability.rows.map((r) => [r.provider, ...r.percents.map((p) => `${p} %`)]),
						{
							numeric: acceptability.ranks.map((_, i) => i + 1),
							widths: { 0: 120 },
							wide: true
						}
					)
				]
			: [])
	];
}

export function buildReport(evaluation: Evaluation, options: ReportOptions): ReportDocument {
	const { dataset } = evaluation;
	const preset = presetView(evaluation.scenario, dataset.base);
	// Only where the data set's story groups its providers and two groups are compared.
	const group = groupSummaryView(evaluation);
	// jsPDF draws characters in the order given (no bidirectional algorithm): the isolates that mark
	// names on the page, and any controls in the person's text, are left out (present/bidi.ts).
	return withoutBidiControls({
		title: `Cloud Scorecard: ${dataset.title}`,
		fileName: pdfFileName({
			datasetId: dataset.id,
			...(preset.preset ? { preset: preset.preset.name, modified: preset.modified } : {}),
			...(evaluation.ranking[0] ? { leader: evaluation.ranking[0].provider.name } : {}),
			date: localDate(options.exportedAt)
		}),
		pageFormat: defaultPageFormat(options.locale),
		footer: `Cloud Scorecard · exported ${localDateTime(options.exportedAt)}`,
		// Page 1 answers; the appendix, from a new page, shows the working.
		blocks: [
			...answerPage(evaluation, options),
			heading(APPENDIX_HEADING, 2),
			para(
				'The weights, how robust the answer is, the charts, every value score, how the scores are computed ' +
					'and where every value comes from.',
				'muted'
			),
			...working(evaluation, options),
			...figures(evaluation),
			...(group ? [heading(group.title), para(group.text)] : []),
			...sources(evaluation)
		]
	});
}
