// The production server: `node src/server/main.js` (what `npm start` and the browser tests run).
// Serves the SvelteKit build in BUILD_DIR (default "build") with the handling in app.js.
//
// Environment: PORT (3000), HOST (0.0.0.0), ORIGIN and adapter-node's other variables,
// SHUTDOWN_TIMEOUT (seconds, 30), PAGE_CACHE_MB (MiB of rendered pages kept in memory, 64; 0 turns it off),
// MAX_HEADER_KB (request head limit, 64), HSTS (on/off; see security-headers.js), and the limits on
// cold renders (render-queue.js): RENDER_CONCURRENCY (2), RENDER_QUEUE (64), RENDER_WAIT (seconds a
// render may wait for its turn, 5), HEAVY_RENDER_QUEUE (4), HEAVY_RENDER_CELLS (2500).
import './harden.js';
import { createServer } from 'node:http';
import { createApp, DEFAULT_RENDER_LIMITS, onClientError } from './app.js';
import { runShutdownTasks } from './lifecycle.js';

const env = process.env;
const port = Number(env.PORT ?? 3000);
const host = env.HOST ?? '0.0.0.0';
const shutdownTimeout = Number(env.SHUTDOWN_TIMEOUT ?? 30);

/**
 * A whole number from the environment (at least `least`, 1 unless told), or the default; a bad
 * value stops the server with a message that names it.
 * @param {string} name @param {number} fallback @param {number} [scale] @param {number} [least]
 */
function setting(name, fallback, scale = 1, least = 1) {
	const text = env[name];
	if (text === undefined || text === '') return fallback * scale;
	const value = Number(text);
	if (!Number.isInteger(value) || value < least) {
		console.error(`${name}=${text} is not a whole number of at least ${least}`);
		process.exit(1);
	}
	return value * scale;
}

const app = await createApp({
	buildDir: env.BUILD_DIR ?? 'build',
	// The page cache's bound in bytes (page-cache.js counts every stored page, each encoding apart).
	pageCacheBytes: setting('PAGE_CACHE_MB', 64, 1024 * 1024, 0),
	renders: {
		concurrency: setting('RENDER_CONCURRENCY', DEFAULT_RENDER_LIMITS.concurrency),
		queue: setting('RENDER_QUEUE', DEFAULT_RENDER_LIMITS.queue),
		waitMs: setting('RENDER_WAIT', DEFAULT_RENDER_LIMITS.waitMs / 1000, 1000),
		heavyQueue: setting('HEAVY_RENDER_QUEUE', DEFAULT_RENDER_LIMITS.heavyQueue),
		heavyCells: setting('HEAVY_RENDER_CELLS', DEFAULT_RENDER_LIMITS.heavyCells)
	}
});

// Shared links can be long: Node's default 16 KiB request-head limit would refuse a 20,000-character
// link with a bare 431 before the app can explain it.
const server = createServer({ maxHeaderSize: Number(env.MAX_HEADER_KB ?? 64) * 1024 }, app.listener);
server.on('clientError', onClientError);
if (env.KEEP_ALIVE_TIMEOUT) server.keepAliveTimeout = Number(env.KEEP_ALIVE_TIMEOUT) * 1000;
if (env.HEADERS_TIMEOUT) server.headersTimeout = Number(env.HEADERS_TIMEOUT) * 1000;

/** Responses not yet finished: on SIGTERM those not yet begun are told to close their connection. */
const open = new Set();
let stopping = false;
server.on('request', (/** @type {unknown} */ _req, /** @type {import('node:http').ServerResponse} */ res) => {
	open.add(res);
	res.on('close', () => {
		open.delete(res);
		// While stopping, a keep-alive connection is closed as soon as its response is done (the
		// connection counts as idle once Node has finished with the response, hence setImmediate).
		if (stopping) setImmediate(() => server.closeIdleConnections());
	});
});

server.listen(port, host, () => {
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(
		`Listening on http://${host}:${address.port} (build ${app.buildId}, ${app.staticFiles} static files)`
	);
});

/**
 * Graceful shutdown, as adapter-node's own server does it: stop accepting connections, close idle
 * keep-alive connections, let requests in flight finish, then exit; connections still open after
 * SHUTDOWN_TIMEOUT seconds are cut.
 * @param {NodeJS.Signals} signal
 */
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: finishing ${open.size} request(s) in flight, then stopping`);
	// Every response from now on says `Connection: close` (app.drain), and so does every one in
	// flight whose head is not sent yet: a keep-alive client then sends its next request on a new
	// connection (elsewhere) instead of on one this server is about to close under it.
	app.drain();
	for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
	server.close(async () => {
		// adapter-node's event, for app code that cleans up (none today).
		process.emit(/** @type {any} */ ('sveltekit:shutdown'), signal);
		// The app's own tasks (closing the database) after the last request, before exiting.
		await runShutdownTasks(shutdownTimeout * 1000);
		process.exit(0);
	});
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
