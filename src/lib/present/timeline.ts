/**
 * "What happened next" as a view model: the data set's timeline (dated, sourced events) and, for
 * the current ranking, what became of each provider after the data set's as-of date. Context only:
 * nothing here feeds a score. Read by the page and the PDF; undefined for a data set without a
 * timeline.
 */
import { isAfter } from '$lib/data/dates';
import { sortEvents, whatBecameOf } from '$lib/data/events';
import type { Timeline } from '$lib/data/timeline';
import { loadedTimeline } from '$lib/data/catalogue';
import type { Evaluation } from '$lib/evaluation/evaluate';

export interface TimelineEventView {
	/** Stable within a timeline: its date and position in the file. */
	key: string;
	date: string;
	text: string;
	/** Names of the providers and hypervisors it concerns: "Amazon EC2, Xen". */
	concerns: string;
	source: string;
	/** Only ever an http(s) address. */
	url?: string;
	/** How the source supports the text, when it is indirect. */
	sourceNote?: string;
	/** True when it happened after the data set's as-of date. */
	afterAsOf: boolean;
}

export interface ProviderFateView {
	providerId: string;
	/** The provider's rank, when the comparison is ranked. */
	rank?: number;
	provider: string;
	/** "2013-06-04: IBM buys SoftLayer, … 2014-01-31: …", or why there is nothing to tell. */
	text: string;
}

export interface TimelineView {
	heading: 'What happened next';
	/** The timeline's own description. */
	intro: string;
	/** One sentence: this never changes a score. */
	context: string;
	/** "What became of the providers ranked" (or "compared", when not ranked). */
	fatesHeading: string;
	fates: ProviderFateView[];
	eventsCaption: string;
	/** Every event, oldest first. */
	events: TimelineEventView[];
}

/** The events table's columns, on the page and in the PDF. */
export const TIMELINE_COLUMNS = ['Date', 'What happened', 'Concerns', 'Source'] as const;

export const TIMELINE_CONTEXT = 'This is context only: it never changes a score.';
export const NO_HISTORY = 'no history (your provider).';

const httpOnly = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

export function timelineView(evaluation: Evaluation, timeline?: Timeline): TimelineView | undefined {
	const { dataset } = evaluation;
	const found = timeline ?? loadedTimeline(dataset.id);
	if (!found) return undefined;
	const names = new Map<string, string>([
		...dataset.hypervisors.map((h) => [h.id, h.name] as const),
		...dataset.base.providers.map((p) => [p.id, p.name] as const)
	]);
	const order = new Map(found.events.map((e, i) => [e, i]));
	const events = sortEvents(found.events).map((e): TimelineEventView => {
		const url = httpOnly(e.source.url);
		return {
			key: `${e.date}#${order.get(e) ?? 0}`,
			date: e.date,
			text: e.text,
			concerns: e.concerns.map((id) => names.get(id) ?? id).join(', '),
			source: e.source.title,
			...(url ? { url } : {}),
			...(e.source.note ? { sourceNote: e.source.note } : {}),
			afterAsOf: isAfter(e.date, dataset.asOf)
		};
	});

	const rows = evaluation.ranked
		? evaluation.ranking.map((r) => ({ provider: r.provider, rank: r.rank as number | undefined }))
		: evaluation.providers.map((provider) => ({ provider, rank: undefined }));
	const fates = rows.map(({ provider, rank }): ProviderFateView => {
		let text: string;
		if (provider.origin === 'user') text = NO_HISTORY;
		else {
			const later = whatBecameOf(found, provider.id).filter((e) => isAfter(e.date, dataset.asOf));
			text = later.length
				? later.map((e) => `${e.date}: ${e.text}`).join(' ')
				: `nothing recorded after ${dataset.asOf}.`;
		}
		return {
			providerId: provider.id,
			...(rank !== undefined ? { rank } : {}),
			provider: provider.name,
			text
		};
	});

	const first = events[0]?.date.slice(0, 4);
	const last = events.at(-1)?.date.slice(0, 4);
	return {
		heading: 'What happened next',
		intro: found.description,
		context: TIMELINE_CONTEXT,
		fatesHeading: evaluation.ranked
			? `What became of the providers ranked, after ${dataset.asOf}`
			: `What became of the providers compared, after ${dataset.asOf}`,
		fates,
		eventsCaption: `Events ${first}–${last}, each with its source (the data describe ${dataset.asOf})`,
		events
	};
}
