import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { linkReader, savedWorkReader } from '$lib/share/readers';
import {
	DEFAULT,
	PRODUCT,
	TOPSIS,
	installFakeBrowser,
	queryOf,
	type FakeBrowser
} from '$testing/saved-work-page';
import { Persistence } from './persistence.svelte';

/**
 * Saved work without its readers (issue 16): the saved-work reader and the link decoder (zod and
 * the schemas) are fetched only when this browser holds saved work. A first visit must save the
 * person's work without them, and stored work must never be written over before it has been read.
 * One test per file (this one and persistence-unread.svelte.spec.ts), so no reader is here at its
 * start, as on the page before they are fetched; persistence.svelte.spec.ts tests the policy with
 * them loaded.
 */
vi.mock('$app/environment', () => ({ browser: true, building: false, dev: true, version: 'test' }));
vi.mock('$lib/share/url-sync.svelte', () => ({
	URL_DEBOUNCE_MS: 250,
	writeQuery: vi.fn(),
	pushQuery: vi.fn(),
	readQuery: vi.fn()
}));

let browser: FakeBrowser;
let cleanup: (() => void) | undefined;
beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
	browser = installFakeBrowser();
});
afterEach(() => {
	cleanup?.();
	cleanup = undefined;
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** `/` opened with the default comparison; the modules as a fresh page has them. */
function openHome() {
	const readers = { linkReader, savedWorkReader };
	const state = $state({ query: DEFAULT });
	const restored: string[] = [];
	let persistence!: Persistence;
	cleanup = $effect.root(() => {
		persistence = new Persistence({
			current: () => ({ query: state.query, title: 'a title' }),
			linked: undefined,
			restore: (scenario, label) => {
				restored.push(label);
				state.query = queryOf(scenario);
			}
		});
	});
	flushSync();
	const change = (next: string) => {
		state.query = next;
		flushSync();
	};
	return { persistence, readers, restored, change };
}

describe('Persistence before its readers are here', () => {
	it('a first visit fetches no reader, and its first change is saved without one', async () => {
		const p = openHome();
		expect(p.readers.savedWorkReader.module).toBeUndefined();
		expect(p.readers.linkReader.module).toBeUndefined();
		p.change(TOPSIS);
		vi.advanceTimersByTime(250);
		expect(browser.saved().map((e) => e.query)).toEqual([TOPSIS]);
		expect(p.persistence.recent.map((e) => e.query)).toEqual([TOPSIS]);
		// Something is stored now: the next save reads it first, so its reader is on its way.
		await p.readers.savedWorkReader.load();
		p.change(PRODUCT);
		browser.listeners.get('pagehide')!();
		expect(browser.saved().map((e) => e.query)).toEqual([PRODUCT]);
		expect(p.readers.linkReader.module).toBeUndefined();
	});
});
