// Static files of the build (build/client), served instead of adapter-node's sirv, which crashed the
// process when a file vanished while the server ran (a deploy replacing build/ in place): it opened
// the file after answering from its start-up index, and the read stream's ENOENT was an unhandled
// 'error' event. Here a file is opened before anything is sent; a missing precompressed variant
// falls back to the next one, a missing file is a 404, and a read error mid-stream ends only that
// response.
import { open, readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { NON_PAGE_CSP } from './security-headers.js';

/** Content types of what a SvelteKit build holds; anything else is sent as bytes. */
const TYPES = /** @type {Record<string, string>} */ ({
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.ttf': 'font/ttf',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.webmanifest': 'application/manifest+json'
});

/** Types a browser may open as a document: they get a CSP that lets nothing run. */
const DOCUMENT_TYPES = /^(image\/svg\+xml|text\/html|application\/xml|text\/xml)/;

/**
 * @typedef {{ path: string, encoding?: 'br' | 'gzip' }} Variant
 * @typedef {{ type: string, immutable: boolean, variants: Variant[] }} Entry
 */

/** @param {string} dir @returns {Promise<string[]>} every file under dir, relative, with `/` */
async function listFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.filter((name) => !name.split('/').some((part) => part.startsWith('.')));
}

/**
 * @param {string} dir the build's client directory
 * @param {{ immutablePrefix: string }} options URL prefix of content-hashed files (cached for a year)
 */
export async function createStaticFiles(dir, { immutablePrefix }) {
	const names = new Set(await listFiles(dir));
	/** @type {Map<string, Entry>} URL path -> what can answer it */
	const index = new Map();
	for (const name of names) {
		if (name.endsWith('.br') || name.endsWith('.gz')) continue;
		const path = join(dir, name);
		/** @type {Variant[]} */
		const variants = [];
		if (names.has(`${name}.br`)) variants.push({ path: `${path}.br`, encoding: 'br' });
		if (names.has(`${name}.gz`)) variants.push({ path: `${path}.gz`, encoding: 'gzip' });
		variants.push({ path });
		const url = `/${name}`;
		index.set(url, {
			type: TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
			immutable: url.startsWith(immutablePrefix),
			variants
		});
	}

	/**
	 * Answers the request if its path is a file of the build. Returns false (and sends nothing) for
	 * any other path.
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} pathname
	 */
	function serve(req, res, pathname) {
		let entry = index.get(pathname);
		if (!entry && pathname.includes('%')) {
			try {
				entry = index.get(decodeURIComponent(pathname));
			} catch {
				// A malformed escape names no file.
			}
		}
		if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
		void send(req, res, entry);
		return true;
	}

	return { serve, size: index.size };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Entry} entry
 */
async function send(req, res, entry) {
	const accept = String(req.headers['accept-encoding'] ?? '');
	const accepted = entry.variants.filter(
		(v) => !v.encoding || (v.encoding === 'br' ? /\bbr\b/.test(accept) : /\bgzip\b/.test(accept))
	);
	for (const variant of accepted) {
		/** @type {import('node:fs/promises').FileHandle} */
		let file;
		try {
			file = await open(variant.path, 'r');
		} catch {
			continue; // gone (or unreadable): try the next variant
		}
		try {
			const stats = await file.stat();
			const etag = `W/"${stats.size}-${stats.mtime.getTime()}${variant.encoding ? `-${variant.encoding}` : ''}"`;
			res.setHeader('content-type', entry.type);
			res.setHeader('etag', etag);
			res.setHeader('last-modified', stats.mtime.toUTCString());
			res.setHeader('cache-control', entry.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
			if (entry.variants.length > 1) res.setHeader('vary', 'Accept-Encoding');
			if (variant.encoding) res.setHeader('content-encoding', variant.encoding);
			if (DOCUMENT_TYPES.test(entry.type)) res.setHeader('content-security-policy', NON_PAGE_CSP);
			if (matches(req.headers['if-none-match'], etag)) {
				await file.close();
				res.writeHead(304).end();
				return;
			}
			res.setHeader('content-length', stats.size);
			if (req.method === 'HEAD') {
				await file.close();
				res.writeHead(200).end();
				return;
			}
			res.writeHead(200);
			// The stream owns the handle from here and closes it; an error cuts only this response short.
			pipeline(file.createReadStream(), res, () => {});
			return;
		} catch {
			await file.close().catch(() => {});
			if (res.headersSent) return void res.destroy();
			for (const name of SET_HERE) res.removeHeader(name);
		}
	}
	res.statusCode = 404;
	res.setHeader('content-type', 'text/plain; charset=utf-8');
	res.setHeader('cache-control', 'no-store');
	res.end('Not found\n');
}

/** What `send` sets for one variant, taken back when it falls back to the next. */
const SET_HERE = [
	'content-type',
	'etag',
	'last-modified',
	'cache-control',
	'vary',
	'content-encoding',
	'content-security-policy',
	'content-length'
];

/**
 * If-None-Match against an entity tag (weak comparison, as RFC 9110 §13.1.2 asks).
 * @param {string | undefined} header
 * @param {string} etag
 */
export function matches(header, etag) {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const opaque = etag.replace(/^W\//, '');
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
