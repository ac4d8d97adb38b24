import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { rankingRows, watchErrors } from './support/page';
import { startServer, type RunningServer } from './support/server';

/**
 * Short links (issue 20): a comparison too large for any link is saved on the server and reopens
 * identically from `/s/<id>`, in a fresh browser and after the server restarts (PGlite keeps its
 * files in DATA_DIR). The test runs its own server on its own DATA_DIR, so it can restart it.
 */

/** A small complete comparison: cloud-2010 v2 with all 17 weights. */
const SMALL = `v=2&d=cloud-2010.2&w=${Array.from({ length: 17 }, (_, i) => i + 1).join(',')}`;
const PROVIDERS = 200;
const CRITERIA = 40;

/** A decision matrix of your own: 200 providers × 40 criteria, every value filled (deterministic). */
function bigCsv(): string {
	const header = ['Provider', ...Array.from({ length: CRITERIA }, (_, j) => `Own criterion ${j + 1}`)];
	const rows = Array.from({ length: PROVIDERS }, (_, i) => [
		`Hosting company ${i + 1}`,
		...Array.from({ length: CRITERIA }, (_, j) => String(((i * 37 + j * 11) % 97) + 1))
	]);
	return [header, ...rows].map((r) => r.join(',')).join('\r\n');
}

async function serverReady(server: RunningServer) {
	// The first start creates the database (initdb in WebAssembly, in a worker thread): tens of
	// seconds on a busy machine. Meanwhile /readyz answers 503.
	await expect
		// A connection refused or reset while the server (re)starts is "not ready yet", not a failure.
		.poll(async () => (await fetch(`${server.origin}/readyz`).catch(() => undefined))?.status ?? 0, {
			timeout: 120_000,
			intervals: [500]
		})
		.toBe(200);
}

/** Open `url` in a new browser context (nothing saved in it); its ranking rows. */
async function rankingElsewhere(browser: Browser, url: string): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const errors = watchErrors(page);
	const response = await page.goto(url);
	expect(response?.status()).toBe(200);
	// Hydrated (the Short link button reads "Copy short link" only once the page knows its link), and
	// the address is still the short link: it is not replaced by a long one.
	await expect(page.getByRole('button', { name: 'Copy short link' })).toBeVisible();
	await expect(page).toHaveURL(url);
	const rows = await rankingRows(page);
	await context.close();
	expect(errors).toEqual([]);
	return rows;
}

async function importCsv(page: Page, text: string) {
	await page.getByLabel('Import CSV or JSON').setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text, 'utf8')
	});
	// New columns whose direction their names do not tell: the preview asks; more is better for each.
	const directions = page.getByLabel(/^Direction of /);
	await expect(directions.first()).toBeVisible();
	for (const select of await directions.all())
		if (!(await select.inputValue())) await select.selectOption('higher');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'big.csv' })).toBeVisible();
}

