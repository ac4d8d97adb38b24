// Short links (issue 20), measured with autocannon against the production server on its own
// database: creating (POST /s, every request a comparison not seen before, so every one is a new
// row) and opening (GET /s/<id>, rendered on the server each time), for a small comparison and for
// 200 providers × 40 criteria of your own. PGlite in a temporary DATA_DIR, or PostgreSQL when
// BENCH_DATABASE_URL is set. Reported, never asserted. Run alone (after `npx vite build`):
//
//   npx vitest run --config tests/bench/vitest.config.ts tests/bench/short-links.measure.ts
//
// (env: SHORT_LINK_BENCH_PORT, default 4398; SHORT_LINK_SECONDS, default 8). Opening is not served
// from the page cache (only `/` is), so each open renders the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { expect, test } from 'vitest';
import { latestDataset } from '../../src/lib/data/datasets';
import { syntheticOwnComparison } from '../../src/testing/synthetic';
import { encodeScenario } from '../../src/lib/share/codec';

const SECONDS = Number(process.env.SHORT_LINK_SECONDS ?? 8);
const PORT = Number(process.env.SHORT_LINK_BENCH_PORT ?? 4398);
const origin = `http://127.0.0.1:${PORT}`;
const HEADERS = { 'content-type': 'application/json', origin, 'accept-encoding': 'gzip, deflate, br, zstd' };

async function cannon(options: Partial<autocannon.Options> & { url: string; connections: number }) {
	const result = await autocannon({ duration: SECONDS, ...options });
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
	const database = process.env.BENCH_DATABASE_URL;
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
		for (let i = 0; i < 1200; i++) {
			const ready = await fetch(`${origin}/readyz`).then(
				(r) => r.ok,
				() => false
			);
			if (ready) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		const dataset = latestDataset();
		const big = encodeScenario(syntheticOwnComparison(dataset, 200, 40), dataset);
		const save = async (query: string) => {
			const response = await fetch(`${origin}/s`, {
				method: 'POST',
				headers: HEADERS,
				body: JSON.stringify({ query })
			});
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
		const openSmall = await cannon({ url: `${origin}${smallPath}`, connections: 16, headers: HEADERS });
		const openBig = await cannon({ url: `${origin}${bigPath}`, connections: 4, headers: HEADERS });
		const kind = database ? 'PostgreSQL' : 'PGlite';
		console.log(`BENCH short links on ${kind} (${SECONDS} s each):`);
		console.log(`  create, small, each new (16 connections)     ${line(createSmall)}`);
		console.log(`  create, 200 x 40 own (${big.length} chars, 4 conn.) ${line(createBig)}`);
		console.log(`  open /s/<id>, small (16 connections)         ${line(openSmall)}`);
		console.log(`  open /s/<id>, 200 x 40 own (4 connections)   ${line(openBig)}`);
		console.log(`SHORT_LINK_BENCH ${JSON.stringify({ kind, createSmall, createBig, openSmall, openBig })}`);
	} finally {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
});
