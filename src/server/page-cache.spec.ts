import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { shortLinkId } from '$lib/server/short-links';
import { SHORT_LINK_ID } from '$lib/share/short-link';
import { cacheKey, createPageCache, negotiate, pageKey } from './page-cache.js';

/**
 * The page cache around a stand-in renderer that counts its renders (issue 21): a page asked for
 * without compression is kept even when it is larger than the cache's largest entry, and requests
 * for one cold link wait for one render.
 */

let server: Server | undefined;
afterEach(
	() =>
		new Promise<void>((done) => {
			if (!server) return done();
			server.close(() => done());
			server.closeAllConnections();
		})
);

/**
 * A server whose pages are `html(query)` (a short link's: `html(path)`), rendered after `delayMs`,
 * counted in `renders`. With `encode`, the response is labelled with the encoding the request asks
 * for (its bytes unchanged), as the compression middleware would label it, so each encoding is its
 * own entry.
 */
async function serve(maxBytes: number, html: (query: string) => string, delayMs = 0, encode = false) {
	const cache = createPageCache({ buildId: 'test', maxBytes });
	const renders: string[] = [];
	server = createServer((req, res) => {
		const [pathname = '', query = ''] = (req.url ?? '').split('?');
		const link = pathname === '/' ? query : pathname;
		cache.handle(req, res, pageKey(pathname, query)!, () => {
			renders.push(link);
			setTimeout(() => {
				res.setHeader('content-type', 'text/html; charset=utf-8');
				const encoding = negotiate(String(req.headers['accept-encoding'] ?? ''));
				if (encode && encoding !== 'identity') res.setHeader('content-encoding', encoding);
				res.writeHead(200);
				const body = html(link);
				// In pieces, as SvelteKit streams a page.
				for (let i = 0; i < body.length; i += 65536) res.write(body.slice(i, i + 65536));
				res.end();
			}, delayMs);
		});
	});
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const { port } = server!.address() as AddressInfo;
	const get = (path: string, headers: Record<string, string> = {}) =>
		new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
			request({ host: '127.0.0.1', port, path, headers }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (body += c));
				res.on('end', () => done({ status: res.statusCode!, body, headers: res.headers }));
			})
				.on('error', fail)
				.end();
		});
	return { get, renders, cache };
}

const big = (query: string) => `<!doctype html><p>${query}</p>${'<tr><td>row</td></tr>'.repeat(100_000)}`;

test('a page over the largest entry, asked for without compression, is rendered once', async () => {
	// 1 MiB cache: no entry over 128 KiB; the page is 2.1 MB of HTML.
	const { get, renders } = await serve(1024 * 1024, big);
	const first = await get('/?v=1&w=5');
	expect(first.body.length).toBeGreaterThan(2_000_000);
	const again = await get('/?v=1&w=5');
	const third = await get('/?v=1&w=5');
	expect(renders).toEqual(['v=1&w=5']);
	expect(again.body).toBe(first.body);
	expect(third.body).toBe(first.body);
	expect(again.headers['content-length']).toBe(String(Buffer.byteLength(first.body)));
	expect(again.headers['content-encoding']).toBeUndefined();
	expect(again.headers.etag).toBe(first.headers.etag);
});

test('a page that does not fit even gzipped is not kept, and still sent whole', async () => {
	// 64 KiB cache: no entry over 8 KiB; random text does not compress below that.
	const noise = (query: string) =>
		`<p>${query}</p>${Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join(' ')}`;
	const { get, renders } = await serve(64 * 1024, noise);
	const a = await get('/?w=1');
	const b = await get('/?w=1');
	expect(b.body).toBe(a.body);
	expect(a.body).toBe(noise('w=1'));
	expect(renders).toEqual(['w=1', 'w=1']);
});

test('concurrent requests for one cold link wait for one render', async () => {
	const { get, renders } = await serve(8 * 1024 * 1024, (q) => `<p>${q}</p>`.repeat(1000), 200);
	const answers = await Promise.all(
		Array.from({ length: 6 }, (_, i) => get(`/?v=1&w=7${i % 2 ? '&utm_source=x' : ''}`))
	);
	expect(renders).toHaveLength(1);
	for (const a of answers) expect(a.status).toBe(200);
	expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
});

test('an extra parameter the page never reads does not make a link cold', async () => {
	const { get, renders } = await serve(8 * 1024 * 1024, (q) => `<p>${q.length}</p>`);
	await get('/?v=1&w=9&foo=1');
	await get('/?v=1&w=9&foo=2');
	await get('/?w=9&v=1&foo=3&fbclid=abc');
	expect(renders).toEqual(['v=1&w=9&foo=1']);
	await get('/?v=1&w=9&bar=1');
	expect(renders).toHaveLength(2);
});

/** `n` characters of pseudo-random lowercase hex (a linear congruential generator): text that gzip
 * cannot shrink below about half, so a page's size in the cache is predictable. */
function noiseOf(seed: number, n: number): string {
	let x = seed >>> 0 || 1;
	let text = '';
	while (text.length < n) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		text += (x >>> 8).toString(16).padStart(6, '0');
	}
	return text.slice(0, n);
}

