/**
 * A stand-in browser for the specs of saved work (`state/persistence*.svelte.spec.ts`): localStorage
 * as a Map a test can read, the window's and the document's event listeners in a Map a test can
 * fire ("pagehide"), and three queries of the cloud-2010 v1 data set that differ by method.
 * `persistence-page.svelte.ts` installs it for each test and makes the page on it.
 */
import { vi } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import type { Scenario } from '$lib/scenario/model';
import { encodeScenario } from '$lib/share/link';
import { RECENT_KEY, type RecentEntry } from '$lib/share/storage';

export const v1 = findDataset('cloud-2010', 1)!;
export const queryOf = (scenario: Scenario) => encodeScenario(scenario, v1);
export const DEFAULT = queryOf(defaultScenario(v1));
export const TOPSIS = queryOf({ ...defaultScenario(v1), method: 'topsis' });
export const PRODUCT = queryOf({ ...defaultScenario(v1), method: 'weighted-product' });

export interface FakeBrowser {
	/** What localStorage holds. */
	items: Map<string, string>;
	/** The listeners the page added: window events by type, document events as "document:<type>". */
	listeners: Map<string, () => void>;
	/** The recent comparisons saved, newest first. */
	saved: () => RecentEntry[];
	/** Their queries, newest first. */
	queries: () => string[];
	/** Put these entries in the saved list, as an earlier visit would have. */
	store: (entries: RecentEntry[]) => void;
}

/** Replace localStorage, addEventListener and document with in-memory stand-ins. */
export function installFakeBrowser(): FakeBrowser {
	const items = new Map<string, string>();
	const listeners = new Map<string, () => void>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	});
	vi.stubGlobal('addEventListener', (type: string, f: () => void) => listeners.set(type, f));
	vi.stubGlobal('removeEventListener', (type: string) => listeners.delete(type));
	vi.stubGlobal('document', {
		visibilityState: 'visible',
		addEventListener: (type: string, f: () => void) => listeners.set(`document:${type}`, f),
		removeEventListener: (type: string) => listeners.delete(`document:${type}`)
	});
	const saved = (): RecentEntry[] => JSON.parse(items.get(RECENT_KEY) ?? '[]');
	return {
		items,
		listeners,
		saved,
		queries: () => saved().map((e) => e.query),
		store: (entries) => void items.set(RECENT_KEY, JSON.stringify(entries))
	};
}
