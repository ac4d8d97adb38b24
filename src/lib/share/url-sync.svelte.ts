/**
 * The one place that writes the address bar. It replaces the current history entry (SvelteKit
 * shallow routing), so dragging a slider neither floods the back button nor re-runs `load`, and
 * focus stays where it is. A later Kit upgrade touches this file only.
 */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';

export const URL_DEBOUNCE_MS = 250;

/** Put `query` (without `?`; empty for none) in the address bar, keeping the fragment. */
export function writeQuery(query: string): void {
	const search = query ? `?${query}` : '';
	// The comparison's address is `/` (a short link `/s/<id>` gives way to it once the comparison
	// changes); `resolve` adds the base path if it is ever served under one. Only the path goes
	// through it: a fragment such as `#a[b]` would be read as a route parameter.
	const path = resolve('/');
	if (location.pathname === path && location.search === search) return;
	const href = `${path}${search}${location.hash}`;
	try {
		// The path went through resolve() above; the rule cannot see that through the concatenation.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(href, page.state);
	} catch {
		// The router is not ready yet (very early calls): plain history keeps the address right.
		history.replaceState(history.state, '', href);
	}
}
