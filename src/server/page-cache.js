// Rendered pages, kept compressed. A page at `/` depends only on its link (the query string) and on
// the build, so it is rendered and compressed once per link, encoding and build, and from then on
// answered from memory, with a strong ETag (If-None-Match gets a 304 without rendering) and a
// Cache-Control that lets a CDN keep it. Nothing else is cached: not other paths, not other methods,
// not error responses, not responses that set cookies.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { matches } from './static-files.js';

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

/**
 * @typedef {{ headers: Record<string, string | number | string[]>, body: Buffer }} Page
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
					sizeCalculation: (page, key) => page.body.length + key.length * 2 + 1024
				})
			: undefined;

	/** @param {string} query @param {string} encoding */
	const etagFor = (query, encoding) =>
		`"${buildId}-${createHash('sha256').update(query).digest('base64url').slice(0, 22)}-${encoding}"`;

	/**
	 * Answers GET / from memory, or with a 304; otherwise records the response `render` writes (after
	 * compression) and keeps it if it is a cacheable page.
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} query the raw query string, without `?` (the cache key: safe, no normalising)
	 * @param {() => void} render
	 */
	function handle(req, res, query, render) {
		const encoding = negotiate(String(req.headers['accept-encoding'] ?? ''));
		res.setHeader('vary', 'Accept-Encoding');
		const etag = etagFor(query, encoding);
		if (matches(req.headers['if-none-match'], etag)) {
			res.writeHead(304, { etag, 'cache-control': PAGE_CACHE_CONTROL }).end();
			return;
		}
		const hit = lru?.get(`${buildId}|${encoding}|${query}`);
		if (hit) {
			res.writeHead(200, { ...hit.headers, 'content-length': hit.body.length });
			res.end(hit.body);
			return;
		}
		record(res, query);
		render();
	}

	/**
	 * Wraps writeHead/write/end before the compression middleware does, so it sees the bytes as they
	 * go out (compressed) and the final headers.
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} query
	 */
	function record(res, query) {
		const { writeHead, write, end } = res;
		/** @type {Buffer[] | undefined} */
		let chunks;
		let size = 0;
		let key = '';
		/** @param {unknown} chunk @param {unknown} enc */
		const collect = (chunk, enc) => {
			if (!chunks || chunk == null || typeof chunk === 'function') return;
			const buffer =
				typeof chunk === 'string'
					? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof enc === 'string' ? enc : 'utf8'))
					: Buffer.from(/** @type {Uint8Array} */ (chunk));
			size += buffer.length;
			if (size > maxEntryBytes) chunks = undefined;
			else chunks.push(buffer);
		};
		/** @type {any} */ (res).writeHead = function (
			/** @type {number} */ status,
			/** @type {any[]} */ ...rest
		) {
			const type = String(res.getHeader('content-type') ?? '');
			const cacheable = status === 200 && type.startsWith('text/html') && !res.hasHeader('set-cookie');
			if (cacheable) {
				const encoding = String(res.getHeader('content-encoding') ?? 'identity');
				res.setHeader('etag', etagFor(query, encoding));
				res.setHeader('cache-control', PAGE_CACHE_CONTROL);
				key = `${buildId}|${encoding}|${query}`;
				if (lru) chunks = [];
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
			if (chunks && lru) {
				const headers = res.getHeaders();
				for (const name of PER_RESPONSE) delete headers[name];
				lru.set(key, {
					headers: /** @type {Page['headers']} */ (headers),
					body: Buffer.concat(chunks)
				});
				chunks = undefined;
			}
			return end.apply(this, /** @type {any} */ (args));
		};
	}

	return {
		handle,
		/** Bytes and pages held, for the bench. */
		stats: () => ({ bytes: lru?.calculatedSize ?? 0, pages: lru?.size ?? 0 })
	};
}
