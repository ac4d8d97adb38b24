import { expect, test, type Page } from '@playwright/test';
import { holdAppCode, ready, watchErrors, weightBox } from './support/page';

/**
 * Islands (src/lib/components/Island.svelte, issue 16): the answer, the weights form, the ranking
 * table and the other parts the page hydrates each in a task of its own, after the page. What a
 * reader relies on: the server's page is taken over, not thrown away and drawn again (no flash, no
 * shift, no lost scroll), every part becomes live, the parts follow each other's changes as before,
 * and a page made in the browser (a short link followed within the app) has them all too.
 */

const PINNED = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';

/** Console warnings and errors (Svelte reports a failed hydration as a warning). */
function watchConsole(page: Page): string[] {
	const said: string[] = [];
	page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(m.text()));
	return said;
}

for (const path of ['/', PINNED]) {
	test(`on ${path.slice(0, 24)} the server's page is hydrated in place, every island included`, async ({
		page
	}) => {
		const errors = watchErrors(page);
		const said = watchConsole(page);
		const release = await holdAppCode(page);
		await page.goto(path);
		// The server's HTML, before any script: every element of the page but the sections that wait
		// below the first screen (Deferred.svelte replaces their boxes when it builds them).
		const kept = await page.evaluateHandle(() =>
			Array.from(document.querySelectorAll('header *, main *, aside *')).filter(
				(e) => !e.closest('.deferred')
			)
		);
		const islands = await page.locator('.island').count();
		expect(islands).toBeGreaterThanOrEqual(10);
		release();
		await ready(page);
		const gone = await kept.evaluate((elements) =>
			elements.filter((e) => !e.isConnected).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
		);
		expect(gone).toEqual([]);
		await expect(page.locator('.island[data-live=true]')).toHaveCount(islands);
		expect(said.filter((s) => /hydrat/i.test(s))).toEqual([]);

		// Islands follow each other and the page: a weight (the weights form) changes the answer, the
		// ranking table (islands) and the title (the page).
		const answer = await page.locator('.answer-sentence').textContent();
		const score = await page
			.getByRole('table', { name: 'Ranking', exact: true })
			.locator('tbody tr')
			.first()
			.textContent();
		const title = await page.title();
		await weightBox(page, 'API maturity').fill('0');
		await weightBox(page, 'API maturity').press('Tab');
		await expect(page.locator('.answer-sentence')).not.toHaveText(answer ?? '');
		await expect(
			page.getByRole('table', { name: 'Ranking', exact: true }).locator('tbody tr').first()
		).not.toHaveText(score ?? '');
		await expect(page).not.toHaveTitle(title);
		expect(errors).toEqual([]);
	});
}

test('the islands wait for a task after the page has hydrated', async ({ page }) => {
	// Timers held: the page hydrates (its promises and microtasks run), each island waits for its timer.
	await page.clock.install({ time: new Date('2026-12-01T00:00:00Z') });
	await page.clock.pauseAt(new Date('2026-12-01T00:00:01Z'));
	await page.goto(PINNED);
	// An island inside another (the answer's robustness line) is hydrated with its parent.
	const outer = page.locator('.island:not(.island .island)');
	const count = await outer.count();
	expect(count).toBeGreaterThanOrEqual(10);
	// The page's hydration has reached every island (each says it is waiting), and none is live yet.
	await expect(page.locator('.island[data-live=false]')).toHaveCount(count);
	await expect(page.locator('.island[data-live=true]')).toHaveCount(0);
	await page.clock.runFor(10);
	await expect(page.locator('.island[data-live=true]')).toHaveCount(await page.locator('.island').count());
});

test('a short link followed within the app mounts every island', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const errors = watchErrors(page);
	await page.goto(PINNED);
	await ready(page);
	await page.getByRole('button', { name: 'Short link', exact: true }).click();
	const shown = page.locator('.share-status a.short-link');
	await expect(shown).toBeVisible({ timeout: 30_000 });
	const answer = await page.locator('.answer-sentence').textContent();
	// Followed within the app: the short link's page is made in the browser, not hydrated.
	await shown.click();
	await expect(page).toHaveURL(/\/s\/[A-Za-z0-9_-]{22}$/);
	await expect(page.locator('.island[data-live=true]')).toHaveCount(await page.locator('.island').count());
	// Each part once, with the same comparison.
	await expect(page.locator('.answer-sentence')).toHaveCount(1);
	await expect(page.locator('.answer-sentence')).toHaveText(answer ?? '');
	await expect(page.getByRole('form', { name: 'Weights' })).toHaveCount(1);
	await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toHaveCount(1);
	// And live: a weight changes the answer.
	await weightBox(page, 'API maturity').fill('0');
	await weightBox(page, 'API maturity').press('Tab');
	await expect(page.locator('.answer-sentence')).not.toHaveText(answer ?? '');
	expect(errors).toEqual([]);
});
