import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parsePdf } from './support/pdf';
import { openAllSections, rankingRows, ready, watchErrors, weightBox } from './support/page';

/**
 * Lays out everything the page defers (`content-visibility: auto`), through the CSSOM: an inline
 * <style> would break the page's own Content-Security-Policy (style-src 'self').
 */
async function showEverything(page: Page) {
	await page.evaluate(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('* { content-visibility: visible !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
}

/**
 * Issue 12, "at a glance": weights a swipe cannot change, presets that say what they are, the
 * answer first (page and PDF), a page that fits a phone, words for numbers, no false alarms and
 * nothing moving under the pointer.
 */

/** Every weight in the form, in form order. */
async function weights(page: Page): Promise<string[]> {
	return page
		.getByRole('form', { name: 'Weights' })
		.getByRole('spinbutton')
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

const presetStatus = (page: Page) => page.locator('#preset-status');
const presetButton = (page: Page, name: string) =>
	page.getByRole('group', { name: 'Weight presets' }).getByRole('button', { name, exact: true });

test.describe('on a 360 px touch screen', () => {
	test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

	let errors: string[];
	test.beforeEach(async ({ page }) => {
		errors = watchErrors(page);
		await page.goto('/');
		await ready(page);
	});
	test.afterEach(() => expect(errors).toEqual([]));

	/** Real touch events through the DevTools protocol: start, `steps` moves of (dx, dy), end. */
	async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 12) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
		for (let i = 1; i <= steps; i++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps }]
			});
			await page.waitForTimeout(16);
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}

	/** A point on a slider's track, `at` (0–1) of the way along, in the viewport. */
	async function onSlider(page: Page, name: string, at: number) {
		const slider = page.getByRole('slider', { name, exact: true });
		await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const box = (await slider.boundingBox())!;
		return { x: Math.round(box.x + box.width * at), y: Math.round(box.y + box.height / 2) };
	}

	test('a vertical swipe that starts on a slider changes no weight and scrolls the page', async ({
		page
	}) => {
		const before = await weights(page);
		const url = page.url();
		for (const [name, at, dy] of [
			['Entry price', 0.9, -300], // far from the thumb (at 50): a jump would have moved it
			['SLA uptime', 0.05, 250],
			['Data centres', 0.6, -200]
		] as const) {
			const from = await onSlider(page, name, at);
			const scrolled = await page.evaluate(() => scrollY);
			await swipe(page, from, 4, dy);
			await expect.poll(() => page.evaluate(() => scrollY)).not.toBe(scrolled);
		}
		await page.waitForTimeout(500); // past the address bar's debounce
		expect(await weights(page)).toEqual(before);
		expect(page.url()).toBe(url);
		await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
	});

	test('a tap on a slider changes nothing; a sideways drag does, and one Undo puts it back', async ({
		page
	}) => {
		const before = await weights(page);
		const box = weightBox(page, 'Entry price');
		const far = await onSlider(page, 'Entry price', 0.9);
		await swipe(page, far, 0, 0, 1);
		await page.waitForTimeout(300);
		expect(await weights(page)).toEqual(before);

		const thumb = await onSlider(page, 'Entry price', 0.5);
		await swipe(page, thumb, 80, 3);
		await expect(box).not.toHaveValue(before[0]!);
		expect(Number(await box.inputValue())).toBeGreaterThan(Number(before[0]));
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect.poll(() => weights(page)).toEqual(before);
	});

	test('touch targets are at least 44 × 44 px', async ({ page }) => {
		const form = page.getByRole('form', { name: 'Weights' });
		const targets = [
			form.getByRole('slider', { name: 'Entry price', exact: true }),
			weightBox(page, 'Entry price'),
			presetButton(page, 'Balanced'),
			form.getByRole('button', { name: 'Equal weights' }),
			// The checkbox's target is its whole label row.
			page.locator('.providers label').filter({ hasText: 'Amazon EC2' }),
			page.getByRole('button', { name: 'Copy link' })
		];
		for (const target of targets) {
			const box = (await target.boundingBox())!;
			expect(box.height, await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
			expect(box.width).toBeGreaterThanOrEqual(44);
		}
		// Clicking anywhere on the label row toggles the provider.
		await page
			.locator('.providers label')
			.filter({ hasText: 'Amazon EC2' })
			.click({ position: { x: 200, y: 10 } });
		await expect(page.getByRole('checkbox', { name: /Amazon EC2/ })).not.toBeChecked();
	});

	test('nothing is wider than the screen: wide tables scroll inside named boxes', async ({ page }) => {
		// Open every collapsed section too, so their tables are checked as well.
		await openAllSections(page);
		await showEverything(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const outside = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const clips = (e: Element) => /auto|scroll|hidden/.test(getComputedStyle(e).overflowX);
			return [...document.querySelectorAll('body *')]
				.filter((e) => {
					const r = e.getBoundingClientRect();
					if (r.width === 0 || r.right <= width + 0.5) return false;
					// Inside a box that scrolls sideways (and itself fits): that is where wide tables belong.
					for (let a = e.parentElement; a; a = a.parentElement)
						if (clips(a)) return a.getBoundingClientRect().right > width + 0.5;
					return true;
				})
				.map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
		});
		expect(outside).toEqual([]);
		// Every sideways-scrolling box is named and reachable by keyboard.
		const boxes = await page
			.locator('.scroll')
			.evaluateAll((els) =>
				els.map((e) => [e.getAttribute('role'), !!e.getAttribute('aria-label'), e.getAttribute('tabindex')])
			);
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) expect(box).toEqual(['region', true, '0']);
	});

	test('table headers break between words, never inside one', async ({ page }) => {
		await openAllSections(page);
		const broken = await page.locator('thead th').evaluateAll((ths) =>
			ths
				.filter((th) => {
					const text = th.textContent?.trim() ?? '';
					if (!text) return false;
					const range = document.createRange();
					range.selectNodeContents(th);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
					return lines > text.split(/\s+/).length;
				})
				.map((th) => th.textContent)
		);
		expect(broken).toEqual([]);
	});

	test('the reference sections start closed and the whole page is under 15,000 px', async ({ page }) => {
		// Scales, sources, the editors, the weight-stability table, and the timeline's fates and events.
		// (The sections below the first screen are built once the page has been idle, one at a time.)
		const details = page.locator('details.reference-details, details.editors-details');
		await expect(details).toHaveCount(6, { timeout: 15_000 });
		for (const d of await details.all())
			expect(await d.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
		// Fully rendered: no section left to the browser's lazy layout.
		await showEverything(page);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(15_000);
		// The controls that stay visible: import and export.
		await expect(page.getByLabel('Import CSV or JSON')).toBeAttached();
		await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
	});
});

