// Short links (issue 20), measured with autocannon against the production server on its own
// database: creating (POST /s, every request a comparison not seen before, so every one is a new
// row) and opening (GET /s/<id>), for a small comparison and for 200 providers × 40 criteria of your
// own. Opening is measured twice: cold (every request a short link not opened before, so each is
// read from the database and rendered) and again (one link, from then on answered from the page
// cache, as a link shared in a chat is opened by many). PGlite in a temporary DATA_DIR, or the
// PostgreSQL named by DATABASE_URL (or BENCH_DATABASE_URL). Reported, never asserted. Run alone
// (after `npx vite build`):
//
//   npx vitest run --config tests/bench/vitest.config.ts tests/bench/short-links.measure.ts
//   npm run bench:postgres     (the same on a throwaway PostgreSQL, started as test:postgres does)
//
// (env: SHORT_LINK_BENCH_PORT, default 4398; SHORT_LINK_SECONDS, default 8).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { expect, test } from 'vitest';
import { latestDataset } from '../../src/lib/data/datasets';
import { syntheticOwnComparison } from '../../src/testing/synthetic';
import { encodeScenario } from '../../src/lib/share/codec';
import { untilReady } from './server.js';

const SECONDS = Number(process.env.SHORT_LINK_SECONDS ?? 8);
/** How many short links are opened cold (each once). */
const COLD_SMALL = 200;
const COLD_BIG = 12;
const PORT = Number(process.env.SHORT_LINK_BENCH_PORT ?? 4398);
const origin = `http://127.0.0.1:${PORT}`;
const HEADERS = { 'content-type': 'application/json', origin, 'accept-encoding': 'gzip, deflate, br, zstd' };

async function cannon(options: Partial<autocannon.Options> & { url: string; connections: number }) {
	const result = await autocannon({ duration: SECONDS, timeout: 60, ...options });
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}
type Figures = Awaited<ReturnType<typeof cannon>>;
const line = (r: Figures) =>
	`${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms` +
	(r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : '');

test('short links: create and open', { timeout: 600_000 }, async () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
	const database = process.env.DATABASE_URL || process.env.BENCH_DATABASE_URL;
	const server = spawn(process.execPath, ['src/server/main.js'], {
		env: {
			...process.env,
			BUILD_DIR: process.env.BUILD_DIR ?? 'build',
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SHORT_LINKS_PER_MINUTE: '100000000',
			...(database ? { DATABASE_URL: database } : { DATA_DIR: dataDir })
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await untilReady(origin);
		const dataset = latestDataset();
		const big = encodeScenario(syntheticOwnComparison(dataset, 200, 40), dataset);
		const save = async (query: string) => {
			const post = () =>
				fetch(`${origin}/s`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ query }) });
			// Once more on a failed connection: writing a large comparison blocks this process for
			// seconds, longer than the server keeps an idle connection (5 s), and fetch may then send on
			// the connection the server has just closed before it has seen it close.
			const response = await post().catch(post);
			expect(response.status).toBe(200);
			return ((await response.json()) as { path: string }).path;
		};
		const small = `v=2&d=${dataset.id}.${dataset.version}&w=${dataset.criteria.map((_, i) => i + 1).join(',')}`;
		const smallPath = await save(small);
		const bigPath = await save(big);

		let n = 0;
		const fresh = () => {
			n++;
			const w = dataset.criteria.map((_, i) => (Math.floor(n / 101 ** (i % 3)) + i * 7) % 101);
			return JSON.stringify({ query: `v=2&d=${dataset.id}.${dataset.version}&w=${w.join(',')}` });
		};
		const createSmall = await cannon({
			url: `${origin}/s`,
			connections: 16,
			method: 'POST',
			headers: HEADERS,
			requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: fresh() }) }]
		});
		const createBig = await cannon({
			url: `${origin}/s`,
			connections: 4,
			method: 'POST',
			headers: HEADERS,
			body: JSON.stringify({ query: big })
		});
		// Short links not opened yet, for cold opens: small ones (more of the same kind as above), and
		// 200 x 40 ones that differ in their number of providers (200, 199, …), each a comparison of
		// its own and so a link of its own.
		const coldSmall: string[] = [];
		for (let i = 0; i < COLD_SMALL; i++) coldSmall.push(await save(JSON.parse(fresh()).query));
		const bigQueries = Array.from({ length: COLD_BIG }, (_, i) =>
			encodeScenario(syntheticOwnComparison(dataset, 200 - i, 40), dataset)
		);
		const coldBig: string[] = [];
		for (const query of bigQueries) coldBig.push(await save(query));
		/** Each path once, in order: `amount` requests, so none is opened twice. */
		const each = (paths: string[]) => {
			let i = 0;
			return {
				amount: paths.length,
				requests: [
					{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[i++ % paths.length] }) }
				]
			};
		};
		const openSmallCold = await cannon({
			url: origin,
			connections: 16,
			headers: HEADERS,
			...each(coldSmall)
		});
		const openBigCold = await cannon({ url: origin, connections: 4, headers: HEADERS, ...each(coldBig) });
		const openSmall = await cannon({ url: `${origin}${smallPath}`, connections: 16, headers: HEADERS });
		const openBig = await cannon({ url: `${origin}${bigPath}`, connections: 4, headers: HEADERS });
		const kind = database ? 'PostgreSQL' : 'PGlite';
		console.log(`BENCH short links on ${kind} (${SECONDS} s each, cold opens: each link once):`);
		console.log(`  create, small, each new (16 connections)       ${line(createSmall)}`);
		console.log(`  create, 200 x 40 own (${big.length} chars, 4 conn.)   ${line(createBig)}`);
		console.log(`  open cold, small, ${COLD_SMALL} links (16 connections)  ${line(openSmallCold)}`);
		console.log(`  open cold, 200 x 40 own, ${COLD_BIG} links (4 conn.)    ${line(openBigCold)}`);
		console.log(`  open again, small (page cache, 16 connections) ${line(openSmall)}`);
		console.log(`  open again, 200 x 40 (page cache, 4 conn.)     ${line(openBig)}`);
		console.log(
			`SHORT_LINK_BENCH ${JSON.stringify({ kind, createSmall, createBig, openSmallCold, openBigCold, openSmall, openBig })}`
		);
	} finally {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
});
