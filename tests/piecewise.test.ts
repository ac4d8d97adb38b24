import { expect, test, type Page } from '@playwright/test';
import { rankingRows, ready, watchErrors } from './support/page';
import { downloadPdf } from './support/pdf';

/**
 * A piecewise-linear scale (issue 16, item 5): "1 GB scores 0, 8 GB scores 70, 64 GB scores 100" on
 * cloud-2010 v3's Largest server, carried in a link, edited on the page, shown in the value-scales
 * table and in the PDF.
 *
 * The link weighs Entry price 25 and Largest server 75 (every other weight 0), so each score is
 * 0.25 · price value + 0.75 · memory value. Values from data/cloud-2010.v3.json:
 *
 *   provider     $/h     GB     price value: 100·(x − 0.2)/(0.01 − 0.2)   memory value (1/8/64 → 0/70/100)
 *   EC2          0.02    68.4   94.7368                                   100 (beyond 64 GB)
 *   Rackspace    0.015   15.5   97.3684                                   70 + 30·(15.5 − 8)/56 = 74.0179
 *   GoGrid       0.095   8      55.2632                                   70
 *   IBM          0.17    16     15.7895                                   70 + 30·(16 − 8)/56 = 74.2857
 *   NTT, The Planet: both unknown, scored at the worst level: 0.
 *
 *   EC2       0.25·94.7368 + 0.75·100     = 23.6842 + 75      = 98.684 → 98.7
 *   Rackspace 0.25·97.3684 + 0.75·74.0179 = 24.3421 + 55.5134 = 79.856 → 79.9
 *   GoGrid    0.25·55.2632 + 0.75·70      = 13.8158 + 52.5    = 66.316 → 66.3
 *   IBM       0.25·15.7895 + 0.75·74.2857 =  3.9474 + 55.7143 = 59.662 → 59.7
 */
const LINK =
	'/?v=2&d=cloud-2010.3&w=25,0,0,0,75,0,0,0,0,0,0,0,0,0,0,0,0&e=q1YqTk7MSS1WsqpWykksSk8tLtEtSsxVsopWKshMTU4tzyxOVdIx1DHQsdAxN9AxM9ExNDCIra0FAA';

const BEFORE = [
	'1|Amazon EC2|Xen|98.7',
	'2|Rackspace Cloud Servers|Xen|79.9',
	'3|GoGrid|Xen|66.3',
	'4|IBM|KVM|59.7'
];

/**
 * With the middle point moved from 8 GB to 16 GB (1/16/64 → 0/70/100), memory values become
 * Rackspace 70·(15.5 − 1)/15 = 67.6667, GoGrid 70·(8 − 1)/15 = 32.6667, IBM 70, EC2 still 100:
 *   Rackspace 24.3421 + 0.75·67.6667 = 24.3421 + 50.75 = 75.092 → 75.1
 *   IBM        3.9474 + 0.75·70      =  3.9474 + 52.5  = 56.447 → 56.4
 *   GoGrid    13.8158 + 0.75·32.6667 = 13.8158 + 24.5  = 38.316 → 38.3
 * so IBM passes GoGrid.
 */
const AFTER = [
	'1|Amazon EC2|Xen|98.7',
	'2|Rackspace Cloud Servers|Xen|75.1',
	'3|IBM|KVM|56.4',
	'4|GoGrid|Xen|38.3'
];

function scaleForm(page: Page) {
	return page.getByRole('form', { name: 'Change a criterion’s reference levels' });
}

async function openEditors(page: Page) {
	const details = page.locator('details.editors-details');
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
}

/** The value-scales table, its section opened (it is built when first opened). */
async function valueScales(page: Page) {
	const details = page.locator('details', { hasText: 'Each criterion’s value scale' });
	if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
		await details.locator('summary').click();
	return page.getByRole('table', { name: 'Value scales' });
}

/** Text of a PDF without any white space: a table cell's words may wrap anywhere. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

test('a link with a piecewise scale ranks as computed by hand; changing a point re-ranks; the PDF shows the scale', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(LINK);
	await ready(page);
	expect((await rankingRows(page)).slice(0, 4)).toEqual(BEFORE);

	// The value-scales table says the points.
	await expect((await valueScales(page)).getByRole('row', { name: /Largest server/ })).toContainText(
		'0 at 1 GB, 70 at 8 GB, 100 at 64 GB; straight lines between the points'
	);

	// Move the middle point from 8 GB to 16 GB in the scale's editor.
	await openEditors(page);
	const form = scaleForm(page);
	await form.getByLabel('Criterion', { exact: true }).selectOption({ label: 'Largest server' });
	await expect(form.getByRole('radio', { name: 'Numbers, by points' })).toBeChecked();
	await expect(form.getByLabel('Level of point 2')).toHaveValue('8');
	await form.getByLabel('Level of point 2').fill('16');
	await form.getByRole('button', { name: 'Save levels' }).click();
	await expect.poll(async () => (await rankingRows(page)).slice(0, 4)).toEqual(AFTER);
	await expect((await valueScales(page)).getByRole('row', { name: /Largest server/ })).toContainText(
		'70 at 16 GB'
	);

	// The PDF: its value-scales table shows the changed points, and the data set's scale beside them.
	const { pdf } = await downloadPdf(page);
	const text = squeezed(pdf.pages.map((p) => p.joined).join(''));
	expect(text).toContain(squeezed('0 at 1 GB, 70 at 16 GB, 100 at 64 GB; straight lines between the points'));
	expect(text).toContain(squeezed('the data set has 0 at 1 GB, 100 at 70 GB'));
	expect(errors).toEqual([]);
});

test('a criterion on numbers switches to points on the page, and the link carries them', async ({ page }) => {
	const errors = watchErrors(page);
	// Only Largest server weighted: each score is the memory value alone.
	await page.goto(`/?v=2&d=cloud-2010.3&w=0,0,0,0,100${',0'.repeat(12)}`);
	await ready(page);
	await openEditors(page);
	const form = scaleForm(page);
	await form.getByLabel('Criterion', { exact: true }).selectOption({ label: 'Largest server' });
	await form.getByRole('radio', { name: 'Numbers, by points' }).check();
	// The points start from the linear scale's two levels: 1 GB → 0, 70 GB → 100.
	await expect(form.getByLabel('Level of point 1')).toHaveValue('1');
	await expect(form.getByLabel('Level of point 2')).toHaveValue('70');
	await form.getByLabel('Level of point 2').fill('8');
	await form.getByLabel('Score of point 2').fill('70');
	await form.getByRole('button', { name: 'Add a point' }).click();
	await form.getByLabel('Level of point 3').fill('64');
	await form.getByLabel('Score of point 3').fill('100');
	await form.getByRole('button', { name: 'Save levels' }).click();
	// Memory values as in the table above: EC2 100, IBM 74.2857, Rackspace 74.0179, GoGrid 70.
	const expected = [
		'1|Amazon EC2|Xen|100.0',
		'2|IBM|KVM|74.3',
		'3|Rackspace Cloud Servers|Xen|74.0',
		'4|GoGrid|Xen|70.0'
	];
	await expect.poll(async () => (await rankingRows(page)).slice(0, 4)).toEqual(expected);

	// The address bar now carries the points; opened afresh (rendered on the server), it ranks the same.
	await expect(page).toHaveURL(/&e=/);
	const link = page.url();
	const fresh = await page.context().newPage();
	await fresh.goto(link);
	await ready(fresh);
	expect((await rankingRows(fresh)).slice(0, 4)).toEqual(expected);
	expect(errors).toEqual([]);
});
