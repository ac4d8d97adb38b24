import { defaultScenario } from '$lib/data/presets';
import { decodeScenario, encodeScenario, isLink, newerDataset } from '$lib/share/codec';
import type { PageLoad } from './$types';

/**
 * The comparison comes from the link (`?v=2&d=…&w=…`), on the server too, so the linked ranking is
 * in the HTML before any script runs. No link: the default comparison (the browser then restores
 * the saved one). A bad link never fails the load: `problems` says what was ignored.
 */
export const load: PageLoad = ({ url }) => {
	const { scenario, dataset, problems } = decodeScenario(url.search);
	const newer = newerDataset(dataset);
	return {
		scenario,
		problems,
		/** The linked comparison as the app writes it, when the page was opened from a link. */
		linked: isLink(url.searchParams) ? encodeScenario(scenario, dataset) : undefined,
		newer: newer && {
			version: newer.version,
			asOf: newer.asOf,
			query: encodeScenario(defaultScenario(newer), newer)
		}
	};
};
