import { expect, test } from '@playwright/test';
import { holdAppCode, rankingRows, ready, watchErrors } from './support/page';

/**
 * The settings bar's radios work before the page is live (they are the server's HTML). A choice made
 * then is the person's: once the app's code has arrived, the comparison takes it (it used to set
 * every radio back to the comparison's, undoing the click; src/lib/components/early-choice.ts).
 */
test('a method and an unknowns treatment chosen before the page is live are kept and applied', async ({
	page
}) => {
	const errors = watchErrors(page);
	// The app's code held back, as on a slow phone, until both choices are made.
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const before = await rankingRows(page);
	const topsis = page.getByRole('group', { name: 'Method' }).getByRole('radio', { name: 'TOPSIS' });
	const middle = page
		.getByRole('group', { name: 'Unknown values' })
		.getByRole('radio', { name: 'Middle of the scale' });
	await topsis.check();
	await middle.check();
	release();
	await ready(page);
	await expect(page).toHaveURL(/[?&]m=topsis(&|$)/);
	await expect(page).toHaveURL(/[?&]u=middle(&|$)/);
	await expect(topsis).toBeChecked();
	await expect(middle).toBeChecked();
	// The ranking is TOPSIS's with unknowns in the middle, not the default weighted sum's.
	await expect.poll(() => rankingRows(page)).not.toEqual(before);
	await expect(page.locator('.chosen-hint').first()).toContainText('nearness to the best');
	expect(errors).toEqual([]);
});
