import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_PAGES, firstLoadLimit, kb, measureFirstLoad } from './bench/first-load.js';
import { ready } from './support/page';

/**
 * The first load's JavaScript, as the browser receives it from our server (brotli), must not grow
 * past its limit (FIRST_LOAD_LIMIT on `/`, SHARED_LINK_LIMIT on a link; issue 16): opening `/` or a shared link fetches the start-up code and the
 * one data set in use, not the editors, the pairwise form or the file readers, which load when
 * opened or used. Same measurement as `npm run bench` (tests/bench/first-load.js).
 */

/** The built file of each part that must load only when used (from the build's Vite manifest). */
const manifest: Record<string, { file: string }> = JSON.parse(
	readFileSync(`${process.env.KIT_OUT_DIR ?? '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')
);
const LATER = Object.fromEntries(
	[
		'src/routes/your-data/Editors.svelte',
		'src/routes/PairwiseForm.svelte',
		'src/routes/your-data/ImportPreview.svelte',
		'src/lib/share/json-file.ts',
		'src/lib/share/csv.ts'
	].map((source) => [source, `/${manifest[source]?.file}`])
);

for (const path of FIRST_LOAD_PAGES) {
	test(`first-load JavaScript on ${path.slice(0, 24)} stays within the limit`, async ({ page, baseURL }) => {
		const { total, scripts } = await measureFirstLoad(page, `${baseURL}${path}`);
		const listing = scripts.map((s) => `${kb(s.bytes)} ${s.path}`).join('\n');
		expect(
			scripts.every((s) => s.encoding === 'br'),
			listing
		).toBe(true);
		expect(total, `${kb(total)} in ${scripts.length} files:\n${listing}`).toBeLessThanOrEqual(
			firstLoadLimit(path)
		);
		const fetched = new Set(scripts.map((s) => s.path));
		for (const [source, file] of Object.entries(LATER))
			expect(fetched.has(file), `${source} (${file}) loaded with the page`).toBe(false);
	});
}

/** zod's core names each of its types in a string the minifier keeps. */
const isZod = (path: string) =>
	readFileSync(`${process.env.BUILD_DIR ?? 'build'}/client${path}`, 'utf8').includes('$ZodType');
const SAVED_WORK_READER = `/${manifest['src/lib/share/saved-work.ts']?.file}`;

test('`/` on a first visit loads no validator: zod and the readers come with a link or saved work', async ({
	page,
	baseURL
}) => {
	const { scripts } = await measureFirstLoad(page, `${baseURL}/`);
	expect(scripts.filter((s) => isZod(s.path)).map((s) => s.path)).toEqual([]);
	expect(scripts.map((s) => s.path)).not.toContain(SAVED_WORK_READER);

	// The shared link reads its query with the decoder, and zod with it: the check above can see zod.
	const linked = await measureFirstLoad(await page.context().newPage(), `${baseURL}${FIRST_LOAD_PAGES[1]}`);
	expect(linked.scripts.some((s) => isZod(s.path))).toBe(true);
});

/** fflate names its errors in strings the minifier keeps. */
const isFflate = (path: string) =>
	readFileSync(`${process.env.BUILD_DIR ?? 'build'}/client${path}`, 'utf8').includes(
		'invalid length/literal'
	);

test('a link loads fflate only when it carries data of its own, and then reads that data', async ({
	page,
	baseURL
}) => {
	// fflate builds its tables as it loads: a phone's start-up paid for it on every link (issue 16).
	const plain = await measureFirstLoad(page, `${baseURL}${FIRST_LOAD_PAGES[1]}`);
	expect(plain.scripts.filter((s) => isFflate(s.path)).map((s) => s.path)).toEqual([]);

	// A link with a provider of its own (compact payload: payload.ts), deflated as the app does.
	const json = JSON.stringify({ providers: [{ id: 'u-p', name: 'Own Cloud', platform: 'other' }] });
	const e = Buffer.from(deflateSync(strToU8(json), { level: 9 })).toString('base64url');
	const own = await page.context().newPage();
	const withData = await measureFirstLoad(own, `${baseURL}/?v=2&d=cloud-2010.2&e=${e}`);
	expect(withData.scripts.some((s) => isFflate(s.path))).toBe(true);
	await ready(own);
	await expect(own.getByRole('table', { name: 'Ranking', exact: true })).toContainText('Own Cloud');
	await expect(own.getByRole('alert')).toHaveCount(0);
});

test('the editors load when their section is opened, by keyboard too', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	const editors = page.waitForResponse((r) =>
		r.url().endsWith(LATER['src/routes/your-data/Editors.svelte']!)
	);
	const summary = page.getByText('Edit values, add providers and criteria');
	await summary.focus();
	await page.keyboard.press('Enter');
	await editors;
	await expect(page.getByRole('textbox', { name: 'Provider name' })).toBeVisible();
});

test('`/` holds up its first paint for one stylesheet, which already styles the parts that load later', async ({
	page,
	baseURL
}) => {
	// Each stylesheet in the head is a request the first paint waits for (vite.config.ts,
	// oneStylesheet): there were seven, one per lazy part the server renders.
	const html = await (await page.request.get(`${baseURL}/`)).text();
	const head = html.slice(0, html.indexOf('</head>'));
	expect(head.match(/<link[^>]+rel="stylesheet"/g) ?? []).toHaveLength(1);
	// Opening every later part (the sections below the first screen come when idle; the pairwise
	// form when its way of weighting is chosen) asks for no other stylesheet.
	const sheets: string[] = [];
	page.on(
		'request',
		(r) => void (r.resourceType() === 'stylesheet' && sheets.push(new URL(r.url()).pathname))
	);
	await page.goto('/');
	await ready(page);
	await page.getByRole('radio', { name: 'Pairwise comparison' }).check();
	await expect(page.getByRole('group', { name: 'Within Cost' })).toBeVisible();
	// The sections below the first screen, each built when scrolled near.
	for (const name of ['Rank acceptability', 'Your data', 'Data and sources']) {
		const heading = page.getByRole('heading', { name, exact: true });
		await heading.scrollIntoViewIfNeeded();
		await expect(heading).toBeVisible({ timeout: 20_000 });
	}
	await page.waitForLoadState('networkidle');
	expect([...new Set(sheets)]).toHaveLength(1);
});
