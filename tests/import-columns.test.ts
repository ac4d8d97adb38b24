import { expect, test, type Page } from '@playwright/test';
import { importFile, rankingRows, ready, watchErrors } from './support/page';
import { downloadPdf } from './support/pdf';

/**
 * A comparison shaped by the person (issue 18, items 4–6): start from scratch with the criteria
 * that matter, import a spreadsheet whose headers carry units, see how each new column will be read
 * before anything changes, and carry the result in the link and the PDF.
 */

/** Start from scratch with these criteria ticked. Actions: open the section, one per tick, Start. */
async function startWith(page: Page, criteria: string[]) {
	const chooser = page.getByRole('group', { name: 'Start from scratch: what matters to you?' });
	await page.getByText('Start from scratch: choose what matters').click();
	for (const name of criteria) await chooser.getByRole('checkbox', { name, exact: true }).check();
	await chooser.getByRole('button', { name: 'Start a comparison with these' }).click();
	await expect(page).toHaveURL(/d=starter\.1/);
}

let errors: string[];
test.beforeEach(async ({ page }) => {
	errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
});
test.afterEach(() => expect(errors).toEqual([]));

test('start from scratch with four criteria, import a 3 × 4 block, see the ranking', async ({ page }) => {
	// Actions: 1 open "Start from scratch", 4 ticks, 1 Start, 1 choose the file = 7.
	await startWith(page, ['Monthly price', 'SLA uptime', 'Regions', 'Support']);
	await expect(page.getByText('Add at least one provider under “Your data” to see a ranking.')).toBeVisible();
	// Only the picked criteria are in the comparison.
	const weights = page.getByRole('form', { name: 'Weights' });
	for (const name of ['Monthly price', 'SLA uptime', 'Regions', 'Support'])
		await expect(weights.getByRole('spinbutton', { name, exact: true })).toBeVisible();
	for (const name of ['Outbound traffic price', 'Automation'])
		await expect(weights.getByRole('spinbutton', { name, exact: true })).toHaveCount(0);

	const block = [
		'Provider,Monthly price ($),SLA uptime (%),Regions,Support',
		'Hetzner Cloud,7.99,99.9,6,Business hours',
		'DigitalOcean,12,99.99,13,24/7',
		'AWS Lightsail,24,99.99,16,24/7'
	].join('\n');
	await importFile(page, 'providers.csv', block);
	// Every header matched (units in brackets ignored): no preview, imported at once.
	await expect(page.getByRole('status').filter({ hasText: 'providers.csv' })).toContainText(
		'Imported 3 new providers from providers.csv.'
	);
	// Equal weights (25 % each), the starter's levels (data/starter.v1.json): price 100 → 5,
	// SLA 99 → 99.99, regions 1 → 20, support business hours 50, 24/7 100.
	// Lightsail: (80 + 100 + 78.95 + 100) / 4 = 89.74; DigitalOcean: (92.63 + 100 + 63.16 + 100) / 4 = 88.95;
	// Hetzner: (96.84 + 90.91 + 26.32 + 50) / 4 = 66.02.
	expect(await rankingRows(page)).toEqual([
		'1|AWS Lightsail (yours)|–|89.7',
		'2|DigitalOcean (yours)|–|88.9',
		'3|Hetzner Cloud (yours)|–|66.0'
	]);
});

