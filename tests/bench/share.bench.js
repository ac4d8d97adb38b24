// Share links (issue 4): requests per second for a server-rendered link page next to a static file
// from the same server, and the ratio. `npm run bench` (tests/bench/run.js) calls the default export
// with the running server's origin; run alone it starts the built app itself:
//
//   node tests/bench/share.bench.js        (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399)
//
// The codec's own timings and link lengths are in share.measure.ts (run by `npm run bench`, or
// `npx vitest run --config tests/bench/vitest.config.ts tests/bench/share.measure.ts`).
import { pathToFileURL } from 'node:url';
import { withServer } from './server.js';

const LINK = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
const STATIC = '/favicon.svg';
const CONCURRENCY = 16;
const SECONDS = 4;

/**
 * Requests per second for one path: CONCURRENCY clients in a loop for `seconds`.
 * @param {string} origin
 * @param {string} path
 * @param {number} [seconds]
 */
async function rps(origin, path, seconds = SECONDS) {
	const url = origin + path;
	let count = 0;
	let failed = 0;
	const until = performance.now() + seconds * 1000;
	const client = async () => {
		while (performance.now() < until) {
			const res = await fetch(url);
			await res.arrayBuffer();
			if (res.ok) count++;
			else failed++;
		}
	};
	const start = performance.now();
	await Promise.all(Array.from({ length: CONCURRENCY }, client));
	const elapsed = (performance.now() - start) / 1000;
	return { rps: count / elapsed, failed };
}

/** @param {string} origin */
export default async function shareBench(origin) {
	for (const path of [LINK, '/', STATIC]) await rps(origin, path, 1); // warm-up
	const page = await rps(origin, LINK);
	const plain = await rps(origin, '/');
	const file = await rps(origin, STATIC);
	const ratio = page.rps / file.rps;
	console.log(
		`BENCH share server: linked page ${page.rps.toFixed(0)} req/s, static file ${file.rps.toFixed(0)} req/s, ` +
			`ratio ${ratio.toFixed(3)} (${CONCURRENCY} concurrent clients, ${SECONDS} s each` +
			`${page.failed + file.failed ? `, ${page.failed + file.failed} failed` : ''})`
	);
	console.log(
		`BENCH share server: the page without a link ${plain.rps.toFixed(0)} req/s (decoding a link is not the cost)`
	);
	console.log(
		`SHARE_BENCH ${JSON.stringify({ pageRps: page.rps, plainPageRps: plain.rps, staticRps: file.rps, ratio })}`
	);
	return { page, file, ratio };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(shareBench);
