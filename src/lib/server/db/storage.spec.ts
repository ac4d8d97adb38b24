import { sql } from 'kysely';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { openStorage, StorageError, type Storage } from './storage';
import { freshDataDir, onPostgres, openTestStorage } from './test-storage';

// Opening PGlite the first time runs initdb in WebAssembly: several seconds on a busy machine.
const SLOW = 180_000;

const open: Storage[] = [];
afterEach(async () => {
	for (const s of open.splice(0)) await s.close();
});

describe.skipIf(onPostgres)('PGlite storage (DATA_DIR)', () => {
	it(
		// A real first start: initdb (in a worker thread), not the tests' template copy.
		'creates the database and schema once, and keeps the data across a close and a reopen',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'scorecard-db-'));
			try {
				const first = await openStorage({ DATA_DIR: dir });
				expect(first.kind).toBe('pglite');
				expect(first.applied).toEqual(Object.keys(migrations).sort());
				await first.db.insertInto('short_link').values({ id: 'abc', query: 'v=2&d=x.1&w=1' }).execute();
				await first.close();
				expect(existsSync(join(dir, 'pglite.lock'))).toBe(false);

				const second = await openStorage({ DATA_DIR: dir });
				open.push(second);
				expect(second.applied).toEqual([]);
				const row = await second.db.selectFrom('short_link').selectAll().executeTakeFirstOrThrow();
				expect(row.query).toBe('v=2&d=x.1&w=1');
				expect(row.created_at).toBeInstanceOf(Date);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
		SLOW
	);

	it(
		'refuses a second open of a DATA_DIR in use, and takes over a lock left by a dead process',
		async () => {
			const { dir, cleanup } = await freshDataDir();
			try {
				const first = await openStorage({ DATA_DIR: dir });
				await expect(openStorage({ DATA_DIR: dir })).rejects.toThrow(
					new RegExp(`in use by process ${process.pid}.*set DATABASE_URL`)
				);
				await first.close();
				// A pid that cannot be running (above Linux's pid_max): a crashed server's lock.
				writeFileSync(join(dir, 'pglite.lock'), '99999999');
				const again = await openStorage({ DATA_DIR: dir });
				open.push(again);
				expect(readFileSync(join(dir, 'pglite.lock'), 'utf8')).toBe(String(process.pid));
			} finally {
				cleanup();
			}
		},
		SLOW
	);
});

describe('storage (PGlite, or PostgreSQL under npm run test:postgres)', () => {
	it(
		"keeps one transaction's statements together while other queries run, and rolls back a failed one",
		async () => {
			const s = await openTestStorage();
			try {
				const failing = s.db.transaction().execute(async (trx) => {
					await trx.insertInto('short_link').values({ id: 'rolled-back', query: 'q' }).execute();
					await new Promise((r) => setTimeout(r, 20));
					throw new Error('stop');
				});
				const other = s.db.insertInto('short_link').values({ id: 'kept', query: 'q' }).execute();
				await expect(failing).rejects.toThrow('stop');
				await other;
				const ids = await s.db.selectFrom('short_link').select('id').orderBy('id').execute();
				expect(ids.map((r) => r.id)).toEqual(['kept']);
				await expect(s.ping()).resolves.toBeUndefined();
			} finally {
				await s.dispose();
			}
		},
		SLOW
	);

	it(
		'records each migration once in the migration table',
		async () => {
			const s = await openTestStorage();
			try {
				const { rows } = await sql<{
					name: string;
				}>`select name from kysely_migration order by name`.execute(s.db);
				expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
			} finally {
				await s.dispose();
			}
		},
		SLOW
	);
});

// Runs only under `npm run test:postgres` (TEST_DATABASE_URL set): several processes racing on one
// real PostgreSQL server. Under `npm test` it is the one skipped unit test; PGlite's own block
// above runs there instead.
describe.runIf(onPostgres)('PostgreSQL storage', () => {
	it(
		'applies each migration once when four processes open an empty database at once',
		async () => {
			// A database of its own, so the migrations have not run yet.
			const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
			const name = `race_${process.pid}_${Date.now()}`;
			await admin.unsafe(`create database ${name}`);
			try {
				const url = new URL(process.env.TEST_DATABASE_URL!);
				url.pathname = `/${name}`;
				const opens = await Promise.all([1, 2, 3, 4].map(() => openStorage({ DATABASE_URL: url.href })));
				open.push(...opens);
				expect(opens.map((s) => s.kind)).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
				// Exactly one of the four applied the migrations; the others found them done.
				expect(opens.map((s) => s.applied.length).sort()).toEqual([0, 0, 0, Object.keys(migrations).length]);
				const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(opens[0]!.db);
				expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
				for (const s of open.splice(0)) await s.close();
			} finally {
				await admin.unsafe(`drop database if exists ${name}`);
				await admin.end();
			}
		},
		SLOW
	);
});

it('explains a DATABASE_URL that is not a URL, without echoing it', async () => {
	const error = await openStorage({ DATABASE_URL: 'not a url with secret' }).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(StorageError);
	expect((error as Error).message).toMatch(/DATABASE_URL is not a URL/);
	expect((error as Error).message).not.toMatch(/secret/);
});
