import { expect, test, type Page } from '@playwright/test';
import { downloadPdf } from './support/pdf';
import { openAllSections, rankingRows, ready, watchErrors } from './support/page';

/**
 * Data sets that carry their own story (issue 17): the Data set picker opens today's providers,
 * its link reopens them, every value-score cell leads to its source; and a comparison of one's own
 * (Start from scratch, then a CSV) shows none of the 2010 set's wording, on the page or in the PDF.
 */

const names = async (page: Page) => (await rankingRows(page)).map((r) => r.split('|')[1]);

/** The page's text a reader sees, without the picker's list of other data sets' titles. */
const pageText = (page: Page) =>
	page.evaluate(() => {
		const copy = document.body.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('select, script, noscript').forEach((n) => n.remove());
		return `${document.title} ${copy.textContent ?? ''} ${document.querySelector('meta[name="description"]')?.getAttribute('content')} ${document.querySelector('meta[property="og:description"]')?.getAttribute('content')}`;
	});

test('the Data set picker opens today’s providers, the link reopens them, and every cell leads to its source', async ({
	page,
	browser
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	const picker = page.getByLabel('Data set');
	const today = await picker.locator('option', { hasText: 'Cloud hosting today' }).textContent();
	await picker.selectOption({ label: today! });
	await expect(page).toHaveURL(/d=cloud-2026\.1/);
	await expect
		.poll(async () => (await names(page)).sort())
		.toEqual(
			[
				'Akamai Cloud (Linode)',
				'Amazon EC2',
				'DigitalOcean',
				'Google Compute Engine',
				'Hetzner Cloud',
				'Microsoft Azure Virtual Machines'
			].sort()
		);
	await expect(page.locator('#hypervisor-summary')).toContainText('What became of Xen vs KVM:');
	await openAllSections(page);
	const links = page.locator('#value-scores-table a.cell-link');
	expect(await links.count()).toBe(6 * 11);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
		await expect(page.locator(href)).toHaveCount(1);

	const other = await browser.newPage();
	await other.goto(page.url());
	await expect.poll(() => names(other)).toEqual(await names(page));
	await expect(other.getByLabel('Data set')).toHaveValue('cloud-2026.1');
	await other.close();
	expect(errors).toEqual([]);
});

test('Start from scratch and an imported CSV show no 2010 wording, on the page or in the PDF', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	await page.getByLabel('Data set').selectOption({ label: 'Start from scratch' });
	await expect(page).toHaveURL(/d=starter\.1/);
	const banned = /\bXen\b|\bKVM\b|undefined|Not stated|NaN/;
	expect(await pageText(page)).not.toMatch(banned);

	const csv = ['Provider,Monthly price', 'Hetzner Cloud,4.59', 'DigitalOcean,6', 'AWS Lightsail,5', ''].join(
		'\n'
	);
	await page.getByLabel('Import CSV or JSON').setInputFiles({
		name: 'hosts.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'utf8')
	});
	await expect.poll(async () => (await names(page)).length).toBe(3);
	await openAllSections(page);
	expect(await pageText(page)).not.toMatch(banned);
	expect((await downloadPdf(page)).pdf.text).not.toMatch(banned);
	expect(errors).toEqual([]);
});
