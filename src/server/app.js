// The request handling around SvelteKit's adapter-node handler (as adapter-node's "Custom server"
// section describes): security headers, /healthz and /readyz, static files that survive being
// deleted, rendered pages cached compressed, cold renders limited (render-queue.js), gzip/brotli for
// HTML, and a page of our own for request heads that are too large (a link over the 64 KiB limit).
// src/server/main.js listens and shuts down gracefully.
import compression from '@polka/compression';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPageCache, pageKey } from './page-cache.js';
import { checkReadiness } from './lifecycle.js';
import { createLane, renderCells } from './render-queue.js';
import { HSTS, NON_PAGE_CSP, SECURITY_HEADERS, wantsHsts } from './security-headers.js';
import { createStaticFiles } from './static-files.js';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(req: Request, res: Response, next: () => void) => void} Handler
 * @typedef {{ ok: boolean, detail: string }} CheckResult
 * @typedef {{ name: string, check: () => Promise<CheckResult> }} ReadinessCheck
 */

/**
 * How cold renders are limited (render-queue.js). `concurrency`, `queue` and `waitMs` are the light
 * lane's; the heavy lane renders one at a time, paced (render-queue.js), with a queue of `heavyQueue`; a link is heavy when
 * its comparison has more than `heavyCells` cells (providers × criteria, see renderCells).
 * @typedef {{ concurrency: number, queue: number, waitMs: number, heavyQueue: number, heavyCells: number }} RenderLimits
 */
export const DEFAULT_RENDER_LIMITS = Object.freeze({
	concurrency: 2,
	queue: 64,
	waitMs: 5_000,
	heavyQueue: 4,
	heavyCells: 2_500
});

/**
 * The canary /healthz renders: a small comparison on a pinned data set version (published versions
 * never change), with one provider of the person's own in the `e` payload, so the link decoder, the
 * payload reader, the scoring and the page all run. Written by the app's encoder; a unit test
 * (src/server/cache-key.spec.ts) checks that it still opens without a notice.
 */
export const CANARY_QUERY =
	'v=2&d=cloud-2010.2&w=50,60,30,20,30,30,20,50,30,40,40,30,40,40,20,40,40&p=balanced' +
	'&e=q1YqS8wpTS1WsqpWKtVNTsxLLKrUTc7JL00BiaTmlQC5BUWZyalKVoYGtbU6SgVF-WWZKalFQB3R1UqZQGXo-nSU8hJzgeqVnMGiCs5Q0YKcxJK0_KJcoIx3mK9SbWwtAA';
/** What the canary's page must show: the data set's providers and the person's own. */
const CANARY_SHOWS = ['Amazon EC2', 'Canary Cloud'];
/** A canary result is reused this long, so /healthz stays cheap however often it is asked. */
const CANARY_TTL_MS = 5_000;
const CANARY_TIMEOUT_MS = 10_000;
/** How often the build directory's version file is read to notice a build replaced in place. */
const BUILD_CHECK_MS = 1_000;

/**
 * @param {{ buildDir: string, pageCacheBytes: number, renders?: Partial<RenderLimits> }} options
 */
