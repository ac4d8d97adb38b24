/**
 * Short links in the database. The id is derived from the comparison: base64url of the first 16
 * bytes (128 bits) of SHA-256 of its canonical link query, so the same comparison always gets the
 * same link, saving it twice stores it once, and an id cannot be guessed from another.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { decodeScenario, encodeScenario } from '$lib/share/codec';
// The server reads any link at once, data of one's own too: fflate loaded with it.
import '$lib/share/inflate';
import { MAX_SHORT_LINK_QUERY, SHORT_LINK_ID } from '$lib/share/short-link';
import type { Database } from './db/schema';

export function shortLinkId(canonicalQuery: string): string {
	return createHash('sha256').update(canonicalQuery, 'utf8').digest().subarray(0, 16).toString('base64url');
}

export type Canonical = { ok: true; query: string } | { ok: false; problems: string[] };

/**
 * The comparison a query holds, written as the app writes it (so two spellings of one comparison
 * are one short link), or what is wrong with it: a short link keeps only what opens exactly.
 */
export function canonicalQuery(query: string): Canonical {
	const { scenario, dataset, problems } = decodeScenario(query, { maxLength: MAX_SHORT_LINK_QUERY });
	if (problems.length) return { ok: false, problems };
	return { ok: true, query: encodeScenario(scenario, dataset) };
}

/** Store a canonical query; returns its id (the same id again when it is already stored). */
export async function saveShortLink(db: Kysely<Database>, canonical: string): Promise<string> {
	const id = shortLinkId(canonical);
	await db
		.insertInto('short_link')
		.values({ id, query: canonical })
		.onConflict((c) => c.column('id').doNothing())
		.execute();
	return id;
}

/** The query stored under `id`, or undefined (also for anything that is not an id). */
export async function readShortLink(db: Kysely<Database>, id: string): Promise<string | undefined> {
	if (!SHORT_LINK_ID.test(id)) return undefined;
	const row = await db.selectFrom('short_link').select('query').where('id', '=', id).executeTakeFirst();
	return row?.query;
}
