// Honest uncertainty and what happened next (issue 9): Known and Range columns, the treatment of
// unknown values in the page, the link and the PDF, the evidence behind the Xen vs KVM summary, the
// timeline, and the data set's as-of date, changes and late-dated values.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { rankingEvidence, rankingRows, ready, watchErrors } from './support/page';
import { parsePdf } from './support/pdf';
import v1 from '../data/cloud-2010.v1.json' with { type: 'json' };
import timeline from '../data/history/cloud-2010.timeline.json' with { type: 'json' };

/** The default comparison on cloud-2010 v1 (as in pdf.test.ts and share.test.ts). */
const V1_DEFAULT = '/?v=1&d=cloud-2010.1&w=50,60,30,20,30,20,50,30,40,40,30,40,40,20,40,30,30';

const ranking = (page: Page) => page.getByRole('table', { name: 'Ranking', exact: true });

test.describe('Known and Range columns', () => {
	test('a v1 link shows how much is known and the score range of every provider', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(V1_DEFAULT);
		await expect(ranking(page).getByRole('columnheader')).toHaveText([
			'Rank',
			'Provider',
			'Hypervisor',
			'Score',
			'Known',
			'Range'
		]);
		// By hand from data/cloud-2010.v1.json: NTT has a value for 3 of the 17 criteria.
		const ntt = v1.providers.find((p) => p.id === 'ntt')!;
		const known = Object.values(ntt.values).filter((v) => v.kind !== 'unknown').length;
		expect(`${known} of ${v1.criteria.length}`).toBe('3 of 17');
		// EC2 has every value: its range is a single point, its score.
		expect(await rankingEvidence(page)).toEqual([
			'Amazon EC2|17 of 17|74.2–74.2',
			'GoGrid|15 of 17|53.2–64.8',
			'Rackspace Cloud Servers|13 of 17|52.6–74.3',
			'IBM|11 of 17|36.3–71.3',
			'The Planet|5 of 17|15.3–90.3',
			'NTT Communications|3 of 17|9.0–92.3'
		]);
		// Under "Worst level" the score is the low end of the range, and the Score cell holds the score alone.
		for (const row of await rankingRows(page)) expect(row).toMatch(/\|\d+\.\d$/);
		const nttCell = ranking(page)
			.getByRole('row', { name: /NTT Communications/ })
			.locator('td.known');
		await expect(nttCell).toHaveAttribute(
			'title',
			/^\d+ sourced, \d+ judgement, 14 unknown; \d+ % of the weight rests/
		);
		await expect(nttCell).toContainText('14 unknown');
		await expect(page.getByText('Amazon EC2 cannot be told apart on the evidence from')).toContainText(
			'Rackspace Cloud Servers, The Planet and NTT Communications: their ranges overlap'
		);
		// The score chart draws the same ranges as floating bars over the scores, and says so.
		await expect(page.locator('#score-chart-caption')).toContainText('range, with every unknown value');
		const canvas = page.getByRole('img', { name: 'Total score per provider chart' }).locator('canvas');
		await expect(canvas).toHaveAttribute('data-chart', /Score range/);
		const chart = JSON.parse((await canvas.getAttribute('data-chart'))!);
		expect(
			chart.datasets[1].data.map(([a, b]: [number, number]) => `${a.toFixed(1)}–${b.toFixed(1)}`)
		).toEqual((await rankingEvidence(page)).map((r) => r.split('|')[2]));
		expect(errors).toEqual([]);
	});

	test('the Xen vs KVM summary says how much is known and whether the gap survives', async ({ page }) => {
		await page.goto(V1_DEFAULT);
		const summary = page.locator('#hypervisor-summary');
		await expect(summary).toContainText('(KVM mean 20.2 over 3, mostly on unknown values)');
		await expect(summary).toContainText(
			'By weight, Xen providers’ values are 89 % known, KVM providers’ 36 %.'
		);
		await expect(summary).toContainText(
			'The gap does not survive the unknowns: with every unknown at its best level the KVM mean would be 84.6, ' +
				'above the Xen mean’s worst case 60.0.'
		);
	});
});

