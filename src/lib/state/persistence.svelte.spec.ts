import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { MAX_QUERY_LENGTH } from '$lib/share/codec';
import { linkReader, savedWorkReader } from '$lib/share/readers';
import type { RecentEntry } from '$lib/share/storage';
import { DEFAULT, PRODUCT, TOPSIS, queryOf } from '$testing/saved-work-page';
import { leavePage, mountPage, openPage as page, useFakeBrowser } from '$testing/persistence-page.svelte';
import { pushQuery, readQuery, writeQuery } from '$lib/share/url-sync.svelte';
import { Persistence } from './persistence.svelte';

/**
 * The restore policy of saved work, in Node: the class runs as in the browser (`browser` true) with
 * an in-memory localStorage, a stand-in for the page's events, and the address bar replaced by a
 * spy, since SvelteKit's router does not exist here.
 */
vi.mock('$app/environment', () => ({ browser: true, building: false, dev: true, version: 'test' }));
vi.mock('$lib/share/url-sync.svelte', () => ({
	URL_DEBOUNCE_MS: 250,
	writeQuery: vi.fn(),
	pushQuery: vi.fn(),
	readQuery: vi.fn()
}));

const browser = useFakeBrowser();
const saved = () => browser().saved();
const store = (entries: RecentEntry[]) => browser().store(entries);

// The readers of saved work, here as the page's `load` fetches them when something is stored
// (open-comparison.ts); persistence-first-visit.svelte.spec.ts covers a visit without them.
beforeAll(() => Promise.all([linkReader.load(), savedWorkReader.load()]));

beforeEach(() => {
	vi.mocked(writeQuery).mockClear();
	vi.mocked(pushQuery).mockClear();
});

describe('Persistence: opening /', () => {
	it('with nothing saved, only looking saves nothing; the first change is saved after the debounce', () => {
		const p = page(undefined);
		expect(p.restored).toEqual([]);
		vi.advanceTimersByTime(250);
		expect(saved()).toEqual([]);
		expect(writeQuery).toHaveBeenLastCalledWith(DEFAULT);

		p.change(TOPSIS);
		vi.advanceTimersByTime(249);
		expect(saved()).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(saved().map((e) => e.query)).toEqual([TOPSIS]);
		expect(writeQuery).toHaveBeenLastCalledWith(TOPSIS);
		expect(p.persistence.recent.map((e) => e.query)).toEqual([TOPSIS]);
	});

	it('carries on with the latest saved comparison, and keeps saving into its entry', () => {
		store([
			{ id: 'older', query: PRODUCT, title: 'older', savedAt: 1 },
			{ id: 'mine', query: TOPSIS, title: 'mine', savedAt: 2 }
		]);
		const p = page(undefined);
		expect(p.restored).toEqual(['restore saved comparison']);
		expect(p.state.query).toBe(TOPSIS);
		expect(p.persistence.ownWork).toBeUndefined();

		p.change(DEFAULT);
		vi.advanceTimersByTime(250);
		expect(saved().map((e) => [e.id, e.query])).toEqual([
			['mine', DEFAULT],
			['older', PRODUCT]
		]);
	});

	it('does not restore when the latest saved comparison is what the page shows', () => {
		store([{ id: 'mine', query: DEFAULT, title: 'mine', savedAt: 2 }]);
		const p = page(undefined);
		expect(p.restored).toEqual([]);
		p.change(TOPSIS);
		vi.advanceTimersByTime(250);
		expect(saved().map((e) => e.id)).toEqual(['mine']);
	});
});

describe('Persistence: opening a link', () => {
	it('never costs the person their own work: offered back, and the link saved apart once changed', () => {
		store([{ id: 'mine', query: TOPSIS, title: 'mine', savedAt: 2 }]);
		const p = page(PRODUCT);
		expect(p.restored).toEqual([]);
		expect(p.state.query).toBe(PRODUCT);
		expect(p.persistence.ownWork?.id).toBe('mine');

		// Only looking at someone's link saves nothing.
		vi.advanceTimersByTime(1000);
		expect(saved().map((e) => e.id)).toEqual(['mine']);

		p.change(DEFAULT);
		vi.advanceTimersByTime(250);
		const entries = saved();
		expect(entries).toHaveLength(2);
		expect(entries[0]).toMatchObject({ query: DEFAULT });
		expect(entries[0]!.id).not.toBe('mine');
		expect(entries[1]).toMatchObject({ id: 'mine', query: TOPSIS });
	});

	it('a reload of their own latest comparison is their work: no offer, saved into the same entry', () => {
		store([{ id: 'mine', query: TOPSIS, title: 'mine', savedAt: 2 }]);
		const p = page(TOPSIS);
		expect(p.persistence.ownWork).toBeUndefined();
		expect(p.restored).toEqual([]);
		p.change(DEFAULT);
		vi.advanceTimersByTime(250);
		expect(saved().map((e) => [e.id, e.query])).toEqual([['mine', DEFAULT]]);
	});

	it('opening a recent comparison restores it and saves into its entry from then on', () => {
		store([
			{ id: 'older', query: PRODUCT, title: 'older', savedAt: 1 },
			{ id: 'mine', query: TOPSIS, title: 'mine', savedAt: 2 }
		]);
		const p = page(DEFAULT);
		p.persistence.openRecent(p.persistence.recent[1]!);
		expect(p.restored).toEqual(['open a recent comparison']);
		expect(p.state.query).toBe(PRODUCT);
		expect(p.persistence.ownWork).toBeUndefined();
		flushSync();
		vi.advanceTimersByTime(250);
		expect(saved().map((e) => [e.id, e.query])).toEqual([
			['older', PRODUCT],
			['mine', TOPSIS]
		]);
	});
});

