/**
 * "What happened next": a dated, sourced timeline of what became of a data set's providers and
 * hypervisors after the moment the data set describes. Files live in `data/history/` (outside
 * `data/*.json`, which holds only data sets) and are named `<data set id>.timeline.json`; they are
 * parsed with `TimelineSchema` where they are loaded (`timelines.ts`), at build time and in the tests.
 */
import { lazySchema, z } from '../zod.ts';
import { describeIssues } from './validate.ts';
import { FactDateSchema, IdSchema } from './schema.ts';

/** Reading a timeline's events (no zod: the page's first load shows them): see events.ts. */
export { sortEvents, whatBecameOf } from './events.ts';

export const TimelineEventSchema = lazySchema(() => z.strictObject({
	/** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: FactDateSchema,
	/** What happened, in one or two plain sentences. */
	text: z.string().check(z.minLength(1)),
	/** Provider ids of the data set, or hypervisor ids ("xen", "kvm"), the event concerns. */
	concerns: z.array(IdSchema).check(z.minLength(1)),
	source: z.strictObject({
		title: z.string().check(z.minLength(1)),
		url: z.url({ protocol: /^https?$/ }),
		/** How the source supports the text, when it is indirect (e.g. second-hand). */
		note: z.optional(z.string().check(z.minLength(1)))
	})
}));

export const TimelineSchema = lazySchema(() => z.strictObject({
	/** The data set whose providers and hypervisors the events concern. */
	datasetId: IdSchema,
	title: z.string().check(z.minLength(1)),
	description: z.string().check(z.minLength(1)),
	events: z.array(TimelineEventSchema).check(z.minLength(1))
}));

export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;

export class TimelineError extends Error {
	override name = 'TimelineError';
}

/**
 * Parse one timeline file's JSON content; throws a `TimelineError` naming the file, the field path
 * and the problem. With `knownIds` (the data set's provider and hypervisor ids), an event that
 * concerns anything else is rejected too.
 */
export function parseTimeline(file: string, json: unknown, knownIds?: ReadonlySet<string>): Timeline {
	const result = TimelineSchema.safeParse(json);
	if (!result.success)
		throw new TimelineError(describeIssues(file, result.error).replace('Invalid data set', 'Invalid timeline'));
	const timeline = result.data;
	const expected = `${timeline.datasetId}.timeline.json`;
	if (!file.endsWith(expected))
		throw new TimelineError(`Invalid timeline ${file}: the file must be named ${expected} (its data set id)`);
	if (knownIds) {
		const unknown = timeline.events.flatMap((event, i) =>
			event.concerns
				.map((id, j) => [id, j] as const)
				.filter(([id]) => !knownIds.has(id))
				.map(([id, j]) => `  ${file}: events.${i}.concerns.${j}: "${id}" is not a provider or hypervisor of ${timeline.datasetId}`)
		);
		if (unknown.length) throw new TimelineError(`Invalid timeline ${file}:\n${unknown.join('\n')}`);
	}
	return timeline;
}