test.describe('Unknown values', () => {
	for (const [label, u] of [
		['Middle of the scale', 'middle'],
		['Left out', 'omit']
	] as const)
		test(`“${label}” changes the scores and survives a link round trip`, async ({ page, browser }) => {
			await page.goto(V1_DEFAULT);
			const group = page.getByRole('group', { name: 'Unknown values' });
			await expect(group.getByRole('radio', { name: 'Worst level' })).toBeChecked();
			await expect(group.getByRole('radio', { name: 'Worst level' })).toHaveAccessibleDescription(
				'An unknown value scores 0: no evidence, no points.'
			);
			const before = await rankingRows(page);
			const ranges = (await rankingEvidence(page)).toSorted();
			await group.getByRole('radio', { name: label }).check();
			await expect.poll(() => rankingRows(page)).not.toEqual(before);
			// EC2 has no unknowns: its score is the same whatever the treatment.
			const ec2 = (await rankingRows(page)).find((r) => r.includes('Amazon EC2'));
			expect(ec2?.split('|')[3]).toBe('74.2');
			// The ranges do not depend on the treatment (always every unknown at 0 and at 100).
			expect((await rankingEvidence(page)).toSorted()).toEqual(ranges);
			await expect(page).toHaveURL(new RegExp(`[?&]u=${u}(&|$)`));
			const after = await rankingRows(page);

			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			await other.goto(page.url());
			await expect(
				other.getByRole('group', { name: 'Unknown values' }).getByRole('radio', { name: label })
			).toBeChecked();
			expect(await rankingRows(other)).toEqual(after);
			await fresh.close();
		});

	test('can be chosen with the keyboard alone', async ({ page }) => {
		await page.goto(V1_DEFAULT);
		const group = page.getByRole('group', { name: 'Unknown values' });
		await group.getByRole('radio', { name: 'Worst level' }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(group.getByRole('radio', { name: 'Middle of the scale' })).toBeChecked();
		await expect(group.getByRole('radio', { name: 'Middle of the scale' })).toBeFocused();
		await expect(page).toHaveURL(/[?&]u=middle(&|$)/);
	});
});

test('What happened next lists the events with their sources and what became of each provider', async ({
	page
}) => {
	await page.goto('/');
	const section = page.getByRole('region', { name: 'What happened next' });
	// At the foot of the page, it is built with its timeline once the page has been idle a moment,
	// after the sections above it (Deferred.svelte).
	await expect(section.getByRole('heading', { level: 2, name: 'What happened next' })).toBeAttached({
		timeout: 20_000
	});
	await expect(section).toContainText('This is context only: it never changes a score.');
	// The events table starts closed, like the other reference material.
	await section.getByText(/^Every event, \d+ with their sources/).click();
	const events = section.getByRole('table', { name: /^Events 2007–20\d\d/ });
	await expect(events.locator('tbody tr')).toHaveCount(timeline.events.length);
	const links = events.getByRole('link');
	await expect(links).toHaveCount(timeline.events.length);
	for (const link of await links.all()) {
		await expect(link).toHaveAttribute('href', /^https?:\/\//);
		await expect(link).toHaveAttribute('rel', 'external noopener noreferrer');
	}
	const nitro = events.getByRole('row', { name: /C5 instances on the Nitro/ });
	await expect(nitro.getByRole('cell').first()).toHaveText('2017-11');
	await expect(nitro).toContainText('Amazon EC2, KVM, Xen');
	// In ranking order, each with what became of it after the as-of date (also a closed section).
	await section.locator('summary', { hasText: /^What became of/ }).click();
	const fates = section.locator('.fates li');
	const names = (await rankingRows(page)).map((r) => r.split('|').slice(0, 2).join('. '));
	await expect(fates).toHaveCount(names.length);
	for (const [i, name] of names.entries()) await expect(fates.nth(i)).toContainText(`${name} — `);
	await expect(fates.filter({ hasText: 'Amazon EC2' })).toContainText(
		'2017-11: Amazon launches C5 instances on the Nitro hypervisor'
	);
});

test('Data and sources give the as-of date and why, the changes, and late-dated values with their note', async ({
	page
}) => {
	await page.goto('/');
	const sources = page.getByRole('region', { name: 'Data and sources' });
	await expect(sources.locator('.as-of')).toContainText(
		'Data as of 2010-11-10. 10 November 2010 is the day Red Hat'
	);
	const changes = sources.getByRole('group').filter({ hasText: 'What changed in version 3' });
	await changes.getByText('What changed in version 3').click();
	await expect(changes.getByRole('listitem').first()).toBeVisible();
	await sources.getByText(/^Every value with its source/).click();
	const note = sources.locator('.applies-note').first();
	await expect(note).toContainText(
		/^applies to 2011-01-18: The post \(18 January 2011\) quotes CloudHarmony/
	);
});

test('the PDF holds the coverage, the ranges, the treatment, the evidence and the timeline', async ({
	page
}) => {
	await page.goto(V1_DEFAULT);
	// Live first: a click on the server's HTML before hydration is not the app's (CI, 4 December:
	// the radio was checked before the page was live, and the link never took the choice).
	await ready(page);
	await page
		.getByRole('group', { name: 'Unknown values' })
		.getByRole('radio', { name: 'Middle of the scale' })
		.check();
	await expect(page).toHaveURL(/u=middle/);
	const rows = await rankingRows(page);
	const evidence = await rankingEvidence(page);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const download = await downloading;
	const pdf = await parsePdf(new Uint8Array(await readFile((await download.path())!)));

	expect(pdf.text.replace(/\s+/g, ' ')).toContain(
		'Unknown values: Middle of the scale (an unknown value scores 50'
	);
	const head = pdf.lines.indexOf('Rank|Provider|Hypervisor|Score|Known|Range');
	expect(head).toBeGreaterThan(0);
	expect(pdf.lines.slice(head + 1, head + 1 + rows.length)).toEqual(
		rows.map((r, i) => `${r}|${evidence[i]!.split('|').slice(1).join('|')}`)
	);
	expect(pdf.text).toContain('cannot be told apart on the evidence');
	expect(pdf.text).toContain('Unknown values (chosen: “Middle of the scale”)');
	// The evidence sentences of the summary, as on the page.
	const summary = (await page.locator('#hypervisor-summary').textContent()) ?? '';
	const evidenceText = summary.slice(summary.indexOf('By weight')).replace(/\s+/g, ' ').trim();
	expect(evidenceText).toMatch(
		/^By weight, Xen providers’ values are \d+ % known, KVM providers’ \d+ %\. The gap/
	);
	expect(pdf.text.replace(/\s+/g, ' ')).toContain(evidenceText);
	expect(pdf.lines).toContain('What happened next');
	expect(pdf.text.replace(/\s+/g, ' ')).toContain('This is context only: it never changes a score.');
	const links = pdf.pages.flatMap((p) => p.links);
	for (const event of timeline.events) expect(links).toContain(event.source.url);
});
