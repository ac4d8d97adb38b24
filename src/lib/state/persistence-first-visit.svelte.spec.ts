import { describe, expect, it, vi } from 'vitest';
import { linkReader, savedWorkReader } from '$lib/share/readers';
import { PRODUCT, TOPSIS } from '$testing/saved-work-page';
import { openPage as page, useFakeBrowser } from '$testing/persistence-page.svelte';

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

// Only the clock is fake: the readers' dynamic imports need the real event loop.
const browser = useFakeBrowser(['setTimeout', 'clearTimeout', 'Date']);

describe('Persistence before its readers are here', () => {
	it('a first visit fetches no reader, and its first change is saved without one', async () => {
		const p = page(undefined);
		expect(savedWorkReader.module).toBeUndefined();
		expect(linkReader.module).toBeUndefined();
		p.change(TOPSIS);
		vi.advanceTimersByTime(250);
		expect(browser().queries()).toEqual([TOPSIS]);
		expect(p.persistence.recent.map((e) => e.query)).toEqual([TOPSIS]);
		// Something is stored now: the next save reads it first, so its reader is on its way.
		await savedWorkReader.load();
		p.change(PRODUCT);
		browser().listeners.get('pagehide')!();
		expect(browser().queries()).toEqual([PRODUCT]);
		expect(linkReader.module).toBeUndefined();
	});
});
