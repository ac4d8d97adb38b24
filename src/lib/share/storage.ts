/**
 * Saved work: the person's recent comparisons (the last `MAX_RECENT`), kept in localStorage as
 * share-link queries with a title and a time, so saved work is read by the same versioned decoder
 * as links and survives format changes the same way. Each visit of the page saves into its own
 * entry, so opening a colleague's link and changing it never overwrites the person's own work.
 *
 * Storage can be missing or refuse (private windows, full quota, blocked cookies, sandboxed frames):
 * every access is wrapped, and a failure is reported to the caller, never thrown.
 *
 * What is read back is outside input: each entry is checked on its own, so one damaged entry (a
 * later version's format, a title too long) costs only itself, and the page names it. Its query is
 * raw input for the same gate as a link (`decodeScenario` → `resolveScenario`) when it is opened.
 * A list that cannot be read at all,
 * or that had entries dropped, is copied under `BACKUP_KEY` before anything is written over it, so
 * nothing the person saved is ever destroyed by reading it.
 */
import { lazySchema, z } from '$lib/zod';
import { grouped } from '$lib/present/units';
import { quote } from '$lib/scenario/resolve';

/** Where the first release kept its single saved comparison; read once and carried over. */
export const STORAGE_KEY = 'cloud-scorecard:last-comparison';
export const RECENT_KEY = 'cloud-scorecard:recent';
/** The text of a recent list that could not be read in full, kept as it was. */
export const BACKUP_KEY = 'cloud-scorecard:recent-unreadable';
export const MAX_RECENT = 10;
/** Longest title kept; longer ones are cut with "…" when written (a title is a few provider names). */
export const MAX_TITLE = 300;
/** Saved work is not a link: it may be far longer than one, but not unbounded. */
export const MAX_SAVED_QUERY = 2_000_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const EntrySchema = lazySchema(() =>
	z.object({
		id: z.string().check(z.minLength(1), z.maxLength(64)),
		query: z.string().check(z.maxLength(MAX_SAVED_QUERY)),
		title: z.string().check(z.maxLength(MAX_TITLE)),
		savedAt: z.number()
	})
);
export type RecentEntry = z.infer<typeof EntrySchema>;

export interface RecentList {
	/** Valid entries, newest first, one per id. */
	entries: RecentEntry[];
	/** Plain sentences: what could not be read and was set aside. */
	problems: string[];
	/** True when entries were dropped or the list was unreadable: the stored text must be backed up first. */
	damaged: boolean;
}

/** localStorage, or undefined where even touching it throws. */
function browserStorage(): StorageLike | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

function read(key: string, storage: StorageLike | undefined): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function write(key: string, value: string, storage: StorageLike | undefined): boolean {
	try {
		if (!storage) return false;
		storage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

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

/**
 * A title as it is written: at most `MAX_TITLE` UTF-16 units, as the reader counts them, cut
 * between whole characters (never half of an emoji's surrogate pair) and ended with "…".
 */
export function clampTitle(title: string): string {
	if (title.length <= MAX_TITLE) return title;
	let kept = '';
	for (const char of title) {
		if (kept.length + char.length > MAX_TITLE - 1) break;
		kept += char;
	}
	return `${kept}…`;
}

export type SaveResult = { saved: true } | { saved: false; reason: 'refused' | 'too-large' };

/**
 * Save an entry (replacing the one with its id) as the newest. Never destroys what it could not
 * read: a damaged list is copied to `BACKUP_KEY` first, and nothing is written if that copy fails.
 */
export function saveRecent(
	entry: RecentEntry,
	storage: StorageLike | undefined = browserStorage()
): SaveResult {
	if (entry.query.length > MAX_SAVED_QUERY) return { saved: false, reason: 'too-large' };
	const current = readRecentList(storage);
	if (current.damaged) {
		const text = read(RECENT_KEY, storage);
		if (text !== null && !write(BACKUP_KEY, text, storage)) return { saved: false, reason: 'refused' };
	}
	const rest = current.entries.filter((e) => e.id !== entry.id);
	let list = [{ ...entry, title: clampTitle(entry.title) }, ...rest].slice(0, MAX_RECENT);
	// A full quota: drop the oldest entries until the newest fits.
	while (list.length) {
		if (write(RECENT_KEY, JSON.stringify(list), storage)) return { saved: true };
		list = list.slice(0, -1);
	}
	return { saved: false, reason: 'refused' };
}
