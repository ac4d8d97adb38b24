/**
 * The app's database, opened once per server process when the server starts (hooks.server.ts
 * `init`), in the background so pages are served at once. Endpoints `await database()`; /readyz
 * reports "database" not ready until it is open and migrated, and when it stops answering. The
 * server closes it on SIGTERM after the last request (src/server/lifecycle.js).
 */
import { env } from '$env/dynamic/private';
import { onShutdown, registerCheck } from '../../../server/lifecycle.js';
import { purgeExpired } from '../decisions';
import { openStorage, type Storage } from './storage';

/** How often expired group decisions are deleted (also once at start). */
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000;

let opening: Promise<Storage> | undefined;
/** The open database, once it is; the reason when it could not be opened. */
let opened: Storage | undefined;
let failure: string | undefined;

/** Open the database (once); later calls return the same promise. */
export function startDatabase(): Promise<Storage> {
	if (opening) return opening;
	const started = Date.now();
	const stop = new AbortController();
	opening = openStorage(
		{
			DATABASE_URL: env.DATABASE_URL,
			DATA_DIR: env.DATA_DIR,
			DATABASE_POOL: env.DATABASE_POOL
		},
		stop.signal
	);
	opening.then(
		(s) => {
			opened = s;
			schedulePurge(s);
			console.log(
				`Database ready: ${s.where}` +
					`${s.applied.length ? `, applied ${s.applied.join(', ')}` : ''} (${Date.now() - started} ms)`
			);
		},
		(error: unknown) => {
			failure = error instanceof Error ? error.message : String(error);
			console.error(`Database unavailable: ${failure}`);
		}
	);
	registerCheck('database', async () => {
		if (failure) throw new Error(failure);
		if (!opened) throw new Error('still opening');
		await opened.ping();
	});
	onShutdown(async () => {
		// Still creating the database on a first start: stop that rather than wait for it.
		if (!opened) stop.abort();
		const storage = await opening!.catch(() => undefined);
		await storage?.close();
	});
	return opening;
}

/** The open database; throws (with the reason) when it could not be opened. */
export function database(): Promise<Storage> {
	return startDatabase();
}

/** Delete expired group decisions now and every PURGE_EVERY_MS (several processes may all do it: harmless). */
function schedulePurge(storage: Storage) {
	const purge = () =>
		purgeExpired(storage.db).then(
			(n) => n > 0 && console.log(`Deleted ${n} group decision(s) untouched for the expiry period`),
			(error: unknown) => console.error('Could not delete expired group decisions:', error)
		);
	void purge();
	const timer = setInterval(purge, PURGE_EVERY_MS);
	timer.unref();
	onShutdown(async () => clearInterval(timer));
}
