import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { holdAppCode, rankingRows, weightBox } from './support/page';
import dataset from '../data/cloud-2010.v1.json' with { type: 'json' };
import { watchCsp } from './support/csp';

/** The default comparison on cloud-2010 v1, whose file the checks below read: a v1 link keeps opening on v1. */
const V1_DEFAULT = '/?v=1&d=cloud-2010.1&w=50,60,30,20,30,20,50,30,40,40,30,40,40,20,40,30,30';
import { downloadPdf, parsePdf, type ParsedPdf } from './support/pdf';

/** The weights form as "criterion|weight|share", in form order. */
async function formWeights(page: Page): Promise<string[]> {
	return page
		.getByRole('form', { name: 'Weights' })
		.locator('.weight')
		.evaluateAll((rows) =>
			rows.map((r) =>
				[
					r.querySelector('label')?.textContent?.trim(),
					r.querySelector<HTMLInputElement>('input[type=number]')?.value,
					r.querySelector('output')?.textContent?.trim()
				].join('|')
			)
		);
}

/** Lines of the PDF from a heading line up to (not including) the next heading. */
function sectionLines(pdf: ParsedPdf, heading: string, next: string): string[] {
	const start = pdf.lines.indexOf(heading);
	const end = pdf.lines.indexOf(next, start + 1);
	expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
	expect(end, `heading "${next}" after "${heading}"`).toBeGreaterThan(start);
	// Footers (page breaks inside a section) are not part of it.
	return pdf.lines.slice(start + 1, end).filter((l) => !/\|Page \d+ of \d+$/.test(l));
}

/**
 * The "Source, rationale or reason" and "Date" columns of the Sources table, top to bottom over its
 * pages, located by the x of their header cells (a cell's lines sit one under the other).
 */
