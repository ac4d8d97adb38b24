import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { createPageCache } from './page-cache.js';

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

/** A server whose pages are `html(query)`, rendered after `delayMs`, counted in `renders`. */
async function serve(maxBytes: number, html: (query: string) => string, delayMs = 0) {
	const cache = createPageCache({ buildId: 'test', maxBytes });
	const renders: string[] = [];
	server = createServer((req, res) => {
		const query = (req.url ?? '').split('?')[1] ?? '';
		cache.handle(req, res, query, () => {
			renders.push(query);
			setTimeout(() => {
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.writeHead(200);
				const body = html(query);
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
