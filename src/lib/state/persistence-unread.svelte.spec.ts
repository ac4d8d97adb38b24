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
 * One test per file (this one and persistence-first-visit.svelte.spec.ts), so no reader is here at its
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
	it('stored work is not written over unread: a change made before its reader arrives is saved beside it', async () => {
		browser.store([{ id: 'mine', query: PRODUCT, title: 'mine', savedAt: 1 }]);
		const p = openHome();
		// The reader is on its way: the person changes the comparison and leaves the page at once.
		p.change(TOPSIS);
		browser.listeners.get('pagehide')!();
		expect(browser.saved().map((e) => e.query)).toEqual([PRODUCT]);
		await p.readers.savedWorkReader.load();
		await vi.waitFor(() => expect(browser.saved()).toHaveLength(2));
		expect(browser.saved().map((e) => e.query)).toEqual([TOPSIS, PRODUCT]);
		// Their own change is kept on the page; the saved comparison is offered, not restored over it.
		expect(p.restored).toEqual([]);
		expect(p.persistence.ownWork?.id).toBe('mine');
	});
});
