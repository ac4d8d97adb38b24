// Browser measurements against the built app: weight change → ranking and charts repainted
// (median and p95 over 120 changes), and first-load JavaScript (gzip) as the browser fetched it.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromiumExecutable } from '../support/browser.js';
import { ms, summary } from './stats.js';

/**
 * @param {string} baseUrl
 * @param {string} [buildDir]
 */
export async function browserBench(baseUrl, buildDir = 'build') {
	const executablePath = chromiumExecutable();
	const browser = await chromium.launch({ executablePath, args: executablePath ? ['--no-sandbox'] : [] });
	const page = await browser.newPage();

	// First-load JavaScript: what the server-rendered HTML asks for before any interaction (its
	// modulepreload links and the entry imports). Chunks fetched later on demand (Chart.js after
	// hydration, the PDF library on click) are reported separately.
	/** @type {Set<string>} */
	const fetched = new Set();
	page.on(
		'response',
		(r) => r.request().resourceType() === 'script' && fetched.add(new URL(r.url()).pathname)
	);
	// (SvelteKit sends the preloads in the Link header; the entry imports are in the HTML.)
	const response = await fetch(baseUrl);
	const html = await response.text();
	const links = [...(response.headers.get('link') ?? '').matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)];
	const imports = [...html.matchAll(/(?:modulepreload" href=|import\()"([^"]+\.js)"/g)];
	const initial = new Set([...links, ...imports].map((m) => new URL(m[1] ?? '', baseUrl).pathname));
	await page.goto(baseUrl);
	await page.waitForLoadState('networkidle');
	/** @param {Iterable<string>} paths */
	const size = (paths) => {
		let raw = 0;
		let gzip = 0;
		for (const path of paths) {
			const bytes = readFileSync(`${buildDir}/client${path}`);
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`;
	};
	console.log(`BENCH first-load JS: ${initial.size} files, ${size(initial)}`);
	const later = [...fetched].filter((p) => !initial.has(p));
	console.log(`BENCH JS loaded after hydration (charts): ${later.length} files, ${size(later)}`);

	// A weight change, timed two ways: (a) the update itself, from the input event to the end of
	// Svelte's flush (the DOM tables and the Chart.js redraws run inside it; a microtask queued after
	// the event runs after that flush), and (b) to the next animation frame, which starts the paint
	// that shows it (this includes waiting for the display's frame slot, up to ~16.7 ms at 60 Hz).
	const times = await page.evaluate(async () => {
		const slider = /** @type {HTMLInputElement} */ (document.querySelector('input[type=range]'));
		/** @type {number[]} */ const update = [];
		/** @type {number[]} */ const frame = [];
		for (let i = 0; i < 140; i++) {
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			slider.value = String((i * 37) % 101);
			const start = performance.now();
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => queueMicrotask(() => r(undefined)));
			const updated = performance.now();
			await new Promise((r) => requestAnimationFrame(() => r(undefined)));
			if (i >= 20) {
				update.push(updated - start);
				frame.push(performance.now() - start);
			}
		}
		return { update, frame };
	});
	const u = summary(times.update);
	const f = summary(times.frame);
	console.log(
		`BENCH weight change -> ranking, tables and charts updated: runs ${u.n}, median ${ms(u.median)}, p95 ${ms(u.p95)}`
	);
	console.log(`BENCH weight change -> next frame painted: median ${ms(f.median)}, p95 ${ms(f.p95)}`);
	await browser.close();
}

/**
 * A 200 × 40 comparison of the person's own (written by your-data.measure.ts as saved work, since it
 * is too large for a link): weight change → ranking and charts repainted, and one cell edited →
 * repainted, median and p95.
 * @param {string} baseUrl
 */
export async function ownDataBench(baseUrl) {
	const query = readFileSync('tests/.output/own-200x40.query', 'utf8');
	const executablePath = chromiumExecutable();
	const browser = await chromium.launch({ executablePath, args: executablePath ? ['--no-sandbox'] : [] });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.addInitScript((q) => {
		if (!localStorage.getItem('cloud-scorecard:recent'))
			localStorage.setItem(
				'cloud-scorecard:recent',
				JSON.stringify([{ id: 'bench', query: q, title: 'bench 200 x 40', savedAt: Date.now() }])
			);
	}, query);
	await page.goto(baseUrl);
	await page.getByText('Hosting company 200').first().waitFor();
	// "Your data" and its editors are built after the first screen (routes/parts.ts): wait for them.
	await page.locator('form.value-form').waitFor({ state: 'attached', timeout: 30_000 });
	const times = await page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
		const slider = /** @type {HTMLInputElement} */ (
			document.querySelector('input[type=range][id*="u-criterion-number-1"]') ??
				document.querySelector('input[type=range]')
		);
		/** @type {number[]} */ const weight = [];
		for (let i = 0; i < 45; i++) {
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			slider.value = String((i * 37) % 101);
			const start = performance.now();
			slider.dispatchEvent(new Event('input', { bubbles: true }));
			await frame();
			if (i >= 5) weight.push(performance.now() - start);
		}
		const form = /** @type {HTMLFormElement} */ (document.querySelector('form.value-form'));
		/** @type {number[]} */ const edit = [];
		for (let i = 0; i < 25; i++) {
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			const box = /** @type {HTMLInputElement} */ (
				document.querySelector('form.value-form input[inputmode=decimal]')
			);
			box.value = String(10 + i);
			box.dispatchEvent(new Event('input', { bubbles: true }));
			const start = performance.now();
			form.requestSubmit();
			await frame();
			if (i >= 5) edit.push(performance.now() - start);
		}
		return { weight, edit };
	});
	const w = summary(times.weight);
	const e = summary(times.edit);
	console.log(
		`BENCH own 200 x 40 in the browser: weight change -> next frame: median ${ms(w.median)}, p95 ${ms(w.p95)}`
	);
	console.log(
		`BENCH own 200 x 40 in the browser: one cell edited -> next frame: median ${ms(e.median)}, p95 ${ms(e.p95)}`
	);
	await browser.close();
}
