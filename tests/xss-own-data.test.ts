import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { watchCsp } from './support/csp';
import { openAllSections, rankingRows, watchErrors } from './support/page';
import { parsePdf } from './support/pdf';
import { plantedElements, XSS_PAYLOADS } from './support/xss-payloads';

/**
 * Script injection through the person's own data (issues 8 and 11): provider names, notes, units and
 * source links arrive from a link's `e` payload (or an imported file, which becomes the same change
 * set). No payload runs, names show as text on the page and in the PDF, and a `javascript:` link is
 * never a link.
 */

/** A v2 link whose change set adds one provider per payload (name, note, unit of a criterion, link). */
function link(payloads: readonly string[]): string {
	const providers = payloads.map((p, i) => ({
		id: `u-p${i}`,
		name: p.slice(0, 80),
		platform: p.slice(0, 80)
	}));
	const criteria = [
		{
			id: 'u-c',
			name: payloads[0]!.slice(0, 80),
			group: 'u-g',
			unit: payloads[1]!.slice(0, 30),
			direction: 'higher',
			scale: { kind: 'linear', worst: 0, best: 10 },
			description: payloads[2]!.slice(0, 500)
		}
	];
	const values = Object.fromEntries(
		payloads.map((p, i) => [
			`u-p${i}`,
			{
				'u-c': [
					i % 11,
					p.slice(0, 500),
					i % 2 ? 'javascript:window.__xss=1' : 'https://example.org/?q=<script>'
				]
			}
		])
	);
	const json = JSON.stringify({
		providers,
		criteria,
		groups: [{ id: 'u-g', name: payloads[3]!.slice(0, 80) }],
		values
	});
	const e = btoa(String.fromCharCode(...deflateSync(strToU8(json), { level: 9 })))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
	return `/?v=2&d=cloud-2010.2&w=${'0,'.repeat(17)}100&e=${e}`;
}

const CHUNK = 8;
const chunks = Array.from({ length: Math.ceil(XSS_PAYLOADS.length / CHUNK) }, (_, i) =>
	XSS_PAYLOADS.slice(i * CHUNK, (i + 1) * CHUNK)
);

test('names, notes, units and links from a link run nothing and show as text, on the page and in the PDF', async ({
	page,
	request
}) => {
	test.setTimeout(180_000);
	const errors = watchErrors(page);
	const csp = await watchCsp(page);
	await page.goto('/?v=2&d=cloud-2010.2');
	const clean = await plantedElements(page);
	const cleanScripts = await page.locator('script').count();
	for (const payloads of chunks) {
		const sent = payloads.length >= 4 ? payloads : [...payloads, ...XSS_PAYLOADS.slice(0, 4)];
		const url = link(sent);
		// The server's HTML escapes every name: no payload's markup is in it as markup.
		const html = await (await request.get(url)).text();
		for (const p of payloads) expect(html.includes(p.slice(0, 80)) && /[<>]/.test(p), p).toBe(false);

		await page.goto(url);
		const fold = (t: string) => t.replace(/\s+/g, ' ');
		const rows = (await rankingRows(page)).map(fold);
		// Each name is shown as the text it is (names are trimmed; whitespace is folded by the reader).
		for (const p of payloads)
			expect(
				rows.some((r) => r.includes(p.slice(0, 80).trim().replace(/\s+/g, ' ').slice(0, 20))),
				p
			).toBe(true);
		// Every section built, so the sources table (notes and links) is on the page too.
		await openAllSections(page);
		await expect(page.locator('tr[id^="src-u-c-u-p"]')).toHaveCount(sent.length);
		await page.waitForTimeout(50);
		expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		expect(await plantedElements(page)).toEqual(clean);
		expect(await page.locator('script').count()).toBe(cleanScripts);
		// A javascript: source link was dropped by the schema; only http(s) links are links.
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
	}

	// The PDF holds the names as text.
	await page.goto(link(XSS_PAYLOADS.slice(0, 6)));
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const pdf = await parsePdf(new Uint8Array(await readFile((await (await downloading).path())!)));
	for (const p of XSS_PAYLOADS.slice(0, 6))
		expect(pdf.text.replace(/\s+/g, '')).toContain(p.slice(0, 24).replace(/\s+/g, ''));
	expect(errors).toEqual([]);
	expect(csp).toEqual([]);
});
