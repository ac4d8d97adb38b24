/**
 * Short links (`/s/<id>`): the comparison's canonical link query kept on the server, for links
 * that chat apps cut and comparisons too large for a link at all. This file and
 * `short-link-schema.ts` (the request's and answer's checks, fetched when a short link is made)
 * are what the page and the server share; the storing is in $lib/server/short-links.ts.
 */
import type { ShortLinkResponse } from './short-link-schema';

export type { ShortLinkResponse };

/**
 * Longest link query a short link keeps (characters). The other bound is the codec's: the data of
 * your own unpacks to at most 512 KB (MAX_PAYLOAD_BYTES). 200 providers × 40 criteria of your own,
 * with names and every value, is 42,739 characters and unpacks well within it.
 */
export const MAX_SHORT_LINK_QUERY = 200_000;

/** An id: base64url of 16 bytes (128 bits). */
export const SHORT_LINK_ID = /^[A-Za-z0-9_-]{22}$/;

/** Save the comparison `query` as a short link; rejects with the server's own sentence when it cannot. */
export async function createShortLink(endpoint: string, query: string): Promise<ShortLinkResponse> {
	const response = await fetch(endpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ query })
	});
	const [body, { ShortLinkResponseSchema, ProblemSchema }] = await Promise.all([
		response.json().catch((): unknown => undefined) as Promise<unknown>,
		import('./short-link-schema')
	]);
	if (!response.ok) {
		const message = ProblemSchema.safeParse(body);
		throw new Error(message.success ? message.data.message : `The server answered ${response.status}.`);
	}
	return ShortLinkResponseSchema.parse(body);
}
