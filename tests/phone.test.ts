import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { rankingRows, watchErrors, weightBox } from './support/page';

/**
 * Issue 19, item 5, "phone-first tables": on a 360 px phone the ranking fits (score whole, Known and
 * Range beneath), wide tables say they scroll, the bottom bar's link is a 44 px target that steps
 * aside while the results are on screen, and the browser's Back button undoes within the app.
 */

/** Hydrated (support/page's `ready`, with room for a machine under load). */
async function ready(page: Page): Promise<void> {
	await expect(page).toHaveURL(/\?v=2&d=/, { timeout: 20_000 });
}

/** Every weight in the form, in form order. */
async function weights(page: Page): Promise<string[]> {
	return page
		.getByRole('form', { name: 'Weights' })
		.getByRole('spinbutton')
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

const presetButton = (page: Page, name: string) =>
	page.getByRole('group', { name: 'Weight presets' }).getByRole('button', { name, exact: true });

test.describe('at 360 × 780', () => {
	test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

	let errors: string[];
	test.beforeEach(({ page }) => {
		errors = watchErrors(page);
	});
	test.afterEach(() => expect(errors).toEqual([]));

	// The 2010 set (six providers, short names) and today's (longer names such as "Akamai Cloud
	// (Linode)", three-letter platform names).
	for (const link of ['/', '/?v=2&d=cloud-2026.1']) {
		test(`every score in the ranking is whole and on screen, Known and Range beneath (${link})`, async ({
			page
		}) => {
			await page.goto(link);
			await ready(page);
			const table = page.getByRole('table', { name: 'Ranking', exact: true });
			await table.scrollIntoViewIfNeeded();
			const rows = table.locator('tbody tr');
			const count = await rows.count();
			expect(count).toBeGreaterThanOrEqual(6);
			// The ranking does not scroll sideways: its box is as wide as what it holds.
			const box = page.getByRole('region', { name: 'Ranking table' });
			const fits = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
			expect(fits[0]).toBeLessThanOrEqual(fits[1]!);
			const width = page.viewportSize()!.width;
			// Measured in one pass (a loaded machine makes one round trip per cell slow).
			const cells = await rows.evaluateAll((trs) =>
				trs.map((tr) =>
					Object.fromEntries(
						['th', 'td.score', 'td.known', 'td.range'].map((sel) => {
							const e = tr.querySelector(sel) as HTMLElement;
							const r = e.getBoundingClientRect();
							return [
								sel,
								{
									left: r.left,
									right: r.right,
									top: r.top,
									bottom: r.bottom,
									scroll: e.scrollWidth,
									client: e.clientWidth,
									text: (sel === 'td.known' ? e.firstChild : e)?.textContent?.trim() ?? '',
									shown: r.width > 0 && r.height > 0 && getComputedStyle(e).visibility === 'visible'
								}
							];
						})
					)
				)
			);
			for (const [i, row] of cells.entries()) {
				for (const [sel, c] of Object.entries(row)) {
					const where = `${sel} of row ${i + 1} (${c.text})`;
					expect(c.shown, where).toBe(true);
					expect(c.left, where).toBeGreaterThanOrEqual(0);
					expect(c.right, where).toBeLessThanOrEqual(width);
					// Not clipped: the cell's text fits its own box.
					expect(c.scroll, where).toBeLessThanOrEqual(c.client);
				}
				// A whole score ("73.0", never "73."), Known as "n of m", Range as "low–high".
				expect(row['td.score']!.text).toMatch(/^\d{1,3}\.\d$/);
				expect(row['td.known']!.text).toMatch(/^\d+ of \d+$/);
				expect(row['td.range']!.text).toMatch(/^\d{1,3}\.\d–\d{1,3}\.\d$/);
				// Known and Range sit beneath the score, not beside it off to the right.
				expect(row['td.range']!.top).toBeGreaterThanOrEqual(row['td.score']!.bottom - 1);
				expect(row['td.known']!.top).toBeGreaterThanOrEqual(row['td.score']!.bottom - 1);
			}
			// The page as a whole does not scroll sideways either.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		});
	}

	test('a table wider than the screen says it scrolls, with a shadow on the edge that hides more', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const region = page.getByRole('region', { name: 'Value scores table' });
		await region.scrollIntoViewIfNeeded();
		const [scroll, client] = await region.evaluate((e) => [e.scrollWidth, e.clientWidth]);
		expect(scroll).toBeGreaterThan(client!);
		const hint = region.locator('xpath=../preceding-sibling::p[1]');
		await expect(hint).toHaveText('Scroll sideways for more →');
		await expect(hint).toBeVisible();
		const frame = region.locator('xpath=..');
		await expect(frame).toHaveClass(/\bmore\b/);
		// Scrolled to its end, nothing more lies to the right: the shadow goes, the hint stays.
		await region.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
		await expect(frame).not.toHaveClass(/\bmore\b/);
		await expect(hint).toBeVisible();
		// The ranking fits, so it has no hint.
		const rankingHint = await page
			.getByRole('region', { name: 'Ranking table' })
			.evaluate((e) => e.parentElement?.previousElementSibling?.textContent ?? '');
		expect(rankingHint).not.toContain('Scroll sideways');
	});

	test('the bottom bar’s Results link is a 44 px target that steps aside while the results are on screen', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const bar = page.getByRole('complementary', { name: 'Current top three' });
		const link = bar.getByRole('link', { name: 'Results' });
		// At the top of the page the results lie below the weights.
		await expect(page.getByRole('heading', { name: 'Results', exact: true })).not.toBeInViewport();
		await expect(link).toBeVisible();
		const box = (await link.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.width).toBeGreaterThanOrEqual(44);
		await link.click();
		await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeInViewport();
		await expect(link).toBeHidden();
		// The top three stay.
		await expect(bar.getByRole('listitem')).toHaveCount(3);
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect(link).toBeVisible();
	});

	test('Back undoes a preset within the app, Forward applies it again', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const before = { url: page.url(), weights: await weights(page), ranking: await rankingRows(page) };
		const length = await page.evaluate(() => history.length);
		await presetButton(page, 'Security and compliance first').click();
		await expect(page).toHaveURL(/[?&]p=security/);
		const after = { url: page.url(), weights: await weights(page), ranking: await rankingRows(page) };
		expect(after.weights).not.toEqual(before.weights);
		expect(after.ranking).not.toEqual(before.ranking);
		// One step, one history entry.
		expect(await page.evaluate(() => history.length)).toBe(length + 1);

		await page.goBack();
		await expect(page).toHaveURL(before.url);
		await expect.poll(() => weights(page)).toEqual(before.weights);
		expect(await rankingRows(page)).toEqual(before.ranking);
		// Still the app, not the page before it.
		await expect(page.getByRole('heading', { name: 'Cloud Scorecard', level: 1 })).toBeVisible();

		await page.goForward();
		await expect(page).toHaveURL(after.url);
		await expect.poll(() => weights(page)).toEqual(after.weights);
		expect(await rankingRows(page)).toEqual(after.ranking);
	});

	test('Back undoes a change of method, and typing a weight is one entry, not one per keystroke', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const start = page.url();
		const length = await page.evaluate(() => history.length);
		const topsis = page.getByRole('radio', { name: /^TOPSIS/ });
		await topsis.check();
		await expect(page).toHaveURL(/[?&]m=topsis/);
		expect(await page.evaluate(() => history.length)).toBe(length + 1);

		const box = weightBox(page, 'Entry price');
		const old = await box.inputValue();
		expect(old).not.toBe('37');
		await box.fill('');
		await box.pressSequentially('37', { delay: 150 });
		await expect(box).toHaveValue('37');
		await expect(page).toHaveURL(/w=[^&]*37/);
		await box.blur();
		// Two keystrokes and a blur: one entry.
		expect(await page.evaluate(() => history.length)).toBe(length + 2);

		await page.goBack();
		await expect(box).toHaveValue(old);
		await expect(topsis).toBeChecked();
		await page.goBack();
		await expect(page).toHaveURL(start);
		await expect(topsis).not.toBeChecked();
		await expect(page.getByRole('radio', { name: /^Weighted sum/ })).toBeChecked();
	});

	test('has no serious or critical accessibility violations', async ({ page }) => {
		// axe walks the whole page (several thousand nodes): slow on a loaded machine, not a failure.
		test.setTimeout(180_000);
		await page.goto('/');
		await ready(page);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(bad.map((v) => `${scheme} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
		}
	});
});
