/**
 * The last comparison, kept in localStorage as a share-link query, so saved work is read by the same
 * versioned decoder as links and survives format changes the same way. Storage can be missing or
 * refuse (private windows, full quota, blocked cookies, sandboxed frames): every access is wrapped,
 * and a failure only means nothing is remembered.
 */
export const STORAGE_KEY = 'cloud-scorecard:last-comparison';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or undefined where even touching it throws. */
function browserStorage(): StorageLike | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

/** The saved query, or null when there is none or storage cannot be read. */
export function readSaved(storage: StorageLike | undefined = browserStorage()): string | null {
	try {
		return storage?.getItem(STORAGE_KEY) ?? null;
	} catch {
		return null;
	}
}

/** Save a query; true when it was stored. */
export function writeSaved(query: string, storage: StorageLike | undefined = browserStorage()): boolean {
	try {
		if (!storage) return false;
		storage.setItem(STORAGE_KEY, query);
		return true;
	} catch {
		return false;
	}
}
