import {
	entryForRef,
	latestEntry,
	loadDataset,
	loadWholeDataset,
	STARTER_DATASET_ID
} from '$lib/data/catalogue';
import { encodeScenario, isLink, NO_SCRIPT_PARAM, openLink } from '$lib/share/link';
import { cacheKey } from '$lib/share/page-key.js';
import { linkReader, payloadReader, savedWorkReader } from '$lib/share/readers';
import { MAX_SHORT_LINK_QUERY } from '$lib/share/short-link';
import { hasSavedWork } from '$lib/share/storage';
import { preload } from '$lib/components/lazy.svelte';
import { hasEdits } from '$lib/scenario/model';
import {
	ALL_PARTS,
	editorsPart,
	mustHavesPart,
	pairwisePart,
	rankPart,
	startPart,
	yourDataPart
} from './parts';

/**
 * The page's data from a link's query: `/?…` (a long link) or a short link's stored query. A bad
 * link never fails the load: `problems` says what was ignored.
 *
 * Only the data set the link names is loaded (in the browser, its file is fetched then), and the
 * link is read against it. The link decoder (zod and the schemas) is fetched only when there is a
 * query to read, or saved work in this browser (Persistence restores it once the page has
 * hydrated, at once when its readers are here): `/` on a first visit loads neither (issue 16).
 */
/**
 * Whether the page has been opened in this browser: a later load (a link followed within the page,
 * Back to another data set) fetches the data set with its sources, which the page may be showing.
 * Browser only; on the server every load is a first.
 */
let started = false;

/**
 * Where a reader without JavaScript is sent from `/?<query>`: the link as the page cache keys it
 * (page-key.js), so that every request the cache answers with one page is sent to the same place,
 * and `nojs`. Commas as a link writes them (the key spells them `%2C`).
 */
function noScriptPage(query: string): string {
	const key = cacheKey(query).replaceAll('%2C', ',');
	return `?${key ? `${key}&` : ''}${NO_SCRIPT_PARAM}`;
}

export async function openComparison(
	query: string,
	options: {
		shortLink?: string;
		stored?: boolean;
		/** The short link's address asks for the page for readers without JavaScript (`/s/<id>?nojs`). */
		noScript?: boolean;
	} = {}
) {
	const { shortLink } = options;
	const params = new URLSearchParams(query);
	const entry = entryForRef(params.get('d'));
	const loaded = await (started ? loadWholeDataset : loadDataset)(entry.id, entry.version);
	if (!import.meta.env.SSR) started = true;
	if (!loaded) throw new Error(`The data set ${entry.id} version ${entry.version} is listed but has no file`);
	// A stored query (a short link's, a group decision's) was checked when it was saved and may be
	// longer than a link may be.
	const [{ scenario, dataset, problems }] = await Promise.all([
		openLink(query, {
			datasets: [loaded],
			...(shortLink || options.stored ? { maxLength: MAX_SHORT_LINK_QUERY } : {})
		}),
		// Saved work's readers (fflate too: it may carry data of one's own), with the page, so its
		// restore need not wait; a failed fetch does not fail the page (Persistence says so and tries
		// again).
		!import.meta.env.SSR &&
			hasSavedWork() &&
			Promise.all([linkReader.load(), savedWorkReader.load(), payloadReader.load()]).catch(() => undefined)
	]);
	// The parts this comparison shows at once are here before the page hydrates (no flash, no
	// shift); the server renders every part.
	await preload(
		import.meta.env.SSR
			? ALL_PARTS
			: [
					scenario.weighting === 'pairwise' && pairwisePart,
					scenario.weighting === 'rank' && rankPart,
					// Set must-haves open their section at once.
					Object.keys(scenario.musts ?? {}).length > 0 && mustHavesPart,
					hasEdits(scenario.edits) && editorsPart,
					// "Start from scratch" opens by itself on the starter before anything is entered; there
					// "Your data" is on the first screen (+page.svelte builds it at once).
					scenario.dataset.id === STARTER_DATASET_ID && !hasEdits(scenario.edits) && startPart,
					scenario.dataset.id === STARTER_DATASET_ID && yourDataPart
				]
	);
	const newest = latestEntry(dataset.id);
	const newer = newest && newest.version > dataset.version ? newest : undefined;
	return {
		scenario,
		dataset,
		problems,
		/** The linked comparison as the app writes it, when the page was opened from a link. */
		linked: shortLink || isLink(params) ? encodeScenario(scenario, dataset) : undefined,
		/** The short link's id, when the page was opened from one (`/s/<id>`). */
		shortLink,
		/**
		 * This is the page for readers without JavaScript: it writes every section out as plain HTML
		 * (components/noscript-copy.ts). Otherwise, where such a reader is sent: this page's address
		 * with `nojs`, its link reduced as the page cache keys it (page-key.js), so that every request
		 * the cache answers with this page is sent to the same place.
		 */
		noScript: shortLink
			? { copies: options.noScript === true, page: `?${NO_SCRIPT_PARAM}` }
			: // Read on the server only: the browser never builds a `<noscript>`'s content.
				{ copies: params.has(NO_SCRIPT_PARAM), page: import.meta.env.SSR ? noScriptPage(query) : '' },
		// A link naming only the data set opens it with its default weights.
		newer: newer && { version: newer.version, asOf: newer.asOf, query: `v=2&d=${newer.id}.${newer.version}` }
	};
}
