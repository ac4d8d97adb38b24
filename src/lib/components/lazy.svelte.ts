/**
 * A part of the page whose code is fetched when it is first shown, not with the first load
 * (issue 16: the editors, the pairwise form… are for the few who open them).
 *
 * `part.component` is the component once its module has loaded (reactive, so a `<Lazy>` waiting
 * for it renders it as soon as it arrives); `part.load()` fetches it once and shares the promise.
 * A failed fetch (offline, a deploy replaced the files) resets, so a retry fetches again.
 *
 * Server rendering and hydration: the page's `load` awaits the parts the opened comparison shows
 * at once (`preload`), so the server renders them and the browser has their code before it
 * hydrates; the server also loads every part (closed sections carry their content in
 * `<noscript>`, Disclosure.svelte), so its HTML is what it was before any part was lazy.
 */
import type { Component } from 'svelte';
import { importAgain } from '$lib/import-again';

export class LazyPart<Props extends Record<string, unknown>> {
	component: Component<Props> | undefined = $state.raw();
	#loading: Promise<Component<Props>> | undefined;
	readonly #loader: () => Promise<{ default: Component<Props> }>;

	constructor(loader: () => Promise<{ default: Component<Props> }>) {
		// A retry after a failed fetch asks for the file at a new address (import-again.ts).
		this.#loader = importAgain(loader);
	}

	load = (): Promise<Component<Props>> => {
		this.#loading ??= this.#loader().then(
			(module) => (this.component = module.default),
			(error: unknown) => {
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	};
}

/** Load `parts` (all of them on the server; in the browser, those shown at once). */
export function preload(parts: readonly (LazyPart<never> | false | undefined)[]): Promise<unknown> {
	return Promise.all(parts.map((part) => part && part.load()));
}
