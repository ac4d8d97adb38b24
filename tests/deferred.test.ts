import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchCsp } from './support/csp';
import { ready, watchErrors } from './support/page';
import { trickle } from './support/trickle';

/**
 * Issue 11, a fast start on a phone (Lighthouse): the page builds what nobody has looked at only
 * when it is looked at (the long collapsed sections when first opened, the charts when scrolled
 * near), and all of it stays reachable, by link and without JavaScript.
 */

const sources = (page: Page) =>
	page.locator('section[aria-labelledby="sources-heading"] details.reference-details').last();

/** Pixels a canvas has drawn (any not fully transparent). */
const painted = (canvas: Locator) =>
	canvas.evaluate((c) => {
		const el = c as HTMLCanvasElement;
		const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
		return n;
	});

test.describe('with JavaScript', () => {
	test('a collapsed section is built when first opened, and stays built', async ({ page }) => {
		const errors = watchErrors(page);
		const csp = await watchCsp(page);
		await page.goto('/');
		await ready(page);
		// Closed: the sources' rows are not elements yet.
		const row = page.locator('#src-entry-price-amazon-ec2');
		await expect(row).toHaveCount(0);
		const before = await page.evaluate(() => document.querySelectorAll('*').length);

		await sources(page).locator('summary').click();
		await expect(row).toBeVisible();
		await expect(row).toContainText('0.02 $/h');
		// 17 criteria × 6 providers, with their sources: hundreds of elements arrive only now.
		expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(before + 500);

		// Closing and opening again shows the same table (not built a second time).
		await row.evaluate((r) => ((r as HTMLElement & { mark?: number }).mark = 7));
		await sources(page).locator('summary').click();
		await expect(row).toBeHidden();
		await sources(page).locator('summary').click();
		await expect(row).toBeVisible();
		expect(await row.evaluate((r) => (r as HTMLElement & { mark?: number }).mark)).toBe(7);
		expect(errors).toEqual([]);
		expect(csp).toEqual([]);
	});

	test('a link to a value’s source opens its section when the page opens', async ({ page }) => {
		await page.goto('/?v=2&d=cloud-2010.2#src-entry-price-amazon-ec2');
		await expect(sources(page)).toHaveAttribute('open');
		const row = page.locator('#src-entry-price-amazon-ec2');
		await expect(row).toContainText('0.02 $/h');
		await expect(row).toBeInViewport();
	});

	test('a chart is drawn when it scrolls near, not while the page starts', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/');
		await ready(page);
		// On a phone the charts lie below the weights: far from the first screen.
		const canvas = page
			.getByRole('img', { name: 'Weighted contribution of each criterion chart' })
			.locator('canvas');
		// The charts' section is built once the page has been idle a moment (Deferred.svelte), the
		// chart drawn only when it comes near.
		await expect(canvas).toHaveAttribute('data-chart', /Entry price/, { timeout: 15_000 });
		await page.waitForTimeout(500);
		expect(await painted(canvas)).toBe(0);

		await canvas.scrollIntoViewIfNeeded();
		await expect.poll(() => painted(canvas), { timeout: 10_000 }).toBeGreaterThan(1000);
	});

	test('a printout leaves out a chart not drawn yet (its table prints) and keeps one drawn', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/');
		await ready(page);
		const chart = page.getByRole('img', { name: 'Weighted contribution of each criterion chart' });
		const figure = page.locator('figure', { has: chart });
		await page.emulateMedia({ media: 'print' });
		await expect(figure).toBeHidden();
		await expect(page.getByRole('table', { name: 'Value scores' })).toBeVisible();

		await page.emulateMedia({ media: 'screen' });
		await figure.scrollIntoViewIfNeeded();
		await expect.poll(() => painted(chart.locator('canvas')), { timeout: 10_000 }).toBeGreaterThan(1000);
		await page.emulateMedia({ media: 'print' });
		await expect(figure).toBeVisible();
	});

	test('printing draws the charts not drawn yet, once Chart.js is loaded', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/');
		await ready(page);
		// Chart.js is loaded by the chart at the end of the results (rank acceptability), reached in one
		// jump, so the charts above it never came near the screen.
		const acceptability = page.getByRole('img', { name: 'Rank acceptability chart' }).locator('canvas');
		const score = page.getByRole('img', { name: 'Total score per provider chart' }).locator('canvas');
		await page.getByRole('heading', { name: 'Rank acceptability', exact: true }).scrollIntoViewIfNeeded();
		await acceptability.scrollIntoViewIfNeeded();
		await expect.poll(() => painted(acceptability), { timeout: 20_000 }).toBeGreaterThan(1000);
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForTimeout(300);
		// Far from what was seen: not drawn, until the browser is about to print.
		expect(await painted(score)).toBe(0);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await expect.poll(() => painted(score), { timeout: 2000 }).toBeGreaterThan(1000);
	});
});