function sourceColumns(pdf: ParsedPdf): { detail: string[]; date: string[] } {
	const detail: string[] = [];
	const date: string[] = [];
	let columns: { detail: number; date: number } | undefined;
	for (const page of pdf.pages) {
		columns = undefined;
		const header = page.items.find((i) => i.str === 'Source, rationale or reason');
		const dateHeader = header && page.items.find((i) => i.str === 'Date' && Math.abs(i.y - header.y) < 1);
		if (header && dateHeader) columns = { detail: header.x - 1, date: dateHeader.x - 1 };
		if (!columns) continue;
		const end = page.items.find((i) => i.str === 'Link to this comparison')?.y ?? Infinity;
		for (const item of page.items.filter((i) => header && i.y > header.y + 1 && i.y < end)) {
			if (/^Page \d+ of \d+$/.test(item.str) || item.str.startsWith('Cloud Scorecard ·')) continue;
			if (item.x >= columns.date) date.push(item.str);
			else if (item.x >= columns.detail) detail.push(item.str);
		}
	}
	return { detail, date };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function localDate(d = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test.describe('PDF export', () => {
	let errors: string[];
	let csp: string[];
	test.beforeEach(async ({ page }) => {
		errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// The lazily loaded export code, its font and the chart images all stay within the policy.
		csp = await watchCsp(page);
		await page.goto('/');
		await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
	});

	test.afterEach(() => expect(csp).toEqual([]));

	test('downloads a PDF that matches the page after the weights changed', async ({ page, context }) => {
		await page.goto(V1_DEFAULT);
		await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		await weightBox(page, 'Entry price').fill('100');
		await weightBox(page, 'SLA uptime').fill('5');
		await weightBox(page, 'Compliance audits').fill('0');
		const ranking = await rankingRows(page);
		const weights = await formWeights(page);
		expect(ranking).toHaveLength(6);

		// Hold the font back a little, so the busy state can be seen.
		await page.route('**/*.ttf', async (route) => {
			await new Promise((r) => setTimeout(r, 400));
			await route.continue();
		});
		const button = page.getByRole('button', { name: 'Download PDF' });
		const downloading = page.waitForEvent('download');
		await button.click();
		await expect(page.getByRole('button', { name: /Making PDF/ })).toBeDisabled();
		const download = await downloading;
		await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
		await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
			/Saved cloud-scorecard-.*\.pdf/
		);

		// No preset any more (weights changed on a link without one): named after the leader.
		const leader = ranking[0]!
			.split('|')[1]!
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-');
		expect(download.suggestedFilename()).toBe(
			`cloud-scorecard-cloud-2010-${leader}-first-${localDate()}.pdf`
		);
		const bytes = new Uint8Array(await readFile((await download.path())!));
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		expect(bytes.length).toBeLessThan(1_000_000);
		const pdf = await parsePdf(bytes);

		// 1–20 pages, each numbered "Page n of N", with the export date in the footer.
		const pages = pdf.pages.length;
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(20);
		pdf.pages.forEach((p, i) => {
			const footer = p.lines.at(-1) ?? '';
			expect(footer).toContain(`Page ${i + 1} of ${pages}`);
			expect(footer).toContain(localDate());
		});

		// The title block: title, export date, data set title, version, as-of date.
		expect(pdf.lines[0]).toBe('Cloud Scorecard');
		expect(pdf.text).toContain(dataset.title);
		expect(pdf.text).toContain(`version ${dataset.version}`);
		expect(pdf.text).toContain(`as of ${dataset.asOf}`);
		expect(pdf.text).toContain(`Exported ${localDate()}`);
		expect(pdf.title).toContain('Cloud Scorecard');

		// Sections in the order the issue gives; since issue 12 the answer, the ranking and the link
		// come first (page 1) and the rest is an appendix.
		const headings = [
			'The answer',
			'Ranking',
			'Link to this comparison',
			'Appendix: how the answer was reached',
			'Weights used',
			'Why #1 wins',
			'Charts',
			'Value scores',
			"How it's scored",
			'Xen vs KVM',
			'Sources'
		];
		const positions = headings.map((h) => pdf.lines.indexOf(h));
		expect(
			positions.every((p) => p >= 0),
			headings.filter((_, i) => positions[i]! < 0).join()
		).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);

		// The ranking, exactly as on screen (Known and Range are checked in uncertainty.test.ts); notes follow it.
		expect(
			sectionLines(pdf, 'Ranking', 'Link to this comparison')
				.slice(0, ranking.length + 1)
				.map((l) => l.split('|').slice(0, 4).join('|'))
		).toEqual(['Rank|Provider|Hypervisor|Score', ...ranking]);

		// The weights, exactly as in the form (criterion, weight, share), after a line naming the preset
		// (or custom weights). The table may continue on the next page, under its header again.
		const weightLines = sectionLines(pdf, 'Weights used', 'Why #1 wins')
			.filter((l) => !l.startsWith('Weights:'))
			.filter((l, i) => i === 0 || l !== 'Criterion|Group|Weight|Share');
		expect(weightLines[0]).toBe('Criterion|Group|Weight|Share');
		const pdfWeights = weightLines.slice(1, -1).map((l) => {
			const [criterion, , weight, share] = l.split('|');
			return [criterion, weight, share].join('|');
		});
		expect(pdfWeights).toEqual(weights);
		expect(weightLines.at(-1)).toMatch(/^Sum of weights\|\d+\|= 100 %$/);

		// Charts: at least the score and contributions charts, at ≥ 2× the resolution they are printed at.
		const images = pdf.pages.flatMap((p) => p.images);
		expect(images.length).toBeGreaterThanOrEqual(2);
		for (const image of images) expect(image.width).toBeGreaterThanOrEqual(2 * image.drawnWidth * (96 / 72));

		// The Xen vs KVM summary as on the page, and the method explanation.
		const summary = squash((await page.locator('#hypervisor-summary').textContent()) ?? '').replace(
			/^Xen vs KVM: /,
			''
		);
		expect(squash(sectionLines(pdf, 'Xen vs KVM', 'Sources').join(' '))).toBe(summary);
		expect(pdf.text).toContain('Score = Σ (weight × value score) ÷ Σ weight.');

		// Sources: every source with its date, every judgement with its rationale, every unknown.
		const sources = squash(sourceColumns(pdf).detail.join(' '));
		const dates = sourceColumns(pdf).date;
		for (const provider of dataset.providers)
			for (const [criterionId, value] of Object.entries(provider.values)) {
				const where = `${provider.id}/${criterionId}`;
				if (value.kind === 'sourced') {
					expect(sources, where).toContain(squash(value.source.title));
					expect(dates, where).toContain(value.source.date);
				} else if (value.kind === 'judgement') expect(sources, where).toContain(squash(value.rationale));
				else expect(sources, where).toContain(squash(value.reason));
			}
		const sourceLinks = pdf.pages.flatMap((p) => p.links);
		const sourceUrls = new Set(
			dataset.providers.flatMap((p) =>
				Object.values(p.values).flatMap((v) => (v.kind === 'sourced' ? [v.source.url] : []))
			)
		);
		for (const url of sourceUrls) expect(sourceLinks).toContain(url);

		// The link, on page 1: printed in full, clickable, and it opens this same comparison.
		const link = pdf.pages[0]!.links.find((l) => l.includes('?v='))!;
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);
		expect(pdf.pages.map((p) => p.joined).join('')).toContain(link);
		const reopened = await context.newPage();
		await reopened.goto(link);
		await expect(reopened.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		expect(await rankingRows(reopened)).toEqual(ranking);
		expect(await formWeights(reopened)).toEqual(weights);

		// Text with non-ASCII characters (×, Σ, ÷, →, –) is real, searchable text.
		expect(pdf.text).toMatch(/→/);
		expect(errors).toEqual([]);
	});

	test('matches the page: file name, one wording for weights, stability and acceptability, no slips (issue 19)', async ({
		page
	}) => {
		await page.goto('/?v=2&d=cloud-2010.2&w=10,10,10,0,20,10,0,70,50,40,100,100,20,10,20,60,30&p=security');
		await expect(page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		// The page's rank acceptability, computed once its section is near the screen.
		await page.getByRole('heading', { name: 'Rank acceptability' }).scrollIntoViewIfNeeded();
		const acceptability = page.getByRole('table', { name: 'Rank acceptability', exact: true });
		await expect(acceptability).toBeVisible({ timeout: 30_000 });
		const onPage = await acceptability
			.locator('tr')
			.evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent?.trim()).join('|')));
		// The stability table is built when its disclosure is first opened.
		await page.getByText(/^Each criterion’s stability interval/).click();
		const stability = await page
			.getByRole('table', { name: 'Weight stability', exact: true })
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) =>
					Array.from(r.children, (c) => c.textContent?.trim())
						.slice(1, 4)
						.join('|')
				)
			);

		// The answer's facts beside the ranking: sentence with the unknown caveat, verdict, other rules, rule.
		const facts = (
			await page.locator('#answer .answer-sentence, #answer .answer-facts li').allTextContents()
		).map((t) => t.replace(/\s+/g, ' ').trim());

		const { pdf, download } = await downloadPdf(page);
		expect(download.suggestedFilename()).toBe(
			`cloud-scorecard-cloud-2010-security-and-compliance-first-${localDate()}.pdf`
		);
		// Page 1 says what the page says: GoGrid's compliance value is unknown, GoGrid wins under the other
		// unknown-value rules, one combined verdict, and the rule in force.
		const flat = pdf.text.replace(/\s+/g, ' ');
		const page1 = flat.slice(0, flat.indexOf('Appendix: how the answer was reached'));
		expect(page1).toContain('GoGrid’s value for compliance audits is unknown');
		expect(page1).toMatch(/Under Middle of the scale: GoGrid; under Left out: GoGrid\./);
		expect(page1).toMatch(
			/Amazon EC2 is first under every weighting tried .*but not under the other unknown-value rules/
		);
		expect(facts.length).toBeGreaterThanOrEqual(5);
		for (const fact of facts) expect(page1).toContain(fact);
		// Weight stability and rank acceptability in the appendix, with the page's figures.
		const appendix = pdf.lines.indexOf('Appendix: how the answer was reached');
		expect(appendix).toBeGreaterThan(0);
		const stabilityAt = pdf.lines.indexOf('How far can each weight move?');
		const acceptabilityAt = pdf.lines.indexOf('Rank acceptability');
		expect(stabilityAt).toBeGreaterThan(appendix);
		expect(acceptabilityAt).toBeGreaterThan(stabilityAt);
		// The header as on the page (its narrow columns wrap: "Share|Leader|to" over "now|stays first").
		expect(pdf.lines.slice(stabilityAt, acceptabilityAt)).toContain('Criterion|Share|Leader|to|In words');
		// Share now, from and to of each criterion (a long criterion name may wrap: its first line leads).
		const stabilityLines = pdf.lines.slice(stabilityAt, acceptabilityAt).join('\n');
		expect(stability.length).toBeGreaterThan(0);
		for (const row of stability) expect(stabilityLines).toContain(`|${row}|`);
		expect(onPage[0]).toBe('Provider|1st|2nd|3rd|4th|5th|6th');
		for (const row of onPage) expect(pdf.lines).toContain(row);
		// One wording for the weights, on page 1 and in the appendix.
		const text = pdf.text.replace(/\s+/g, ' ');
		expect(text).toContain('Weights: the Security and compliance first preset.');
		expect(text).toContain(
			'Weights: the Security and compliance first preset. A criterion’s share is its weight ÷ the sum of weights.'
		);
		// The copy slips: no possessive "s’s", the method named as it is.
		expect(text).not.toMatch(/s’s\b/);
		expect(text).toContain('Range: the score (weighted sum) with every unknown value');
	});

	test('A4 or US Letter, as chosen', async ({ page }) => {
		const paper = page.getByRole('combobox', { name: 'Paper' });
		for (const [choice, width, height] of [
			['letter', 612, 792],
			['a4', 595.28, 841.89]
		] as const) {
			await paper.selectOption(choice);
			const { pdf } = await downloadPdf(page);
			for (const p of pdf.pages) {
				expect(p.size.width).toBeCloseTo(width, 0);
				expect(p.size.height).toBeCloseTo(height, 0);
			}
		}
	});

	test('names with accents and other non-ASCII letters come out as real text', async ({ browser }) => {
		// The data set has no such names, so serve the app with one provider renamed (client code only:
		// the PDF is built from the data in the browser).
		const name = 'NTT Communications — Łódź Ñandú Ørsted Straße Şişli Ελλάδα Москва';
		const context = await browser.newContext({ acceptDownloads: true, locale: 'de-DE' });
		const renamed = await context.newPage();
		const renamedCsp = await watchCsp(renamed);
		await renamed.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			// The minifier writes the name as name:"…" or name:`…`; either way only the name changes.
			const body = (await response.text()).replace(/name:(["`])NTT Communications\1/g, `name:$1${name}$1`);
			await route.fulfill({ response, body });
		});
		await renamed.goto('/');
		await expect(renamed.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		await renamed.waitForLoadState('networkidle');
		const { pdf, download } = await downloadPdf(renamed);
		expect(pdf.text).toContain(name);
		// de-DE: A4 by default.
		expect(pdf.pages[0]?.size.width).toBeCloseTo(595.28, 0);
		expect(download.suggestedFilename()).toMatch(
			/^cloud-scorecard-cloud-2010-balanced-\d{4}-\d{2}-\d{2}\.pdf$/
		);
		expect(renamedCsp).toEqual([]);
		await context.close();
	});

	for (const [what, pattern] of [
		['the PDF code', '**/_app/immutable/chunks/*.js'],
		['the font', '**/*.ttf']
	] as const)
		test(`a failure to load ${what} shows a message and leaves the page as it was`, async ({ page }) => {
			await weightBox(page, 'Support included').fill('90');
			const ranking = await rankingRows(page);
			const weights = await formWeights(page);
			// Once the page is idle every chunk it needs (Chart.js included) is loaded; only the export asks for more.
			await page.waitForLoadState('networkidle');
			await page.route(pattern, (route) => route.abort('internetdisconnected'));
			let downloads = 0;
			page.on('download', () => downloads++);

			await page.getByRole('button', { name: 'Download PDF' }).click();
			await expect(page.getByRole('alert')).toContainText('The PDF could not be made');
			await expect(page.getByRole('alert')).toContainText('Your comparison is unchanged');
			await expect(page.getByRole('button', { name: 'Download PDF' })).toBeEnabled();
			expect(await rankingRows(page)).toEqual(ranking);
			expect(await formWeights(page)).toEqual(weights);
			expect(downloads).toBe(0);

			if (what === 'the font') {
				// Nothing is stuck: once the font loads, the next try works.
				await page.unroute(pattern);
				const { pdf } = await downloadPdf(page);
				await expect(page.getByRole('alert')).toHaveCount(0);
				expect(pdf.pages.length).toBeGreaterThan(0);
			}
			expect(errors).toEqual([]);
		});
});

test('Download PDF stays disabled until the page is live, so an early click is never lost', async ({
	browser,
	page
}) => {
	// Without JavaScript the PDF cannot be made: the button says so by being disabled.
	const off = await browser.newContext({ javaScriptEnabled: false });
	const still = await off.newPage();
	await still.goto('/');
	await expect(still).toHaveURL(/\?nojs$/);
	await expect(still.getByRole('button', { name: 'Download PDF' })).toBeDisabled();
	await off.close();

	// A slow start (the app's code held back): disabled meanwhile, then live, and a click makes the file.
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const button = page.getByRole('button', { name: 'Download PDF' });
	await expect(button).toBeDisabled();
	release();
	await expect(button).toBeEnabled();
	const { pdf } = await downloadPdf(page);
	expect(pdf.lines).toContain('Ranking');
});
