import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { rankingRows, watchErrors } from './support/page';

/**
 * The "Your values" grid (issue 18 items 1–3): spreadsheet keys, paste and copy, rows and columns
 * that are the person's, all carried by the link.
 */

/** cloud-2010 v1 with only Entry price weighted (the ranking follows Entry price alone). */
const ONLY_ENTRY_PRICE = `/?v=1&d=cloud-2010.1&w=100${',0'.repeat(16)}`;

// 8,000-cell grids are not these; but the machine the suite runs on is shared, so allow time.
test.describe.configure({ timeout: 120_000 });
/** Hydrated: the page has written its link (as `ready`, with more time on a loaded machine). */
const ready = (page: Page) => expect(page).toHaveURL(/\?v=2&d=/, { timeout: 30_000 });

const grid = (page: Page) => page.getByRole('grid', { name: 'Your values' });
const cell = (page: Page, r: number, c: number) => grid(page).locator(`[data-cell="${r}:${c}"]`);
const activeCell = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

async function paste(page: Page, text: string) {
	await page.evaluate((t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		document.activeElement!.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

async function copy(page: Page): Promise<string> {
	return page.evaluate(() => {
		const data = new DataTransfer();
		document.activeElement!.dispatchEvent(
			new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true })
		);
		return data.getData('text/plain');
	});
}

test('the grid is one tab stop and moves like a spreadsheet; a typed value is yours with the original described', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(ONLY_ENTRY_PRICE);
	await ready(page);
	// The grid arrives after the first screen (a chunk of its own): on a loaded machine, allow time.
	await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1, { timeout: 30_000 });
	await cell(page, 0, 0).focus();
	await page.keyboard.press('ArrowRight');
	expect(await activeCell(page)).toBe('0:1');
	await page.keyboard.press('ArrowDown');
	expect(await activeCell(page)).toBe('1:1');
	await page.keyboard.press('End');
	expect(await activeCell(page)).toBe('1:16');
	await page.keyboard.press('Home');
	expect(await activeCell(page)).toBe('1:0');
	await page.keyboard.press('Control+End');
	expect(await activeCell(page)).toBe('5:16');
	await page.keyboard.press('Control+Home');
	expect(await activeCell(page)).toBe('0:0');
	await page.keyboard.press('Tab');
	expect(await activeCell(page)).toBe('0:1');
	await page.keyboard.press('Shift+Tab');
	expect(await activeCell(page)).toBe('0:0');
	// Still one tab stop, now on the active cell.
	await expect(grid(page).locator('[tabindex="0"]')).toHaveAttribute('data-cell', '0:0');

	// Escape reverts the cell: Amazon EC2's entry price stays the data set's 0.02.
	await page.keyboard.type('9');
	await page.keyboard.press('Escape');
	await expect(cell(page, 0, 0)).toHaveValue('0.02');
	// Enter saves and moves down. 0.3 is worse than the scale's worst (0.2): EC2 drops to last.
	await page.keyboard.type('0.3');
	await page.keyboard.press('Enter');
	expect(await activeCell(page)).toBe('1:0');
	const edited = cell(page, 0, 0);
	await expect(edited).toHaveValue('0.3');
	await expect(edited).toHaveAccessibleDescription(/data set’s value is 0\.02/);
	await expect(edited.locator('xpath=..')).toContainText('†');
	// 0.3 is past the worst reference level (0.2): it scores 0, as the worst does.
	expect(await rankingRows(page)).toContainEqual(expect.stringMatching(/^\d\|Amazon EC2\|Xen\|0\.0$/));
	// Text that is not a number is not saved and says why.
	await page.keyboard.type('cheap');
	await page.keyboard.press('Enter');
	await expect(cell(page, 1, 0)).toHaveAttribute('aria-invalid', 'true');
	await expect(cell(page, 1, 0)).toHaveAccessibleDescription(/“cheap” is not a number/);

	// F2 shows the cell's source; Escape comes back.
	await cell(page, 1, 1).focus();
	await page.keyboard.press('F2');
	const details = page.getByRole('region', { name: /^Source: Rackspace Cloud Servers, Price per GB RAM/ });
	await expect(details).toBeFocused();
	await expect(details.getByRole('link')).toHaveCount(1);
	await page.keyboard.press('Escape');
	expect(await activeCell(page)).toBe('1:1');
	expect(errors).toEqual([]);
});

