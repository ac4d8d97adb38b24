/**
 * Storage for the storage and API suites: PGlite in a fresh temporary DATA_DIR, or, when
 * TEST_DATABASE_URL is set (`npm run test:postgres`), the PostgreSQL server it names, so the same
 * suites run on both.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStorage, type Storage, type StorageSettings } from './storage';

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * A new PGlite database is initdb in WebAssembly: 10–60 s of CPU on a busy machine, too much for
 * every suite. So one empty database per machine is made once (a template in the temporary
 * folder, made aside and renamed into place, so parallel test workers never see half of one) and
 * each test's DATA_DIR starts as a copy of it.
 */
async function template(): Promise<string> {
	const { version } = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8'));
	const dir = join(tmpdir(), `scorecard-pglite-template-${version}`);
	if (existsSync(join(dir, 'PG_VERSION'))) return dir;
	const making = `${dir}.${process.pid}`;
	rmSync(making, { recursive: true, force: true });
	const pg = await PGlite.create(making);
	await pg.close();
	try {
		renameSync(making, dir);
	} catch {
		// Another worker got there first: theirs is as good.
		rmSync(making, { recursive: true, force: true });
	}
	return dir;
}

/** A DATA_DIR holding an empty PGlite database (no migrations applied yet). */
export async function freshDataDir(): Promise<{ dir: string; cleanup: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'scorecard-db-'));
	cpSync(await template(), join(dir, 'pglite'), { recursive: true });
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings for a fresh, empty database of the kind under test. */
export async function freshSettings(): Promise<StorageSettings & { cleanup: () => void }> {
	if (onPostgres) return { DATABASE_URL: process.env.TEST_DATABASE_URL, cleanup: () => {} };
	const { dir, cleanup } = await freshDataDir();
	return { DATA_DIR: dir, cleanup };
}

/** Open it; on PostgreSQL every table is emptied first, so each test starts from nothing. */
export async function openTestStorage(): Promise<Storage & { dispose: () => Promise<void> }> {
	const settings = await freshSettings();
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

/**
 * One test database for the suite (or `describe` block) that calls this: opened before its tests,
 * disposed after them. Returns the accessor the tests read it through.
 */
export function useTestStorage(): () => Awaited<ReturnType<typeof openTestStorage>> {
	let storage: Awaited<ReturnType<typeof openTestStorage>> | undefined;
	beforeAll(async () => {
		storage = await openTestStorage();
	}, 180_000);
	afterAll(async () => {
		await storage?.dispose();
	});
	return () => {
		if (!storage) throw new Error('the test database is not open yet');
		return storage;
	};
}
