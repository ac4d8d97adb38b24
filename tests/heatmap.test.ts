/**
 * Issue 19, item 6: a value heatmap (providers × criteria, value score as colour, unknowns hatched,
 * the figure on hover and focus) in place of the profile line chart, on the page and in the PDF.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { rankingRows, ready, watchErrors } from './support/page';
import { downloadPdf } from './support/pdf';

const SECURITY = '/?v=2&d=cloud-2010.2&w=10,10,10,0,20,10,0,70,50,40,100,100,20,10,20,60,30&p=security';

const grid = (page: Page) => page.getByRole('grid', { name: /^Value heatmap/ });

/** The cell of a criterion (row header) and a provider (column header). */
async function cell(page: Page, criterion: string, provider: string) {
	// The heatmap is built once it comes near the screen or the page is idle (Deferred.svelte).
	await grid(page).locator('thead th').first().waitFor();
	const heads = await grid(page).locator('thead th').allTextContents();
	const col = heads.indexOf(provider) - 1;
	expect(col, provider).toBeGreaterThanOrEqual(0);
	return grid(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: criterion, exact: true }) })
		.getByRole('gridcell')
		.nth(col);
}

test('the default page shows the heatmap in place of the profile chart, in ranking order', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	await expect(grid(page)).toBeVisible();
	await expect(page.getByRole('img', { name: 'Value score profile chart' })).toHaveCount(0);
	// A column per provider, in the ranking's order; a row per criterion (17 in the 2010 data set).
	const providers = (await rankingRows(page)).map((r) => r.split('|')[1]);
	const heads = await grid(page).locator('thead th').allTextContents();
	expect(heads).toEqual(['Criterion', ...providers]);
	await expect(grid(page).locator('th[scope="row"]')).toHaveCount(17);
	// In six criterion groups, each named over its rows.
	await expect(grid(page).locator('th[scope="rowgroup"]')).toHaveText([
		'Cost',
		'Performance',
		'Reliability',
		'Security',
		'Operations',
		'Strategy'
	]);
	// Amazon EC2's entry price: 0.02 $/h, 100 · (0.02 − 0.2) / (0.01 − 0.2) = 94.7 → 95, the top bin:
	// viridis' darkest on a light page (#440154) with white text.
	const price = await cell(page, 'Entry price', 'Amazon EC2');
	await expect(price.locator('.v')).toHaveText('95');
	await expect(price).toHaveCSS('background-color', 'rgb(68, 1, 84)');
	await expect(price).toHaveCSS('color', 'rgb(255, 255, 255)');
	expect(errors).toEqual([]);
});

test('unknown values are hatched and say so; hover and focus show the figure behind a score', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(SECURITY);
	await ready(page);
	const gogrid = await cell(page, 'Compliance audits', 'GoGrid');
	await expect(gogrid.locator('.v')).toHaveText('unknown');
	await expect(gogrid).toHaveAttribute('data-unknown', 'true');
	await expect(gogrid).toHaveCSS('background-image', /repeating-linear-gradient/);
	// Screen readers hear how it is counted with the word.
	await expect(gogrid).toHaveAccessibleName(/^unknown\s*,\s*counted as 0 \(worst level\)$/);

	const tip = page.locator('.heatmap .tip');
	await expect(tip).toHaveCount(0);
	// Hover: Amazon EC2 had 1 compliance audit (0 scores 0, 3 score 100: 33).
	const ec2 = await cell(page, 'Compliance audits', 'Amazon EC2');
	await ec2.hover();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveText('Amazon EC2 · Compliance audits: 1 audit, value score 33');
	await gogrid.hover();
	await expect(tip).toContainText('GoGrid · Compliance audits: unknown, counted as 0 (worst level)');
	await page.mouse.move(0, 0);
	await expect(tip).toHaveCount(0);

	// Keyboard: the grid is one tab stop; the arrow keys move within it and the tip follows the focus.
	await expect(grid(page).locator('td[tabindex="0"]')).toHaveCount(1);
	await ec2.focus();
	await expect(tip).toHaveText('Amazon EC2 · Compliance audits: 1 audit, value score 33');
	await page.keyboard.press('ArrowUp');
	const above = await cell(page, 'Data centres', 'Amazon EC2');
	await expect(above).toBeFocused();
	// Data centres: 1 scores 0, 5 score 100; Amazon EC2 had 4: 75.
	await expect(tip).toHaveText('Amazon EC2 · Data centres: 4 data centres, value score 75');
	await expect(above).toHaveAttribute('tabindex', '0');
	await expect(grid(page).locator('td[tabindex="0"]')).toHaveCount(1);
	expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const)
	test(`the heatmap has no accessibility violations in ${scheme} mode`, async ({ page }) => {
		// axe reads the whole page's styles even for one figure: slow on a loaded machine, not a failure.
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(SECURITY);
		await ready(page);
		const price = await cell(page, 'Entry price', 'Amazon EC2');
		// The top bin flips with the scheme: darkest on a light page, brightest (#fde725) on a dark one.
		await expect(price).toHaveCSS(
			'background-color',
			scheme === 'light' ? 'rgb(68, 1, 84)' : 'rgb(253, 231, 37)'
		);
		await price.hover(); // the tip on screen too
		const results = await new AxeBuilder({ page }).include('figure.heatmap').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});

test('the PDF draws the heatmap under its heading, as on the page', async ({ page }) => {
	// Making the PDF (font, charts, layout) takes several seconds on a loaded machine.
	test.setTimeout(90_000);
	await page.goto(SECURITY);
	await ready(page);
	const { pdf } = await downloadPdf(page);
	const at = pdf.lines.indexOf('Value heatmap');
	expect(at).toBeGreaterThan(pdf.lines.indexOf('Charts'));
	expect(at).toBeLessThan(pdf.lines.indexOf('Value scores'));
	// Its key, and GoGrid's unknown compliance audits (among others) written in the grid.
	expect(pdf.text).toContain('Value score:');
	expect(pdf.text).toContain('unknown (hatched)');
	const heatmapLines = pdf.lines.slice(at, pdf.lines.indexOf('Value scores'));
	expect(heatmapLines.some((l) => /unknown/.test(l))).toBe(true);
});
