import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { syntheticOwnComparison } from '$testing/synthetic';
import { decodeScenario, encodeScenario } from '$lib/share/codec';
import { MAX_SHORT_LINK_QUERY, SHORT_LINK_ID } from '$lib/share/short-link';
import { useTestStorage } from './db/test-storage';
import { canonicalQuery, readShortLink, saveShortLink, shortLinkId } from './short-links';

describe('shortLinkId', () => {
	it('is base64url of the first 16 bytes of SHA-256 (FIPS 180-2 test vector "abc")', () => {
		// SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 …; those 16 bytes in base64url, unpadded.
		expect(shortLinkId('abc')).toBe('ungWv48Bz-pBQUDeXa4iIw');
		expect(shortLinkId('abc')).toMatch(SHORT_LINK_ID);
	});
});

describe('canonicalQuery', () => {
	const dataset = latestDataset();
	const query = encodeScenario(syntheticOwnComparison(dataset, 3, 2), dataset);

	it('writes two spellings of one comparison the same way, so they share a short link', () => {
		const params = [...new URLSearchParams(query)];
		const reordered = new URLSearchParams(params.reverse()).toString() + '&utm_source=chat';
		const a = canonicalQuery(query);
		const b = canonicalQuery(reordered);
		expect(a.ok && b.ok).toBe(true);
		expect(a).toEqual(b);
	});

	it('refuses a query that would not open as it is, and says why', () => {
		const result = canonicalQuery('v=2&d=cloud-2010.2&w=1,2,banana');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.join(' ')).toMatch(/banana/);
	});

	it('keeps a comparison of 200 providers × 40 criteria of your own (longer than any long link)', () => {
		const big = encodeScenario(syntheticOwnComparison(dataset, 200, 40), dataset);
		expect(big.length).toBeGreaterThan(40_000);
		expect(big.length).toBeLessThan(MAX_SHORT_LINK_QUERY);
		const result = canonicalQuery(big);
		expect(result.ok).toBe(true);
		const reopened = decodeScenario(result.ok ? result.query : '', { maxLength: MAX_SHORT_LINK_QUERY });
		expect(reopened.problems).toEqual([]);
		expect(reopened.scenario.edits.providers).toHaveLength(200);
		expect(reopened.scenario.edits.criteria).toHaveLength(40);
	}, 180_000);
});

describe('short links in the database', () => {
	const storage = useTestStorage();

	it('stores a comparison once under its id, however often it is saved, and reads it back', async () => {
		const query = 'v=2&d=cloud-2010.2&w=1,2,3';
		const first = await saveShortLink(storage().db, query);
		const second = await saveShortLink(storage().db, query);
		expect(second).toBe(first);
		expect(await readShortLink(storage().db, first)).toBe(query);
		const rows = await storage().db.selectFrom('short_link').select('id').where('id', '=', first).execute();
		expect(rows).toHaveLength(1);
	});

	it('reads nothing for an unknown id or for something that is not an id', async () => {
		expect(await readShortLink(storage().db, 'AAAAAAAAAAAAAAAAAAAAAA')).toBeUndefined();
		expect(await readShortLink(storage().db, "'; drop table short_link; --")).toBeUndefined();
		expect(await readShortLink(storage().db, '../etc/passwd')).toBeUndefined();
	});
});
