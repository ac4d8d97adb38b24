import { expect as baseExpect, test } from '@playwright/test';
import { HEAVY_FIRST_PROVIDER, HEAVY_PROVIDERS, heavyLink } from './support/heavy-link.js';
import { ready, watchErrors } from './support/page';

/**
 * Issue 21, item 4: a comparison over the server's cell budget (200 providers × 77 criteria in a
 * link of a few thousand characters) is server-rendered as the answer, the ranking and the controls;
 * the tables of every cell are built in the browser. An ordinary comparison is rendered in full.
 */

// 200 × 77 is heavy for a browser on a busy test machine: generous waits, the same checks.
const expect = baseExpect.configure({ timeout: 30_000 });

const NOTE =
	'This comparison is large, so this part of the page is built by your browser: it needs JavaScript.';

test('a heavy link’s server HTML stays under 2 MB and holds the answer, the ranking and the controls', async ({
	request
}) => {
	const html = await (await request.get(heavyLink())).text();
	expect(Buffer.byteLength(html)).toBeLessThan(2_000_000);
	// The page readers without JavaScript are sent to (no-script.test.ts) is bounded too, and says
	// which parts need JavaScript.
	const noScript = await (await request.get(`${heavyLink()}&nojs`)).text();
	expect(Buffer.byteLength(noScript)).toBeLessThan(2_000_000);
	expect(html).toContain('class="answer-sentence"');
	expect(html).toContain('id="ranking-table"');
	expect(html).toContain(HEAVY_FIRST_PROVIDER);
	// Every provider has its ranking row; every criterion its weight box.
	expect(html.match(/<tr[^>]*><td role="cell" class="rank[^"]*">\d+<\/td><th scope="row"/g)).toHaveLength(
		HEAVY_PROVIDERS
	);
	expect(html).toContain('id="weights-heading"');
	// The tables of every cell are left to the browser, with a sentence for readers without JavaScript.
	for (const page of [html, noScript]) {
		expect(page).not.toContain('id="value-scores-table"');
		expect(page).not.toContain('<table class="sources">');
	}
	expect(noScript).toContain(NOTE);
});

test('after hydration a heavy link builds its tables: robustness near the screen, value scores and sources when opened', async ({
	page
}) => {
	test.setTimeout(180_000);
	const errors = watchErrors(page);
	await page.goto(heavyLink());
	await ready(page);
	await expect(page.locator('.answer-sentence')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Ranking', exact: true }).locator('tbody tr')).toHaveCount(
		HEAVY_PROVIDERS
	);
	// The value scores (200 × 77 cells) are a closed section, built when opened.
	const values = page.locator('#value-scores-table');
	await expect(values).toHaveCount(0);
	await page.locator('summary', { hasText: 'Value scores table (200 providers × 77 criteria)' }).click();
	await expect(values.locator('tbody tr')).toHaveCount(HEAVY_PROVIDERS);
	await expect(values.locator('tbody tr').first().locator('th')).toContainText(/\S/);
	// The robustness analysis is built when it comes near the screen.
	await page.getByRole('heading', { name: 'How robust is this ranking?' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('table', { name: 'Robustness of the ranking' })).toBeVisible();
	// Built when scrolled to, like the rest (a jump past it leaves it for when it is seen).
	await page.locator('#hypervisor-summary').scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: 'Why #1 wins' })).toBeVisible();

	const sources = page.locator('section[aria-labelledby="sources-heading"] details.reference-details').last();
	await sources.locator('summary').click();
	await expect(sources.locator('table.sources')).toHaveCount(77);
	await expect(page.getByText(NOTE)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('an ordinary link is rendered in full on the server, for readers without JavaScript', async ({
	request
}) => {
	// The page they are sent to (no-script.test.ts); the page for JavaScript builds these itself.
	const html = await (await request.get('/?v=2&d=cloud-2010.2&nojs')).text();
	expect(html).toContain('id="value-scores-table"');
	expect(html).toContain('id="why-heading"');
	expect(html).toContain('<caption>Robustness of the ranking</caption>');
	// Closed sections carry their tables for readers without JavaScript.
	expect(html.match(/<table class="sources">/g)).toHaveLength(17);
	expect(html).toContain('<caption>Weight stability</caption>');
	expect(html).not.toContain(NOTE);
});
