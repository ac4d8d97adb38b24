/**
 * The PDF report as plain data: every section, in order, with the text and table rows it shows.
 * Built from an `Evaluation` (it reads the core's working and never recomputes it), with no jsPDF
 * and no DOM, so its structure is tested in Node and `pdf.ts` only lays it out.
 */
import { hypervisorKey } from '$lib/charts/configs';
import { type Evaluation } from '$lib/evaluation/evaluate';
import { answerView } from '$lib/present/answer';
import { withoutBidiControls } from '$lib/present/bidi';
import { groupLabel, groupSummaryView } from '$lib/present/group-summary';
import { mustHavesView } from '$lib/present/must-haves';
import { presetView } from '$lib/present/preset';
import {
	contributionsCaption,
	rankingView,
	valueScoresView,
	weightsView,
	weightTotalText
} from '$lib/present/results';
import { platformSources, scalesView, sourcesView, type Basis } from '$lib/present/values';
import { howItsScored } from '$lib/present/explain';
import { datasetNotesView } from '$lib/present/dataset';
import { SCORE_RANGE_CAPTION } from '$lib/present/evidence';
import { timelineView } from '$lib/present/timeline';
import { whyFirst } from '$lib/present/why';
import { defaultPageFormat, type PageFormat } from './page-format';

export interface ReportOptions {
	exportedAt: Date;
	/** The address that reopens this exact comparison. */
	link: string;
	/** BCP 47 tag of the person's locale (navigator.language); picks the default page size. */
	locale: string;
}

export interface TitleSection {
	kind: 'title';
	title: string;
	/** "Exported 2025-11-26 14:05" (local time). */
	exported: string;
	dataset: string;
	/** "Data set cloud-2010, version 1, data as of 2010-05". */
	datasetLine: string;
	/** Providers left out of the comparison, if any. */
	excludedLine?: string;
	/** "Unknown values: Worst level. An unknown value scores 0: no evidence, no points." */
	unknownsLine?: string;
	/** "Weights: the Balanced preset, modified." */
	weightsLine: string;
}

/** Page 1's answer: the pick, its margin, why, how robust, how much rests on known values. */
export interface AnswerSection {
	kind: 'answer';
	heading: 'The answer';
	/** "Amazon EC2 comes first with 74.4 points, 20.7 points ahead of Rackspace Cloud Servers (53.7)." */
	headline: string;
	/** Why, in one sentence. */
	sentence: string;
	robustness: string;
	known: string;
	/** "Must-haves: … Ruled out: …", when any is set. */
	musts?: string;
	/** One line per ruled-out provider with its reasons, and what to relax when none is left. */
	ruledOut?: string[];
}

/** Starts the appendix on a new page: everything after it is the working behind page 1. */
export interface AppendixSection {
	kind: 'appendix';
	heading: 'Appendix: how the answer was reached';
	text: string;
}

export interface RankingRow {
	rank: number;
	provider: string;
	hypervisor: string;
	score: string;
	hypervisorId: string;
	/** A provider the person added. */
	mine: boolean;
	/** "3 of 17": criteria with a value, of all criteria. */
	known?: string;
	/** "9.0–85.3": the score with every unknown at the worst and at the best level. */
	range?: string;
}

export interface RankingSection {
	kind: 'ranking';
	heading: 'Ranking';
	/** The platform column's heading (the data set's grouping, else "Platform"). */
	platformHeading: string;
	rows: RankingRow[];
	/** Shown instead of the table when there is nothing to rank. */
	empty?: string;
	/** Under the table: what Known and Range mean, and which providers the leader overlaps. */
	notes?: string[];
	/** The method's caveat (rank reversal), printed under the table. */
	note?: string;
}

export interface WeightRow {
	criterion: string;
	group: string;
	weight: number;
	share: string;
}

