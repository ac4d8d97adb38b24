import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import type { Scenario } from '$lib/scenario/model';
import { encodeScenario } from '$lib/share/link';
import { linkReader, savedWorkReader } from '$lib/share/readers';
import { RECENT_KEY, type RecentEntry } from '$lib/share/storage';
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

const v1 = findDataset('cloud-2010', 1)!;
const queryOf = (scenario: Scenario) => encodeScenario(scenario, v1);
const DEFAULT = queryOf(defaultScenario(v1));
const TOPSIS = queryOf({ ...defaultScenario(v1), method: 'topsis' });
const PRODUCT = queryOf({ ...defaultScenario(v1), method: 'weighted-product' });

const items = new Map<string, string>();
const listeners = new Map<string, () => void>();
const saved = (): RecentEntry[] => JSON.parse(items.get(RECENT_KEY) ?? '[]');

let cleanup: (() => void) | undefined;
beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-01-01T12:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
	items.clear();
	listeners.clear();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	});
	vi.stubGlobal('addEventListener', (type: string, f: () => void) => listeners.set(type, f));
	vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
	vi.stubGlobal('document', {
		visibilityState: 'visible',
		addEventListener: (type: string, f: () => void) => listeners.set(`document:${type}`, f),
		removeEventListener: (type: string) => listeners.delete(`document:${type}`)
	});
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
		items.set(RECENT_KEY, JSON.stringify([{ id: 'mine', query: PRODUCT, title: 'mine', savedAt: 1 }]));
		const p = openHome();
		// The reader is on its way: the person changes the comparison and leaves the page at once.
		p.change(TOPSIS);
		listeners.get('pagehide')!();
		expect(saved().map((e) => e.query)).toEqual([PRODUCT]);
		await p.readers.savedWorkReader.load();
		await vi.waitFor(() => expect(saved()).toHaveLength(2));
		expect(saved().map((e) => e.query)).toEqual([TOPSIS, PRODUCT]);
		// Their own change is kept on the page; the saved comparison is offered, not restored over it.
		expect(p.restored).toEqual([]);
		expect(p.persistence.ownWork?.id).toBe('mine');
	});
});
