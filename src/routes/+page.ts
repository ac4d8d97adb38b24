import { entryForRef, latestEntry, loadDataset } from '$lib/data/catalogue';
import { decodeScenario, encodeScenario, isLink } from '$lib/share/codec';
import type { PageLoad } from './$types';

/**
 * The comparison comes from the link (`?v=2&d=…&w=…`), on the server too, so the linked ranking is
 * in the HTML before any script runs. No link: the default comparison (the browser then restores
 * the saved one). A bad link never fails the load: `problems` says what was ignored.
 *
 * Only the data set the link names is loaded (in the browser, its file is fetched then), and the
 * link is read against it.
 */
export const load: PageLoad = async ({ url }) => {
	const entry = entryForRef(url.searchParams.get('d'));
	const loaded = await loadDataset(entry.id, entry.version);
	if (!loaded) throw new Error(`The data set ${entry.id} version ${entry.version} is listed but has no file`);
	const { scenario, dataset, problems } = decodeScenario(url.search, { datasets: [loaded] });
	const newest = latestEntry(dataset.id);
	const newer = newest && newest.version > dataset.version ? newest : undefined;
	return {
		scenario,
		dataset,
		problems,
		/** The linked comparison as the app writes it, when the page was opened from a link. */
		linked: isLink(url.searchParams) ? encodeScenario(scenario, dataset) : undefined,
		// A link naming only the data set opens it with its default weights.
		newer: newer && { version: newer.version, asOf: newer.asOf, query: `v=2&d=${newer.id}.${newer.version}` }
	};
};
