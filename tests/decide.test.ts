import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { watchErrors } from './support/page';
import { downloadPdf } from './support/pdf';
import { startServer, type RunningServer } from './support/server';

/**
 * Decide together (issue 20): a comparison becomes a group decision; three participants answer from
 * three browsers (one with a hostile name); the facilitator sees them and the group's answer;
 * closing shows the participants the group's answer without anyone's name; and everything is still
 * there after the server restarts (PGlite keeps its files in DATA_DIR). The test runs its own
 * server on its own DATA_DIR, so it can restart it.
 */

const HOSTILE = '<img src=x onerror="window.__xss=1">';

/** /readyz's status; 0 while the connection fails (a first start is busy creating the database). */
const readiness = (origin: string) =>
	fetch(`${origin}/readyz`).then(
		(r) => r.status,
		() => 0
	);

async function serverReady(server: RunningServer) {
	await expect.poll(() => readiness(server.origin), { timeout: 120_000, intervals: [500] }).toBe(200);
}

async function newPage(
	browser: Browser
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	return { page, errors: watchErrors(page), close: () => context.close() };
}

/** Answer on the invite page: `weigh` sets the weights, then name and submit; returns the personal link. */
async function answer(browser: Browser, invite: string, name: string, weigh: (page: Page) => Promise<void>) {
	const { page, errors, close } = await newPage(browser);
	await page.goto(invite);
	await expect(page.getByRole('heading', { name: 'Decide together', level: 1 })).toBeVisible();
	// Read-only: none of the main page's editing of the comparison is here.
	await expect(page.getByRole('button', { name: 'Decide together' })).toHaveCount(0);
	await expect(page.getByText('Import CSV or JSON')).toHaveCount(0);
	await weigh(page);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Submit my weights' }).click();
	await expect(page.getByText('Thank you: your weights are in.')).toBeVisible();
	const personal = await page.locator('#personal-link').inputValue();
	expect(personal).toMatch(/\/d\/[A-Za-z0-9_-]{22}#answer=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
	expect(page.url()).toBe(personal);
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
	await close();
	expect(errors).toEqual([]);
	return personal;
}

/** Serious or critical accessibility violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The facilitator's table of answers as "name|way|first choice". */
async function participants(page: Page): Promise<string[]> {
	return page
		.locator('#participants tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [0, 2, 3].map((i) => r.children[i]?.textContent?.trim()).join('|'))
		);
}

test('three people answer a group decision; the facilitator sees them and closes it; all survives a restart', async ({
	browser
}) => {
	test.setTimeout(420_000);
	const dataDir = await mkdtemp(join(tmpdir(), 'scorecard-decide-'));
	const env = { DATA_DIR: dataDir };
	let server = await startServer(env);
	try {
		await serverReady(server);
		const owner = await newPage(browser);
		await owner.page.goto(`${server.origin}/?v=2&d=cloud-2010.3`);
		await owner.page.getByRole('button', { name: 'Decide together' }).click();
		const invite = await owner.page.locator('#invite-link').inputValue();
		const facilitate = await owner.page.locator('#facilitator-link').inputValue();
		expect(invite).toMatch(new RegExp(`^${server.origin}/d/[A-Za-z0-9_-]{22}$`));
		expect(facilitate).toBe(`${invite}/facilitate#${facilitate.split('#')[1]}`);
		expect(facilitate.split('#')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
		await expect(owner.page.locator('#decide-links')).toContainText(
			'Deleted after 180 days without activity'
		);
		await owner.close();
		expect(owner.errors).toEqual([]);

		// Three browsers, three ways of weighing.
		const ana = await answer(browser, invite, 'Ana', (page) =>
			page.getByRole('button', { name: 'Cost-sensitive start-up' }).click()
		);
		await answer(browser, invite, 'Bob', (page) =>
			page.getByRole('button', { name: 'Security and compliance first' }).click()
		);
		await answer(browser, invite, HOSTILE, (page) => page.getByLabel('Rank the criteria').check());

		// The invite link shows nobody's name while the decision is open.
		const stranger = await newPage(browser);
		await stranger.page.goto(invite);
		await expect(stranger.page.getByRole('button', { name: 'Submit my weights' })).toBeVisible();
		expect(await axeViolations(stranger.page)).toEqual([]);
		for (const name of ['Ana', 'Bob', HOSTILE]) expect(await stranger.page.content()).not.toContain(name);
		await stranger.close();

		// Ana revises hers with her personal link.
		const again = await newPage(browser);
		await again.page.goto(ana);
		await expect(again.page.getByLabel('Your name')).toHaveValue('Ana');
		await again.page.getByRole('button', { name: 'Balanced' }).click();
		await again.page.getByRole('button', { name: 'Update my weights' }).click();
		await expect(again.page.getByText('Your weights are updated.')).toBeVisible();
		await again.close();
		expect(again.errors).toEqual([]);

		const facilitator = await newPage(browser);
		await facilitator.page.goto(facilitate);
		await expect(facilitator.page.locator('#participants tbody tr')).toHaveCount(3);
		const rows = await participants(facilitator.page);
		expect(rows.map((r) => r.split('|').slice(0, 2).join('|'))).toEqual([
			'Ana|Sliders',
			'Bob|Sliders',
			`${HOSTILE}|Rank the criteria`
		]);
		await expect(facilitator.page.locator('#group-headline')).toContainText('comes first');
		await expect(facilitator.page.locator('#group-agreement')).toContainText('Kendall’s W');
		await expect(facilitator.page.locator('#group-first-choice')).toContainText(/^\d of 3 put .+ first/);
		await expect(facilitator.page.getByRole('table', { name: 'Ranking', exact: true })).toBeVisible();
		expect(await facilitator.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		expect(await axeViolations(facilitator.page)).toEqual([]);

		// The CSV: one row per answer and the group's, the hostile name as text.
		const [csv] = await Promise.all([
			facilitator.page.waitForEvent('download'),
			facilitator.page.getByRole('button', { name: 'Export answers (CSV)' }).click()
		]);
		const text = await (await import('node:fs/promises')).readFile((await csv.path())!, 'utf8');
		expect(text.split('\r\n')).toHaveLength(5);
		expect(text).toContain('"<img src=x onerror=""window.__xss=1"">"');

		// The PDF: page 1 the group's answer, then one page per person, names drawn as text.
		const { pdf } = await downloadPdf(facilitator.page);
		expect(pdf.pages).toHaveLength(4);
		expect(pdf.pages[0]!.joined).toContain('Group decision:');
		expect(pdf.pages[0]!.joined).toContain('Kendall’s W');
		expect(pdf.pages.slice(1).map((p) => p.lines[0])).toEqual(['Ana', 'Bob', HOSTILE]);

		await facilitator.page.getByRole('button', { name: 'Close the decision' }).click();
		await expect(facilitator.page.locator('#decision-status')).toContainText('closed');
		const groupHeadline = await facilitator.page.locator('#group-headline').textContent();

		// Closed: participants see the group's answer (the same), still no names, and no form.
		const after = await newPage(browser);
		await after.page.goto(invite);
		await expect(after.page.getByText('This decision is closed')).toBeVisible();
		await expect(after.page.locator('#group-headline')).toHaveText(groupHeadline!);
		await expect(after.page.getByRole('button', { name: 'Submit my weights' })).toHaveCount(0);
		for (const name of ['Ana', 'Bob', HOSTILE]) expect(await after.page.content()).not.toContain(name);
		await after.close();
		expect(after.errors).toEqual([]);
		await facilitator.close();
		expect(facilitator.errors).toEqual([]);

		// A restart: SIGTERM closes the database cleanly; the next start reads the same files.
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
		server = await startServer(env);
		await serverReady(server);
		const reopened = await newPage(browser);
		await reopened.page.goto(facilitate.replace(/^http:\/\/[^/]+/, server.origin));
		await expect(reopened.page.locator('#participants tbody tr')).toHaveCount(3);
		expect(await participants(reopened.page)).toEqual(rows);
		await expect(reopened.page.locator('#decision-status')).toContainText('closed');

		// Deleting removes it for everyone.
		await reopened.page.getByLabel(/Yes, delete this decision/).check();
		await reopened.page.getByRole('button', { name: 'Delete the decision' }).click();
		await expect(reopened.page.getByText('every answer to it are deleted')).toBeVisible();
		await reopened.close();
		const gone = await fetch(invite.replace(/^http:\/\/[^/]+/, server.origin), {
			headers: { accept: 'text/html' }
		});
		expect(gone.status).toBe(404);
	} finally {
		await server.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
});

test('an unknown decision id is the app’s 404 page, for the invite and the facilitator’s link', async ({
	page,
	baseURL
}) => {
	await expect.poll(() => readiness(baseURL!), { timeout: 120_000, intervals: [500] }).toBe(200);
	for (const path of ['/d/AAAAAAAAAAAAAAAAAAAAAA', '/d/AAAAAAAAAAAAAAAAAAAAAA/facilitate', '/d/not-an-id']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
	}
});
