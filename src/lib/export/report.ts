/**
 * The PDF report as plain data: every section, in order, with the text and table rows it shows.
 * Built from an `Evaluation` (it reads the core's working and never recomputes it), with no jsPDF
 * and no DOM, so its structure is tested in Node and `pdf.ts` only lays it out.
 */
import { type Evaluation } from '$lib/mcda/evaluate';
import { contributionsCaption, rankingView, valueScoresView, weightsView } from '$lib/present/results';
import { platformSources, scalesView, sourcesView, type Basis } from '$lib/present/values';
import { howItsScored } from '$lib/mcda/explain';
import { hypervisorSummary } from '$lib/mcda/summary';
import { whyFirst } from '$lib/present/why';

export type PageFormat = 'a4' | 'letter';

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
}

export interface RankingRow {
	rank: number;
	provider: string;
	hypervisor: string;
	score: string;
	hypervisorId: string;
	/** A provider the person added. */
	mine: boolean;
}

export interface RankingSection {
	kind: 'ranking';
	heading: 'Ranking';
	rows: RankingRow[];
	/** Shown instead of the table when there is nothing to rank. */
	empty?: string;
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
	heading: 'Xen vs KVM';
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
}

export interface SourcesSection {
	kind: 'sources';
	heading: 'Sources';
	intro: string;
	/** Where each provider's hypervisor is stated. */
	hypervisors: { provider: string; hypervisor: string; title: string; url?: string; date: string }[];
	/** Per criterion (data set order), per provider (data set order). */
	rows: SourceRow[];
}

export interface LinkSection {
	kind: 'link';
	heading: 'Link to this comparison';
	text: string;
	url: string;
}

export type ReportSection =
	| TitleSection
	| RankingSection
	| WeightsSection
	| ChartsSection
	| ValueScoresSection
	| HowScoredSection
	| SummarySection
	| WhySection
	| SourcesSection
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

/** Regions that use US Letter (CLDR supplemental paperSize "US-Letter"); the rest of the world uses A4. */
const LETTER_REGIONS = new Set([
	'BZ',
	'CA',
	'CL',
	'CO',
	'CR',
	'GT',
	'MX',
	'NI',
	'PA',
	'PH',
	'PR',
	'SV',
	'US',
	'VE'
]);

/** The page size a person in this locale expects: "en-US" → letter, "de-DE" → a4, "en" → letter (likely region US). */
export function defaultPageFormat(locale: string | undefined): PageFormat {
	if (!locale) return 'a4';
	try {
		const region = new Intl.Locale(locale).maximize().region;
		return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
	} catch {
		// An invalid tag (RangeError): fall back to the international default.
		return 'a4';
	}
}

export function buildReport(evaluation: Evaluation, options: ReportOptions): ReportDocument {
	const { dataset, criteria } = evaluation;
	const exported = localDateTime(options.exportedAt);

	const title: TitleSection = {
		kind: 'title',
		title: 'Cloud Scorecard',
		exported: `Exported ${exported}`,
		dataset: dataset.title,
		datasetLine: `Data set ${dataset.id}, version ${dataset.version}, data as of ${dataset.asOf}. ${evaluation.method.name}, ${evaluation.providers.length} providers compared.`,
		...(evaluation.excluded.length
			? { excludedLine: `Left out of this comparison: ${evaluation.excluded.map((p) => p.name).join(', ')}.` }
			: {})
	};

	const ranked = rankingView(evaluation);
	const rankingSection: RankingSection = {
		kind: 'ranking',
		heading: 'Ranking',
		rows: ranked.rows.map((r) => ({
			rank: r.rank,
			provider: r.provider,
			hypervisor: r.platform,
			hypervisorId: r.platformId,
			score: r.score,
			mine: r.mine
		})),
		...(ranked.empty ? { empty: ranked.empty } : {}),
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
		total: weightTable.total
	};

	const charts: ChartsSection = {
		kind: 'charts',
		heading: 'Charts',
		charts: [
			...(evaluation.ranked
				? [
						{ id: 'score' as const, caption: 'Total score per provider (Xen dark, KVM light)' },
						{
							id: 'contributions' as const,
							caption:
								evaluation.method.additive === false
									? contributionsCaption(evaluation)
									: 'Points each criterion contributes to the total (weight share × value score)'
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

	const summary: SummarySection = {
		kind: 'summary',
		heading: 'Xen vs KVM',
		text: hypervisorSummary(evaluation)
	};

	const sources: SourcesSection = {
		kind: 'sources',
		heading: 'Sources',
		intro:
			`Every value in data set ${dataset.id} version ${dataset.version}, with its source and the date the fact ` +
			'applies to, our rationale where it is a judgement, or why it is unknown.',
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
					date: r.date
				};
				return r.original
					? [row, { ...r.original, criterion: c.criterion, provider: `${r.provider} (data set)` }]
					: [row];
			})
		)
	};

	const link: LinkSection = {
		kind: 'link',
		heading: 'Link to this comparison',
		text: 'Open this address to see the same comparison, with these weights and providers, in Cloud Scorecard:',
		url: options.link
	};

	return {
		title: `Cloud Scorecard: ${dataset.title}`,
		fileName: reportFileName(options.exportedAt),
		pageFormat: defaultPageFormat(options.locale),
		footer: `Cloud Scorecard · exported ${exported}`,
		sections: [
			title,
			rankingSection,
			weights,
			...whySection,
			charts,
			valueScores,
			howScored,
			summary,
			sources,
			link
		]
	};
}
