import { describe, expect, it, vi } from 'vitest';
import { savedWorkReader } from '$lib/share/readers';
import { PRODUCT, TOPSIS } from '$testing/saved-work-page';
import { openPage as page, useFakeBrowser } from '$testing/persistence-page.svelte';

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

// Only the clock is fake: the readers' dynamic imports need the real event loop.
const browser = useFakeBrowser(['setTimeout', 'clearTimeout', 'Date']);

describe('Persistence before its readers are here', () => {
	it('stored work is not written over unread: a change made before its reader arrives is saved beside it', async () => {
		browser().store([{ id: 'mine', query: PRODUCT, title: 'mine', savedAt: 1 }]);
		const p = page(undefined);
		// The reader is on its way: the person changes the comparison and leaves the page at once.
		p.change(TOPSIS);
		browser().listeners.get('pagehide')!();
		expect(browser().queries()).toEqual([PRODUCT]);
		await savedWorkReader.load();
		await vi.waitFor(() => expect(browser().saved()).toHaveLength(2));
		expect(browser().queries()).toEqual([TOPSIS, PRODUCT]);
		// Their own change is kept on the page; the saved comparison is offered, not restored over it.
		expect(p.restored).toEqual([]);
		expect(p.persistence.ownWork?.id).toBe('mine');
	});
});