export async function createApp({ buildDir, pageCacheBytes, renders = {} }) {
	const limits = { ...DEFAULT_RENDER_LIMITS, ...renders };
	const dir = resolve(buildDir);
	/** @type {{ handler: Handler }} */
	const kit = await import(pathToFileURL(join(dir, 'handler.js')).href);
	const client = join(dir, 'client');
	const versionFile = join(client, '_app', 'version.json');
	const buildId = String(JSON.parse(readFileSync(versionFile, 'utf8')).version);
	const files = await createStaticFiles(client, { immutablePrefix: '/_app/immutable/' });
	const pages = createPageCache({ buildId, maxBytes: pageCacheBytes });
	const build = watchBuild(versionFile, buildId);
	const canary = createCanary(kit.handler);
	const light = createLane('light', {
		concurrency: limits.concurrency,
		maxQueue: limits.queue,
		maxWaitMs: limits.waitMs
	});
	const heavy = createLane('heavy', {
		concurrency: 1,
		maxQueue: limits.heavyQueue,
		maxWaitMs: limits.waitMs,
		paced: true
	});
	let draining = false;
	/**
	 * /readyz's checks, in order; each says ok or why not. Add a check here (a database, say) and
	 * /readyz reports it.
	 * @type {ReadinessCheck[]}
	 */
	const readiness = [
		{ name: 'build', check: build.check },
		{ name: 'pages', check: canary.check },
		{
			name: 'shutdown',
			check: async () => (draining ? { ok: false, detail: 'shutting down' } : { ok: true, detail: 'ok' })
		},
		// What the app registers when it starts (src/server/lifecycle.js): the database.
		{
			name: 'app',
			check: async () => {
				const { ready, checks } = await checkReadiness(2000);
				const detail = checks.map((c) => `${c.name} ${c.ok ? 'ok' : `not ready (${c.error})`}`).join(', ');
				return { ok: ready, detail: detail || 'ok' };
			}
		}
	];
	// HTML (and any other text SvelteKit answers) compressed as it streams, at level 4. Measured on a
	// 75 KB page: brotli 4 takes 1.1 ms for 13.4 KB, brotli 6 2.9 ms for 12.5 KB, brotli 11 150 ms;
	// gzip 6 0.8 ms for 13.8 KB. A page is compressed once per link, but a cold link pays it at once.
	const compress = compression({ threshold: 1024, level: 4, brotli: true });

	/** @param {Request} req @param {Response} res */
	function listener(req, res) {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
		if (wantsHsts((name) => req.headers[name])) res.setHeader('strict-transport-security', HSTS);
		// While the server drains, every response closes its connection, so a keep-alive client
		// opens its next request elsewhere instead of reusing a connection about to be closed.
		if (draining) res.setHeader('connection', 'close');

		const url = req.url ?? '/';
		const mark = url.indexOf('?');
		const pathname = mark < 0 ? url : url.slice(0, mark);

		if (pathname === '/healthz') {
			void Promise.all([build.check(), canary.check()]).then((results) => {
				const failed = results.find((r) => !r.ok);
				status(req, res, failed ? 503 : 200, failed ? `failing: ${failed.detail}\n` : 'ok\n');
			});
			return;
		}
		if (pathname === '/readyz') {
			void Promise.all(readiness.map(async ({ name, check }) => ({ name, ...(await check()) }))).then(
				(results) => {
					const ready = results.every((r) => r.ok);
					const lines = results.map((r) => `${r.name}: ${r.detail}\n`).join('');
					status(req, res, ready ? 200 : 503, `${ready ? 'ready' : 'not ready'}\n${lines}`);
				}
			);
			return;
		}
		if (files.serve(req, res, pathname)) return;

		// A build replaced under the running server: its pages would name files that are gone.
		const stale = build.current();
		if (!stale.ok) {
			status(req, res, 503, `This server cannot serve pages: ${stale.detail}.\n`);
			return;
		}
		// Anything SvelteKit answers that does not say otherwise is not cached, and an error never is.
		res.setHeader('cache-control', 'no-store');
		noStoreOnError(res);
		const query = mark < 0 ? '' : url.slice(mark + 1);
		const key = req.method === 'GET' ? pageKey(pathname, query) : undefined;
		// A short link's comparison is in the database, not in its URL: its cold render is light (the
		// rate limit on saving them bounds how many large ones there can be).
		const lane =
			key !== undefined && pathname === '/' && renderCells(query) > limits.heavyCells ? heavy : light;
		const handle = () => compress(req, res, () => kit.handler(req, res, () => {}));
		// A group decision's writes (answers, closing, removal; not its creation, which reads a whole
		// comparison) render nothing and wait mostly on the database: two hundred participants may
		// answer in the same second, and the light lane's queue would turn most of them away. Their
		// own limits bound them (per-client rate limit, a small body, the database pool).
		if (req.method !== 'GET' && req.method !== 'HEAD' && pathname.startsWith('/d/')) return void handle();
		const render = () => lane.run(res, handle);
		if (key !== undefined) {
			res.removeHeader('cache-control'); // the page cache decides
			pages.handle(req, res, key, render);
		} else render();
	}

	return {
		listener,
		buildId,
		pages,
		staticFiles: files.size,
		/** Called on SIGTERM: from now on every response closes its connection, and /readyz says so. */
		drain: () => {
			draining = true;
		}
	};
}

/**
 * Error responses (404 pages included) are not cached, whatever SvelteKit set: it marks a missing
 * `/_app/immutable/` file `public, max-age=0, must-revalidate`, and the README promises `no-store`.
 * @param {Response} res
 */
function noStoreOnError(res) {
	const { writeHead } = res;
	/** @type {any} */ (res).writeHead = function (/** @type {number} */ code, /** @type {any[]} */ ...rest) {
		if (code >= 400) {
			res.setHeader('cache-control', 'no-store');
			for (const headers of rest)
				if (headers && typeof headers === 'object' && !Array.isArray(headers))
					for (const name of Object.keys(headers))
						if (name.toLowerCase() === 'cache-control') delete headers[name];
		}
		return writeHead.call(this, code, ...rest);
	};
}

