// The server's memory under many distinct links (issue 20): the page cache is bounded in bytes
// (PAGE_CACHE_MB), so a stream of links never seen before must not grow the process without bound.
// Starts the production server (src/server/main.js) on its own PGlite in a temporary DATA_DIR, waits
// until /readyz says ready (the database open, so its memory is in the "before" figure), then sends
// LINKS distinct links (default 20,000) with CONNECTIONS concurrent connections (default 16):
// data set comparisons whose weights, method and shown providers vary, so every one is a page not
// seen before; three in four ask for brotli, one in eight for gzip, one in eight for no compression
// (each encoding is its own cache entry). Prints the server's resident memory (VmRSS of
// /proc/<pid>/status) before, at its highest while the links arrive (sampled every 250 ms), after,
// and after 10 s idle. Reported, never asserted. Run alone, after `npx vite build`:
//
//   node tests/bench/memory.bench.js   (env: BUILD_DIR, build; MEMORY_BENCH_PORT, 4397; LINKS;
//                                       CONNECTIONS; PAGE_CACHE_MB and the server's other settings)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { untilReady } from './server.js';

const LINKS = Number(process.env.LINKS ?? 20_000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const PORT = Number(process.env.MEMORY_BENCH_PORT ?? 4397);
const origin = `http://127.0.0.1:${PORT}`;

/** @param {number} pid resident set size in MiB (Linux) */
function rssMiB(pid) {
	const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
	return kib / 1024;
}

/** Providers of cloud-2010 a link may show (`x` hides them): one hidden, by turns. */
const PROVIDERS = ['ntt', 'aws', 'azure', 'gogrid', 'rackspace'];
const METHODS = ['wsm', 'wpm', 'topsis'];

/**
 * The n-th link: the data set's 17 weights from n (every n a different comparison), a method and a
 * hidden provider by turns; on either version of the data set.
 * @param {number} n
 */
function link(n) {
	const w = Array.from({ length: 17 }, (_, i) => (Math.floor(n / 101 ** (i % 3)) + i * 7) % 101);
	const version = n % 2 ? 1 : 2;
	return `/?v=${version}&d=cloud-2010.${version}&w=${w.join(',')}&m=${METHODS[n % 3]}&x=${PROVIDERS[n % 5]}`;
}

/** @param {number} n */
function acceptEncoding(n) {
	return n % 8 === 0 ? 'identity' : n % 8 === 1 ? 'gzip, deflate' : 'gzip, deflate, br, zstd';
}

const dataDir = mkdtempSync(join(tmpdir(), 'scorecard-memory-'));
const server = spawn(process.execPath, ['src/server/main.js'], {
	env: {
		...process.env,
		BUILD_DIR: process.env.BUILD_DIR ?? 'build',
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		DATA_DIR: dataDir
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
const pid = /** @type {number} */ (server.pid);
try {
	await untilReady(origin);
	// One page rendered, so the renderer's code and data are loaded before measuring.
	await fetch(`${origin}${link(0)}`).then((r) => r.arrayBuffer());
	const before = rssMiB(pid);
	let highest = before;
	const sampler = setInterval(() => (highest = Math.max(highest, rssMiB(pid))), 250);
	let n = 0;
	const started = performance.now();
	const result = await autocannon({
		url: origin,
		connections: CONNECTIONS,
		amount: LINKS,
		timeout: 60,
		requests: [
			{
				setupRequest: (req) => {
					n++;
					return { ...req, path: link(n), headers: { ...req.headers, 'accept-encoding': acceptEncoding(n) } };
				}
			}
		]
	});
	const seconds = (performance.now() - started) / 1000;
	clearInterval(sampler);
	const after = rssMiB(pid);
	await new Promise((r) => setTimeout(r, 10_000));
	const idle = rssMiB(pid);
	const codes = Object.entries(result.statusCodeStats ?? {})
		.map(([code, { count }]) => `${count} × ${code}`)
		.join(', ');
	const cache = process.env.PAGE_CACHE_MB ?? '64';
	console.log(
		`BENCH memory: ${LINKS} distinct links (${CONNECTIONS} connections, ${seconds.toFixed(0)} s, ` +
			`${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms; ${codes}` +
			(result.errors + result.timeouts ? `; ${result.errors} errors, ${result.timeouts} timeouts` : '') +
			`), PAGE_CACHE_MB=${cache}`
	);
	console.log(
		`  server RSS: ${before.toFixed(0)} MiB before, ${highest.toFixed(0)} MiB at most, ` +
			`${after.toFixed(0)} MiB after, ${idle.toFixed(0)} MiB after 10 s idle ` +
			`(+${(highest - before).toFixed(0)} MiB at most)`
	);
	console.log(
		`MEMORY_BENCH ${JSON.stringify({ links: LINKS, connections: CONNECTIONS, pageCacheMB: Number(cache), seconds, rps: result.requests.average, p99: result.latency.p99, statusCodes: result.statusCodeStats, errors: result.errors, timeouts: result.timeouts, before, highest, after, idle })}`
	);
} finally {
	server.kill('SIGTERM');
	await new Promise((r) => server.once('exit', r));
	rmSync(dataDir, { recursive: true, force: true });
}