describe('Persistence: nothing lost, nothing too long', () => {
	it('a change is written at once when the page is hidden, before the debounce', () => {
		const p = page(undefined);
		p.change(TOPSIS);
		expect(saved()).toEqual([]);
		browser().listeners.get('pagehide')!();
		expect(saved().map((e) => e.query)).toEqual([TOPSIS]);
	});

	it('a comparison too large for a link empties the address bar but is still saved', () => {
		const p = page(undefined);
		const long = `${TOPSIS}&${'z'.repeat(MAX_QUERY_LENGTH)}`;
		p.change(long);
		expect(p.persistence.tooLongForLink).toBe(true);
		vi.advanceTimersByTime(250);
		expect(writeQuery).toHaveBeenLastCalledWith('');
		expect(saved().map((e) => e.query)).toEqual([long]);
	});

	it('leaving the page flushes pending work and removes its listeners', () => {
		const p = page(undefined);
		p.change(TOPSIS);
		expect(browser().listeners.has('pagehide')).toBe(true);
		leavePage();
		expect(saved().map((e) => e.query)).toEqual([TOPSIS]);
		expect(browser().listeners.has('pagehide')).toBe(false);
		expect(browser().listeners.has('document:visibilitychange')).toBe(false);
	});
});

describe('Persistence: a history entry per step, so Back undoes within the app', () => {
	/** A page whose comparison counts steps as Comparison does (a restore is a step too). */
	function stepped() {
		const state = $state({ query: DEFAULT, steps: 0, unsettled: false });
		const restored: string[] = [];
		mountPage(() => {
			new Persistence({
				current: () => ({ query: state.query, title: 'title' }),
				step: () => state.steps,
				unsettled: () => state.unsettled,
				linked: undefined,
				restore: (scenario, label) => {
					restored.push(label);
					state.query = queryOf(scenario);
					state.steps++;
				}
			});
		});
		vi.advanceTimersByTime(250);
		vi.mocked(writeQuery).mockClear();
		return { state, restored };
	}
	const order = (f: typeof writeQuery) => vi.mocked(f).mock.invocationCallOrder;

	it('a step adds an entry at once, after the entry it leaves got the comparison before it', () => {
		const { state } = stepped();
		state.query = TOPSIS;
		state.steps = 1;
		flushSync();
		expect(pushQuery).toHaveBeenCalledTimes(1);
		expect(pushQuery).toHaveBeenLastCalledWith(TOPSIS);
		// Changes within the step replace that entry, after the debounce.
		state.query = PRODUCT;
		flushSync();
		vi.advanceTimersByTime(250);
		expect(pushQuery).toHaveBeenCalledTimes(1);
		expect(writeQuery).toHaveBeenLastCalledWith(PRODUCT);
	});

	it('a weight being typed shows in the address bar at once; its entry comes when it is settled', () => {
		const { state } = stepped();
		state.query = TOPSIS;
		state.unsettled = true;
		flushSync();
		vi.advanceTimersByTime(250);
		expect(writeQuery).toHaveBeenLastCalledWith(TOPSIS);
		expect(pushQuery).not.toHaveBeenCalled();
		state.unsettled = false;
		state.steps = 1;
		flushSync();
		// The entry left goes back to the comparison before the typing; the new one holds it.
		expect(writeQuery).toHaveBeenLastCalledWith(DEFAULT);
		expect(pushQuery).toHaveBeenLastCalledWith(TOPSIS);
		expect(order(writeQuery).at(-1)!).toBeLessThan(order(pushQuery).at(-1)!);
	});

	it('Back or Forward reads the comparison back from the address bar, adding no entry', () => {
		const { state, restored } = stepped();
		vi.mocked(readQuery).mockReturnValue(TOPSIS);
		browser().listeners.get('popstate')!();
		flushSync();
		expect(restored).toEqual(['Back/Forward']);
		expect(state.query).toBe(TOPSIS);
		vi.advanceTimersByTime(250);
		expect(pushQuery).not.toHaveBeenCalled();
		// The same comparison already: nothing to do.
		browser().listeners.get('popstate')!();
		flushSync();
		expect(restored).toEqual(['Back/Forward']);
	});
});
