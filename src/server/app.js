// The request handling around SvelteKit's adapter-node handler (as adapter-node's "Custom server"
// section describes): security headers, /healthz, static files that survive being deleted, rendered
// pages cached compressed, gzip/brotli for HTML, and a page of our own for request heads that are
// too large (a link over the 64 KiB limit). src/server/main.js listens and shuts down gracefully.
import compression from '@polka/compression';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPageCache } from './page-cache.js';
import { readyz } from './readyz.js';
import { HSTS, NON_PAGE_CSP, SECURITY_HEADERS, wantsHsts } from './security-headers.js';
import { createStaticFiles } from './static-files.js';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * @param {{ buildDir: string, pageCacheBytes: number }} options
 */
export async function createApp({ buildDir, pageCacheBytes }) {
	const dir = resolve(buildDir);
	/** @type {{ handler: (req: Request, res: Response, next: () => void) => void }} */
	const kit = await import(pathToFileURL(join(dir, 'handler.js')).href);
	const client = join(dir, 'client');
	const { version: buildId } = JSON.parse(readFileSync(join(client, '_app', 'version.json'), 'utf8'));
	const files = await createStaticFiles(client, { immutablePrefix: '/_app/immutable/' });
	const pages = createPageCache({ buildId: String(buildId), maxBytes: pageCacheBytes });
	// HTML (and any other text SvelteKit answers) compressed as it streams, at level 4. Measured on a
	// 75 KB page: brotli 4 takes 1.1 ms for 13.4 KB, brotli 6 2.9 ms for 12.5 KB, brotli 11 150 ms;
	// gzip 6 0.8 ms for 13.8 KB. A page is compressed once per link, but a cold link pays it at once.
	const compress = compression({ threshold: 1024, level: 4, brotli: true });

	/** @param {Request} req @param {Response} res */
	function listener(req, res) {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (wantsHsts((name) => req.headers[name])) res.setHeader('strict-transport-security', HSTS);

		const url = req.url ?? '/';
		const mark = url.indexOf('?');
		const pathname = mark < 0 ? url : url.slice(0, mark);

		if (pathname === '/healthz') {
			res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
			res.end(req.method === 'HEAD' ? undefined : 'ok\n');
			return;
		}
		if (pathname === '/readyz') {
			void readyz(req, res);
			return;
		}
		if (files.serve(req, res, pathname)) return;

		const render = () => compress(req, res, () => kit.handler(req, res, () => {}));
		if (req.method === 'GET' && pathname === '/')
			pages.handle(req, res, mark < 0 ? '' : url.slice(mark + 1), render);
		else render();
	}

	return { listener, buildId: String(buildId), pages, staticFiles: files.size };
}

/** The page for a request head over the server's limit: a link too long to open. */
const TOO_LARGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Link too long – Cloud Scorecard</title></head>
<body>
<main>
<h1>This link is too long to open</h1>
<p>The address is longer than this server accepts (64 KiB), so the comparison in it cannot be opened. It may have been pasted twice or cut together from several links.</p>
<p><a href="/">Open Cloud Scorecard</a> to start a comparison, or ask whoever sent the link for a shorter one.</p>
</main>
</body>
</html>
`;

/**
 * node:http's 'clientError' handler: a request head over the limit gets a 431 with a page that
 * explains (the browser would otherwise show a bare "HTTP ERROR 431"); other broken requests get a
 * plain 400, as Node would send.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 */
export function onClientError(error, socket) {
	if (error.code === 'ECONNRESET' || !socket.writable) {
		socket.destroy();
		return;
	}
	if (error.code === 'HPE_HEADER_OVERFLOW') {
		const body = Buffer.from(TOO_LARGE_HTML);
		const headers = {
			'content-type': 'text/html; charset=utf-8',
			'content-length': body.length,
			'cache-control': 'no-store',
			'content-security-policy': NON_PAGE_CSP,
			...SECURITY_HEADERS,
			...(wantsHsts(() => undefined) ? { 'strict-transport-security': HSTS } : {}),
			connection: 'close'
		};
		const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
		socket.end(`HTTP/1.1 431 Request Header Fields Too Large\r\n${head.join('')}\r\n${body}`);
		return;
	}
	socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
}
