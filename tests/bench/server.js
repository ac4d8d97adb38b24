// Starts the built app on a loopback port for a benchmark and stops it afterwards.
import { spawn } from 'node:child_process';

/**
 * Run `fn(origin)` against `node <BUILD_DIR>` on 127.0.0.1:<BENCH_PORT> (defaults: build, 4399).
 * @template T
 * @param {(origin: string) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withServer(fn) {
	const port = Number(process.env.BENCH_PORT ?? 4399);
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['--max-http-header-size=65536', process.env.BUILD_DIR ?? 'build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(origin)).ok) break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		return await fn(origin);
	} finally {
		server.kill();
	}
}
