/**
 * The one place that writes the address bar. A change within one step (a slider drag, typing a
 * number) replaces the current history entry (SvelteKit shallow routing), so it neither floods the
 * back button nor re-runs `load`, and focus stays where it is; a new step (a preset, a method) adds
 * an entry, so the browser's Back goes to the comparison before it. A later Kit upgrade touches
 * this file only.
 */
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';

export const URL_DEBOUNCE_MS = 250;

/** The address for `query`, or undefined when the address bar already holds it. */
function addressFor(query: string): string | undefined {
	const search = query ? `?${query}` : '';
	// The comparison's address is `/` (a short link `/s/<id>` gives way to it once the comparison
	// changes); `resolve` adds the base path if it is ever served under one. Only the path goes
	// through it: a fragment such as `#a[b]` would be read as a route parameter.
	const path = resolve('/');
	if (location.pathname === path && location.search === search) return undefined;
	return `${path}${search}${location.hash}`;
}

/** Put `query` (without `?`; empty for none) in the address bar, keeping the fragment. */
export function writeQuery(query: string): void {
	const href = addressFor(query);
	if (href === undefined) return;
	try {
		// The path went through resolve() in addressFor; the rule cannot see that through the concatenation.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(href, page.state);
	} catch {
		// The router is not ready yet (very early calls): plain history keeps the address right.
		history.replaceState(history.state, '', href);
	}
}

/** Put `query` in the address bar as a new history entry (Back returns to the one before). */
export function pushQuery(query: string): void {
	const href = addressFor(query);
	if (href === undefined) return;
	try {
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		pushState(href, {});
	} catch {
		// The router is not ready yet: keep the address right without an entry SvelteKit cannot track.
		writeQuery(query);
	}
}

/**
 * The comparison the address bar holds after Back or Forward: the query at `/`, or `undefined`
 * elsewhere (a short link `/s/<id>`, whose comparison the page opened with).
 */
export function readQuery(): string | undefined {
	return location.pathname === resolve('/') ? location.search.replace(/^\?/, '') : undefined;
}
