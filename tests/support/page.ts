// What the browser tests read off the page, shared so every test reads it the same way.
import { expect, type Page } from '@playwright/test';

/**
 * Hydrated: the page has written its comparison (link format v2) into the address bar, its
 * Download PDF button, disabled in the server's HTML, is live, and so is every island. The address alone is not enough: a
 * v2 link already carries it, and a click before hydration is lost (CI, 4 December: a PDF test
 * waited 90 s for a download its click never started).
 */
export async function ready(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\?v=2&d=/);
	await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled({ timeout: 20_000 });
	// And every island (Island.svelte) is live: they are hydrated one task after another.
	await expect(page.locator('.island:not([data-live=true])')).toHaveCount(0);
}

/**
 * Holds back the app's code, as on a slow phone, so the page stays the server's HTML until the
 * returned function lets it through.
 */
export async function holdAppCode(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/**
 * Watches, from before the page's first byte, for `text` in any element added to the page; the
 * returned function says whether it was ever there. A part whose code should come before the page
 * hydrates (open-comparison.ts) must never show "Loading the …" in its place.
 */
export async function watchForText(page: Page, text: string): Promise<() => Promise<boolean>> {
	await page.addInitScript((wanted) => {
		const seen = window as { textSeen?: boolean };
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes) if (node.textContent?.includes(wanted)) seen.textSeen = true;
		}).observe(document, { childList: true, subtree: true });
	}, text);
	return async () => (await page.evaluate(() => (window as { textSeen?: boolean }).textSeen)) === true;
}

/** Rows of the on-screen Ranking table as "rank|provider|hypervisor|score" (the first four columns). */
export async function rankingRows(page: Page): Promise<string[]> {
	return page
		.getByRole('table', { name: 'Ranking', exact: true })
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) =>
				Array.from(r.children, (c) => c.textContent?.trim())
					.slice(0, 4)
					.join('|')
			)
		);
}

/** The Ranking table's evidence columns as "provider|known|range" (Known without its hidden details). */
export async function rankingEvidence(page: Page): Promise<string[]> {
	return page
		.getByRole('table', { name: 'Ranking', exact: true })
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) =>
				[
					r.querySelector('th')?.textContent?.trim(),
					r.querySelector('td.known')?.firstChild?.textContent?.trim(),
					r.querySelector('td.range')?.textContent?.trim()
				].join('|')
			)
		);
}

/** A criterion's number box in the Weights form. */
export function weightBox(page: Page, name: string) {
	return page.getByRole('form', { name: 'Weights' }).getByRole('spinbutton', { name, exact: true });
}

/** Collects console errors, page errors and dialogs (dismissed); tests assert the list stays empty. */
export function watchErrors(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return problems;
}

/** What each chart draws (the chart attachment writes it on its canvas). */
export async function chartData(page: Page): Promise<string[]> {
	// The result charts (not the rank acceptability chart, which arrives later from a worker).
	const charts = page.locator('figure:not(.acceptability-chart) canvas[data-chart]');
	// Their section is built once the page is idle (Deferred.svelte), which a loaded machine (CI runs
	// the suite in parallel) can put past the default five seconds.
	await expect(charts).toHaveCount(2, { timeout: 15_000 });
	return charts.evaluateAll((canvases) => canvases.map((c) => (c as HTMLElement).dataset.chart ?? ''));
}

/**
 * Opens every collapsed section and waits until each is built: the long ones are built only when
 * first opened (src/lib/components/Disclosure.svelte), until then their content is inert
 * `<noscript>` text. The sections below the first screen are built first (they come once the page
 * has been idle, src/lib/components/Deferred.svelte), so their collapsed sections are opened too.
 */
export async function openAllSections(page: Page): Promise<void> {
	await expect(page.locator('.deferred')).toHaveCount(0, { timeout: 15_000 });
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	await expect(page.locator('details noscript')).toHaveCount(0);
}

/** Choose a file in the "Your data" section's import control, as a person picking it would. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Import CSV or JSON').setInputFiles({
		name,
		mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
		buffer: Buffer.from(text, 'utf8')
	});
}

/** The text of a comparison file (format version 1) holding this scenario, as a person might edit it by hand. */
export function comparisonFile(scenario: Record<string, unknown>): string {
	return JSON.stringify({ format: 'cloud-scorecard-comparison', version: 1, scenario });
}