test.describe('on a desktop', () => {
	let errors: string[];
	test.beforeEach(async ({ page }) => {
		errors = watchErrors(page);
	});
	test.afterEach(() => expect(errors).toEqual([]));

	test('the chosen preset is marked, described, "(modified)" after a change, and kept in the link', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		// A new comparison starts from the first preset.
		await expect(presetButton(page, 'Balanced')).toHaveAttribute('aria-pressed', 'true');
		await expect(presetStatus(page)).toContainText('Balanced: A general-purpose buyer');

		await presetButton(page, 'Cost-sensitive start-up').click();
		await expect(presetButton(page, 'Cost-sensitive start-up')).toHaveAttribute('aria-pressed', 'true');
		await expect(presetButton(page, 'Balanced')).toHaveAttribute('aria-pressed', 'false');
		// The description is on the page, not only in a tooltip.
		await expect(presetStatus(page)).toBeVisible();
		await expect(presetStatus(page)).toHaveText(
			'Cost-sensitive start-up: Small Linux servers by the hour, driven from scripts; price and API above all.'
		);
		await expect(page).toHaveURL(/&p=startup(&|$)/);
		await expect(page.locator('.answer')).toContainText('Weights: the Cost-sensitive start-up preset.');

		await weightBox(page, 'SLA uptime').fill('90');
		await expect(presetStatus(page)).toContainText('Cost-sensitive start-up (modified):');
		await expect(page.locator('.answer')).toContainText(
			'Weights: the Cost-sensitive start-up preset, modified.'
		);
		await expect(page).toHaveURL(/,90,.*&p=startup(&|$)/);

		await page.reload();
		await ready(page);
		await expect(presetStatus(page)).toContainText('Cost-sensitive start-up (modified):');
		await expect(presetButton(page, 'Cost-sensitive start-up')).toHaveAttribute('aria-pressed', 'true');

		// Equal weights are no preset's.
		await page.getByRole('button', { name: 'Equal weights' }).click();
		await expect(presetStatus(page)).toContainText('Your own, no preset');
		await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
		await expect(page).not.toHaveURL(/&p=/);
	});

	test('choosing a preset over custom weights is one Undo away', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await weightBox(page, 'Entry price').fill('3');
		await weightBox(page, 'Windows servers').fill('97');
		await expect(page).toHaveURL(/w=3,/);
		const mine = await weights(page);
		const myRanking = await rankingRows(page);

		await presetButton(page, 'Security and compliance first').click();
		await expect(weightBox(page, 'Compliance audits')).toHaveValue('100');
		expect(await weights(page)).not.toEqual(mine);

		await page.getByRole('button', { name: 'Undo preset “Security and compliance first”' }).click();
		await expect.poll(() => weights(page)).toEqual(mine);
		expect(await rankingRows(page)).toEqual(myRanking);
		await expect(presetStatus(page)).toContainText('Balanced (modified)');
	});

	test('the answer sits beside the ranking, in words', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const answer = page.locator('.answer');
		await expect(answer.locator('.answer-sentence')).toHaveText(
			/^Amazon EC2 leads Rackspace Cloud Servers by 20\.6 points, mostly on API maturity.*; Rackspace Cloud Servers is better on SLA/
		);
		await expect(answer).toContainText(
			'Amazon EC2 is first under every weighting tried (500 trials, each weight ±25 %)'
		);
		await expect(answer).toContainText('Unknown values: Worst level (an unknown value scores 0');
		await expect(answer).toContainText(
			/Known values: Amazon EC2 17 of 17, Rackspace Cloud Servers \d+ of 17/
		);
		// The answer comes before the ranking table, with nothing between but the table's caption.
		const order = await page.evaluate(() => {
			const a = document.querySelector('.answer')!;
			const t = document.getElementById('ranking-table')!;
			return a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
	});

	test('value scores show the figure behind them and lead to its source', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const table = page.getByRole('table', { name: 'Value scores' });
		const ec2 = table.getByRole('row', { name: /^Amazon EC2/ });
		const cell = ec2.getByRole('link', { name: '0.02 $/h · 95' });
		await expect(cell).toBeVisible();
		await expect(ec2.getByRole('link', { name: /^\d+ data centres? · \d+$/ })).toBeVisible();
		await expect(
			ec2.getByRole('link', { name: /^[\d.]+ years? since the API launched · \d+$/ })
		).toBeVisible();

		const sources = page
			.locator('section[aria-labelledby="sources-heading"] details.reference-details')
			.last();
		await expect(sources).not.toHaveAttribute('open');
		await cell.click();
		await expect(page).toHaveURL(/#src-entry-price-amazon-ec2$/);
		await expect(sources).toHaveAttribute('open');
		const row = page.locator('#src-entry-price-amazon-ec2');
		await expect(row).toBeInViewport();
		await expect(row).toContainText('0.02 $/h');
	});

	test('Copy link says so on a reserved line, moves nothing, and the message clears itself', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		await ready(page);
		const pdf = page.getByRole('button', { name: 'Download PDF' });
		const undo = page.getByRole('button', { name: /^Undo/ });
		const ranking = page.getByRole('table', { name: 'Ranking', exact: true });
		const before = [await pdf.boundingBox(), await undo.boundingBox(), await ranking.boundingBox()];
		await page.getByRole('button', { name: 'Copy link' }).click();
		const status = page.locator('[aria-live="polite"]', { hasText: 'Link copied' });
		await expect(status).toBeVisible();
		expect([await pdf.boundingBox(), await undo.boundingBox(), await ranking.boundingBox()]).toEqual(before);
		await expect(status).toBeHidden({ timeout: 8000 });
		expect(await pdf.boundingBox()).toEqual(before[0]);
	});

	test('the first Tab stop skips to the results; each criterion is one Tab stop', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to results' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();

		// In the weights form: the presets, Equal weights, then per group its fold button and one
		// number box per criterion.
		const stops = await page.getByRole('form', { name: 'Weights' }).evaluate((form) =>
			[...form.querySelectorAll<HTMLElement>('input, button, select, a[href], [tabindex]')]
				.filter((e) => e.tabIndex >= 0 && !(e as HTMLInputElement).disabled)
				// A radio group is one Tab stop: only its checked radio takes focus from Tab.
				.filter((e) => e.getAttribute('type') !== 'radio' || (e as HTMLInputElement).checked)
				.map((e) => {
					const type = e.getAttribute('type');
					return type === 'number' || type === 'radio' ? type : e.tagName.toLowerCase();
				})
		);
		const criteria = await page.getByRole('form', { name: 'Weights' }).getByRole('slider').count();
		expect(stops.filter((s) => s === 'number')).toHaveLength(criteria);
		expect(stops.filter((s) => s === 'input')).toEqual([]);
		// The settings bar's choices (method, way of setting the weights, unknown values): each radio
		// group is one stop.
		const settingStops = await page
			.getByRole('region', { name: 'How the ranking is made' })
			.evaluate(
				(bar) =>
					[...bar.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
						(e) => e.tabIndex >= 0 && e.checked
					).length
			);
		expect(settingStops).toBe(3);
		// The slider is out of the Tab order but still named and described.
		const slider = page.getByRole('slider', { name: 'Entry price', exact: true });
		await expect(slider).toHaveAttribute('tabindex', '-1');
		await expect(slider).toHaveAccessibleDescription(/Weight Share Hourly on-demand price/);
		await expect(weightBox(page, 'Entry price')).toHaveAccessibleDescription(
			/Weight Share Hourly on-demand price/
		);
	});

	test('a reload of your own comparison is not a shared link', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await weightBox(page, 'Entry price').fill('11');
		await expect(page).toHaveURL(/w=11,/);
		await page.reload();
		await ready(page);
		await weightBox(page, 'SLA uptime').fill('12');
		await expect(page).toHaveURL(/w=11,.*,12,/);
		await page.waitForTimeout(500);
		await expect(page.getByText('You opened a shared link')).toHaveCount(0);
		await page.reload();
		await ready(page);
		await page.waitForTimeout(300);
		await expect(page.getByText('You opened a shared link')).toHaveCount(0);
	});

	test('words for numbers: weight and share labelled, sum of weights, units in words, captions that match', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const form = page.getByRole('form', { name: 'Weights' });
		await expect(form.locator('.weight-columns').first()).toHaveText(/Weight\s*Share/);
		await expect(form).toContainText(/Sum of weights \d+ = 100 %; a criterion’s share is its weight ÷ \d+\./);
		await expect(form.locator('.weight').first().locator('.about')).toHaveText(
			"Hourly on-demand price of the provider's smallest Linux server."
		);
		await expect(page.locator('#score-chart-caption')).toContainText('Xen dark blue, KVM orange');
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect(page.locator('#score-chart-caption')).toContainText('Xen light blue, KVM orange');
		const values = page.getByRole('table', { name: 'Value scores' });
		await expect(values).not.toContainText(/\d count\b/);
		await expect(values).not.toContainText(/\d years\b(?! since)/);
	});

	test('PDF page 1 holds the answer: pick, runner-up, margin, why, robustness, preset and the full link', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await presetButton(page, 'Cost-sensitive start-up').click();
		await weightBox(page, 'Windows servers').fill('40');
		await expect(page).toHaveURL(/,40,.*p=startup/);
		const [first, second] = (await rankingRows(page)).map((r) => r.split('|'));
		const margin = (Number(first![3]) - Number(second![3])).toFixed(1);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download PDF' }).click();
		const download = await downloading;
		const pdf = await parsePdf(new Uint8Array(await readFile((await download.path())!)));
		const page1 = pdf.pages[0]!;
		const text = page1.lines.join(' ');
		expect(text).toContain(
			`${first![1]} comes first with ${first![3]} points, ${margin} points ahead of ${second![1]} (${second![3]}).`
		);
		expect(text).toContain(`${first![1]} leads ${second![1]} by ${margin} points, mostly on`);
		expect(text).toMatch(
			/first (under every weighting tried|in \d+ % of the weightings tried) \(500 trials, each weight ±25 %\)/
		);
		expect(text).toMatch(/Known values: .* of 17/);
		expect(text).toContain('Weights: the Cost-sensitive start-up preset, modified.');
		// The ranking and the link, whole and clickable, with its QR code beside it.
		expect(page1.lines).toContain('Rank|Provider|Hypervisor|Score|Known|Range');
		const link = page1.links.find((l) => l.includes('?v=2&'))!;
		expect(link).toContain('&p=startup');
		expect(page1.joined).toContain(link);
		expect(new URL(link).search).toBe(new URL(page.url()).search);
		// Everything else is an appendix from page 2 on.
		expect(pdf.pages[1]!.lines[0]).toBe('Appendix: how the answer was reached');
		expect(pdf.lines.some((l) => /^Sum of weights\|\d+\|= 100 %$/.test(l))).toBe(true);
	});
});
