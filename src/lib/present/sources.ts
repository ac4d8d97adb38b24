/**
 * Where each value comes from, as a person is told: its basis (sourced, judgement, unknown, or the
 * person's own), source, date and note, for "Data and sources", a cell's details and the PDF. The
 * view models are read by all three, so a new basis or note is written once.
 */
import type { Source } from '$lib/data/schema';
import type {
	EffectiveCriterion,
	EffectiveDataset,
	EffectiveProvider,
	EffectiveValue
} from '$lib/scenario/effective';
import { unitWords } from './units';
import { directionText, rawText } from './values';

export type Basis = 'Sourced' | 'Judgement' | 'Unknown' | 'Your value';

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

/** The sources tables in print: one table, a group row per criterion, the source's date apart. */
export const SOURCES_PRINT = {
	platformsCaption: (platform: string) => `${platform} of each provider`,
	platformsColumns: (platform: string) => ['Provider', platform, 'Source', 'Date'],
	valuesCaption: 'Values',
	valuesColumns: ['Provider', 'Value', 'Basis', 'Source, rationale or reason', 'Date']
} as const;
