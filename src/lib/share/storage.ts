/**
 * Saved work: the person's recent comparisons (the last `MAX_RECENT`), kept in localStorage as
 * share-link queries with a title and a time, so saved work is read by the same versioned decoder
 * as links and survives format changes the same way. Each visit of the page saves into its own
 * entry, so opening a colleague's link and changing it never overwrites the person's own work.
 *
 * Storage can be missing or refuse (private windows, full quota, blocked cookies, sandboxed frames):
 * every access is wrapped, and a failure only means nothing is remembered. What is read back is
 * checked with zod: a damaged entry is dropped, never trusted.
 */
import { z } from '$lib/zod';

/** Where the first release kept its single saved comparison; read once and carried over. */
export const STORAGE_KEY = 'cloud-scorecard:last-comparison';
export const RECENT_KEY = 'cloud-scorecard:recent';
export const MAX_RECENT = 10;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const RecentSchema = z.array(
	z.object({
		id: z.string().min(1).max(64),
		query: z.string().max(2_000_000),
		title: z.string().max(300),
		savedAt: z.number().finite()
	})
);
export type RecentEntry = z.infer<typeof RecentSchema>[number];

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

/** The recent comparisons, newest first; [] when there are none or storage cannot be read. */
export function readRecent(storage: StorageLike | undefined = browserStorage()): RecentEntry[] {
	const text = read(RECENT_KEY, storage);
	if (text !== null) {
		try {
			const parsed = RecentSchema.safeParse(JSON.parse(text));
			if (parsed.success) return parsed.data.sort((a, b) => b.savedAt - a.savedAt).slice(0, MAX_RECENT);
		} catch {
			// Not JSON: fall through to nothing saved.
		}
		return [];
	}
	const legacy = read(STORAGE_KEY, storage);
	return legacy === null ? [] : [{ id: 'saved', query: legacy, title: 'Your saved comparison', savedAt: 0 }];
}

/** Save an entry (replacing the one with its id) as the newest; true when it was stored. */
export function saveRecent(entry: RecentEntry, storage: StorageLike | undefined = browserStorage()): boolean {
	const rest = readRecent(storage).filter((e) => e.id !== entry.id);
	let list = [entry, ...rest].slice(0, MAX_RECENT);
	// A full quota: drop the oldest entries until the newest fits.
	while (list.length) {
		if (write(RECENT_KEY, JSON.stringify(list), storage)) return true;
		list = list.slice(0, -1);
	}
	return false;
}
