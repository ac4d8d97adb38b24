// Lighthouse (mobile, its default) against the production server: performance, accessibility, best
// practices and SEO for the start page and a shared link, LIGHTHOUSE_RUNS times each (default 5;
// performance varies from run to run on one build). Aims (issue 16): performance ≥ 97 in every
// run, the rest 100.
// Lighthouse is fetched with npx (pinned; it is not a dependency of the app), and drives Playwright's
// Chromium or Debian's. Reported, never asserted. Run alone:
//
//   node tests/bench/lighthouse.js        (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../support/browser.js';
import { withServer } from './server.js';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const PAGES = ['/', '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
/** Issue 16: mobile performance at least this in every run. Reported, never asserted. */
const PERFORMANCE_AIM = 97;

/**
 * One GET, tried twice: the first may go out on a kept-alive socket that the server has just closed
 * (EPIPE, seen after the previous page's runs). A warm-up that fails is said, and the runs go on.
 * @param {string} url
 */
async function warmUp(url) {
	for (let attempt = 1; attempt <= 2; attempt++) {
		try {
			await (await fetch(url)).text();
			return;
		} catch (error) {
			if (attempt === 2)
				console.log(`BENCH lighthouse: no warm-up (${/** @type {Error} */ (error).message})`);
		}
	}
}

/** @param {string} origin */
export default async function lighthouseBench(origin) {
	const chrome = chromiumExecutable() ?? chromium.executablePath();
	const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	const results = [];
	try {
		for (const path of PAGES) {
			/** @type {number[]} */
			const performance = [];
			// One unmeasured request first: the runs measure the page as the server's cache and JIT serve
			// it after its first render, not that render (a cold render was seen at 1.2 s, which Lighthouse
			// counts as server time in run 1 only). The first render is measured in serve.bench.js.
			await warmUp(`${origin}${path}`);
			for (let run = 1; run <= RUNS; run++) {
				const out = join(dir, 'report.json');
				try {
					execFileSync(
						'npx',
						[
							'--yes',
							LIGHTHOUSE,
							`${origin}${path}`,
							'--quiet',
							'--output=json',
							`--output-path=${out}`,
							`--chrome-path=${chrome}`,
							'--chrome-flags=--headless=new --no-sandbox --disable-gpu'
						],
						{ stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } }
					);
				} catch (error) {
					console.log(
						`BENCH lighthouse: could not run (${/** @type {Error} */ (error).message.split('\n')[0]})`
					);
					return undefined;
				}
				const report = JSON.parse(readFileSync(out, 'utf8'));
				/** @type {Record<string, number>} */
				const scores = {};
				for (const [id, category] of Object.entries(report.categories))
					scores[id] = Math.round(/** @type {{ score: number }} */ (category).score * 100);
				/** @type {Record<string, string>} */
				const metrics = {};
				for (const id of [
					'first-contentful-paint',
					'largest-contentful-paint',
					'total-blocking-time',
					'cumulative-layout-shift',
					'speed-index'
				])
					metrics[id] = report.audits[id]?.displayValue;
				const failing = Object.values(report.audits)
					.filter(
						(/** @type {any} */ a) =>
							a.score !== null &&
							a.score < 0.9 &&
							a.scoreDisplayMode !== 'informative' &&
							a.scoreDisplayMode !== 'notApplicable' &&
							a.scoreDisplayMode !== 'manual'
					)
					.map((/** @type {any} */ a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
				performance.push(scores.performance ?? 0);
				console.log(
					`BENCH lighthouse ${path.length > 30 ? `${path.slice(0, 30)}…` : path} run ${run}/${RUNS}: ` +
						Object.entries(scores)
							.map(([id, s]) => `${id} ${s}`)
							.join(', ') +
						` | ${Object.entries(metrics)
							.map(([id, v]) => `${id} ${v}`)
							.join(', ')}` +
						(failing.length ? ` | below 90: ${failing.join(', ')}` : '')
				);
				results.push({ path, run, scores, metrics, failing });
			}
			const met = performance.filter((p) => p >= PERFORMANCE_AIM).length;
			console.log(
				`BENCH lighthouse ${path.length > 30 ? `${path.slice(0, 30)}…` : path}: performance ${performance.join(', ')}` +
					` (${met} of ${performance.length} runs at least ${PERFORMANCE_AIM})`
			);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	console.log(`LIGHTHOUSE_BENCH ${JSON.stringify(results)}`);
	return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(lighthouseBench);