test('on a phone the first screen does not move while the page loads', async ({ page, baseURL }) => {
	// A slow phone (CPU 4× slower, as Lighthouse's mobile run) on a slow connection: the page paints
	// in parts as the HTML arrives, so anything whose box depends on what comes after it in the HTML
	// (a margin that takes effect later, a control whose label has not arrived, a bar that grows as
	// its list fills) shows up as a layout shift. The HTML of the header and of the bottom bar
	// arrives one tag at a time (support/trickle.ts), so the browser paints at every such point.
	// About 160 pieces, 60 ms apart, on a 4× slower CPU: longer than the usual 30 s.
	test.setTimeout(90_000);
	const slow = await trickle(baseURL!, [
		['<header', '</header>'],
		['<main', 'id="weights-heading"'],
		['class="dataset-picker', 'class="muted weighting-about'],
		['<aside class="leader-bar"', '</aside>']
	]);
	try {
		await page.setViewportSize({ width: 412, height: 823 });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			const w = window as unknown as { __shifts: string[] };
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & {
					value: number;
					sources: { node?: Node }[];
				})[])
					w.__shifts.push(
						`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName).join(', ')}`
					);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${slow.origin}/`);
		await ready(page);
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
		// The bar keeps its height whether or not its Results link is shown (it steps aside once the
		// results are on screen): its top edge does not move under the reader's eye.
		const bar = page.getByRole('complementary', { name: 'Current top three' });
		const height = (await bar.boundingBox())!.height;
		await page.getByRole('heading', { name: 'Results', exact: true }).scrollIntoViewIfNeeded();
		await expect(bar.getByRole('link', { name: 'Results' })).toBeHidden();
		expect((await bar.boundingBox())!.height).toBe(height);
	} finally {
		await slow.close();
	}
});

test('a choice is laid out only once its name has arrived, so a page arriving slowly never moves it', async ({
	page
}) => {
	// The cause of a rare failure of the test above: while the HTML streams in, a label may hold its
	// radio without its name yet. At 412 px such a TOPSIS label fits at the end of the methods' first
	// line, where the whole label does not, so it moved down a line when its name arrived.
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/');
	await ready(page);
	const topsis = page.getByRole('group', { name: 'Method' }).locator('label', { hasText: 'TOPSIS' });
	const found = await topsis.evaluate((label) => {
		const whole = label.getBoundingClientRect().y;
		const name = label.querySelector('.choice-name')!;
		// The label as the parser leaves it between its radio and its name, and with an empty name.
		name.remove();
		const radioOnly = getComputedStyle(label).display;
		const empty = document.createElement('span');
		empty.className = 'choice-name';
		label.append(empty);
		const emptyName = getComputedStyle(label).display;
		empty.replaceWith(name);
		return { whole, radioOnly, emptyName, back: label.getBoundingClientRect().y };
	});
	expect(found.radioOnly).toBe('none');
	expect(found.emptyName).toBe('none');
	expect(found.back).toBe(found.whole);
	// Every choice shows once the page is whole.
	for (const name of [
		'Weighted sum',
		'Weighted product',
		'TOPSIS',
		'Sliders',
		'Pairwise comparison',
		'Left out'
	])
		await expect(page.getByRole('radio', { name })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every collapsed section still opens, as plain HTML', async ({ page }) => {
		await page.goto('/?v=2&d=cloud-2010.2');
		// Sent on to the page that writes every section out (no-script.test.ts).
		await expect(page).toHaveURL(/&nojs$/);
		await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		for (const [summary, table] of [
			[/^Each criterion’s value scale/, 'Value scales'],
			[/^Each criterion’s stability interval/, 'Weight stability'],
			[/^Every value with its source/, 'Entry price'],
			[/^Every event, \d+ with their sources/, /^Events \d{4}/]
		] as const) {
			await page.locator('summary', { hasText: summary }).click();
			await expect(page.getByRole('table', { name: table }).first()).toBeVisible();
		}
		await expect(page.locator('#src-entry-price-amazon-ec2')).toContainText('0.02 $/h');
	});
});
