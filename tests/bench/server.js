// Starts the production server (src/server/main.js, as `npm start` runs it) on a loopback port for a
// benchmark and stops it afterwards.
import { spawn } from 'node:child_process';

/**
 * Wait until the server at `origin` says it is ready (`/readyz`: database open and migrated; PGlite's
 * first start can take 10–40 s), for at most two minutes.
 * @param {string} origin
 */
export async function untilReady(origin) {
	for (let i = 0; i < 1200; i++) {
		const ready = await fetch(`${origin}/readyz`).then(
			(r) => r.ok,
			() => false
		);
		if (ready) return;
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * Run `fn(origin, pid)` against the built app in BUILD_DIR (default "build") on
 * 127.0.0.1:<BENCH_PORT> (default 4399). `pid` is the server's process id (for its memory use).
 * @template T
 * @param {(origin: string, pid: number) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withServer(fn) {
	const port = Number(process.env.BENCH_PORT ?? 4399);
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['src/server/main.js'], {
		env: {
			...process.env,
			BUILD_DIR: process.env.BUILD_DIR ?? 'build',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(`${origin}/healthz`)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		return await fn(origin, /** @type {number} */ (server.pid));
	} finally {
		server.kill();
	}
}
