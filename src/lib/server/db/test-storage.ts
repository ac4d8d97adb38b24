/**
 * Storage for the storage and API suites: PGlite in a fresh temporary DATA_DIR, or, when
 * TEST_DATABASE_URL is set (`npm run test:postgres`), the PostgreSQL server it names, so the same
 * suites run on both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStorage, type Storage, type StorageSettings } from './storage';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Settings for a fresh, empty database of the kind under test. */
export function freshSettings(): StorageSettings & { cleanup: () => void } {
	if (onPostgres) return { DATABASE_URL: process.env.TEST_DATABASE_URL, cleanup: () => {} };
	const dir = mkdtempSync(join(tmpdir(), 'scorecard-db-'));
	return { DATA_DIR: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Open it; on PostgreSQL every table is emptied first, so each test starts from nothing. */
export async function openTestStorage(): Promise<Storage & { dispose: () => Promise<void> }> {
	const settings = freshSettings();
	const storage = await openStorage(settings);
	if (onPostgres) await sql`truncate short_link, rate_limit, answer, decision`.execute(storage.db);
	return {
		...storage,
		dispose: async () => {
			await storage.close();
			settings.cleanup();
		}
	};
}
