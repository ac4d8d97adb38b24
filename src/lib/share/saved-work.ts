/**
 * Reading the recent comparisons back from this browser (`storage.ts` keeps them): outside input,
 * each entry checked on its own, so one damaged entry (a later version's format, a title too long)
 * costs only itself and the page names it. Fetched only when something is stored (`hasSavedWork`),
 * with the link decoder that opens an entry's query (`readers.ts`).
 */
import { lazySchema, z } from '$lib/zod';
import { grouped } from '$lib/present/units';
import { quote } from '$lib/scenario/rules';
import {
	browserStorage,
	MAX_RECENT,
	MAX_SAVED_QUERY,
	MAX_TITLE,
	read,
	RECENT_KEY,
	saveRecent as saveOver,
	STORAGE_KEY,
	type RecentList,
	type SaveResult,
	type StorageLike
} from './storage';

const EntrySchema = lazySchema(() =>
	z.object({
		id: z.string().check(z.minLength(1), z.maxLength(64)),
		query: z.string().check(z.maxLength(MAX_SAVED_QUERY)),
		title: z.string().check(z.maxLength(MAX_TITLE)),
		savedAt: z.number()
	})
);
export type RecentEntry = z.infer<typeof EntrySchema>;

/** "Saved comparison 3, “Acme, Beta”": its place in the list, and its title when it has one. */
function named(item: unknown, i: number): string {
	const title = item && typeof item === 'object' ? (item as Record<string, unknown>).title : undefined;
	return `Saved comparison ${i + 1}${typeof title === 'string' && title ? `, ${quote(title)},` : ''}`;
}

/** What is wrong with an entry, by the first field the schema refused. */
function why(error: z.core.$ZodError): string {
	const field = error.issues[0]?.path[0];
	if (field === 'id') return 'its id is not text of 1 to 64 characters';
	if (field === 'title') return `its title is not text of at most ${MAX_TITLE} characters`;
	if (field === 'savedAt') return 'the time it was saved is not a number';
	if (field === 'query')
		return `its comparison is not text of at most ${grouped(MAX_SAVED_QUERY)} characters`;
	return 'it is not a saved comparison';
}

/** The recent list as stored, entry by entry. */
export function readRecentList(storage: StorageLike | undefined = browserStorage()): RecentList {
	const text = read(RECENT_KEY, storage);
	if (text === null) {
		const legacy = read(STORAGE_KEY, storage);
		const entries =
			legacy === null || legacy.length > MAX_SAVED_QUERY
				? []
				: [{ id: 'saved', query: legacy, title: 'Your saved comparison', savedAt: 0 }];
		return { entries, problems: [], damaged: false };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	if (!Array.isArray(json))
		return {
			entries: [],
			problems: [
				'Your saved comparisons could not be read; they are kept aside, untouched, in this browser.'
			],
			damaged: true
		};
	const seen = new Set<string>();
	const problems: string[] = [];
	const entries: RecentEntry[] = [];
	json.forEach((item: unknown, i) => {
		const parsed = EntrySchema.safeParse(item);
		if (!parsed.success)
			problems.push(`${named(item, i)} could not be read and was set aside: ${why(parsed.error)}.`);
		else if (seen.has(parsed.data.id))
			problems.push(`${named(item, i)} repeated another’s id and was set aside; the first is kept.`);
		else {
			seen.add(parsed.data.id);
			entries.push(parsed.data);
		}
	});
	if (problems.length && entries.length) problems.push('The other saved comparisons are kept.');
	entries.sort((a, b) => b.savedAt - a.savedAt);
	return { entries: entries.slice(0, MAX_RECENT), problems, damaged: problems.length > 0 };
}

/** The recent comparisons, newest first; [] when there are none or storage cannot be read. */
export function readRecent(storage: StorageLike | undefined = browserStorage()): RecentEntry[] {
	return readRecentList(storage).entries;
}

/** Save an entry as the newest, over the list as stored now (see `storage.ts`'s `saveRecent`). */
export function saveRecent(
	entry: RecentEntry,
	storage: StorageLike | undefined = browserStorage()
): SaveResult {
	return saveOver(entry, readRecentList(storage), storage);
}
