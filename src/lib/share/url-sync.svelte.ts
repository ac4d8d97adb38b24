/**
 * The one place that writes the scenario into the address bar. Debounced, and it replaces the
 * current history entry (SvelteKit shallow routing), so dragging a slider neither floods the back
 * button nor re-runs `load`, and focus stays where it is. A later Kit upgrade touches this file only.
 */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';

export const URL_DEBOUNCE_MS = 250;

/**
 * Keep the query of the address bar equal to `getQuery()` (a query without `?`). Call it during
 * component initialisation; the effect only reads state and writes the URL, it never sets state.
 */
export function syncQueryToUrl(getQuery: () => string, delay = URL_DEBOUNCE_MS): void {
	$effect(() => {
		const query = getQuery();
		const timer = setTimeout(() => writeQuery(query), delay);
		return () => clearTimeout(timer);
	});
}

function writeQuery(query: string): void {
	if (location.search === `?${query}`) return;
	// The app is one page at `/`; `resolve` adds the base path if it is ever served under one. Only the
	// path goes through `resolve` (it reads `[x]` as a route parameter, so a fragment such as `#a[b]`
	// made it throw); the query and the fragment (an in-page link such as #results-heading) are appended.
	const href = `${resolve('/')}?${query}${location.hash}`;
	try {
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path went through resolve() above
		replaceState(href, page.state);
	} catch {
		// The router is not ready yet (very early calls): plain history keeps the address right.
		history.replaceState(history.state, '', href);
	}
}
