import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { database } from '$lib/server/db';
import type { Storage } from '$lib/server/db/storage';
import { assertSameOrigin, HttpProblem, problemResponse, readJson } from '$lib/server/http';
import { createLimiter, type Limiter } from '$lib/server/rate-limit';
import { canonicalQuery, saveShortLink } from '$lib/server/short-links';
import { ShortLinkRequestSchema, type ShortLinkResponse } from '$lib/share/short-link-schema';
import type { RequestHandler } from './$types';

/** The body: `{"query": …}` with a query of at most MAX_SHORT_LINK_QUERY characters, and some room. */
const MAX_BODY_BYTES = 256 * 1024;

let limiter: Limiter | undefined;
function limiterFor(storage: Storage): Limiter {
	limiter ??= createLimiter(storage, {
		name: 'short-link',
		points: Number(env.SHORT_LINKS_PER_MINUTE ?? 30),
		seconds: 60,
		what: 'short links'
	});
	return limiter;
}

/** `POST /s` with `{"query": "<the link's query>"}`: saves it, answers `{ id, path }`. */
export const POST: RequestHandler = async (event) => {
	try {
		assertSameOrigin(event);
		const storage = await database().catch(() => {
			throw new HttpProblem(
				503,
				'Short links cannot be saved right now (the database is not open). Copy the long link instead.'
			);
		});
		await limiterFor(storage).consume(event.getClientAddress());
		const { query } = await readJson(event.request, ShortLinkRequestSchema, MAX_BODY_BYTES);
		const canonical = canonicalQuery(query);
		if (!canonical.ok)
			throw new HttpProblem(
				422,
				`This comparison cannot be saved as a short link: ${canonical.problems.join(' ')}`
			);
		const id = await saveShortLink(storage.db, canonical.query);
		// The page builds the full address itself (with its base path); `path` is for other clients.
		const body: ShortLinkResponse = { id, path: `/s/${id}` };
		return json(body, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		if (error instanceof HttpProblem) return problemResponse(error);
		throw error;
	}
};
