/**
 * Keeps the comparison where the person expects it: in the address bar (the share link) and in
 * their recent comparisons in this browser. One debounce for both, flushed when the page is hidden
 * or closed, so a reload right after an edit loses nothing.
 *
 * Opening a link never costs the person their own work: each visit saves into its own entry of the
 * recent list, and a linked comparison is saved only once they change it. When the page was opened
 * from a link that differs from their latest own comparison, `ownWork` offers the way back.
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { entryForRef, loadDataset, loadedDataset } from '$lib/data/catalogue';
import { decodeScenario, MAX_QUERY_LENGTH, quote } from '$lib/share/codec';
import {
	MAX_SAVED_QUERY,
	readRecent,
	readRecentList,
	saveRecent,
	type RecentEntry
} from '$lib/share/storage';
import { URL_DEBOUNCE_MS, writeQuery } from '$lib/share/url-sync.svelte';
import type { Dataset } from '$lib/data/schema';
import type { Scenario } from '$lib/scenario/schema';

export interface PersistenceOptions {
	/** The current share query and a title for the recent list. */
	current: () => { query: string; title: string };
	/** The query the page was opened with, when it was opened from a link. */
	linked: string | undefined;
	/** Opened at a short link (`/s/<id>`): the address stays that link until the comparison changes. */
	keepAddress?: boolean;
	/** Make a stored comparison the current one. */
	restore: (scenario: Scenario, label: string) => void;
}

function newVisitId(): string {
	return globalThis.crypto?.randomUUID?.() ?? `v-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export class Persistence {
	recent: RecentEntry[] = $state.raw([]);
	/** The person's latest own comparison, offered back after they opened a different link. */
	ownWork: RecentEntry | undefined = $state.raw();
	/** What of the saved list could not be read (and was kept aside): said on the page. */
	readNotice: string | undefined = $state();
	/** Why the last save in this browser failed; cleared by the next save that works. */
	saveNotice: string | undefined = $state();

	/** What of the saved list was set aside: kept in `readNotice` beside what an opened entry's gate said. */
	#listNotice: string | undefined;
	#visit = newVisitId();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: { query: string; title: string } | undefined;
	/** Set once the person changed what the page opened with: from then on it is their work. */
	#changed = false;
	/** What the page opened with (the link, or the default at `/`): only looking at it saves nothing. */
	#initial: string;
	/**
	 * The query of this visit's entry as this tab last read or wrote it. Two tabs at `/` both carry on
	 * the latest entry; when the stored entry no longer holds what this tab knows, another tab has
	 * changed it, and this tab saves into an entry of its own instead of overwriting that work.
	 */
	#known: string | undefined;

	readonly options: PersistenceOptions;

	constructor(options: PersistenceOptions) {
		this.options = options;
		this.#initial = options.linked ?? options.current().query;
		if (!browser) return;
		// After hydration, so the server's HTML (the link or the default) hydrates as rendered.
		$effect(() => untrack(() => this.#start()));
		$effect(() => {
			const current = this.options.current();
			if (!this.#changed && current.query === this.#initial) {
				this.#schedule(undefined);
				return;
			}
			this.#changed = true;
			this.#schedule(current);
		});
		const flush = () => this.flush();
		const hidden = () => document.visibilityState === 'hidden' && this.flush();
		addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', hidden);
		$effect(() => () => {
			this.flush();
			removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', hidden);
		});
	}

	#start() {
		const { entries: recent, problems } = readRecentList();
		this.recent = recent;
		if (problems.length) this.readNotice = this.#listNotice = problems.join(' ');
		const latest = recent[0];
		const { query } = this.options.current();
		const { linked } = this.options;
		if (linked === undefined) {
			// `/`: carry on with the latest saved comparison.
			if (latest) {
				this.#visit = latest.id;
				this.#known = latest.query;
				this.#changed = true;
				if (latest.query !== query) this.#open(latest, 'restore saved comparison');
			}
		} else if (latest && latest.query === linked) {
			// A reload of their own comparison: the same work, not a shared link.
			this.#visit = latest.id;
			this.#known = latest.query;
			this.#changed = true;
		} else if (latest) this.ownWork = latest;
	}

	/** True when the comparison is too large for a link: the address bar then holds none. */
	get tooLongForLink(): boolean {
		return this.options.current().query.length > MAX_QUERY_LENGTH;
	}

	/** Open a saved comparison, and keep saving into its entry from now on. */
	openRecent = (entry: RecentEntry) => {
		this.flush();
		this.#visit = entry.id;
		this.#known = entry.query;
		this.#changed = true;
		this.ownWork = undefined;
		this.#open(entry, 'open a recent comparison');
	};

	/**
	 * Saved work may be on another data set than the page's: restored at once when that data set is
	 * here (no flash of the default at start-up), else once it has loaded.
	 */
	#open(entry: RecentEntry, label: string): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
		const ref = entryForRef(new URLSearchParams(entry.query).get('d'));
		const here = loadedDataset(ref.id, ref.version);
		if (here) this.#restore(entry, label, here);
		else
			void loadDataset(ref.id, ref.version)
				.catch(() => undefined)
				.then((dataset) => this.#restore(entry, label, dataset));
	}

	#restore(entry: RecentEntry, label: string, dataset: Dataset | undefined) {
		if (!dataset) {
			this.readNotice = `${quote(entry.title)} could not be opened: its data set did not load. Try again.`;
			return;
		}
		// Saved work is raw input like a link: the same gate, and what it replaced is said.
		const { scenario, problems } = decodeScenario(entry.query, {
			maxLength: MAX_SAVED_QUERY,
			datasets: [dataset],
			from: 'the saved comparison'
		});
		this.options.restore(scenario, label);
		const opened = problems.length ? `In ${quote(entry.title)}: ${problems.join(' ')}` : undefined;
		this.readNotice = [this.#listNotice, opened].filter(Boolean).join(' ') || undefined;
	}

	/** Address bar and storage follow `state` after the debounce; `undefined` only updates the bar. */
	#schedule(state: { query: string; title: string } | undefined) {
		clearTimeout(this.#timer);
		this.#pending = state;
		const query = this.options.current().query;
		const keep = this.options.keepAddress && query === this.#initial;
		this.#timer = setTimeout(() => {
			if (!keep) writeQuery(query.length > MAX_QUERY_LENGTH ? '' : query);
			this.flush();
		}, URL_DEBOUNCE_MS);
	}

	/** Write pending work to storage now (on pagehide, on leaving). */
	flush = () => {
		const state = this.#pending;
		this.#pending = undefined;
		if (!state) return;
		const stored = readRecent().find((e) => e.id === this.#visit);
		if (stored && stored.query !== this.#known) this.#visit = newVisitId();
		const entry = { id: this.#visit, query: state.query, title: state.title, savedAt: Date.now() };
		const result = saveRecent(entry);
		if (result.saved) {
			this.#known = state.query;
			this.saveNotice = undefined;
		} else
			this.saveNotice =
				result.reason === 'too-large'
					? 'This comparison is too large to keep in this browser; use Export JSON to keep it.'
					: 'This browser refused to save your comparison (a private window, or storage full or blocked). ' +
						'It is still on this page: use Export JSON or Copy link to keep it.';
		this.recent = readRecent();
	};
}