test('a pasted block adds providers and criteria, reports what it could not read, and is one undo step', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(ONLY_ENTRY_PRICE);
	await ready(page);
	const before = await rankingRows(page);
	await cell(page, 0, 0).focus();
	await paste(
		page,
		'Provider\tEntry price ($/h)\tFree storage (GB)\tEU region\r\n' +
			'Hetzner\t0.01\t24\tyes\r\n' +
			'Amazon EC2\t0.03\t12\tyes\r\n' +
			'GoGrid\tcheap\t8\tyes\r\n'
	);
	await expect(page.getByRole('status').filter({ hasText: /^Pasted/ })).toHaveText(
		'Pasted 8 cells, added 1 provider, added 2 criteria; 1 could not be read (listed below the grid). Undo takes the whole paste back.'
	);
	await expect(page.getByText('Row 4, column 2: “cheap” is not a number.')).toBeVisible();
	await expect(grid(page).getByRole('columnheader', { name: 'Free storage (GB)' })).toBeVisible();
	await expect(grid(page).getByRole('columnheader', { name: 'EU region' })).toBeVisible();
	await expect(grid(page).getByRole('rowheader', { name: 'Hetzner' })).toBeVisible();
	// Hetzner first. Entry price (weight 100; cloud-2010 v1 scale 0.2 → 0, 0.01 → 100): 0.01 → 100.
	// The new criteria (weight 50 each): Free storage, more is better (from its name), levels proposed
	// from 8…24 (span 16, step 5: 5 → 0, 30 → 100): 24 → 76; EU region Yes → 100.
	// (100 × 100 + 50 × 76 + 50 × 100) / 200 = 94.0.
	expect((await rankingRows(page))[0]).toMatch(/^1\|Hetzner \(yours\)\|–\|94\.0$/);
	await page.getByRole('button', { name: 'Undo paste' }).click();
	await expect(grid(page).getByRole('rowheader', { name: 'Hetzner' })).toHaveCount(0);
	await expect(grid(page).getByRole('columnheader', { name: 'EU region' })).toHaveCount(0);
	expect(await rankingRows(page)).toEqual(before);
	expect(errors).toEqual([]);
});

test('a block selected with Shift+arrows copies as tab-separated text', async ({ page }) => {
	await page.goto(ONLY_ENTRY_PRICE);
	await ready(page);
	await cell(page, 0, 4).focus();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Shift+ArrowDown');
	const text = await copy(page);
	const rows = text.split('\n').map((r) => r.split('\t'));
	expect(rows).toHaveLength(2);
	// Largest server and I/O virtualisation of EC2 and Rackspace, as the grid shows them.
	const shown = async (r: number, c: number) => {
		const el = cell(page, r, c);
		return (await el.evaluate((e) => e.tagName)) === 'SELECT'
			? await el.evaluate((e: HTMLSelectElement) => e.selectedOptions[0]!.text)
			: await el.inputValue();
	};
	expect(rows).toEqual([
		[await shown(0, 4), await shown(0, 5)],
		[await shown(1, 4), await shown(1, 5)]
	]);
	expect(rows.flat().every((t) => t !== '')).toBe(true);
});

test('starter and data set criteria can be removed, a removed one brought back, rows renamed and moved, all in the link', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await ready(page);
	await page.getByLabel('Data set').selectOption({ label: 'Start from scratch' });
	await expect(page).toHaveURL(/d=starter\.1/);
	// After adding a provider the focus is in its first cell.
	await page.getByLabel('New provider').fill('Hetzner');
	await page.getByRole('button', { name: 'Add provider' }).first().click();
	await expect(page.getByRole('textbox', { name: 'Hetzner, Monthly price' })).toBeFocused();
	await page.keyboard.type('4.5');
	await page.keyboard.press('Enter');

	await page.getByText('Rename, reorder and remove providers and criteria').click();
	await page.getByRole('button', { name: 'Remove column Outbound traffic price' }).click();
	await expect(grid(page).getByRole('columnheader', { name: /Outbound traffic price/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Bring back Outbound traffic price' }).click();
	await expect(grid(page).getByRole('columnheader', { name: /Outbound traffic price/ })).toHaveCount(1);
	await page.getByRole('button', { name: 'Remove column Automation' }).click();
	await expect(grid(page).getByRole('columnheader', { name: /Automation/ })).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Hetzner, Monthly price' })).toHaveValue('4.5');

	// The 2010 set: a data set criterion removed, a provider renamed and moved.
	await page.goto(ONLY_ENTRY_PRICE);
	await ready(page);
	await page.getByText('Rename, reorder and remove providers and criteria').click();
	await page.getByRole('button', { name: 'Remove column Windows servers' }).click();
	await page.getByRole('textbox', { name: 'Name of provider 6' }).fill('Planet');
	await page.getByRole('textbox', { name: 'Name of provider 6' }).press('Enter');
	await page.getByRole('button', { name: 'Move GoGrid up' }).click();
	const headers = () => grid(page).getByRole('rowheader').allTextContents();
	await expect
		.poll(headers)
		.toEqual(['Amazon EC2', 'GoGrid', 'Rackspace Cloud Servers', 'IBM', 'NTT Communications', 'Planet']);
	const scores = await rankingRows(page);
	await page.waitForTimeout(600); // the link is written debounced
	const link = page.url();
	await page.goto(link);
	await ready(page);
	await expect
		.poll(headers)
		.toEqual(['Amazon EC2', 'GoGrid', 'Rackspace Cloud Servers', 'IBM', 'NTT Communications', 'Planet']);
	await expect(grid(page).getByRole('columnheader', { name: /Windows servers/ })).toHaveCount(0);
	await page.getByText('Rename, reorder and remove providers and criteria').click();
	await expect(page.getByRole('button', { name: 'Bring back Windows servers' })).toBeVisible();
	expect(await rankingRows(page)).toEqual(scores);
	expect(errors).toEqual([]);
});

test('the grid has no serious accessibility problems', async ({ page }) => {
	await page.goto(ONLY_ENTRY_PRICE);
	await ready(page);
	await cell(page, 0, 0).fill('0.5');
	await cell(page, 0, 0).press('Enter');
	const results = await new AxeBuilder({ page }).include('.values-grid').analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
