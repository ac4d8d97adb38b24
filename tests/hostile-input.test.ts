import { expect, test, type Page } from '@playwright/test';
import { criterionOf, packed } from './support/fuzz-links';
import { comparisonFile, importFile, rankingRows, ready, watchErrors, weightBox } from './support/page';

/**
 * Issue 21 in the browser: inputs that once broke the page for good. A comparison file with
 * `constructor` keys, a link with duplicate ids, a saved list with one damaged entry, two tabs on
 * one saved entry, and storage that refuses to save. Each must leave a working page that says
 * what it did.
 */

const RECENT_KEY = 'cloud-scorecard:recent';
const BACKUP_KEY = 'cloud-scorecard:recent-unreadable';

/** The page ranks six providers and a weight change moves a score: it is alive, not just rendered. */
async function expectWorkingPage(page: Page) {
	const before = await rankingRows(page);
	expect(before.length).toBeGreaterThanOrEqual(6);
	await weightBox(page, 'Entry price').fill('0');
	await expect.poll(() => rankingRows(page)).not.toEqual(before);
}

test('a comparison file with “constructor” keys opens without them, says why, and / opens as before', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	const file = comparisonFile({
		dataset: { id: 'cloud-2010', version: 2 },
		method: 'weighted-sum',
		weights: { constructor: 5 },
		excluded: [],
		edits: { values: { constructor: { keys: { kind: 'user', raw: 1 } } } }
	});
	await importFile(page, 'hostile.json', file);
	// The keys are left out, each named with the reason; the rest of the file opens.
	const status = page.getByRole('status').filter({ hasText: 'hostile.json' });
	await expect(status).toContainText('gives a weight to “constructor”, which is not a criterion id');
	await expect(status).toContainText(
		'Dropped a row of values in the file: “constructor” is not a provider id'
	);
	await expect(status).toContainText('reserved');
	// No weight could be read, so the defaults rank: the page works.
	await expect(status).toContainText(
		'None of the weights in the file could be read; used the default weights.'
	);
	await expectWorkingPage(page);
	// Reopened, / restores that work (Entry price now 0): it ranks, and a weight still moves it.
	await page.goto('/');
	await ready(page);
	const before = await rankingRows(page);
	expect(before.length).toBeGreaterThanOrEqual(6);
	await weightBox(page, 'Entry price').fill('100');
	await expect.poll(() => rankingRows(page)).not.toEqual(before);
	expect(errors).toEqual([]);
});

test('saved work holding a “constructor” link opens / with a ranking (no Object.keys error)', async ({
	page
}) => {
	const errors = watchErrors(page);
	const hostile = `v=2&d=cloud-2010.2&e=${packed({ values: { constructor: { keys: 1 } } })}`;
	await page.addInitScript(
		([key, query]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key!, JSON.stringify([{ id: 'x', query, title: 'Hostile', savedAt: 1 }]));
				sessionStorage.setItem('seeded', '1');
			}
		},
		[RECENT_KEY, hostile]
	);
	await page.goto('/');
	await ready(page);
	await expectWorkingPage(page);
	expect(await page.evaluate(() => typeof Object.keys)).toBe('function');
	expect(errors).toEqual([]);
});

test('a link with duplicate ids opens, hydrates and names what it dropped', async ({ page }) => {
	const errors = watchErrors(page);
	const provider = (id: string, name: string) => ({ id, name, platform: 'KVM' });
	const payload = {
		providers: [provider('acme', 'Acme'), provider('acme', 'Acme again')],
		criteria: [
			criterionOf('disk', 'Disk'),
			criterionOf('disk', 'Disk again'),
			criterionOf('entry-price', 'Mine')
		],
		groups: [
			{ id: 'extras', name: 'Extras' },
			{ id: 'extras', name: 'Extras again' }
		]
	};
	await page.goto(`/?v=2&d=cloud-2010.2&e=${packed(payload)}`);
	await ready(page);
	const notice = page.locator('.link-problems');
	await expect(notice).toContainText('Dropped your provider “Acme again”');
	await expect(notice).toContainText('Dropped your criterion “Mine”');
	expect((await rankingRows(page)).filter((r) => r.includes('Acme'))).toHaveLength(1);
	await expectWorkingPage(page);
	expect(errors).toEqual([]);
});

test('one damaged saved entry is set aside alone: the other nine stay through the next edit', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	const query = new URL(page.url()).search.slice(1);
	await page.evaluate(
		([key, query]) => {
			const good = Array.from({ length: 9 }, (_, i) => ({
				id: `g${i}`,
				query: query!.replace(/w=\d+/, `w=${10 + i}`),
				title: `Saved ${i}`,
				savedAt: 1000 - i
			}));
			const damaged = { id: 'bad', query: query!, title: 'x'.repeat(301), savedAt: 2000 };
			localStorage.setItem(key!, JSON.stringify([damaged, ...good]));
		},
		[RECENT_KEY, query]
	);
	// `/` (not a reload of the link in the address bar): the page carries on with the latest saved entry.
	await page.goto('/');
	await ready(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'could not be read and was set aside' })
	).toBeVisible();
	await weightBox(page, 'Entry price').fill('7');
	await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
	const saved = await page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key)!) as { id: string }[],
		RECENT_KEY
	);
	expect(saved.map((e) => e.id).sort()).toEqual(['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8']);
	expect(saved[0]).toMatchObject({ id: 'g0' });
	const backup = await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY);
	expect(backup).toContain('"id":"bad"');
	expect(errors).toEqual([]);
});

test('two tabs at / keep their own work: the second tab’s edits never overwrite the first’s', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto('/');
	await ready(first);
	await weightBox(first, 'Entry price').fill('11');
	await first.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));

	const second = await context.newPage();
	await second.goto('/');
	await ready(second);
	await weightBox(first, 'Entry price').fill('12');
	await first.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
	await weightBox(second, 'Entry price').fill('33');
	await second.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));

	const saved = await first.evaluate(
		(key) => (JSON.parse(localStorage.getItem(key)!) as { query: string }[]).map((e) => e.query),
		RECENT_KEY
	);
	// The first tab's latest work (entry price 12) and the second tab's (33) are both kept.
	const entryPrice = (q: string) => new URLSearchParams(q).get('w')!.split(',')[0];
	expect(saved.map(entryPrice).sort()).toEqual(['12', '33']);
});

test('storage that refuses to save is said on the page; the comparison stays', async ({ page }) => {
	const errors = watchErrors(page);
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/');
	await ready(page);
	await weightBox(page, 'Entry price').fill('9');
	await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
	await expect(page.getByRole('status').filter({ hasText: 'This browser refused to save' })).toBeVisible();
	await expect(weightBox(page, 'Entry price')).toHaveValue('9');
	expect(errors).toEqual([]);
});
