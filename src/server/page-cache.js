// Rendered pages, kept compressed. A page at `/` depends only on its link (the query string) and on
// the build, so it is rendered and compressed once per link, encoding and build, and from then on
// answered from memory, with a strong ETag (If-None-Match gets a 304 without rendering) and a
// Cache-Control that lets a CDN keep it. A short link's page (`/s/<id>`) is as fixed, and cached the
// same way (`pageKey`). Nothing else is cached: not other paths, not other methods, not error
// responses, not responses that set cookies. The cache is bounded in bytes (`maxBytes`, PAGE_CACHE_MB):
// every stored body counts, each encoding of a page (brotli, gzip, gzipped-for-identity) separately,
// with its key and headers (`entrySize`).
//
// Issue 21: the key is the link reduced to what the page reads (`cacheKey`), so parameters the page
// ignores cannot make a link cold; concurrent requests for one cold link wait for one render; and a
// page asked for without compression is kept gzipped and inflated as it is sent, so a large page
// that would not fit the cache as plain HTML is still rendered once, not on every request.
import { createHash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { matches } from './static-files.js';
import { cacheKey, NO_SCRIPT_PARAM } from '../lib/share/page-key.js';

export { cacheKey };

/**
 * Browsers keep a page 5 minutes (a reload is instant, and after a deploy a browser drops HTML that
 * names the old build's files within minutes); a CDN keeps it a day and may serve it a further day
 * while it fetches a fresh copy in the background. A page never changes within a build, so the only
 * cost of a long CDN lifetime is after a deploy: purge the CDN then (README, "Serving").
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=86400';

/** Headers that belong to one connection or one request, never to a stored page. */
const PER_RESPONSE = [
	'date',
	'connection',
	'keep-alive',
	'transfer-encoding',
	'content-length',
	'strict-transport-security'
];

/**
 * The content coding @polka/compression picks for this Accept-Encoding (the same rule), or identity.
 * @param {string} accept
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function negotiate(accept) {
	return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
}

/** A short link's page (src/routes/s/[id]): its id is the shape short links are given (SHORT_LINK_ID). */
const SHORT_LINK_PAGE = /^\/s\/[A-Za-z0-9_-]{22}$/;

/**
 * The page cache's key for a GET of `pathname?query`, or undefined when the answer is not cached.
 * - `/`: the link reduced to what the page shows (`cacheKey`);
 * - `/s/<id>`: the path alone. The id is derived from the comparison it holds (SHA-256 of its
 *   canonical query, src/lib/server/short-links.ts) and a stored short link is never changed, so its
 *   page is as fixed as a long link's; the page reads the stored query, and of the URL's only
 *   whether it asks for the page without JavaScript (`/s/<id>?nojs`, a key of its own). An
 *   unknown id, or a database that cannot answer, is an error
 *   response, which is never kept.
 * The two kinds cannot collide: a `/` key is a URLSearchParams string, which never starts with `/`.
 * @param {string} pathname
 * @param {string} query the raw query string, without `?`
 * @returns {string | undefined}
 */
export function pageKey(pathname, query) {
	if (pathname === '/') return cacheKey(query);
	if (SHORT_LINK_PAGE.test(pathname))
		return new URLSearchParams(query).has(NO_SCRIPT_PARAM) ? `${pathname}?${NO_SCRIPT_PARAM}` : pathname;
	return undefined;
}

/** What an entry costs besides its body, key and headers: the entry object and the LRU's bookkeeping. */
const ENTRY_OVERHEAD = 512;

/**
 * The bytes one cache entry is counted as: its body, and its key and headers as JavaScript strings
 * (up to two bytes a character), and a fixed overhead. A page's headers are about 2 KB (its
 * Content-Security-Policy lists the hashes of its inline scripts).
 * @param {Page} page
 * @param {string} key
 */
export function entrySize(page, key) {
	let chars = key.length;
	for (const [name, value] of Object.entries(page.headers)) chars += name.length + String(value).length;
	return page.body.length + chars * 2 + ENTRY_OVERHEAD;
}

/**
 * @typedef {{ headers: Record<string, string | number | string[]>, body: Buffer, gzipped?: number }} Page
 *   `gzipped`: the body is the page gzipped (for a request that asked for no compression), and this
 *   is its length as sent
 * @param {{ buildId: string, maxBytes: number }} options maxBytes 0 turns the memory cache off
 *   (ETags and 304s stay)
 */
export function createPageCache({ buildId, maxBytes }) {
	// One page is ~20-100 KB compressed; no single entry may take more than an eighth of the cache.
	const maxEntryBytes = Math.max(1, Math.floor(maxBytes / 8));
	/** @type {LRUCache<string, Page> | undefined} */
	const lru =
		maxBytes > 0
			? new LRUCache({
					maxSize: maxBytes,
					maxEntrySize: maxEntryBytes,
					sizeCalculation: entrySize
				})
			: undefined;

	/** @param {string} query @param {string} encoding */
	const etagFor = (query, encoding) =>
		`"${buildId}-${createHash('sha256').update(query).digest('base64url').slice(0, 22)}-${encoding}"`;

	/** @type {Map<string, Promise<void>>} cold pages being rendered, by cache key */
	const rendering = new Map();

	/**
	 * Answers a page from memory, or with a 304; otherwise records the response `render` writes (after
	 * compression) and keeps it if it is a cacheable page. A request for a page that is being
	 * rendered waits for that render and is then answered from memory.
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} link the page's key (`pageKey`)
	 * @param {() => void} render
	 */
	function handle(req, res, link, render) {
		const encoding = negotiate(String(req.headers['accept-encoding'] ?? ''));
		res.setHeader('vary', 'Accept-Encoding');
		const etag = etagFor(link, encoding);
		if (matches(req.headers['if-none-match'], etag)) {
			res.writeHead(304, { etag, 'cache-control': PAGE_CACHE_CONTROL }).end();
			return;
		}
		const key = `${buildId}|${encoding}|${link}`;
		const hit = lru?.get(key);
		if (hit) return send(res, hit);
		const pending = rendering.get(key);
		if (pending) {
			void pending.then(() => {
				if (res.destroyed) return;
				const page = lru?.get(key);
				if (page) send(res, page);
				else miss(res, link, key, render);
			});
			return;
		}
		miss(res, link, key, render);
	}

	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} link
	 * @param {string} key
	 * @param {() => void} render
	 */
	function miss(res, link, key, render) {
		if (lru && !rendering.has(key)) {
			const settled = record(res, link);
			rendering.set(key, settled);
			void settled.then(() => rendering.delete(key));
		} else record(res, link);
		render();
	}

	/** @param {import('node:http').ServerResponse} res @param {Page} page */
	function send(res, page) {
		if (page.gzipped === undefined) {
			res.writeHead(200, { ...page.headers, 'content-length': page.body.length });
			res.end(page.body);
			return;
		}
		res.writeHead(200, { ...page.headers, 'content-length': page.gzipped });
		// Inflated as it streams (zlib's thread pool), so a large page never blocks the event loop.
		pipeline(Readable.from([page.body]), createGunzip(), res, () => {});
	}

	/**
	 * Wraps writeHead/write/end before the compression middleware does, so it sees the bytes as they
	 * go out (compressed) and the final headers. Resolves when the page is stored, or is known not to
	 * be (not cacheable, too large, or the response was cut short).
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} link the cache key's link part
	 * @returns {Promise<void>}
	 */
	function record(res, link) {
		const { writeHead, write, end } = res;
		/** @type {() => void} */
		let settle = () => {};
		const settled = new Promise((resolve) => (settle = () => resolve(undefined)));
		res.once('close', () => {
			// Cut short (or not cacheable): nothing will be stored. A stored page settles first.
			if (!gzip) settle();
		});
		/** @type {Buffer[] | undefined} */
		let chunks;
		let size = 0;
		let key = '';
		/**
		 * For a page sent without compression: the bytes are gzipped as they go out, and the gzipped
		 * page is what is kept, so a page too large to keep as plain HTML is kept all the same.
		 * @type {import('node:zlib').Gzip | undefined}
		 */
		let gzip;
		let plainSize = 0;
		/** @param {unknown} chunk @param {unknown} enc */
		const collect = (chunk, enc) => {
			if (!chunks || chunk == null || typeof chunk === 'function') return;
			const buffer =
				typeof chunk === 'string'
					? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof enc === 'string' ? enc : 'utf8'))
					: Buffer.from(/** @type {Uint8Array} */ (chunk));
			if (gzip) {
				plainSize += buffer.length;
				gzip.write(buffer);
				return;
			}
			size += buffer.length;
			if (size > maxEntryBytes) chunks = undefined;
			else chunks.push(buffer);
		};
		/** @param {Page} page */
		const store = (page) => {
			const headers = res.getHeaders();
			for (const name of PER_RESPONSE) delete headers[name];
			lru?.set(key, { ...page, headers: /** @type {Page['headers']} */ (headers) });
		};
		/** @type {any} */ (res).writeHead = function (
			/** @type {number} */ status,
			/** @type {any[]} */ ...rest
		) {
			const type = String(res.getHeader('content-type') ?? '');
			const cacheable = status === 200 && type.startsWith('text/html') && !res.hasHeader('set-cookie');
			if (cacheable) {
				const encoding = String(res.getHeader('content-encoding') ?? 'identity');
				res.setHeader('etag', etagFor(link, encoding));
				res.setHeader('cache-control', PAGE_CACHE_CONTROL);
				key = `${buildId}|${encoding}|${link}`;
				if (lru) {
					chunks = [];
					if (encoding === 'identity') {
						const zipped = createGzip({ level: 4 });
						gzip = zipped;
						zipped.on('data', (/** @type {Buffer} */ data) => {
							size += data.length;
							if (size > maxEntryBytes) chunks = undefined;
							else chunks?.push(data);
						});
						zipped.on('end', () => {
							if (chunks && res.writableFinished)
								store({ headers: {}, body: Buffer.concat(chunks), gzipped: plainSize });
							settle();
						});
						// A response cut short ends the gzip stream unkept.
						res.once('close', () => {
							if (!res.writableFinished) chunks = undefined;
							zipped.end();
						});
					}
				}
			} else if (!res.hasHeader('cache-control')) {
				res.setHeader('cache-control', 'no-store');
			}
			return writeHead.call(this, status, ...rest);
		};
		/** @type {any} */ (res).write = function (/** @type {any[]} */ ...args) {
			collect(args[0], args[1]);
			return write.apply(this, /** @type {any} */ (args));
		};
		/** @type {any} */ (res).end = function (/** @type {any[]} */ ...args) {
			collect(args[0], args[1]);
			if (chunks && !gzip) {
				store({ headers: {}, body: Buffer.concat(chunks) });
				chunks = undefined;
			}
			if (!gzip) settle();
			return end.apply(this, /** @type {any} */ (args));
		};
		return settled;
	}

	return {
		handle,
		/** Bytes and pages held, for the bench. */
		stats: () => ({ bytes: lru?.calculatedSize ?? 0, pages: lru?.size ?? 0 })
	};
}
