// Serving (issue 11), measured with autocannon against the production server:
//  1. side by side, 32 connections, the same length each: a shared link (served from the page
//     cache), a static file, and cold links (every request a link not seen before, so every one is
//     rendered and compressed); the aim is a shared link at ≥ 50 % of the static file's req/s;
//  2. load: 50 connections × 20 s on a shared link: req/s, p99 latency, errors, and the server's
//     resident memory before and after.
// Browsers' Accept-Encoding throughout (brotli). Reported, never asserted. Run alone:
//
//   node tests/bench/serve.bench.js      (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399;
//                                          SERVE_SECONDS, default 8; LOAD_SECONDS, default 20)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { withServer } from './server.js';

const LINK = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
const STATIC = '/favicon.svg';
const SECONDS = Number(process.env.SERVE_SECONDS ?? 8);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** @param {number} pid resident set size in MiB (Linux) */
function rssMiB(pid) {
	try {
		const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
		return kib / 1024;
	} catch {
		return Number.NaN;
	}
}

/**
 * @param {string} origin
 * @param {{ connections: number, seconds: number, path?: string, paths?: () => string }} run
 */
async function cannon(origin, { connections, seconds, path, paths }) {
	const result = await autocannon({
		url: `${origin}${path ?? '/'}`,
		connections,
		duration: seconds,
		headers: HEADERS,
		...(paths ? { requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }] } : {})
	});
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}

/** Links the app would write, each one new: every weight from a counter. */
function coldLinks() {
	let n = 0;
	return () => {
		n++;
		const w = Array.from({ length: 17 }, (_, i) => (Math.floor(n / 101 ** (i % 3)) + i * 7) % 101);
		return `/?v=1&d=cloud-2010.1&w=${w.join(',')}&x=n${n}`;
	};
}

/** @param {{ rps: number, p50: number, p99: number, errors: number, non2xx: number }} r */
const line = (r) =>
	`${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms` +
	(r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : '');

/**
 * @param {string} origin
 * @param {number} pid
 */
export default async function serveBench(origin, pid) {
	await cannon(origin, { connections: 32, seconds: 1, path: LINK }); // warm-up (and fills the cache)
	await cannon(origin, { connections: 32, seconds: 1, path: STATIC });
	const shared = await cannon(origin, { connections: 32, seconds: SECONDS, path: LINK });
	const file = await cannon(origin, { connections: 32, seconds: SECONDS, path: STATIC });
	const cold = await cannon(origin, { connections: 32, seconds: SECONDS, paths: coldLinks() });
	console.log(`BENCH serve (32 connections, ${SECONDS} s each, brotli):`);
	console.log(`  shared link (cached) ${line(shared)}`);
	console.log(`  static file          ${line(file)}`);
	console.log(`  cold links (rendered)${line(cold)}`);
	console.log(`  shared link / static file = ${(shared.rps / file.rps).toFixed(2)} (aim ≥ 0.50)`);

	const before = rssMiB(pid);
	const load = await cannon(origin, { connections: 50, seconds: LOAD_SECONDS, path: LINK });
	const after = rssMiB(pid);
	console.log(
		`BENCH load (50 connections × ${LOAD_SECONDS} s, shared link): ${line(load)}, ${load.errors} errors; ` +
			`server RSS ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB after`
	);
	const figures = {
		shared,
		file,
		cold,
		ratio: shared.rps / file.rps,
		load,
		rssBefore: before,
		rssAfter: after
	};
	console.log(`SERVE_BENCH ${JSON.stringify(figures)}`);
	return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(serveBench);
