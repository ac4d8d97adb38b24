/**
 * The PDF report as plain data: every section, in order, with the text and table rows it shows.
 * Built from an `Evaluation` (it reads the core's working and never recomputes it), with no jsPDF
 * and no DOM, so its structure is tested in Node and `pdf.ts` only lays it out.
 */
import { rawText } from '$lib/data/format';
import type { Criterion, Dataset, Source } from '$lib/data/schema';
import { formatScore, formatShare, type Evaluation } from '$lib/mcda/evaluate';
import { howItsScored } from '$lib/mcda/explain';
import { hypervisorSummary } from '$lib/mcda/summary';

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
}

export interface RankingSection {
	kind: 'ranking';
	heading: 'Ranking';
	rows: RankingRow[];
	/** Shown instead of the table when there is nothing to rank. */
	empty?: string;
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
}

export interface ValueScoresSection {
	kind: 'value-scores';
	heading: 'Value scores';
	intro: string;
	/** Provider names, in ranking order (data set order when not ranked). */
	providers: string[];
	/** One row per criterion, one cell per provider. */
	rows: { criterion: string; cells: ValueScoreCell[] }[];
	legend?: string;
}

export interface HowScoredSection {
	kind: 'how-scored';
	heading: "How it's scored";
	method: string;
	paragraphs: string[];
	/** Each criterion's fixed scale ("0 at …, 100 at …" or its levels) and why it was chosen. */
	scales: { criterion: string; scale: string; why: string }[];
}

export interface SummarySection {
	kind: 'summary';
	heading: 'Xen vs KVM';
	text: string;
}

export type SourceBasis = 'Sourced' | 'Judgement' | 'Unknown';

export interface SourceRow {
	criterion: string;
	provider: string;
	value: string;
	basis: SourceBasis;
	/** Source title (and how the figure was read), the judgement's rationale, or why it is unknown. */
	detail: string;
	url?: string;
	/** The date the fact applies to; empty for judgements and unknowns. */
	date: string;
}

export interface SourcesSection {
	kind: 'sources';
	heading: 'Sources';
	intro: string;
	/** Where each provider's hypervisor is stated. */
	hypervisors: { provider: string; hypervisor: string; title: string; url: string; date: string }[];
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

function sourceDetail(source: Source): string {
	return source.note ? `${source.title} (${source.note})` : source.title;
}

function sourceRow(criterion: Criterion, provider: Dataset['providers'][number]): SourceRow {
	const value = provider.values[criterion.id];
	const base = { criterion: criterion.name, provider: provider.name, value: rawText(criterion, value) };
	if (value?.kind === 'sourced')
		return {
			...base,
			basis: 'Sourced',
			detail: sourceDetail(value.source),
			url: value.source.url,
			date: value.source.date
		};
	if (value?.kind === 'judgement') return { ...base, basis: 'Judgement', detail: value.rationale, date: '' };
	return { ...base, basis: 'Unknown', detail: value?.reason ?? 'no value', date: '' };
}

function scaleText(criterion: Criterion): string {
	const { scale } = criterion;
	if (scale.kind === 'linear')
		return `0 at ${scale.worst} ${criterion.unit}, 100 at ${scale.best} ${criterion.unit}`;
	return scale.levels.map((l) => `${l.label}: ${l.score}`).join(' · ');
}

export function buildReport(evaluation: Evaluation, options: ReportOptions): ReportDocument {
	const { dataset, criteria, ranking } = evaluation;
	const hypervisorName = (id: string) => dataset.hypervisors.find((h) => h.id === id)?.name ?? id;
	const groupName = (id: string) => dataset.groups.find((g) => g.id === id)?.name ?? id;
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

	const rankingSection: RankingSection = {
		kind: 'ranking',
		heading: 'Ranking',
		rows: ranking.map((r) => ({
			rank: r.rank,
			provider: r.provider.name,
			hypervisor: hypervisorName(r.provider.hypervisor),
			hypervisorId: r.provider.hypervisor,
			score: formatScore(r.score)
		})),
		...(evaluation.ranked
			? {}
			: {
					empty: evaluation.providers.length
						? 'No ranking: every criterion has weight 0.'
						: 'No ranking: every provider was left out.'
				})
	};

	const weights: WeightsSection = {
		kind: 'weights',
		heading: 'Weights used',
		rows: criteria.map((c, j) => ({
			criterion: c.name,
			group: groupName(c.group),
			weight: evaluation.weights[j] ?? 0,
			share: formatShare(evaluation.weights[j] ?? 0, evaluation.totalWeight)
		})),
		total: evaluation.totalWeight
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
							caption: 'Points each criterion contributes to the total (weight share × value score)'
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
	const columns = evaluation.ranked ? ranking.map((r) => r.index) : evaluation.providers.map((_, i) => i);
	const hasUnknown = evaluation.cells.some((row) => row.some((cell) => cell.unknown));
	const valueScores: ValueScoresSection = {
		kind: 'value-scores',
		heading: 'Value scores',
		intro: 'Each provider’s value score (0–100) on each criterion, before weighting.',
		providers: columns.map((i) => evaluation.providers[i]?.name ?? ''),
		rows: criteria.map((c, j) => ({
			criterion: c.name,
			cells: columns.map((i) => {
				const cell = evaluation.cells[i]?.[j];
				return { text: String(Math.round(cell?.score ?? 0)), unknown: cell?.unknown ?? true };
			})
		})),
		...(hasUnknown ? { legend: '* unknown value, scored 0 (the worst level) until a source is found.' } : {})
	};

	const howScored: HowScoredSection = {
		kind: 'how-scored',
		heading: "How it's scored",
		method: evaluation.method.name,
		paragraphs: howItsScored(evaluation.method, 'Sources'),
		scales: criteria.map((c) => ({ criterion: c.name, scale: scaleText(c), why: c.scaleRationale }))
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
		hypervisors: dataset.providers.map((p) => ({
			provider: p.name,
			hypervisor: hypervisorName(p.hypervisor),
			title: sourceDetail(p.hypervisorSource),
			url: p.hypervisorSource.url,
			date: p.hypervisorSource.date
		})),
		rows: criteria.flatMap((c) => dataset.providers.map((p) => sourceRow(c, p)))
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
		sections: [title, rankingSection, weights, charts, valueScores, howScored, summary, sources, link]
	};
}
