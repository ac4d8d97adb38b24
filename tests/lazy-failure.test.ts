import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ready, watchErrors } from './support/page';

/**
 * A part whose code loads when opened (issue 16) may fail to arrive: the connection dropped, or a
 * deploy replaced the files. The person who asked for it is told, in an alert, and "Try again"
 * fetches it again; the comparison they had stays as it was.
 */

const manifest: Record<string, { file: string }> = JSON.parse(
	readFileSync(`${process.env.KIT_OUT_DIR ?? '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')
);
const pairwiseFile = `/${manifest['src/routes/PairwiseForm.svelte']?.file}`;

test('a form whose code does not arrive says so, and Try again loads it', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	const url = page.url();
	let refused = 0;
	await page.route(`**${pairwiseFile}`, (route) => {
		refused++;
		return route.abort('internetdisconnected');
	});

	await page.getByRole('radio', { name: 'Pairwise comparison' }).check();
	const alert = page.getByRole('alert').filter({ hasText: 'did not load' });
	await expect(alert).toHaveText('The pairwise comparison form did not load. Try again');
	expect(refused).toBe(1);
	// Everything else stands: the choice is in the link and the ranking is there.
	await expect(page).toHaveURL(/&k=pairwise/);
	await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();

	await page.unroute(`**${pairwiseFile}`);
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('group', { name: 'Within Cost' })).toBeVisible();
	await expect(alert).toHaveCount(0);
	expect(url).toMatch(/\?v=2&d=/);
	// The one error is the fetch this test refused: no page error, nothing else failed.
	expect(errors).toEqual(['console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
});

test('when Try again fails too, the page offers a reload, which loads the form and keeps the comparison', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	// Every address of the form's file, the retry's `?retry=1` too: as when a file it imports failed,
	// which stays failed in the browser until the page is reloaded.
	await page.route(`**${pairwiseFile}*`, (route) => route.abort('internetdisconnected'));
	await page.getByRole('radio', { name: 'Pairwise comparison' }).check();
	const alert = page.getByRole('alert').filter({ hasText: 'did not load' });
	await expect(alert).toHaveText('The pairwise comparison form did not load. Try again');
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(alert).toHaveText(
		'The pairwise comparison form did not load. Try again If it still does not load, reloading the page fetches all of its code anew; your comparison stays. Reload the page'
	);
	await expect(page).toHaveURL(/&k=pairwise/);
	const before = page.url();

	await page.unroute(`**${pairwiseFile}*`);
	await alert.getByRole('button', { name: 'Reload the page' }).click();
	await expect(page.getByRole('group', { name: 'Within Cost' })).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'did not load' })).toHaveCount(0);
	expect(page.url()).toBe(before);
});
