// Heavy links (issue 21), measured against the production server:
//  1. render time (median of cold renders, to the last byte) and HTML size of the heavy link —
//     200 providers of one's own × 77 criteria with 80-character names, written by the app's
//     encoder (heavy-link.measure.ts) — next to an ordinary cold link (the data set's comparison)
//     and a comparison of one's own of ordinary size (10 × 12);
//  2. a cold-link mix, 32 connections: every request a link not seen before, one in ten heavy;
//     req/s, p50/p99, status codes (503 is the render queue refusing a heavy link), and the latency
//     of ordinary cold links sent one at a time alongside (what a person with an ordinary link
//     waits while heavy links arrive).
// Brotli throughout, as browsers ask. Reported, never asserted. Run alone:
//
//   node tests/bench/heavy.bench.js     (env: BUILD_DIR, BENCH_PORT as serve.bench.js; MIX_SECONDS, 10)
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import autocannon from 'autocannon';
import { withServer } from './server.js';
import { percentile } from './stats.js';

const MIX_SECONDS = Number(process.env.MIX_SECONDS ?? 10);
const HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** The links heavy-link.measure.ts writes (`npm run bench` runs it first; run it here if needed). */
function links() {
	if (!existsSync('tests/.output/heavy.query'))
		execSync('npx vitest run --config tests/bench/vitest.config.ts tests/bench/heavy-link.measure.ts', {
			stdio: 'inherit'
		});
	return {
		heavy: readFileSync('tests/.output/heavy.query', 'utf8'),
		own: readFileSync('tests/.output/ordinary.query', 'utf8')
	};
}

/**
 * The query with its first two weights set from `n`: a page not rendered before (same size).
 * @param {string} query @param {number} n
 */
function variant(query, n) {
	return query.replace(
		/(^|&)w=([^,&]*),([^,&]*)/,
		(_, lead) => `${lead}w=${n % 101},${Math.floor(n / 101) % 101}`
	);
}

/** The data set's own comparison, as the app writes it (serve.bench.js's cold links). */
const ORDINARY = 'v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';

/**
 * One GET, timed to the last byte; sizes as sent and as HTML.
 * @param {string} origin @param {string} path
 * @returns {Promise<{ status: number, ms: number, sent: number, html: number }>}
 */
function timed(origin, path) {
	const start = performance.now();
	return new Promise((done, fail) => {
		request(`${origin}${path}`, { headers: HEADERS }, (res) => {
			/** @type {Buffer[]} */
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const body = Buffer.concat(chunks);
				const html =
					res.headers['content-encoding'] === 'br' ? brotliDecompressSync(body).length : body.length;
				done({ status: res.statusCode ?? 0, ms: performance.now() - start, sent: body.length, html });
			});
		})
			.on('error', fail)
			.end();
	});
}

let counter = 1000;

/**
 * Median of `runs` cold renders of `query` (each a new variant), one at a time, spaced.
 * @param {string} origin @param {string} query @param {number} runs
 */
async function cold(origin, query, runs) {
	const results = [];
	for (let i = 0; i < runs; i++) {
		const result = await timed(origin, `/?${variant(query, counter++)}`);
		results.push(result);
		// The heavy lane rests as long as a render took before the next (render-queue.js): wait
		// that out, so the figure is the render, not the pacing.
		await new Promise((r) => setTimeout(r, result.ms));
	}
	const last = results[results.length - 1];
	return {
		ms: percentile(
			results.map((r) => r.ms),
			50
		),
		html: last?.html ?? 0,
		sent: last?.sent ?? 0,
		statuses: [...new Set(results.map((r) => r.status))]
	};
}

const mb = (/** @type {number} */ n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KB`;

/**
 * @param {string} origin
 */
export default async function heavyBench(origin) {
	const { heavy, own } = links();
	await cold(origin, ORDINARY, 3); // warm-up: the page's code loaded
	const ordinary = await cold(origin, ORDINARY, 15);
	const ownCold = await cold(origin, own, 9);
	const heavyCold = await cold(origin, heavy, 5);
	console.log(
		`BENCH heavy link (${heavy.length} chars: 200 own providers × 77 criteria, 80-character names), cold, brotli:`
	);
	const row = (/** @type {string} */ label, /** @type {Awaited<ReturnType<typeof cold>>} */ r) =>
		console.log(
			`  ${label.padEnd(32)} render median ${r.ms.toFixed(0)} ms, HTML ${mb(r.html)}, sent ${kb(r.sent)} (status ${r.statuses.join('/')})`
		);
	row('ordinary cold link (data set)', ordinary);
	row(`own 10 × 12 (${own.length} chars)`, ownCold);
	row('heavy link', heavyCold);
	console.log(
		`  heavy / ordinary: ${(heavyCold.ms / ordinary.ms).toFixed(1)}× the time (aim ≤ 5×), ${mb(heavyCold.html)} of HTML (aim ≤ 2 MB)`
	);

	// The mix: every request a new link, one in ten heavy.
	let n = 0;
	const next = () => {
		n++;
		return `/?${variant(n % 10 === 0 ? heavy : ORDINARY, 20_000 + n)}`;
	};
	/** @type {number[]} ordinary cold links' times (ms), sent one at a time while the mix runs */
	const probe = [];
	let mixing = true;
	const prober = (async () => {
		let i = 0;
		while (mixing) {
			const r = await timed(origin, `/?${variant(ORDINARY, 90_000 + i++)}`);
			if (r.status === 200) probe.push(r.ms);
		}
	})();
	const result = await autocannon({
		url: `${origin}/`,
		connections: 32,
		duration: MIX_SECONDS,
		headers: HEADERS,
		requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }]
	});
	mixing = false;
	await prober;
	const codes = Object.entries(result.statusCodeStats ?? {})
		.map(([code, { count }]) => `${count} × ${code}`)
		.join(', ');
	console.log(
		`BENCH cold-link mix (32 connections × ${MIX_SECONDS} s, every link new, one in ten heavy): ` +
			`${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${codes}` +
			(result.errors + result.timeouts ? `; ${result.errors} errors, ${result.timeouts} timeouts` : '')
	);
	console.log(
		`  ordinary cold links sent one at a time alongside: ${probe.length}, ` +
			`p50 ${percentile(probe, 50).toFixed(0)} ms, p99 ${percentile(probe, 99).toFixed(0)} ms`
	);
	const figures = {
		ordinary,
		own: ownCold,
		heavy: heavyCold,
		mix: {
			rps: result.requests.average,
			p50: result.latency.p50,
			p99: result.latency.p99,
			statusCodes: result.statusCodeStats,
			probeP50: percentile(probe, 50),
			probeP99: percentile(probe, 99)
		}
	};
	console.log(`HEAVY_BENCH ${JSON.stringify(figures)}`);
	return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(heavyBench);