export interface WeightsSection {
	kind: 'weights';
	heading: 'Weights used';
	rows: WeightRow[];
	total: number;
	/** "Sum of weights 610 = 100 %". */
	totalText: string;
	/** The preset the weights are or started from ("Balanced (modified)"), or "Custom weights". */
	preset: string;
}

export type ChartId = 'score' | 'contributions' | 'profile';

export interface ChartsSection {
	kind: 'charts';
	heading: 'Charts';
	charts: { id: ChartId; caption: string }[];
}

export interface ValueScoreCell {
	/** Rounded value score as on screen. */
	text: string;
	unknown: boolean;
	/** The person's own value. */
	mine: boolean;
}

export interface ValueScoresSection {
	kind: 'value-scores';
	heading: 'Value scores';
	intro: string;
	/** Provider names, in ranking order (data set order when not ranked). */
	providers: string[];
	/** One row per criterion, one cell per provider. */
	rows: { criterion: string; cells: ValueScoreCell[] }[];
	legend: string[];
}

export interface HowScoredSection {
	kind: 'how-scored';
	heading: "How it's scored";
	method: string;
	paragraphs: string[];
	/** Each criterion's fixed scale ("0 at …, 100 at …" or its levels) and why it was chosen. */
	scales: { criterion: string; scale: string; why: string }[];
}

export interface WhySection {
	kind: 'why';
	heading: 'Why #1 wins';
	text: string;
}

export interface SummarySection {
	kind: 'summary';
	/** The data set's group summary title ("Xen vs KVM"). */
	heading: string;
	text: string;
}

export type SourceBasis = Basis;

export interface SourceRow {
	criterion: string;
	provider: string;
	value: string;
	basis: SourceBasis;
	/** Source title (and how the figure was read), the judgement's rationale, why it is unknown, or the person's note. */
	detail: string;
	url?: string;
	/** The date the fact applies to; empty for judgements, unknowns and the person's values. */
	date: string;
	/** For a fact dated after the data set's as-of date: "applies to <date>: <why it is used>". */
	appliesNote?: string;
}

export interface SourcesSection {
	kind: 'sources';
	heading: 'Sources';
	intro: string;
	/** "Hypervisor" (the data set's grouping) or "Platform": what the next list names. */
	platformHeading: string;
	/** Where each provider's hypervisor is stated. */
	hypervisors: { provider: string; hypervisor: string; title: string; url?: string; date: string }[];
	/** Per criterion (data set order), per provider (data set order). */
	rows: SourceRow[];
	/** The data set's as-of date and why, and what changed from the previous version. */
	datasetNotes?: { asOfLine: string; rationale?: string; changesHeading?: string; changes: string[] };
}

export interface TimelineSection {
	kind: 'timeline';
	heading: 'What happened next';
	intro: string;
	context: string;
	fatesHeading: string;
	/** "1. Amazon EC2 — 2017-11: …". */
	fates: string[];
	eventsCaption: string;
	events: { date: string; text: string; concerns: string; source: string; url?: string }[];
}

export interface LinkSection {
	kind: 'link';
	heading: 'Link to this comparison';
	text: string;
	url: string;
}

export type ReportSection =
	| TitleSection
	| AnswerSection
	| AppendixSection
	| RankingSection
	| WeightsSection
	| ChartsSection
	| ValueScoresSection
	| HowScoredSection
	| SummarySection
	| WhySection
	| SourcesSection
	| TimelineSection
	| LinkSection;