/**
 * A plain-text answer of our own (health, readiness, refusals), never cached.
 * @param {Request} req @param {Response} res @param {number} code @param {string} text
 */
function status(req, res, code, text) {
	if (res.headersSent || res.destroyed) return;
	const body = Buffer.from(text);
	res.writeHead(code, {
		'content-type': 'text/plain; charset=utf-8',
		'content-length': body.length,
		'cache-control': 'no-store',
		...(code === 503 && !res.hasHeader('retry-after') ? { 'retry-after': '5' } : {})
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Notices a build directory replaced under the running server (a new `vite build` in place): the
 * server still holds the old build's code, and its pages would name files that are gone. The
 * build's version file is read at start; `current()` answers at once from the last reading and
 * reads the file again in the background at most once a second; `check()` reads it now.
 * @param {string} versionFile
 * @param {string} buildId
 */
function watchBuild(versionFile, buildId) {
	/** @type {CheckResult} */
	let state = { ok: true, detail: `ok (build ${buildId})` };
	let readAt = Date.now();
	/** @type {Promise<CheckResult> | undefined} */
	let reading;
	const read = () =>
		(reading ??= readFile(versionFile, 'utf8')
			.then(
				(text) => {
					const version = String(JSON.parse(text).version);
					return version === buildId
						? { ok: true, detail: `ok (build ${buildId})` }
						: {
								ok: false,
								detail:
									`its build directory was replaced while it ran (it started with build ${buildId}, ` +
									`the directory now holds build ${version}); restart it to serve the new build`
							};
				},
				(/** @type {Error & { code?: string }} */ error) => ({
					ok: false,
					detail:
						`its build's version file (${versionFile}) cannot be read (${error.code ?? error.message}); ` +
						`the build directory was removed or is being replaced: restart it once a complete build is there`
				})
			)
			.then((result) => {
				state = result;
				readAt = Date.now();
				reading = undefined;
				return result;
			}));
	return {
		check: read,
		current: () => {
			if (Date.now() - readAt > BUILD_CHECK_MS) void read();
			return state;
		}
	};
}

/**
 * Renders the canary comparison through SvelteKit's handler, in process (no socket, not the page
 * cache, not the render queue), and says whether the page came out whole. A result is reused for
 * a few seconds, and concurrent checks share one render.
 * @param {Handler} handler
 */
function createCanary(handler) {
	/** @type {{ at: number, result: Promise<CheckResult> } | undefined} */
	let last;
	const run = async () => {
		try {
			const { status, body } = await renderInProcess(handler, `/?${CANARY_QUERY}`, CANARY_TIMEOUT_MS);
			if (status !== 200) return { ok: false, detail: `the canary page answered ${status}` };
			const html = body.toString('utf8');
			const missing = CANARY_SHOWS.filter((name) => !html.includes(name));
			return missing.length
				? { ok: false, detail: `the canary page does not show ${missing.join(', ')}` }
				: { ok: true, detail: 'ok' };
		} catch (error) {
			return {
				ok: false,
				detail: `the canary page failed: ${error instanceof Error ? error.message : error}`
			};
		}
	};
	return {
		/** @returns {Promise<CheckResult>} */
		check: () => {
			if (!last || Date.now() - last.at > CANARY_TTL_MS) last = { at: Date.now(), result: run() };
			return last.result;
		}
	};
}

/**
 * One GET through a Node request handler without a socket: a request with no body, and a response
 * whose bytes are collected instead of sent.
 * @param {Handler} handler
 * @param {string} path
 * @param {number} timeoutMs
 * @returns {Promise<{ status: number, body: Buffer }>}
 */
function renderInProcess(handler, path, timeoutMs) {
	return new Promise((done, fail) => {
		const req = new IncomingMessage(new Socket());
		req.method = 'GET';
		req.url = path;
		req.headers = { host: 'localhost', accept: 'text/html' };
		req.push(null);
		const res = new ServerResponse(req);
		/** @type {Buffer[]} */
		const chunks = [];
		/** @param {unknown} chunk */
		const keep = (chunk) => {
			if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
		};
		const timer = setTimeout(() => fail(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
		/** @type {any} */ (res).write = (/** @type {unknown} */ chunk) => {
			keep(chunk);
			return true;
		};
		/** @type {any} */ (res).end = (/** @type {unknown} */ chunk) => {
			keep(chunk);
			clearTimeout(timer);
			done({ status: res.statusCode, body: Buffer.concat(chunks) });
			return res;
		};
		handler(req, res, () => {
			clearTimeout(timer);
			done({ status: 404, body: Buffer.alloc(0) });
		});
	});
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