// A hundred requests: seconds on a busy machine.
test(
	'the cache is bounded in bytes: many distinct links never hold more than maxBytes, the oldest go first',
	{ timeout: 30_000 },
	async () => {
		// 1 MiB cache; each page is 40,000 characters of hex noise. Kept gzipped (requests without
		// Accept-Encoding), a page is about 22 KB: 100 of them would be about 2.2 MB, twice the bound, so a
		// cache bounded only by its number of entries would hold them all.
		const maxBytes = 1024 * 1024;
		const page = (q: string) => `<p>${q}</p>${noiseOf(Number(q.slice('w='.length)) + 1, 40_000)}`;
		const { get, renders, cache } = await serve(maxBytes, page);
		let most = 0;
		for (let i = 0; i < 100; i++) {
			expect((await get(`/?w=${i}`)).status).toBe(200);
			most = Math.max(most, cache.stats().bytes);
		}
		const { bytes, pages } = cache.stats();
		expect(most).toBeLessThanOrEqual(maxBytes);
		// Full, not emptied: at least the bound less one page (each counted page is over 20 KB and
		// under 25 KB here: 40,000 hex characters gzip to about 22 KB, plus key, headers and overhead).
		expect(bytes).toBeGreaterThan(maxBytes - 25_000);
		expect(pages).toBeGreaterThan(maxBytes / 25_000 - 1);
		expect(pages).toBeLessThan(maxBytes / 20_000);
		expect(renders).toHaveLength(100);
		// The newest page is answered from memory; the oldest was evicted and is rendered again.
		await get('/?w=99');
		expect(renders).toHaveLength(100);
		await get('/?w=0');
		expect(renders).toHaveLength(101);
		expect(renders.at(-1)).toBe('w=0');
	}
);

test('each encoding of a page is an entry of its own, counted in bytes', async () => {
	const body = (q: string) => `<p>${q}</p>${noiseOf(7, 30_000)}`;
	const { get, renders, cache } = await serve(4 * 1024 * 1024, body, 0, true);
	await get('/?w=1', { 'accept-encoding': 'br' });
	await get('/?w=1', { 'accept-encoding': 'gzip' });
	expect(cache.stats().pages).toBe(2);
	// Two bodies of 30,012 bytes each (sent as they are, labelled br and gzip), plus their keys and headers.
	expect(cache.stats().bytes).toBeGreaterThan(2 * 30_012);
	expect(cache.stats().bytes).toBeLessThan(2 * 30_012 + 2 * 2048);
	await get('/?w=1', { 'accept-encoding': 'br' });
	await get('/?w=1', { 'accept-encoding': 'gzip' });
	expect(renders).toEqual(['w=1', 'w=1']);
});

test("a short link's page is cached by its id: the second open is not rendered", async () => {
	const id = 'AbCdEfGhIjKlMnOpQrStUv';
	const { get, renders } = await serve(8 * 1024 * 1024, (path) => `<p>${path}</p>`, 0, true);
	const first = await get(`/s/${id}`, { 'accept-encoding': 'br' });
	const again = await get(`/s/${id}?utm_source=chat`, { 'accept-encoding': 'br' });
	expect(renders).toEqual([`/s/${id}`]);
	expect(again.body).toBe(first.body);
	expect(again.headers.etag).toBe(first.headers.etag);
	expect(
		(await get(`/s/${id}`, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })).status
	).toBe(304);
	// Another id is another page; it shares nothing with a long link either.
	await get('/s/AbCdEfGhIjKlMnOpQrStUw');
	expect(renders).toHaveLength(2);
});

test('pageKey: `/` by its link, a short link by its path, nothing else', () => {
	expect(pageKey('/', 'w=1&v=1&utm_source=x')).toBe(cacheKey('v=1&w=1'));
	expect(pageKey('/', 'w=1&v=1&utm_source=x')).toBe('v=1&w=1');
	expect(pageKey('/s/AbCdEfGhIjKlMnOpQrStUv', 'x=1')).toBe('/s/AbCdEfGhIjKlMnOpQrStUv');
	// Its page for readers without JavaScript writes every section out: an entry of its own.
	expect(pageKey('/s/AbCdEfGhIjKlMnOpQrStUv', 'nojs')).toBe('/s/AbCdEfGhIjKlMnOpQrStUv?nojs');
	expect(pageKey('/s/AbCdEfGhIjKlMnOpQrStUv', 'x=1&nojs=')).toBe('/s/AbCdEfGhIjKlMnOpQrStUv?nojs');
	// Not the shape of an id (SHORT_LINK_ID: 22 base64url characters): not a page that can be kept.
	expect(pageKey('/s/AbCdEfGhIjKlMnOpQrStU', '')).toBeUndefined();
	expect(pageKey('/s/AbCdEfGhIjKlMnOpQrStUv/', '')).toBeUndefined();
	expect(pageKey('/s', '')).toBeUndefined();
	expect(pageKey('/d/AbCdEfGhIjKlMnOpQrStUv', '')).toBeUndefined();
	expect(pageKey('/favicon.svg', '')).toBeUndefined();
	// The server keeps its own copy of the id's shape (it is plain Node, not bundled): ids the app
	// makes are ids to it.
	for (const query of ['v=2&d=cloud-2010.2', 'w=1', '']) {
		const id = shortLinkId(query);
		expect(id).toMatch(SHORT_LINK_ID);
		expect(pageKey(`/s/${id}`, '')).toBe(`/s/${id}`);
	}
});
