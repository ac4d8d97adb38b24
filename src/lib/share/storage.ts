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
 *
 * This module reaches storage and writes; reading the list back (with zod) is `saved-work.ts`,
 * fetched only when something is stored (`hasSavedWork`), so a first visit carries no validator.
 */
import type { RecentEntry } from './saved-work';

export type { RecentEntry };

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

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface RecentList {
	/** Valid entries, newest first, one per id. */
	entries: RecentEntry[];
	/** Plain sentences: what could not be read and was set aside. */
	problems: string[];
	/** True when entries were dropped or the list was unreadable: the stored text must be backed up first. */
	damaged: boolean;
}

/** localStorage, or undefined where even touching it throws. */
export function browserStorage(): StorageLike | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export function read(key: string, storage: StorageLike | undefined): string | null {
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

/** Nothing stored: what the list reads as when there is no list (no reader needed to know). */
export const NOTHING_SAVED: RecentList = Object.freeze({ entries: [], problems: [], damaged: false });

/**
 * True when this browser holds saved work (the recent list, or the first release's comparison):
 * only then is there anything for `saved-work.ts` to read.
 */
export function hasSavedWork(storage: StorageLike | undefined = browserStorage()): boolean {
	return read(RECENT_KEY, storage) !== null || read(STORAGE_KEY, storage) !== null;
}

export type SaveResult =
	{ saved: true; entries: RecentEntry[] } | { saved: false; reason: 'refused' | 'too-large' };

/**
 * Save an entry (replacing the one with its id) as the newest, over `current`: the list as
 * `readRecentList` read it just before (`NOTHING_SAVED` when `hasSavedWork` is false). Never
 * destroys what it could not read: a damaged list is copied to `BACKUP_KEY` first, and nothing is
 * written if that copy fails. Says which entries the list holds once saved.
 */
export function saveRecent(
	entry: RecentEntry,
	current: RecentList,
	storage: StorageLike | undefined = browserStorage()
): SaveResult {
	if (entry.query.length > MAX_SAVED_QUERY) return { saved: false, reason: 'too-large' };
	if (current.damaged) {
		const text = read(RECENT_KEY, storage);
		if (text !== null && !write(BACKUP_KEY, text, storage)) return { saved: false, reason: 'refused' };
	}
	const rest = current.entries.filter((e) => e.id !== entry.id);
	let list = [{ ...entry, title: clampTitle(entry.title) }, ...rest].slice(0, MAX_RECENT);
	// A full quota: drop the oldest entries until the newest fits.
	while (list.length) {
		if (write(RECENT_KEY, JSON.stringify(list), storage)) return { saved: true, entries: list };
		list = list.slice(0, -1);
	}
	return { saved: false, reason: 'refused' };
}
