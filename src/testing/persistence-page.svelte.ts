/**
 * The page of the specs of saved work (`state/persistence*.svelte.spec.ts`): its Persistence made
 * for a comparison a test changes, on the stand-in browser of `saved-work-page.ts`. Each spec still
 * mocks `$app/environment` and the address bar itself (vi.mock is hoisted within its own file).
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Persistence } from '$lib/state/persistence.svelte';
import { DEFAULT, installFakeBrowser, queryOf, type FakeBrowser } from './saved-work-page';

let current: FakeBrowser | undefined;
let cleanup: (() => void) | undefined;

/**
 * For each test: fake timers from 1 January 2026, 12:00 UTC (only `toFake` when given: a spec
 * that awaits a dynamic import must leave the rest real) and a fresh stand-in browser; afterwards
 * the page's effects, the timers and the globals are removed. Returns the current stand-in.
 */
export function useFakeBrowser(toFake?: ('setTimeout' | 'clearTimeout' | 'Date')[]): () => FakeBrowser {
	beforeEach(() => {
		vi.useFakeTimers({ now: Date.UTC(2026, 0, 1, 12), ...(toFake && { toFake }) });
		current = installFakeBrowser();
	});
	afterEach(() => {
		leavePage();
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	return () => current!;
}

/** Run the page's effects (`make` creates them) as after hydration; they stay until `leavePage`. */
export function mountPage(make: () => void): void {
	cleanup = $effect.root(make);
	flushSync();
}

/** The person leaves the page: its effects are destroyed (done after every test too). */
export function leavePage(): void {
	cleanup?.();
	cleanup = undefined;
}

/**
 * A page: its comparison's query (changed by hand or by a restore, as `Comparison.replace` does),
 * and the Persistence made for it, with its effects run as after hydration.
 */
export function openPage(linked: string | undefined, query = linked ?? DEFAULT) {
	const state = $state({ query });
	const restored: string[] = [];
	let persistence!: Persistence;
	mountPage(() => {
		persistence = new Persistence({
			current: () => ({ query: state.query, title: `title of ${state.query.length}` }),
			linked,
			restore: (scenario, label) => {
				restored.push(label);
				state.query = queryOf(scenario);
			}
		});
	});
	return {
		persistence,
		restored,
		state,
		/** The person changes the comparison; effects run as Svelte would run them. */
		change(next: string) {
			state.query = next;
			flushSync();
		}
	};
}
