import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { request as httpRequest, Agent } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { mutatedLinks } from './support/fuzz-links';
import { startServer } from './support/server';

/**
 * How the app is served (issue 11): security headers, compression, the page cache, /healthz,
 * graceful shutdown, static files that vanish, request heads that are too large, and a seeded fuzz
 * run of broken links. Requests only; the browser flows check CSP violations themselves.
 */

const PINNED = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

/** A raw GET with node:http (no automatic decompression, any bytes in the path). */
function get(
	origin: string,
	path: string,
	headers: Record<string, string> = {},
	agent?: Agent
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((done, fail) => {
		const req = httpRequest(
			`${origin}${path.startsWith('/') ? '' : '/'}`,
			{ path, headers, agent },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
				res.on('error', fail);
			}
		);
		req.on('error', fail);
		req.end();
	});
}

function directives(response: APIResponse): Map<string, string[]> {
	const header = response.headers()['content-security-policy'] ?? '';
	return new Map(
		header
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

test.describe('security headers', () => {
	test('Content-Security-Policy: a strict policy as a header on pages, hashes and no nonce', async ({
		request
	}) => {
		for (const path of ['/', PINNED, '/?w=<script>']) {
			const response = await request.get(path);
			const csp = directives(response);
			const scripts = csp.get('script-src') ?? [];
			expect(scripts).toContain("'self'");
			expect(
				scripts.some((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)),
				'the start-up script is hashed'
			).toBe(true);
			for (const source of scripts) expect(source).toMatch(/^'(self|sha256-[A-Za-z0-9+/=]+)'$/);
			expect(response.headers()['content-security-policy']).not.toMatch(/nonce-|unsafe-eval|\*/);
			expect(csp.get('default-src')).toEqual(["'self'"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('base-uri')).toEqual(["'none'"]);
			expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
			expect(csp.get('form-action')).toEqual(["'self'"]);
			// Our files only, and the page carries no inline <style> that would need more.
			const html = await response.text();
			expect(html).not.toMatch(/<style[\s>]/);
			expect(csp.get('style-src')).toEqual(["'self'"]);
			expect(csp.get('connect-src')).toEqual(["'self'"]);
			expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
			// The policy is the header, not a <meta> (which could not carry frame-ancestors).
			expect(html).not.toContain('http-equiv="content-security-policy"');
		}
	});

	test('the same link gets the same policy every time (hashes, never a per-request nonce)', async ({
		request
	}) => {
		const a = (await request.get('/?v=1&x=gogrid')).headers()['content-security-policy'];
		const b = (await request.get('/?v=1&x=gogrid')).headers()['content-security-policy'];
		expect(a).toBe(b);
	});

	for (const [name, value] of [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'strict-origin-when-cross-origin'],
		['cross-origin-opener-policy', 'same-origin']
	] as const) {
		test(`${name}: ${value} on pages, static files, /healthz and 404s`, async ({ request }) => {
			for (const path of ['/', PINNED, '/favicon.svg', '/healthz', '/no-such-page'])
				expect((await request.get(path)).headers()[name], path).toBe(value);
		});
	}

	test('Permissions-Policy turns off what the app never uses and keeps clipboard-write for itself', async ({
		request
	}) => {
		for (const path of ['/', '/favicon.svg']) {
			const policy = (await request.get(path)).headers()['permissions-policy'] ?? '';
			for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
				expect(policy).toContain(`${feature}=()`);
			expect(policy).toContain('clipboard-write=(self)');
		}
	});

	test('Strict-Transport-Security only over HTTPS', async ({ request }) => {
		expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
		const proxied = await startServer({ BUILD_DIR, PROTOCOL_HEADER: 'x-forwarded-proto' });
		const forced = await startServer({ BUILD_DIR, HSTS: 'on' });
		try {
			for (const path of ['/', '/favicon.svg', '/healthz']) {
				const https = await get(proxied.origin, path, { 'x-forwarded-proto': 'https' });
				expect(https.headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
				const http = await get(proxied.origin, path, { 'x-forwarded-proto': 'http' });
				expect(http.headers['strict-transport-security'], path).toBeUndefined();
				expect((await get(forced.origin, path)).headers['strict-transport-security'], path).toBeDefined();
			}
			// A page cached from an HTTPS request does not carry the header to a plain one.
			await get(proxied.origin, PINNED, { 'x-forwarded-proto': 'https' });
			expect((await get(proxied.origin, PINNED)).headers['strict-transport-security']).toBeUndefined();
		} finally {
			await proxied.stop();
			await forced.stop();
		}
	});

	test('static SVG gets a policy that lets nothing run; scripts get none', async ({ request }) => {
		expect((await request.get('/favicon.svg')).headers()['content-security-policy']).toContain(
			"default-src 'none'"
		);
		const html = await (await request.get('/')).text();
		const script = /(_app\/immutable\/entry\/start\.[^"]+\.js)/.exec(html)![1]!;
		expect((await request.get(`/${script}`)).headers()['content-security-policy']).toBeUndefined();
	});
});

test.describe('fast pages', () => {
	test('HTML is compressed with brotli or gzip as the browser asks, and is the same page', async ({
		baseURL
	}) => {
		const plain = await get(baseURL!, PINNED);
		expect(plain.headers['content-encoding']).toBeUndefined();
		const br = await get(baseURL!, PINNED, { 'accept-encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		const gz = await get(baseURL!, PINNED, { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
		expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
		expect(br.body.length).toBeLessThan(plain.body.length / 3);
		for (const r of [plain, br, gz]) expect(r.headers.vary).toContain('Accept-Encoding');
	});

	test('static files keep their precompressed versions', async ({ baseURL }) => {
		const html = (await get(baseURL!, '/')).body.toString();
		const script = `/${/(_app\/immutable\/entry\/start\.[^"]+\.js)/.exec(html)![1]}`;
		const plain = await get(baseURL!, script);
		const br = await get(baseURL!, script, { 'accept-encoding': 'br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
		expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	test('a page has a strong ETag, a CDN-friendly Cache-Control, and If-None-Match gets a 304', async ({
		baseURL
	}) => {
		const first = await get(baseURL!, PINNED, { 'accept-encoding': 'br' });
		const etag = String(first.headers.etag);
		expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/
		expect(first.headers['cache-control']).toBe(
			'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'
		);
		const again = await get(baseURL!, PINNED, { 'accept-encoding': 'br' });
		expect(again.headers.etag).toBe(etag);
		expect(again.body.equals(first.body)).toBe(true);
		const revalidated = await get(baseURL!, PINNED, { 'accept-encoding': 'br', 'if-none-match': etag });
		expect(revalidated.status).toBe(304);
		expect(revalidated.body.length).toBe(0);
		// Another encoding or another link is another representation.
		const gz = await get(baseURL!, PINNED, { 'accept-encoding': 'gzip', 'if-none-match': etag });
		expect(gz.status).toBe(200);
		expect(gz.headers.etag).not.toBe(etag);
		expect((await get(baseURL!, `${PINNED},`, { 'accept-encoding': 'br' })).headers.etag).not.toBe(etag);
	});

	test('errors and other methods are not cached publicly', async ({ request }) => {
		const missing = await request.get('/no-such-page');
		expect(missing.status()).toBe(404);
		expect(missing.headers()['cache-control'] ?? '').not.toContain('public');
		const post = await request.post('/', { data: 'x' });
		expect(post.status()).toBeGreaterThanOrEqual(400);
		expect(post.headers()['cache-control'] ?? '').not.toContain('public');
	});

	test('rendering is deterministic, so an ETag from the link and build is honest', async () => {
		const server = await startServer({ BUILD_DIR, PAGE_CACHE_MB: '0' });
		try {
			for (const link of [PINNED, '/', '/?w=abc&x=%E2%80%AE']) {
				const a = await get(server.origin, link, { 'accept-encoding': 'br' });
				const b = await get(server.origin, link, { 'accept-encoding': 'br' });
				expect(b.body.equals(a.body), link).toBe(true);
				expect(b.headers.etag).toBe(a.headers.etag);
			}
		} finally {
			await server.stop();
		}
	});

	test('GET /healthz answers 200 with a tiny body and no-store', async ({ request }) => {
		const response = await request.get('/healthz');
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('no-store');
		expect((await response.body()).length).toBeLessThan(16);
	});
});

test.describe('robust serving', () => {
	test('a link over the 64 KiB limit gets a page that explains, with a link to /', async ({ baseURL }) => {
		const response = await get(baseURL!, `/?w=${'1'.repeat(100_000)}`);
		expect(response.status).toBe(431);
		expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(response.headers['x-content-type-options']).toBe('nosniff');
		const html = response.body.toString();
		expect(html).toContain('This link is too long to open');
		expect(html).toContain('<a href="/">');
		expect((await get(baseURL!, '/healthz')).status).toBe(200);
	});

	test('SIGTERM: a request in flight is answered, then the server exits cleanly', async () => {
		const server = await startServer({ BUILD_DIR, SHUTDOWN_TIMEOUT: '20' });
		const { port } = new URL(server.origin);
		// A keep-alive connection that has had its answer: idle, closed at once.
		const idle = net.connect(Number(port), '127.0.0.1');
		idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
		idle.resume();
		const idleClosed = new Promise((r) => idle.on('close', r));
		const busy = net.connect(Number(port), '127.0.0.1');
		let answer = '';
		busy.on('data', (d) => (answer += d));
		const closed = new Promise((r) => busy.on('close', r));
		await new Promise((r) => busy.on('connect', r));
		// Half a request: in flight when the signal comes.
		busy.write(`GET ${PINNED} HTTP/1.1\r\nHost: 127.0.0.1\r\n`);
		await new Promise((r) => setTimeout(r, 200));
		server.child.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 300));
		expect(server.child.exitCode, 'still running while a request is in flight').toBeNull();
		busy.write('\r\n');
		expect(await server.exited).toBe(0);
		await closed;
		expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
		expect(answer).toContain('Amazon EC2');
		await idleClosed;
		expect(server.output()).toContain('SIGTERM');
	});

	test('a static file deleted while the server runs: the next variant or a 404, and the server carries on', async () => {
		// A copy of the build, so the shared one is not damaged; its bundled code finds node_modules.
		const root = await mkdtemp(join(tmpdir(), 'scorecard-build-'));
		await cp(BUILD_DIR, join(root, 'build'), { recursive: true });
		await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
		const server = await startServer({ BUILD_DIR: join(root, 'build') });
		try {
			const dir = join(root, 'build/client/_app/immutable/entry');
			const script = (await readdir(dir)).find((f) => f.startsWith('start.') && f.endsWith('.js'))!;
			const path = `/_app/immutable/entry/${script}`;
			const br = { 'accept-encoding': 'br, gzip' };
			expect((await get(server.origin, path, br)).headers['content-encoding']).toBe('br');

			await rm(join(dir, `${script}.br`));
			const gz = await get(server.origin, path, br);
			expect(gz.status).toBe(200);
			expect(gz.headers['content-encoding']).toBe('gzip');

			await rm(join(dir, `${script}.gz`));
			const plain = await get(server.origin, path, br);
			expect(plain.status).toBe(200);
			expect(plain.headers['content-encoding']).toBeUndefined();

			await rm(join(dir, script));
			expect((await get(server.origin, path, br)).status).toBe(404);
			expect((await get(server.origin, path)).status).toBe(404);
			// Still serving, and not exited.
			expect((await get(server.origin, PINNED, br)).status).toBe(200);
			expect(server.child.exitCode).toBeNull();
		} finally {
			await server.stop();
			await rm(root, { recursive: true, force: true });
		}
	});

	test('fuzz: 2,000 mutated links (seeded) never get a 5xx, and the server still answers', async ({
		baseURL
	}) => {
		test.setTimeout(360_000);
		const started = Date.now();
		const links = mutatedLinks(2000, 20101109);
		const agent = new Agent({ keepAlive: true, maxSockets: 8 });
		const failures: string[] = [];
		let next = 0;
		const worker = async () => {
			while (next < links.length) {
				const query = links[next++]!;
				const response = await get(baseURL!, `/?${query}`, { 'accept-encoding': 'br' }, agent).catch(
					(e: Error) => ({ status: 0, error: e.message })
				);
				// A heavy comparison may be asked to come back later (503 with Retry-After: its queue is
				// full, render-queue.js); any other 5xx, or no answer, is a failure.
				const later = response.status === 503 && 'headers' in response && !!response.headers['retry-after'];
				if ((response.status >= 500 && !later) || response.status === 0)
					failures.push(`${response.status} /?${query.slice(0, 200)}`);
				// After own data (hostile payloads included: reserved keys, duplicate ids, oversized),
				// the server must still render a link it has never seen: one poisoned request once broke
				// every later page of the process (issue 21).
				if (/(^|&)e=/.test(query)) {
					const fresh = `/?v=2&d=cloud-2010.2&w=${17 + next},${Array(16).fill(50).join(',')}&m=topsis`;
					const after = await get(baseURL!, fresh, {}, agent).catch((e: Error) => ({
						status: 0,
						body: e.message
					}));
					const body = 'body' in after ? String(after.body) : '';
					if (after.status !== 200 || !body.includes('Amazon EC2'))
						failures.push(`fresh link after /?${query.slice(0, 120)} answered ${after.status}`);
				}
			}
		};
		await Promise.all(Array.from({ length: 8 }, worker));
		agent.destroy();
		console.log(`fuzz: ${links.length} links in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		expect(failures).toEqual([]);
		expect((await get(baseURL!, '/healthz')).status).toBe(200);
		expect((await get(baseURL!, PINNED)).status).toBe(200);
	});
});
