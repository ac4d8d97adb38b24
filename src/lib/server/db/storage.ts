/**
 * The server's one database, behind Kysely: PGlite (PostgreSQL in this process, files under
 * DATA_DIR) by default, so `npm start` needs nothing else; PostgreSQL through postgres.js when
 * DATABASE_URL is set, so several app processes can share it. Both speak PostgreSQL, so the
 * queries and migrations are the same. Opening applies the pending migrations (Kysely's Migrator,
 * which holds a PostgreSQL advisory lock while it runs: two processes starting at once apply each
 * migration once).
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { PostgresJSDialect } from 'kysely-postgres-js';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import postgres from 'postgres';
import { migrations } from './migrations';
import type { Database } from './schema';

export interface StorageSettings {
	/** postgres://… : use that PostgreSQL server. */
	DATABASE_URL?: string | undefined;
	/** PGlite's folder when DATABASE_URL is not set (default ./var). */
	DATA_DIR?: string | undefined;
	/** Connections per process to PostgreSQL (default 10). */
	DATABASE_POOL?: string | undefined;
}

export interface Storage {
	db: Kysely<Database>;
	kind: 'pglite' | 'postgres';
	/** Where the data is, for the log ("PGlite in /srv/var/pglite", "PostgreSQL at host:port/db"). */
	where: string;
	/** Names of the migrations this open applied (empty when the schema was up to date). */
	applied: string[];
	/** A cheap query: resolves when the database answers. */
	ping: () => Promise<void>;
	close: () => Promise<void>;
}

export class StorageError extends Error {
	override name = 'StorageError';
}

/**
 * Open the database the settings name and bring its schema up to date. `signal` stops a first
 * start's database creation (a server told to stop while it is still creating one).
 */
export async function openStorage(settings: StorageSettings, signal?: AbortSignal): Promise<Storage> {
	const opened = settings.DATABASE_URL ? openPostgres(settings) : await openPGlite(settings, signal);
	try {
		const applied = await migrate(opened.db);
		const ping = async () => void (await sql`select 1`.execute(opened.db));
		return { ...opened, applied, ping };
	} catch (error) {
		await opened.close();
		throw error;
	}
}

type Opened = Omit<Storage, 'applied' | 'ping'>;

function openPostgres(settings: StorageSettings): Opened {
	const url = settings.DATABASE_URL!;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new StorageError(
			'DATABASE_URL is not a URL (expected postgres://user:password@host:port/database).'
		);
	}
	// Never the password.
	const where = `PostgreSQL at ${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
	const client = postgres(url, {
		max: Number(settings.DATABASE_POOL ?? 10),
		// Notices ("relation already exists, skipping") are not worth a log line each.
		onnotice: () => {}
	});
	const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: client }) });
	return {
		db,
		kind: 'postgres',
		where,
		close: async () => {
			// Kysely's destroy ends postgres.js's pool (waiting for queries in flight).
			await db.destroy();
		}
	};
}

async function openPGlite(settings: StorageSettings, signal?: AbortSignal): Promise<Opened> {
	const dir = resolve(settings.DATA_DIR || 'var');
	mkdirSync(dir, { recursive: true });
	const unlock = lockDataDir(dir);
	const dataDir = join(dir, 'pglite');
	let pg: PGlite;
	try {
		await createDataDir(dir, dataDir, signal);
		signal?.throwIfAborted();
		pg = await PGlite.create(dataDir);
	} catch (error) {
		unlock();
		if (error instanceof StorageError || signal?.aborted) throw error;
		throw new StorageError(`Could not open the database in ${dataDir}: ${String(error)}`);
	}
	// Kysely's own PGlite dialect; destroying the Kysely instance closes PGlite.
	const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite: pg }) });
	return {
		db,
		kind: 'pglite',
		where: `PGlite in ${dataDir}`,
		close: async () => {
			await db.destroy();
			unlock();
		}
	};
}

/**
 * A first start creates the database files (PostgreSQL's initdb, in WebAssembly): 10–30 s of
 * computation that would stall every request, /healthz included, if it ran on the main thread. So
 * it runs in a worker thread, into a folder of its own that is renamed into place when complete: a
 * start that is stopped half-way leaves no half-made database behind.
 */
async function createDataDir(dir: string, dataDir: string, signal?: AbortSignal): Promise<void> {
	if (existsSync(join(dataDir, 'PG_VERSION'))) return;
	if (existsSync(dataDir)) {
		if (readdirSync(dataDir).length)
			throw new StorageError(`${dataDir} is not a PGlite database (it has no PG_VERSION); move it away.`);
		rmSync(dataDir, { recursive: true });
	}
	for (const leftover of readdirSync(dir).filter((f) => f.startsWith('pglite.init-')))
		rmSync(join(dir, leftover), { recursive: true, force: true });
	const temp = join(dir, `pglite.init-${process.pid}`);
	const worker = new Worker(
		`const { parentPort, workerData } = require('node:worker_threads');
		const { PGlite } = require(workerData.module);
		PGlite.create(workerData.dir)
			.then((pg) => pg.close())
			.then(() => parentPort.postMessage('created'));`,
		{
			eval: true,
			workerData: { module: createRequire(import.meta.url).resolve('@electric-sql/pglite'), dir: temp }
		}
	);
	try {
		await new Promise<void>((done, fail) => {
			const stop = () => fail(new StorageError('Stopped while creating the database.'));
			signal?.addEventListener('abort', stop, { once: true });
			worker.once('message', () => done());
			worker.once('error', (error) =>
				fail(new StorageError(`Could not create the database: ${error.message}`))
			);
			worker.once('exit', (code) =>
				fail(new StorageError(`Could not create the database (worker exit ${code}).`))
			);
		});
		renameSync(temp, dataDir);
	} finally {
		await worker.terminate();
		rmSync(temp, { recursive: true, force: true });
	}
}

/**
 * PGlite is one process's database: a second process opening the same files would corrupt them.
 * A lock file holding the owner's pid keeps a second one out; a lock left by a process that has
 * died (killed, crashed) is taken over.
 */
function lockDataDir(dir: string): () => void {
	const file = join(dir, 'pglite.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeFileSync(fd, String(process.pid));
			closeSync(fd);
			return () => rmSync(file, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const owner = Number(readFileSync(file, 'utf8').trim());
			if (owner > 0 && isAlive(owner))
				throw new StorageError(
					`The database in ${dir} is in use by process ${owner}. PGlite serves one process; ` +
						'to run several, set DATABASE_URL to a PostgreSQL server.'
				);
			rmSync(file, { force: true });
		}
	}
	throw new StorageError(`Could not lock ${file}.`);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

async function migrate(db: Kysely<Database>): Promise<string[]> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((r) => r.status === 'Error');
		throw new StorageError(
			`Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`
		);
	}
	return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
