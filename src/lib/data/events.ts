/**
 * Reading a timeline's events ("What happened next", `timeline.ts`). Apart from the timeline's
 * schema because the page shows them on its first load and checks nothing there (issue 16).
 */
import type { Timeline, TimelineEvent } from './timeline.ts';

/**
 * Events in date order, oldest first. Dates of different precision sort by their text, so "2013"
 * comes before "2013-06-04" (a year before the days in it); events with the same date keep their
 * order in the file.
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	// `sort` is stable (ES2019): events of one date stay in the file's order without an index.
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What became of one provider (or hypervisor): the events that concern it, in date order. */
export function whatBecameOf(timeline: Timeline, id: string): TimelineEvent[] {
	return sortEvents(timeline.events.filter((event) => event.concerns.includes(id)));
}
