/**
 * Islands (Island.svelte): parts of the server's page that the browser hydrates each in a task of
 * its own, after the page's own hydration, instead of all in the one long task that hydrating the
 * whole page was (issue 16). A phone's start-up counts as blocked for every task over 50 ms, and a
 * tap waits for the task in progress. On the shared link at a phone's speed (4× CPU, 6 runs), the
 * one task was 306–387 ms; split, the page's own is 130–181 ms and the longest island's 53–71 ms,
 * the rest under 50. The answer's weight simulation is an island of its own
 * inside the answer's (RobustnessLine.svelte).
 *
 * The server writes an island's HTML with svelte/server's `render`, as a root of its own, which is
 * what the browser's `hydrate` reads. The browser never loads svelte/server: hooks.server.ts hands
 * `render` over here.
 */
import type { Component } from 'svelte';
import type { render as svelteRender } from 'svelte/server';

type Render = typeof svelteRender;

let render: Render | undefined;

/** The server's renderer (hooks.server.ts). */
export function renderIslandsWith(renderer: Render): void {
	render = renderer;
}

/** The island's HTML, as a root of its own (server only). */
export function islandHtml<Props extends Record<string, unknown>>(
	component: Component<Props>,
	options: { props: Props; context: Map<unknown, unknown>; idPrefix: string }
): string {
	if (!render) throw new Error('No renderer for islands: hooks.server.ts sets one (renderIslandsWith)');
	return render(component, options).body;
}

/**
 * Props that read `current()` each time one is read, so a component hydrated as a root of its own
 * follows the page's state as a child component would (Svelte tracks reads, not objects).
 */
export function liveProps<Props extends Record<string, unknown>>(current: () => Props): Props {
	const props = {} as Props;
	for (const key of Object.keys(current()))
		Object.defineProperty(props, key, { enumerable: true, get: () => current()[key] });
	return props;
}
