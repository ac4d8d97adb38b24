import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './support/server';

/**
 * Two app processes on one PostgreSQL (issue 20): what is saved through one is seen through the
 * other, and the rate limit is counted for both together. Runs under `npm run test:postgres`,
 * which starts a throwaway PostgreSQL and sets TEST_DATABASE_URL; skipped otherwise.
 */
const url = process.env.TEST_DATABASE_URL;
// Skipped in `npm test`: it needs a PostgreSQL server, which `npm run test:postgres` starts (Debian's
// postgresql as an unprivileged user) and names in TEST_DATABASE_URL. `npm test` runs the same
// storage suites on PGlite instead; the two-process case only means something on PostgreSQL.
test.skip(!url, 'needs TEST_DATABASE_URL (npm run test:postgres)');

const SMALL = `v=2&d=cloud-2010.2&w=${Array.from({ length: 17 }, (_, i) => 17 - i).join(',')}`;

async function ready(server: RunningServer) {
	await expect
		.poll(async () => (await fetch(`${server.origin}/readyz`)).status, { timeout: 60_000, intervals: [250] })
		.toBe(200);
}

/** What a browser on the server's own page sends with a write. */
const save = (server: RunningServer, query: string) =>
	fetch(`${server.origin}/s`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
		body: JSON.stringify({ query })
	});

test('a short link saved through one process opens through the other; the rate limit counts both', async () => {
	test.setTimeout(120_000);
	const env = { DATABASE_URL: url!, SHORT_LINKS_PER_MINUTE: '3' };
	// Started together: both run the migrations at start, and the advisory lock orders them.
	const [a, b] = await Promise.all([startServer(env), startServer(env)]);
	try {
		await Promise.all([ready(a), ready(b)]);
		expect(a.output()).toMatch(/Database ready: PostgreSQL at 127\.0\.0\.1:\d+\/scorecard_test/);
		expect(a.output() + b.output()).not.toMatch(/Database unavailable/);

		const saved = await save(a, SMALL);
		expect(saved.status).toBe(200);
		const { path } = (await saved.json()) as { path: string };
		const opened = await fetch(`${b.origin}${path}`);
		expect(opened.status).toBe(200);
		const direct = await fetch(`${a.origin}/?${SMALL}`);
		const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
		expect(title(await opened.text())).toBe(title(await direct.text()));
		expect((await fetch(`${b.origin}/s/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);

		// Three a minute per client across both processes: one was used above.
		expect((await save(b, SMALL)).status).toBe(200);
		expect((await save(a, SMALL)).status).toBe(200);
		const refused = await save(b, SMALL);
		expect(refused.status).toBe(429);
		expect((await refused.json()).message).toMatch(/^Too many short links from your address/);

		// SIGTERM: each process closes its pool and exits cleanly; the database stays up for the other.
		a.child.kill('SIGTERM');
		expect(await a.exited).toBe(0);
		expect((await fetch(`${b.origin}${path}`)).status).toBe(200);
	} finally {
		await Promise.all([a.stop(), b.stop()]);
	}
});

/** A write as the app's own page sends it, with a token when it has one. */
const send = (server: RunningServer, path: string, body: unknown, token?: string, method = 'POST') =>
	fetch(`${server.origin}${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			'sec-fetch-site': 'same-origin',
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: JSON.stringify(body)
	});

test('a group decision made through one process takes answers through the other; its rate limit counts both', async () => {
	test.setTimeout(120_000);
	const env = { DATABASE_URL: url!, ANSWERS_PER_MINUTE: '3' };
	const [a, b] = await Promise.all([startServer(env), startServer(env)]);
	try {
		await Promise.all([ready(a), ready(b)]);
		const created = await send(a, '/d', { query: SMALL });
		expect(created.status).toBe(201);
		const { id, token } = (await created.json()) as { id: string; token: string };
		const answer = (server: RunningServer, name: string) =>
			send(server, `/d/${id}/answers`, {
				name,
				weights: { weighting: 'direct', weights: { 'entry-price': 80, 'sla-uptime': 20 } }
			});
		expect((await answer(b, 'Ana')).status).toBe(201);
		expect((await answer(a, 'Bob')).status).toBe(201);
		const listed = await fetch(`${a.origin}/d/${id}/answers`, {
			headers: { authorization: `Bearer ${token}` }
		});
		expect(((await listed.json()) as { answers: { name: string }[] }).answers.map((x) => x.name)).toEqual([
			'Ana',
			'Bob'
		]);
		// Closed through B: A refuses the next answer.
		expect((await send(b, `/d/${id}`, { status: 'closed' }, token, 'PATCH')).status).toBe(200);
		expect((await answer(a, 'Late')).status).toBe(409);
		// Three answers a minute per client across both processes: the fourth is refused.
		const refused = await answer(b, 'Too many');
		expect(refused.status).toBe(429);
		expect((await refused.json()).message).toMatch(/^Too many answers from your address/);
	} finally {
		await Promise.all([a.stop(), b.stop()]);
	}
});
