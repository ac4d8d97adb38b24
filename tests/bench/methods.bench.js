// Issue 10 in the browser: a weight change with each method (ranking, charts, weight stability
// intervals and "Why #1 wins" all updated) at 6 × 17, and SMAA with 10,000 samples in the worker at
// 6 × 17 (through the page) and at 6 × 17 and 200 × 40 (the built worker fed directly): time to
// complete and the main thread's longest task meanwhile (PerformanceObserver 'longtask', which only
// reports tasks over 50 ms). `npm run bench` calls the default export; run alone it starts the app:
//
//   node tests/bench/methods.bench.js        (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399)
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumExecutable } from '../support/browser.js';
import { withServer } from './server.js';
import { ms, summary } from './stats.js';

const WEIGHTS = 'w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10';
const METHODS = ['weighted-sum', 'weighted-product', 'topsis'];

/** Install a long-task observer; returns nothing, results read by `longest()`. */
const observe = () => {
	/** @type {any} */ (window).__longest = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			/** @type {any} */ (window).__longest = Math.max(/** @type {any} */ (window).__longest, e.duration);
	}).observe({ type: 'longtask' });
};
/** @param {number} x */
const longTask = (x) => (x > 0 ? ms(x) : 'none over 50 ms');

/** @param {string} origin (run.js also passes the server's pid, unused here) */
export default async function methodsBench(origin) {
	const buildDir = process.env.BUILD_DIR ?? 'build';
	const executablePath = chromiumExecutable();
	const browser = await chromium.launch({ executablePath, args: executablePath ? ['--no-sandbox'] : [] });
	const page = await browser.newPage();

	for (const method of METHODS) {
		await page.goto(
			`${origin}/?v=2&d=cloud-2010.1&${WEIGHTS}${method === 'weighted-sum' ? '' : `&m=${method}`}`
		);
		// The stability table is built when its section is opened (it starts closed).
		await page.getByText(/^Each criterion’s stability interval/).click();
		await page.getByRole('table', { name: 'Weight stability' }).waitFor();
		await page.waitForLoadState('networkidle');
		const times = await page.evaluate(async () => {
			const slider = /** @type {HTMLInputElement} */ (document.querySelector('input[type=range]'));
			const stability = /** @type {HTMLElement} */ (document.querySelector('table.stability'));
			/** @type {number[]} */ const update = [];
			let changed = 0;
			for (let i = 0; i < 140; i++) {
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				const before = stability.textContent;
				slider.value = String((i * 37) % 101);
				const start = performance.now();
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((r) => queueMicrotask(() => r(undefined)));
				const updated = performance.now();
				if (stability.textContent !== before) changed++;
				if (i >= 20) update.push(updated - start);
			}
			return { update, changed };
		});
		const u = summary(times.update);
		console.log(
			`BENCH ${method}: weight change -> ranking, charts, stability intervals and Why updated (6x17): runs ${u.n}, median ${ms(u.median)}, p95 ${ms(u.p95)} (stability table changed ${times.changed} times)`
		);
	}

	// SMAA through the page: switch "Treat unknown values as uncertain" off, wait for the new table.
	await page.goto(origin);
	// The analysis runs once its section comes near the screen.
	await page.getByRole('heading', { name: 'Rank acceptability', exact: true }).scrollIntoViewIfNeeded();
	await page.getByRole('table', { name: 'Rank acceptability' }).waitFor({ timeout: 60_000 });
	await page.evaluate(observe);
	const started = Date.now();
	await page.getByRole('checkbox', { name: 'Treat unknown values as uncertain' }).uncheck();
	await page.locator('table.acceptability[data-ms]').waitFor({ timeout: 60_000 });
	const wall = Date.now() - started;
	const worker = Number(await page.locator('table.acceptability').getAttribute('data-ms'));
	const longest = await page.evaluate(() => /** @type {any} */ (window).__longest);
	console.log(
		`BENCH SMAA 10,000 samples 6x17 via the page: ${ms(worker)} in the worker (request to result), ${wall} ms from the click to the table (incl. 120 ms debounce), longest main-thread task ${longTask(longest)}`
	);

	// The built worker directly, at both sizes, with and without uncertain values.
	const file = readdirSync(`${buildDir}/client/_app/immutable/workers`).find((f) =>
		/^smaa-worker.*\.js$/.test(f)
	);
	const url = `${origin}/_app/immutable/workers/${file}`;
	for (const { m, n } of [
		{ m: 6, n: 17 },
		{ m: 200, n: 40 }
	]) {
		for (const uncertain of [false, true]) {
			const r = await page.evaluate(
				async ({ url, m, n, uncertain, observeSource }) => {
					new Function(`(${observeSource})()`)();
					let seed = 7;
					const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
					const values = Array.from({ length: m }, () => Array.from({ length: n }, rand));
					// With uncertainty: one cell in ten is unknown, drawn over 0–100.
					const low = values.map((row) => row.map((v, j) => ((j * 7 + row.length) % 10 === 0 ? 0 : v)));
					const high = values.map((row) => row.map((v, j) => ((j * 7 + row.length) % 10 === 0 ? 100 : v)));
					const worker = new Worker(url, { type: 'module' });
					const start = performance.now();
					await new Promise((resolve, reject) => {
						worker.onmessage = ({ data }) =>
							'result' in data ? resolve(data) : 'error' in data && reject(data.error);
						worker.postMessage({
							id: 1,
							values,
							samples: 10_000,
							seed: 2010,
							...(uncertain ? { ranges: { low, high } } : {})
						});
					});
					const elapsed = performance.now() - start;
					worker.terminate();
					await new Promise((r) => setTimeout(r, 60));
					return { elapsed, longest: /** @type {any} */ (window).__longest };
				},
				{ url, m, n, uncertain, observeSource: observe.toString() }
			);
			console.log(
				`BENCH SMAA 10,000 samples ${m}x${n}${uncertain ? ' with uncertain values' : ''} in the worker: ${ms(r.elapsed)}, longest main-thread task ${longTask(r.longest)}`
			);
		}
	}
	await browser.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(methodsBench);
