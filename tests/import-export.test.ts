import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { comparisonFile, importFile, rankingRows, watchErrors } from './support/page';

/**
 * Import and export of a comparison (issue 8): a CSV matrix or a JSON file goes in whole or not at
 * all, and what the page exports reads back to the same ranking in a fresh browser.
 */

/** A file that adds one provider and one criterion, and changes one value of a data set provider. */
const PRICES = ['Provider,Entry price,Latency (ms)', 'Linode,0.015,80', 'Amazon EC2,,20', ''].join('\r\n');

async function open(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
}

/** A file adding criteria waits in the preview (issue 18): check it and import. */
async function confirmImport(page: Page) {
	const preview = page.getByRole('region', { name: /^Before importing/ });
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(preview).toHaveCount(0);
}

/** Click an export button; the downloaded file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Import `file` into the default comparison of a new browser context; its ranking rows. */
async function rankingAfterImportElsewhere(browser: Browser, name: string, text: string, preview = false) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	await open(page);
	await importFile(page, name, text);
	if (preview) await confirmImport(page);
	await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
	const rows = await rankingRows(page);
	await context.close();
	expect(errors).toEqual([]);
	return rows;
}

test.describe('import and export', () => {
	// Files read, axe run in two colour schemes, a fresh browser opened: past 30 s on a loaded machine
	// (CI, 4 December).
	test.describe.configure({ timeout: 60_000 });
	let errors: string[];
	test.beforeEach(async ({ page }) => {
		errors = watchErrors(page);
		await open(page);
	});
	test.afterEach(() => expect(errors).toEqual([]));

	test('importing a CSV adds its provider and criterion to the ranking', async ({ page }) => {
		expect(await rankingRows(page)).toHaveLength(6);
		await importFile(page, 'prices.csv', PRICES);
		// Nothing changes before the preview is confirmed.
		expect(await rankingRows(page)).toHaveLength(6);
		await confirmImport(page);
		const status = page.getByRole('status').filter({ hasText: 'prices.csv' });
		await expect(status).toContainText(
			'Imported 1 new provider, 1 new criterion and 1 changed value from prices.csv.'
		);
		// 20…80 ms: span 60, step 10; 14 → 10 (best), 86 → 90 (worst) (src/lib/scenario/columns.ts).
		await expect(status).toContainText(
			'New criterion “Latency”: less is better, 90 ms scores 0 and 10 ms scores 100 ' +
				'(proposed from the values, rounded); change them under Your data.'
		);
		const rows = await rankingRows(page);
		expect(rows).toHaveLength(7);
		// The table marks the person's own providers "(yours)".
		expect(rows.some((r) => /^\d+\|Linode \(yours\)\|–\|/.test(r))).toBe(true);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a bad CSV is refused with its row and column named, and the ranking is unchanged', async ({
		page
	}) => {
		const before = await rankingRows(page);
		await importFile(page, 'bad.csv', 'Provider,SLA uptime\r\nAcme,99.9\r\nBeta,ninety-nine\r\n');
		await expect(page.getByRole('alert')).toHaveText(
			'Row 3, column “SLA uptime”: “ninety-nine” is not a number. Nothing was changed.'
		);
		expect(await rankingRows(page)).toEqual(before);
		// The alert is readable in both colour schemes.
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const results = await new AxeBuilder({ page }).include('[role="alert"]').analyze();
			const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		}
		// The same file chosen again is read again (the input was reset).
		await importFile(page, 'bad.csv', 'Provider,SLA uptime\r\nAcme,99.9\r\nBeta,ninety-nine\r\n');
		await expect(page.getByRole('alert')).toContainText('Row 3');
		expect(await rankingRows(page)).toEqual(before);
	});

	test('a comparison file that fails its structure check opens with every valid part and names each part dropped', async ({
		page
	}) => {
		// Edited by hand: a weight as text, an unknown method, a provider with no name beside a good one.
		const file = comparisonFile({
			dataset: { id: 'cloud-2010', version: 3 },
			method: 'magic',
			weights: { 'entry-price': 'abc', 'sla-uptime': 80 },
			unknowns: 'middle',
			excluded: [],
			edits: {
				providers: [
					{ id: 'u-linode', name: 'Linode', platform: 'Xen' },
					{ id: 'u-nameless', name: '', platform: 'KVM' }
				],
				values: { 'u-linode': { 'entry-price': { kind: 'user', raw: 0.015 } } }
			}
		});
		await importFile(page, 'edited.json', file);
		const status = page.getByRole('status').filter({ hasText: 'edited.json' });
		await expect(status).toContainText('Opened the comparison saved in edited.json.');
		// Each part dropped or left at its default, as a list item (text, not HTML).
		await expect(status.getByRole('listitem')).toHaveText([
			'Dropped your provider 2 in the file: it has no name.',
			/^The weight for Entry price, “abc”, is not a number; kept the default \d+\.$/,
			'The scoring method “magic” is not one Cloud Scorecard knows; used the weighted sum.'
		]);
		// The valid parts are kept: the good provider is ranked, the method is the weighted sum, and
		// unknowns score the middle of the scale.
		const rows = await rankingRows(page);
		expect(rows).toHaveLength(7);
		expect(rows.some((r) => /^\d+\|Linode \(yours\)\|Xen\|/.test(r))).toBe(true);
		await expect(page.getByRole('radio', { name: 'Weighted sum' })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Middle of the scale/ })).toBeChecked();
		await expect(page.getByRole('alert')).toHaveCount(0);
		// One step: Undo brings back the comparison from before the import.
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect.poll(() => rankingRows(page)).toHaveLength(6);
	});

	test('Export JSON re-imports in a fresh browser to the identical ranking', async ({ page, browser }) => {
		await importFile(page, 'prices.csv', PRICES);
		await confirmImport(page);
		await expect(page.getByRole('status').filter({ hasText: 'prices.csv' })).toBeVisible();
		await page.getByRole('checkbox', { name: /The Planet/ }).uncheck();
		const ranking = await rankingRows(page);
		expect(ranking).toHaveLength(6);

		const file = await download(page, 'Export JSON');
		expect(file.name).toMatch(/^cloud-scorecard-\d{4}-\d{2}-\d{2}\.json$/);
		expect(JSON.parse(file.text)).toMatchObject({ format: 'cloud-scorecard-comparison', version: 1 });
		expect(await rankingAfterImportElsewhere(browser, file.name, file.text)).toEqual(ranking);
	});

	test('Export CSV re-imports in a fresh browser to the identical ranking', async ({ page, browser }) => {
		await importFile(page, 'prices.csv', PRICES);
		await confirmImport(page);
		await expect(page.getByRole('status').filter({ hasText: 'prices.csv' })).toBeVisible();
		const ranking = await rankingRows(page);

		const matrix = await download(page, 'Export CSV');
		expect(matrix.name).toMatch(/^cloud-scorecard-\d{4}-\d{2}-\d{2}-matrix\.csv$/);
		// Headers carry the unit, and the re-import below matches them back to the same criteria.
		expect(matrix.text.split('\r\n')[0]).toMatch(/^\ufeffProvider,Entry price \(\$\/h\),.*,Latency \(ms\)$/);
		expect(await rankingAfterImportElsewhere(browser, matrix.name, matrix.text, true)).toEqual(ranking);

		const results = await download(page, 'Export results CSV');
		expect(results.name).toMatch(/-results\.csv$/);
		const lines = results.text.trimEnd().split('\r\n');
		expect(lines[0]).toMatch(/^\ufeffRank,Provider,Platform,Score,Entry price,/);
		expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join('|'))).toEqual(
			ranking.map((r) => r.replace(' (yours)', ''))
		);
	});
});
