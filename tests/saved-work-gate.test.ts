import { expect, test } from '@playwright/test';
import { rankingRows, ready, watchErrors, weightBox } from './support/page';

/**
 * Issue 16, item 2: saved work is raw input like a link. A recent list with damaged and crafted
 * entries (a title over 300 characters, an empty id, a time written as text, a 2,000,001-character
 * query, a repeated id, ids and keys named like Object's properties, a query with an unknown method
 * and a rank order out of range) must leave a page that ranks, names each entry it set aside, says
 * what it replaced in the one it opened, and keeps every good entry through the next save.
 */

const RECENT_KEY = 'cloud-scorecard:recent';

test('crafted saved entries: the page ranks, names each one set aside, and keeps the good ones through the next save', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	const query = new URL(page.url()).search.slice(1);
	expect(query).toMatch(/^v=2&d=cloud-2010\.\d+&w=\d/);
	await page.evaluate(
		([key, query]) => {
			const at = (w: number) => query!.replace(/w=\d+/, `w=${w}`);
			const good = Array.from({ length: 6 }, (_, i) => ({
				id: `g${i}`,
				query: at(10 + i),
				title: `Saved ${i}`,
				savedAt: 1000 - i
			}));
			const list = [
				good[0],
				{ id: 'g0', query: at(99), title: 'Same id again', savedAt: 9000 },
				{ id: 'long', query: at(1), title: 'x'.repeat(301), savedAt: 8000 },
				{ id: '', query: at(2), title: 'No id', savedAt: 7000 },
				{ id: 'text-time', query: at(3), title: 'Text time', savedAt: '2026-12-03T10:00:00Z' },
				{ id: 'huge', query: at(4).padEnd(2_000_001, '1'), title: 'Huge', savedAt: 6000 },
				// Crafted, but each a readable entry: kept, and opened through the gate.
				{ id: 'crafted', query: `${at(5)}&m=electre&o=99`, title: 'Crafted', savedAt: 5000 },
				{ id: '__proto__', query: at(6), title: 'Proto', savedAt: 10 },
				...good.slice(1)
			];
			// A key that would pollute a prototype if the reader copied objects carelessly.
			localStorage.setItem(
				key!,
				JSON.stringify(list).replace('"title":"Proto"', '"title":"Proto","__proto__":{"polluted":true}')
			);
		},
		[RECENT_KEY, query]
	);
	// `/`: the page carries on with the latest readable entry, “Crafted”.
	await page.goto('/');
	await ready(page);
	const notice = page.getByRole('status').filter({ hasText: 'set aside' });
	await expect(notice).toContainText(
		'Saved comparison 2, “Same id again”, repeated another’s id and was set aside; the first is kept.'
	);
	await expect(notice).toContainText(
		'Saved comparison 3, “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”, could not be read and was set aside: its title is not text of at most 300 characters.'
	);
	await expect(notice).toContainText(
		'Saved comparison 4, “No id”, could not be read and was set aside: its id is not text of 1 to 64 characters.'
	);
	await expect(notice).toContainText(
		'Saved comparison 5, “Text time”, could not be read and was set aside: the time it was saved is not a number.'
	);
	await expect(notice).toContainText(
		'Saved comparison 6, “Huge”, could not be read and was set aside: its comparison is not text of at most 2,000,000 characters.'
	);
	await expect(notice).toContainText('The other saved comparisons are kept.');
	await expect(notice).toContainText(
		'In “Crafted”: The scoring method “electre” is not one Cloud Scorecard knows; used the weighted sum.'
	);
	await expect(notice).toContainText('The rank order in the saved comparison names “99”');
	// The crafted entry is the one opened: its first weight (5) is on the page.
	await expect(weightBox(page, 'Entry price')).toHaveValue('5');
	await expect(page.locator('details.recent summary')).toHaveText('Recent comparisons (8)');

	// The page ranks, and a weight change moves the ranking.
	const before = await rankingRows(page);
	expect(before.length).toBeGreaterThanOrEqual(6);
	await weightBox(page, 'Entry price').fill('0');
	await expect.poll(() => rankingRows(page)).not.toEqual(before);
	await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));

	const saved = await page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key)!) as { id: string; query: string }[],
		RECENT_KEY
	);
	expect(saved.map((e) => e.id).sort()).toEqual(
		['__proto__', 'crafted', 'g0', 'g1', 'g2', 'g3', 'g4', 'g5'].sort()
	);
	expect(saved[0]).toMatchObject({ id: 'crafted' });
	expect(saved.find((e) => e.id === 'g0')!.query).toMatch(/w=10,/);
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	expect(await page.evaluate(() => typeof Object.keys)).toBe('function');
	expect(errors).toEqual([]);
});