test('a 200 × 40 comparison of your own gets a short link that reopens identically, also after a restart', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const dataDir = await mkdtemp(join(tmpdir(), 'scorecard-short-'));
	const env = { DATA_DIR: dataDir, SHORT_LINKS_PER_MINUTE: '4' };
	let server = await startServer(env);
	try {
		await serverReady(server);
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.origin}/`);
		await importCsv(page, bigCsv());
		const rows = await rankingRows(page);
		expect(rows).toHaveLength(PROVIDERS + 6);
		// Too large for a long link: the page says so and offers the short link.
		await expect(page.getByText(/too large for a link/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeDisabled();

		await page.getByRole('button', { name: 'Short link', exact: true }).click();
		// Saving checks the whole comparison on the server (seconds on a busy machine); the status line
		// says it was copied, then shows the short link itself.
		const shown = page.locator('.share-status a.short-link');
		await expect(shown).toBeVisible({ timeout: 60_000 });
		const url = (await shown.textContent()) ?? '';
		expect(url).toMatch(new RegExp(`^${server.origin}/s/[A-Za-z0-9_-]{22}$`));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		await expect(page.getByRole('button', { name: 'Copy short link' })).toBeVisible();
		await context.close();
		expect(errors).toEqual([]);

		expect(await rankingElsewhere(browser, url)).toEqual(rows);

		// A restart: SIGTERM closes the database cleanly; the next start reads the same files.
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
		server = await startServer(env);
		await serverReady(server);
		const restarted = url.replace(/^http:\/\/[^/]+/, server.origin);
		expect(await rankingElsewhere(browser, restarted)).toEqual(rows);

		// SHORT_LINKS_PER_MINUTE=4 (counted in memory on PGlite, so from the restart on): the fifth
		// request within the minute is refused.
		const post = () =>
			fetch(`${server.origin}/s`, {
				method: 'POST',
				// What a browser on this site sends (the server has no ORIGIN: its port is chosen at start).
				headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
				body: JSON.stringify({ query: SMALL })
			});
		for (let i = 0; i < 4; i++) expect((await post()).status).toBe(200);
		const refused = await post();
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await refused.json()).message).toMatch(
			/^Too many short links from your address .* Try again in \d+ seconds?\.$/
		);
	} finally {
		await server.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
});

test.describe('the short-link endpoint', () => {
	const origin = (baseURL: string | undefined) => ({ origin: new URL(baseURL!).origin });

	test.beforeAll(async ({ baseURL }) => {
		// The shared test server opens its database in the background as it starts.
		await expect
			.poll(async () => (await fetch(`${baseURL}/readyz`)).status, { timeout: 120_000, intervals: [500] })
			.toBe(200);
	});

	test('the same comparison, however spelled, gets the same short link, which opens it', async ({
		request,
		baseURL
	}) => {
		const first = await request.post('/s', { headers: origin(baseURL), data: { query: SMALL } });
		expect(first.status()).toBe(200);
		const { id, path } = await first.json();
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(path).toBe(`/s/${id}`);
		const respelled = `utm_source=chat&${SMALL.split('&').reverse().join('&')}`;
		const second = await request.post('/s', { headers: origin(baseURL), data: { query: respelled } });
		expect((await second.json()).id).toBe(id);
		const page = await request.get(path);
		expect(page.status()).toBe(200);
		const long = await request.get(`/?${SMALL}`);
		const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
		expect(title(await page.text())).toBe(title(await long.text()));
		expect(title(await page.text())).toMatch(/^Cloud Scorecard: /);
	});

	test('unknown and malformed ids get the same 404 page as any unknown address', async ({ request }) => {
		const unknown = await request.get('/s/AAAAAAAAAAAAAAAAAAAAAA');
		const malformed = await request.get('/s/%3Cscript%3E');
		const elsewhere = await request.get('/no-such-page');
		expect(unknown.status()).toBe(404);
		expect(malformed.status()).toBe(404);
		expect(elsewhere.status()).toBe(404);
		// The same page: only the relative paths to the app's files differ with the depth of the path.
		const page = (html: string) => html.replace(/"\.\.?"|\.\.?\//g, '');
		expect(page(await unknown.text())).toBe(page(await elsewhere.text()));
		expect(page(await malformed.text())).toBe(page(await elsewhere.text()));
	});

	test('writes from another site, other content types, oversized and broken bodies are refused with a sentence', async ({
		request,
		baseURL
	}) => {
		const cases: { headers: Record<string, string>; data: unknown; status: number; message: RegExp }[] = [
			{
				headers: { origin: 'https://evil.example' },
				data: { query: SMALL },
				status: 403,
				message: /did not come from this site/
			},
			{ headers: {}, data: { query: SMALL }, status: 403, message: /did not come from this site/ },
			{
				headers: { ...origin(baseURL), 'content-type': 'text/plain' },
				data: JSON.stringify({ query: SMALL }),
				status: 415,
				message: /as JSON/
			},
			{ headers: origin(baseURL), data: { query: 'x'.repeat(300_000) }, status: 413, message: /too large/ },
			{ headers: origin(baseURL), data: { query: SMALL, extra: 1 }, status: 400, message: /not understood/ },
			{
				headers: origin(baseURL),
				data: { query: 'v=2&w=<script>alert(1)</script>' },
				status: 422,
				message: /cannot be saved/
			}
		];
		for (const { headers, data, status, message } of cases) {
			const response = await request.post('/s', { headers, data });
			expect(response.status(), JSON.stringify(headers)).toBe(status);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			expect((await response.json()).message).toMatch(message);
		}
	});
});
