import { defaultScenario } from '$lib/data/presets';
import { decodeScenario, encodeScenario, isLink, newerDataset } from '$lib/share/codec';
import { MAX_SHORT_LINK_QUERY } from '$lib/share/short-link';

/**
 * The page's data from a link's query: `/?…` (a long link) or a short link's stored query. A bad
 * link never fails the load: `problems` says what was ignored.
 */
export function openComparison(query: string, options: { shortLink?: string } = {}) {
	const { shortLink } = options;
	// A short link's query was checked when it was saved and may be longer than a link may be.
	const { scenario, dataset, problems } = decodeScenario(
		query,
		shortLink ? { maxLength: MAX_SHORT_LINK_QUERY } : {}
	);
	const newer = newerDataset(dataset);
	return {
		scenario,
		problems,
		/** The linked comparison as the app writes it, when the page was opened from a link. */
		linked: shortLink || isLink(new URLSearchParams(query)) ? encodeScenario(scenario, dataset) : undefined,
		/** The short link's id, when the page was opened from one (`/s/<id>`). */
		shortLink,
		newer: newer && {
			version: newer.version,
			asOf: newer.asOf,
			query: encodeScenario(defaultScenario(newer), newer)
		}
	};
}
