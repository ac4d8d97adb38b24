// The page's key: a link reduced to what the page shows. Plain JavaScript with no imports, because
// the server's page cache (src/server/page-cache.js, run by Node unbundled) keys its pages by it,
// and the page itself sends readers without JavaScript to its key (+page.svelte), so that two
// requests answered with one cached page are sent to the same place.

/**
 * The parameters a link may carry, as the page's decoder reads them: the decoder (codec.ts) and
 * link.ts use these very constants, so the key and the page cannot drift apart (cache-key.spec.ts
 * decodes links and their keys and expects the same page).
 */
export const KNOWN_PARAMS = ['v', 'd', 'w', 'm', 'x', 'u', 'p', 'e', 'k', 'o', 'rk', 'j', 'r'];
/** Added by mail clients, chat apps and ad networks; ignored without a word. */
export const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|msclkid|mc_eid|ref)$/i;
/**
 * Longest query (characters, without `?`) a link may have; longer links open the default
 * comparison with a notice. 8,000 is what common proxies and CDNs pass in a request line; the page
 * says when a comparison is too large for a link and offers Export JSON instead.
 */
export const MAX_QUERY_LENGTH = 8000;
/**
 * Asks for the page for readers without JavaScript (src/lib/components/noscript-copy.ts): the same
 * comparison with every section written out, so a page of its own.
 */
export const NO_SCRIPT_PARAM = 'nojs';

/**
 * The page cache's key for a link: the query reduced to what the page shows, so that two links
 * that render the same page share one entry and one render. The page (src/routes/+page.ts) reads
 * only `url.search`, through the decoder, which
 * - reads the first value of each known parameter and only counts the later ones ("gives w 2
 *   times"), so later values are kept empty;
 * - names unknown parameters but never shows their values, so their values are dropped (and a
 *   repeated unknown name kept once);
 * - ignores tracking parameters (utm_…, fbclid, …) without a word: they are dropped;
 * - reads `nojs` (the page for readers without JavaScript) for its presence only: it is kept
 *   empty, after the known ones;
 * - refuses a query over 8,000 characters with a sentence giving its length: such a query is its
 *   own key, unchanged.
 * The order of the known parameters does not change the page; unknown names keep their order (the
 * page lists them). Values keep their decoded text, so percent-encoding variants share a key.
 * @param {string} query the raw query string, without `?`
 */
export function cacheKey(query) {
	if (query === '') return '';
	// As SvelteKit sees it: the WHATWG URL parser's query (it percent-encodes a few characters).
	const search = new URL(`http://x/?${query}`).search.slice(1);
	if (search.length > MAX_QUERY_LENGTH) return query;
	/** @type {Map<string, string[]>} */
	const known = new Map();
	/** @type {Set<string>} */
	const unknown = new Set();
	let noScript = false;
	for (const [name, value] of new URLSearchParams(search)) {
		if (KNOWN_PARAMS.includes(name)) {
			const values = known.get(name);
			if (values) values.push('');
			else known.set(name, [value]);
		} else if (name === NO_SCRIPT_PARAM) noScript = true;
		else if (!TRACKING_PARAM.test(name)) unknown.add(name);
	}
	const key = new URLSearchParams();
	for (const name of KNOWN_PARAMS) for (const value of known.get(name) ?? []) key.append(name, value);
	if (noScript) key.append(NO_SCRIPT_PARAM, '');
	for (const name of unknown) key.append(name, '');
	return key.toString();
}
