import { expect, test, type Page } from '@playwright/test';
import { rankingRows } from './support/page';

/**
 * The comparison page leaves out the `<noscript>` copies of its sections (they were 220 KB of its
 * 262 KB of HTML, received and scanned by every phone with JavaScript for nothing) and sends a
 * reader without JavaScript to the same address with `nojs`, where every section is written out as
 * before (src/lib/components/noscript-copy.ts).
 */

const PINNED = 'v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
/** A cell of the "Every value with its source" table, which is only in a section's copy. */
const SOURCE_CELL = 'id="src-entry-price-amazon-ec2"';

const noscriptCount = (html: string) => html.match(/<noscript>/g)?.length ?? 0;

async function everySectionOpens(page: Page) {
	await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
	for (const [summary, table] of [
		[/^Each criterion’s value scale/, 'Value scales'],
		[/^Every value with its source/, 'Entry price']
	] as const) {
		await page.locator('summary', { hasText: summary }).click();
		await expect(page.getByRole('table', { name: table }).first()).toBeVisible();
	}
	await expect(page.getByRole('heading', { name: 'Data and sources' })).toBeVisible();
}

test('the page for JavaScript carries no copies; the page it sends readers without JavaScript to has them all', async ({
	request
}) => {
	const light = await (await request.get('/')).text();
	const full = await (await request.get('/?nojs')).text();
	// Two `<noscript>`s: the refresh in the head and the link for a browser that does not follow it.
	expect(noscriptCount(light)).toBe(2);
	expect(light).toContain('<meta http-equiv="refresh" content="0; url=?nojs"');
	expect(light).not.toContain(SOURCE_CELL);
	expect(light.length).toBeLessThan(80_000);
	// The whole page: every section's copy, and no refresh (it would send the reader round in a loop).
	expect(full).toContain(SOURCE_CELL);
	expect(full).not.toContain('http-equiv="refresh"');
	expect(noscriptCount(full)).toBeGreaterThan(5);
	// The same comparison on both.
	const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
	expect(title(full)).toBe(title(light));
	// A link is sent on as the page reads it: tracking parameters dropped, an unknown one kept by
	// name (the page says it was ignored), and `nojs` is not reported as ignored itself.
	const linked = await (await request.get(`/?${PINNED}&utm_source=mail&foo=bar`)).text();
	expect(linked).toContain(`url=?${PINNED.replaceAll('&', '&amp;')}&amp;foo=&amp;nojs"`);
	const fullLinked = await (await request.get(`/?${PINNED}&foo=&nojs`)).text();
	expect(fullLinked).toContain('Ignored “foo”');
	expect(fullLinked).not.toMatch(/Ignored[^<]*nojs/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('`/` sends the reader to the whole page, where every section opens as plain HTML', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/\?nojs$/);
		await everySectionOpens(page);
	});

	test('a shared link and its short link open the same comparison in full', async ({
		page,
		request,
		baseURL
	}) => {
		await page.goto(`/?${PINNED}`);
		await expect(page).toHaveURL(new RegExp(`\\?${PINNED.replace(/[.,]/g, '\\$&')}&nojs$`));
		const rows = await rankingRows(page);
		expect(rows[0]).toMatch(/^1\|/);
		await everySectionOpens(page);

		const made = await request.post('/s', {
			headers: { origin: new URL(baseURL!).origin },
			data: { query: PINNED }
		});
		expect(made.status()).toBe(200);
		const { path } = await made.json();
		await page.goto(path);
		await expect(page).toHaveURL(new RegExp(`${path}\\?nojs$`));
		expect(await rankingRows(page)).toEqual(rows);
		await everySectionOpens(page);
	});
});