test('the import preview: a matched header, directions from the names, a column that asks, a flat Yes/No', async ({
	page,
	browser
}) => {
	// A second browser and a PDF on a machine shared with other work.
	test.slow();
	await startWith(page, ['Monthly price']);
	const file = [
		'Provider,Monthly price ($),Latency (ms),Carbon intensity (gCO2/kWh),EU region',
		'Hetzner Cloud,7.99,40,120,yes',
		'DigitalOcean,12,25,300,Yes',
		'AWS Lightsail,24,20,400,yes'
	].join('\n');
	await importFile(page, 'issue.csv', file);
	const preview = page.getByRole('region', { name: 'Before importing issue.csv' });
	await expect(preview).toBeVisible();
	// Nothing has changed yet.
	await expect(page.getByText('Add at least one provider under “Your data” to see a ranking.')).toBeVisible();

	await expect(preview.getByRole('row', { name: /Monthly price \(\$\)/ })).toContainText(
		'fills the criterion “Monthly price”'
	);
	// Latency: less is better, from the name; 20…40 ms, span 20, step 10: 18 → 10 (best), 42 → 50 (worst).
	await expect(preview.getByLabel('Direction of Latency')).toHaveValue('lower');
	await expect(preview.getByLabel('Latency: value scoring 0')).toHaveValue('50');
	await expect(preview.getByLabel('Latency: value scoring 100')).toHaveValue('10');
	// The EU region column is "yes" throughout: accepted, with a note.
	await expect(preview.getByRole('row', { name: /EU region/ })).toContainText(
		'Every provider has “yes” in “EU region”, so it cannot separate them'
	);
	// Carbon intensity: no telling which way is better, so the import waits for a choice.
	const carbon = preview.getByLabel('Direction of Carbon intensity');
	await expect(carbon).toHaveValue('');
	await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
	await expect(preview.getByRole('status')).toHaveText(
		'Choose whether more or less is better for “Carbon intensity”.'
	);
	await carbon.selectOption('lower');
	// 120…400: span 280, step 100; 92 → 0 (best), 428 → 500 (worst).
	await expect(preview.getByLabel('Carbon intensity: value scoring 0')).toHaveValue('500');
	await expect(preview.getByLabel('Carbon intensity: value scoring 100')).toHaveValue('0');
	await preview.getByLabel('Carbon intensity: value scoring 0').fill('600');
	await preview.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(preview).toHaveCount(0);

	const status = page.getByRole('status').filter({ hasText: 'issue.csv' });
	await expect(status).toContainText('Imported 3 new providers and 3 new criteria from issue.csv.');
	await expect(status).toContainText(
		'Every provider has “yes” in “EU region”, so it cannot separate them: it adds the same to every score.'
	);
	await expect(status).toContainText(
		'New criterion “Carbon intensity”: less is better, 600 gCO2/kWh scores 0 and 0 gCO2/kWh scores 100 (your choice)'
	);
	// Weights 50 each over four criteria (25 %). Price (starter, 100 → 5): 96.84, 92.63, 80;
	// latency 50 → 10: 25, 62.5, 75; carbon 600 → 0: 80, 50, 33.33; EU region 100 each.
	// Hetzner (96.84 + 25 + 80 + 100) / 4 = 75.46; DigitalOcean (92.63 + 62.5 + 50 + 100) / 4 = 76.28;
	// Lightsail (80 + 75 + 33.33 + 100) / 4 = 72.08.
	const ranking = await rankingRows(page);
	expect(ranking).toEqual([
		'1|DigitalOcean (yours)|–|76.3',
		'2|Hetzner Cloud (yours)|–|75.5',
		'3|AWS Lightsail (yours)|–|72.1'
	]);

	// The link carries the criteria, their directions and levels: the same ranking elsewhere.
	await expect(page).toHaveURL(/&e=/);
	const url = page.url();
	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(url);
	await ready(fresh);
	expect(await rankingRows(fresh)).toEqual(ranking);
	await context.close();

	// The PDF names the imported criteria.
	const { pdf } = await downloadPdf(page);
	expect(pdf.text).toContain('Latency');
	expect(pdf.text).toContain('EU region');
	expect(pdf.text).toContain('Carbon intensity');
});

test('the answer shows the levels the person chose, and Change opens the scale editor on that criterion', async ({
	page
}) => {
	await startWith(page, ['Monthly price']);
	const file = ['Provider,Monthly price ($),Latency (ms)', 'Near,20,10', 'Cheap,10,80'].join('\n');
	await importFile(page, 'latency.csv', file);
	await page
		.getByRole('region', { name: 'Before importing latency.csv' })
		.getByRole('button', { name: 'Import', exact: true })
		.click();
	// Latency 10…80: span 70, step 10; 3 → 0 (best), 87 → 90 (worst). Near: price 84.2, latency 88.9
	// → 86.5; Cheap: 94.7, 11.1 → 52.9. Near wins on latency, so its levels stand beside the answer.
	const levels = page.getByRole('list', { name: 'Reference levels you chose' });
	await expect(levels).toHaveText(/Latency: 0 at 90 ms, 100 at 0 ms, your choice\./);
	await levels.getByRole('button', { name: 'Change the levels of Latency' }).click();
	const editor = page.getByRole('form', { name: 'Change a criterion’s reference levels' });
	await expect(editor.getByLabel('Criterion', { exact: true })).toHaveValue('u-latency');
	await expect(editor.getByLabel(/^Scores 0 at/)).toBeFocused();
	await expect(editor.getByLabel(/^Scores 0 at/)).toHaveValue('90');
});
