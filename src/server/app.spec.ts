import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from './app.js';

/**
 * Which requests the server sends through the page cache (issue 20): `/` and a short link's page
 * `/s/<id>`, each rendered once and then answered from memory; an unknown short link (an error) and
 * anything else, every time. The server runs around a stand-in build whose handler counts its
 * renders (the real one needs `vite build`; tests/short-links.test.ts opens real short links).
 */

/** What the stand-in handler rendered, in order (it runs in this process, through a dynamic import). */
const RENDERS = Symbol.for('cloud-scorecard.app-spec.renders');
const renders = () => (globalThis as unknown as Record<symbol, string[]>)[RENDERS]!;

const HANDLER = `
const renders = (globalThis[Symbol.for('cloud-scorecard.app-spec.renders')] ??= []);
export function handler(req, res) {
	renders.push(req.method + ' ' + req.url);
	const known = req.url === '/' || req.url.startsWith('/?') || req.url.startsWith('/s/AbCdEfGhIjKlMnOpQrStUv');
	res.setHeader('content-type', known ? 'text/html; charset=utf-8' : 'text/plain');
	res.writeHead(known ? 200 : 404);
	res.end(known ? '<!doctype html><p>' + req.url.split('?')[0] + '</p>' + '<p>page</p>'.repeat(200) : 'Not Found');
}
`;

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
let dir = '';
let server: Server | undefined;
let port = 0;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'scorecard-app-spec-'));
	await mkdir(join(dir, 'client', '_app'), { recursive: true });
	await writeFile(join(dir, 'client', '_app', 'version.json'), '{"version":"spec"}');
	await writeFile(join(dir, 'handler.js'), HANDLER);
	const app = await createApp({ buildDir: dir, pageCacheBytes: 8 * 1024 * 1024 });
	server = createServer(app.listener);
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
	await rm(dir, { recursive: true, force: true });
});

function get(path: string, method = 'GET') {
	return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
		request({ host: '127.0.0.1', port, path, method, headers: { 'accept-encoding': 'gzip' } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({
					status: res.statusCode!,
					body: Buffer.concat(chunks).toString('latin1'),
					headers: res.headers
				})
			);
		})
			.on('error', fail)
			.end();
	});
}

test("a short link's page is rendered once, then answered from the page cache", async () => {
	const before = renders()?.length ?? 0;
	const first = await get(`/s/${ID}`);
	const second = await get(`/s/${ID}`);
	const third = await get(`/s/${ID}?fbclid=x`);
	expect(first.status).toBe(200);
	expect(renders().slice(before)).toEqual([`GET /s/${ID}`]);
	expect(second.body).toBe(first.body);
	expect(third.body).toBe(first.body);
	expect(second.headers['cache-control']).toBe(
		'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400'
	);
	expect(second.headers.etag).toBe(first.headers.etag);
});

test('an unknown short link, another path and another method are rendered every time', async () => {
	const before = renders()?.length ?? 0;
	for (let i = 0; i < 2; i++) {
		const missing = await get('/s/ZZZZZZZZZZZZZZZZZZZZZZ');
		expect(missing.status).toBe(404);
		expect(missing.headers['cache-control']).toBe('no-store');
		await get('/s');
		await get(`/s/${ID}`, 'POST');
	}
	expect(renders().slice(before)).toEqual([
		'GET /s/ZZZZZZZZZZZZZZZZZZZZZZ',
		'GET /s',
		`POST /s/${ID}`,
		'GET /s/ZZZZZZZZZZZZZZZZZZZZZZ',
		'GET /s',
		`POST /s/${ID}`
	]);
});

test('a long link still goes through the page cache', async () => {
	const before = renders()?.length ?? 0;
	await get('/?v=2&w=1');
	await get('/?w=1&v=2&utm_source=x');
	expect(renders().slice(before)).toEqual(['GET /?v=2&w=1']);
});
