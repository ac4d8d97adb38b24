/**
 * How a value is told to a person: its text, its basis (sourced, judgement, unknown, or the
 * person's own) and where it comes from. The page's tables and the PDF read these view models, so
 * a new basis or note is written once.
 */
import type { Source } from '$lib/data/schema';
import type {
	EffectiveCriterion,
	EffectiveDataset,
	EffectiveProvider,
	EffectiveValue
} from '$lib/scenario/effective';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { quantity, unitWords } from './units';

export type Basis = 'Sourced' | 'Judgement' | 'Unknown' | 'Your value';

/** A raw value as people read it: "0.1 $/h", "3 data centres", a level's label, or "unknown". */
export function rawText(
	criterion: Pick<EffectiveCriterion, 'id' | 'scale' | 'unit'>,
	value: EffectiveValue | undefined
): string {
	if (!value || value.kind === 'unknown' || value.raw === null) return 'unknown';
	return scaleKind(criterion.scale).rawText(criterion.scale, value.raw, (n) => quantity(criterion, n));
}

export function sourceDetail(source: Source): string {
	return source.note ? `${source.title} (${source.note})` : source.title;
}

/** One value with its basis, as a row of "Data and sources" and of the PDF's Sources. */
export interface ValueView {
	value: string;
	basis: Basis;
	/** Source title (and how the figure was read), the rationale, why it is unknown, or the person's note. */
	detail: string;
	/** Only ever an http(s) address (schemas enforce it for data and for the person's links). */
	url?: string;
	/** The date the fact applies to; empty for judgements, unknowns and the person's values. */
	date: string;
	/** For a fact dated after the data set's as-of date: "applies to 2011-01-18: <why it is used>". */
	appliesNote?: string;
}

export function valueView(criterion: EffectiveCriterion, value: EffectiveValue | undefined): ValueView {
	const text = rawText(criterion, value);
	if (!value) return { value: text, basis: 'Unknown', detail: 'no value', date: '' };
	switch (value.kind) {
		case 'sourced':
			return {
				value: text,
				basis: 'Sourced',
				detail: sourceDetail(value.source),
				url: value.source.url,
				date: value.source.date,
				...(value.source.appliesAfterAsOf
					? { appliesNote: `applies to ${value.source.date}: ${value.source.appliesAfterAsOf}` }
					: {})
			};
		case 'judgement':
			return { value: text, basis: 'Judgement', detail: value.rationale, date: '' };
		case 'unknown':
			return { value: text, basis: 'Unknown', detail: value.reason, date: '' };
		case 'user':
			return {
				value: text,
				basis: 'Your value',
				detail: value.note || (value.raw === null ? 'You marked this unknown.' : 'Entered by you.'),
				...(value.url ? { url: value.url } : {}),
				date: ''
			};
	}
}

export interface SourceRowView extends ValueView {
	providerId: string;
	provider: string;
	/** The data set's value, when the person replaced it: shown beside theirs. */
	original?: ValueView;
}

export interface CriterionSourcesView {
	criterionId: string;
	criterion: string;
	/** "What is measured. Unit: $/h; less is better." */
	about: string;
	rows: SourceRowView[];
}

/**
 * A description's first sentence without its longer asides in brackets, for the line under a
 * criterion's name; the full text is under "Data and sources".
 */
export function shortDescription(description: string): string {
	const match = /^(.+?[.!?])(\s+[A-Z(“"‘]|$)/s.exec(description.trim());
	const sentence = match ? match[1]! : description.trim();
	return sentence.replace(/\s*\([^()]{25,}\)/g, '');
}

export function directionText(criterion: Pick<EffectiveCriterion, 'direction'>): string {
	return criterion.direction === 'higher' ? 'more is better' : 'less is better';
}

/** "Data and sources": every value of every provider, per criterion, with its basis. */
export function sourcesView(dataset: EffectiveDataset): CriterionSourcesView[] {
	return dataset.criteria.map((criterion) => ({
		criterionId: criterion.id,
		criterion: criterion.name,
		about: `${criterion.description} Unit: ${unitWords(criterion) || criterion.unit || 'none'}; ${directionText(criterion)}.`,
		rows: dataset.providers.map((provider) => sourceRow(criterion, provider))
	}));
}

function sourceRow(criterion: EffectiveCriterion, provider: EffectiveProvider): SourceRowView {
	const value = provider.values[criterion.id];
	const original =
		value?.kind === 'user' && value.original ? valueView(criterion, value.original) : undefined;
	return {
		providerId: provider.id,
		provider: provider.name,
		...valueView(criterion, value),
		...(original ? { original } : {})
	};
}

/** Where each provider's platform is stated: the data set's source, or "you added this provider". */
export interface PlatformSourceView {
	provider: string;
	platform: string;
	detail: string;
	url?: string;
	date: string;
}

export function platformSources(dataset: EffectiveDataset): PlatformSourceView[] {
	const name = (id: string) => dataset.hypervisors.find((h) => h.id === id)?.name ?? id;
	return dataset.providers.map((p) =>
		p.hypervisorSource
			? {
					provider: p.name,
					platform: name(p.hypervisor),
					detail: sourceDetail(p.hypervisorSource),
					url: p.hypervisorSource.url,
					date: p.hypervisorSource.date
				}
			: {
					provider: p.name,
					platform: name(p.hypervisor),
					detail: 'Your provider: platform as you entered it.',
					date: ''
				}
	);
}

/** A criterion's scale in words: "0 at 0.2 $/h, 100 at 0.01 $/h", its levels or its points. */
export function scaleText(criterion: Pick<EffectiveCriterion, 'id' | 'scale' | 'unit'>): string {
	return scaleKind(criterion.scale).text(criterion.scale, (n) => quantity(criterion, n));
}

/** The value scales table, on the page and in the PDF. */
export const SCALES_TABLE = {
	caption: 'Value scales',
	columns: ['Criterion', 'Scores 0 at', 'Scores 100 at', 'Why'],
	summary: (count: number) =>
		`Each criterion’s value scale: what scores 0 and what scores 100 (${count} criteria)`
} as const;

/** The sources tables in print: one table, a group row per criterion, the source's date apart. */
export const SOURCES_PRINT = {
	platformsCaption: (platform: string) => `${platform} of each provider`,
	platformsColumns: (platform: string) => ['Provider', platform, 'Source', 'Date'],
	valuesCaption: 'Values',
	valuesColumns: ['Provider', 'Value', 'Basis', 'Source, rationale or reason', 'Date']
} as const;

export interface ScaleView {
	criterionId: string;
	criterion: string;
	/** For a scale with just two reference levels: the ones that score 0 and 100; else undefined. */
	worst?: string;
	best?: string;
	/** Any other scale in words (its levels or points with their scores), across both columns. */
	levels?: string;
	text: string;
	why: string;
	/** "Changed by you (the data set has …)" when the person changed the reference levels. */
	changed?: string;
	origin: 'dataset' | 'user';
}

export function scalesView(criteria: readonly EffectiveCriterion[]): ScaleView[] {
	return criteria.map((c) => {
		const changed = c.originalScale
			? `Changed by you; the data set has ${scaleText({ id: c.id, scale: c.originalScale, unit: c.unit })}.`
			: undefined;
		const ends = scaleKind(c.scale).ends?.(c.scale, (n) => quantity(c, n));
		return {
			criterionId: c.id,
			criterion: c.name,
			...(ends ?? { levels: scaleText(c) }),
			text: scaleText(c),
			why: c.scaleRationale,
			...(changed ? { changed } : {}),
			origin: c.origin
		};
	});
}
