import { describe, expect, test } from 'vitest';
import { decodeScenario, isLink } from '$lib/share/codec';
import { CANARY_QUERY } from './app.js';
import { cacheKey } from './page-cache.js';

/**
 * The page cache's key (issue 21) drops what the page does not read. That is safe only while the
 * key and the page's decoder agree, so these tests decode a link and its key with the app's own
 * decoder and expect the same comparison and the same notices (what the page shows), and the same
 * answer to "is this a link" (what `+page.ts` reads besides).
 */
function samePage(query: string) {
	const key = cacheKey(query);
	const raw = decodeScenario(query);
	const keyed = decodeScenario(key);
	expect(keyed.scenario, `${query} → ${key}`).toEqual(raw.scenario);
	expect(keyed.problems, `${query} → ${key}`).toEqual(raw.problems);
	expect(keyed.dataset.version).toBe(raw.dataset.version);
	expect(isLink(new URLSearchParams(key)), `${query} → ${key}`).toBe(isLink(new URLSearchParams(query)));
	return key;
}

const PINNED = 'v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';

describe('cacheKey', () => {
	test('parameters the page ignores, or only names, do not make a link a new page', () => {
		const base = cacheKey(PINNED);
		for (const extra of ['utm_source=mail&fbclid=1', 'gclid=x&ref=y', 'utm_campaign=' + 'z'.repeat(500)])
			expect(samePage(`${PINNED}&${extra}`)).toBe(base);
		// An unknown parameter is named on the page, its value never: one key per name.
		expect(samePage(`${PINNED}&foo=1`)).toBe(samePage(`${PINNED}&foo=2&foo=3`));
		expect(samePage(`${PINNED}&foo=1`)).not.toBe(samePage(`${PINNED}&bar=1`));
		// A repeated parameter: the first value counts, the later ones only by their number.
		expect(samePage(`${PINNED}&w=1&w=2`)).toBe(samePage(`${PINNED}&w=3&w=4`));
		expect(samePage(`${PINNED}&w=1`)).not.toBe(samePage(`${PINNED}&w=1&w=1`));
		// Order of known parameters and spelling of escapes do not matter.
		expect(samePage('x=ntt&v=1&d=cloud-2010.1')).toBe(samePage('v=1&d=cloud-2010.1&x=n%74t'));
	});

	test('what the page shows keeps links apart', () => {
		const keys = new Set(
			[
				PINNED,
				PINNED.replace('x=ntt', 'x=gogrid'),
				PINNED.replace('100,80', '100,81'),
				`${PINNED}&m=topsis`,
				`${PINNED}&v=2`,
				'',
				'utm_source=x',
				'v=9',
				`${PINNED}&e=not-a-payload`,
				`${PINNED}&foo`,
				`${PINNED}&foo&bar`,
				`${PINNED}&bar&foo`
			].map(samePage)
		);
		expect(keys.size).toBe(12 - 1); // '' and a query of tracking parameters only are one page
	});

	test('the page for readers without JavaScript (`nojs`) is a page of its own, read for its presence only', () => {
		// The decoder does not read it (the same comparison, no notice about it), but the page writes
		// every section out for it (components/noscript-copy.ts), so it must not share the entry.
		const full = samePage(`${PINNED}&nojs`);
		expect(full).not.toBe(samePage(PINNED));
		expect(samePage(`utm_source=x&nojs=1&${PINNED}`)).toBe(full);
		expect(samePage('nojs')).not.toBe(samePage(''));
		expect(decodeScenario(`${PINNED}&nojs`).problems).toEqual([]);
		expect(isLink(new URLSearchParams('nojs'))).toBe(false);
	});

	test('a query over the link limit is its own key (the page quotes its length)', () => {
		const long = `${PINNED}&utm_source=${'a'.repeat(8000)}`;
		expect(cacheKey(long)).toBe(long);
		samePage(long);
	});

	test('awkward bytes read the same', () => {
		for (const query of [
			`${PINNED}&x=%E2%80%AE`,
			'w=%zz&x=%FF',
			'w=1+2&x=a%20b',
			'v=2&d=cloud-2010.2&p=<script>',
			'&&&=&v=1',
			'v=1&w=1,2&W=3',
			'constructor=1&__proto__=2&v=1'
		])
			samePage(query);
	});

	test('every parameter name the decoder reads is one the key keeps', () => {
		// A parameter the decoder reads but the key took for unknown would lose its value, and two
		// links showing different pages would share one entry: samePage would see the pages differ.
		// Short names are all a link format uses.
		const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
		for (const name of [...letters, ...letters.flatMap((a) => letters.map((b) => a + b))])
			for (const value of ['1', 'zz', 'cloud-2010.1']) samePage(`v=2&${name}=${value}`);
	});
});

test('the canary link of /healthz opens without a notice and shows its own provider', () => {
	const { scenario, problems } = decodeScenario(CANARY_QUERY);
	expect(problems).toEqual([]);
	expect(scenario.edits.providers.map((p) => p.name)).toEqual(['Canary Cloud']);
});