export interface ReportDocument {
	/** PDF metadata title. */
	title: string;
	fileName: string;
	pageFormat: PageFormat;
	/** Printed in every page's footer. */
	footer: string;
	sections: ReportSection[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time. */
export function localDate(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD HH:MM in local time. */
export function localDateTime(date: Date): string {
	return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `cloud-scorecard-YYYY-MM-DD.pdf`, local date. */
export function reportFileName(date: Date): string {
	return `cloud-scorecard-${localDate(date)}.pdf`;
}

export function buildReport(evaluation: Evaluation, options: ReportOptions): ReportDocument {
	const { dataset, criteria } = evaluation;
	const exported = localDateTime(options.exportedAt);
	const answer = answerView(evaluation);
	const musts = mustHavesView(evaluation);

	const title: TitleSection = {
		kind: 'title',
		title: 'Cloud Scorecard',
		exported: `Exported ${exported}`,
		dataset: dataset.title,
		datasetLine: `Data set ${dataset.id}, version ${dataset.version}, data as of ${dataset.asOf}. ${evaluation.method.name}, ${evaluation.providers.length} providers compared.`,
		...(evaluation.excluded.length
			? { excludedLine: `Left out of this comparison: ${evaluation.excluded.map((p) => p.name).join(', ')}.` }
			: {}),
		unknownsLine: `Unknown values: ${evaluation.unknowns.label}. ${evaluation.unknowns.hint}`,
		weightsLine: answer.weights
	};

	const answerSection: AnswerSection = {
		kind: 'answer',
		heading: 'The answer',
		headline: answer.headline,
		sentence: answer.sentence,
		robustness: answer.robustness,
		known: answer.known,
		...(answer.musts ? { musts: answer.musts } : {}),
		...(musts.ruledOut.length || musts.noneLeft
			? {
					ruledOut: [
						...(musts.noneLeft ? [musts.noneLeft] : []),
						...musts.ruledOut.map((r) => `${r.name}: ${r.reasons.join('; ')}.`)
					]
				}
			: {})
	};

	const appendix: AppendixSection = {
		kind: 'appendix',
		heading: 'Appendix: how the answer was reached',
		text:
			'The weights, the charts, every value score, how the scores are computed and where every value ' +
			'comes from.'
	};

	const ranked = rankingView(evaluation);
	const rankingSection: RankingSection = {
		kind: 'ranking',
		heading: 'Ranking',
		platformHeading: ranked.platformHeading,
		rows: ranked.rows.map((r) => ({
			rank: r.rank,
			provider: r.provider,
			hypervisor: r.platform,
			hypervisorId: r.platformId,
			score: r.score,
			mine: r.mine,
			known: r.known,
			range: r.range
		})),
		...(ranked.empty ? { empty: ranked.empty } : {}),
		...(ranked.notes?.length ? { notes: ranked.notes } : {}),
		...(ranked.note ? { note: ranked.note } : {})
	};

	const why = whyFirst(evaluation);
	const whySection: WhySection[] = why ? [{ kind: 'why', heading: why.heading, text: why.text }] : [];

	const weightTable = weightsView(evaluation);
	const weights: WeightsSection = {
		kind: 'weights',
		heading: 'Weights used',
		rows: weightTable.rows.map(({ criterion, group, weight, share }) => ({
			criterion,
			group,
			weight,
			share
		})),
		total: weightTable.total,
		totalText: weightTotalText(weightTable.total),
		preset: presetView(evaluation.scenario, dataset.base).label
	};

	const charts: ChartsSection = {
		kind: 'charts',
		heading: 'Charts',
		charts: [
			...(evaluation.ranked
				? [
						{
							id: 'score' as const,
							caption: `Total score per provider, coloured by ${groupLabel(evaluation).toLowerCase()} (${hypervisorKey(evaluation)}); ${SCORE_RANGE_CAPTION}`
						},
						{
							id: 'contributions' as const,
							caption: contributionsCaption(evaluation)
						}
					]
				: []),
			...(evaluation.providers.length
				? [
						{
							id: 'profile' as const,
							caption: 'Profile: value score (0–100) on every criterion, before weighting'
						}
					]
				: [])
		]
	};

	// Columns follow the ranking, so the table reads in the same order as everything above it.
	const scores = valueScoresView(evaluation);
	const valueScores: ValueScoresSection = {
		kind: 'value-scores',
		heading: 'Value scores',
		intro: 'Each provider’s value score (0–100) on each criterion, before weighting.',
		providers: scores.providers.map((p) => p.name),
		rows: scores.rows.map((r) => ({
			criterion: r.criterion,
			cells: r.cells.map(({ text, unknown, mine }) => ({ text, unknown, mine }))
		})),
		legend: scores.legend
	};

	const howScored: HowScoredSection = {
		kind: 'how-scored',
		heading: "How it's scored",
		method: evaluation.method.name,
		paragraphs: howItsScored(evaluation.method, 'Sources', evaluation.unknowns),
		scales: scalesView(criteria).map((c) => ({
			criterion: c.criterion,
			scale: c.text,
			why: c.changed ? `${c.why} ${c.changed}` : c.why
		}))
	};

	// Only where the data set's story groups its providers and two groups are compared.
	const group = groupSummaryView(evaluation);
	const summary: SummarySection[] = group
		? [{ kind: 'summary', heading: group.title, text: group.text }]
		: [];

	const sources: SourcesSection = {
		kind: 'sources',
		heading: 'Sources',
		intro:
			`Every value in data set ${dataset.id} version ${dataset.version}, with its source and the date the fact ` +
			'applies to, our rationale where it is a judgement, or why it is unknown.',
		platformHeading: groupLabel(evaluation),
		hypervisors: platformSources(dataset).map((p) => ({
			provider: p.provider,
			hypervisor: p.platform,
			title: p.detail,
			...(p.url ? { url: p.url } : {}),
			date: p.date
		})),
		// The person's value first, then the data set's value it replaced, so both stay visible.
		rows: sourcesView(dataset).flatMap((c) =>
			c.rows.flatMap((r) => {
				const row = {
					criterion: c.criterion,
					provider: r.provider,
					value: r.value,
					basis: r.basis,
					detail: r.detail,
					...(r.url ? { url: r.url } : {}),
					date: r.date,
					...(r.appliesNote ? { appliesNote: r.appliesNote } : {})
				};
				return r.original
					? [row, { ...r.original, criterion: c.criterion, provider: `${r.provider} (data set)` }]
					: [row];
			})
		),
		datasetNotes: datasetNotesView(dataset)
	};

	const history = timelineView(evaluation);
	const timeline: TimelineSection[] = history
		? [
				{
					kind: 'timeline',
					heading: history.heading,
					intro: history.intro,
					context: history.context,
					fatesHeading: history.fatesHeading,
					fates: history.fates.map(
						(f) => `${f.rank !== undefined ? `${f.rank}. ` : ''}${f.provider} — ${f.text}`
					),
					eventsCaption: history.eventsCaption,
					events: history.events.map((e) => ({
						date: e.date,
						text: e.text,
						concerns: e.concerns,
						source: e.sourceNote ? `${e.source} (${e.sourceNote})` : e.source,
						...(e.url ? { url: e.url } : {})
					}))
				}
			]
		: [];

	const link: LinkSection = {
		kind: 'link',
		heading: 'Link to this comparison',
		text: 'Open this address to see the same comparison, with these weights and providers, in Cloud Scorecard:',
		url: options.link
	};

	// jsPDF draws characters in the order given (no bidirectional algorithm): the isolates that mark
	// names on the page, and any controls in the person's text, are left out (present/bidi.ts).
	return withoutBidiControls({
		title: `Cloud Scorecard: ${dataset.title}`,
		fileName: reportFileName(options.exportedAt),
		pageFormat: defaultPageFormat(options.locale),
		footer: `Cloud Scorecard · exported ${exported}`,
		// Page 1 answers; the appendix shows the working.
		sections: [
			title,
			answerSection,
			rankingSection,
			link,
			appendix,
			weights,
			...whySection,
			charts,
			valueScores,
			howScored,
			...summary,
			sources,
			...timeline
		]
	});
}
