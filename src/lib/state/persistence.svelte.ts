/**
 * Keeps the comparison where the person expects it: in the address bar (the share link) and in
 * their recent comparisons in this browser. One debounce for both, flushed when the page is hidden
 * or closed, so a reload right after an edit loses nothing.
 *
 * Opening a link never costs the person their own work: each visit saves into its own entry of the
 * recent list, and a linked comparison is saved only once they change it. When the page was opened
 * from a link that differs from their latest own comparison, `ownWork` offers the way back.
 *
 * Each step the person takes (Comparison.steps: a preset, a method, a weight typed or dragged, not
 * each keystroke or slider tick) gets its own history entry, so the browser's Back button undoes
 * within the app; on Back or Forward the comparison is read back from the address bar.
 *
 * What is stored is read with the saved-work reader and the link decoder (zod and the schemas),
 * fetched only when this browser holds saved work: a first visit never loads them. The page's
 * `load` fetches them before the page hydrates when something is stored (`open-comparison.ts`), so
 * saved work is restored as before, without a flash of the default comparison; should they still
 * be on their way, the restore and any save wait for them, and nothing stored is written over unread.
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { entryForRef, loadedDataset, loadWholeDataset } from '$lib/data/catalogue';
import { MAX_QUERY_LENGTH } from '$lib/share/link';
import { decoderFor, loadDecoderFor, savedWorkReader, type LazyModule } from '$lib/share/readers';
import {
	hasSavedWork,
	MAX_SAVED_QUERY,
	NOTHING_SAVED,
	saveRecent,
	type RecentEntry,
	type RecentList
} from '$lib/share/storage';
import { pushQuery, readQuery, URL_DEBOUNCE_MS, writeQuery } from '$lib/share/url-sync.svelte';
import type { Dataset } from '$lib/data/schema';
import { quote } from '$lib/scenario/rules';
import type { Scenario } from '$lib/scenario/model';

export interface PersistenceOptions {
	/** The current share query and a title for the recent list. */
	current: () => { query: string; title: string };
	/** How many steps the person has taken (Comparison.steps): a new one adds a history entry. */
	step?: () => number;
	/** A change is under way that is not a step yet (a weight being typed: Comparison.unsettled). */
	unsettled?: () => boolean;
	/** The query the page was opened with, when it was opened from a link. */
	linked: string | undefined;
	/** Opened at a short link (`/s/<id>`): the address stays that link until the comparison changes. */
	keepAddress?: boolean;
	/** Make a stored comparison the current one. */
	restore: (scenario: Scenario, label: string) => void;
}

interface OpenOptions {
	/** Named in the notice when its data set does not load. */
	title: string;
	/** Not the person's step (carrying on with saved work, Back or Forward): no history entry. */
	quiet?: boolean;
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

	/** The step the address bar has an entry for. */
	#step: number;
	/**
	 * The comparison as the last step left it: the entry a new step leaves holds it (while a weight
	 * is being typed the address bar already shows the new figure; the entry before keeps the old).
	 */
	#base: string;
	/** The address bar is due to be replaced with the comparison after the debounce. */
	#addressPending = false;

	readonly options: PersistenceOptions;

	constructor(options: PersistenceOptions) {
		this.options = options;
		this.#initial = options.linked ?? options.current().query;
		this.#step = options.step?.() ?? 0;
		this.#base = options.current().query;
		if (!browser) return;
		// After hydration, so the server's HTML (the link or the default) hydrates as rendered.
		$effect(() => untrack(() => this.#start()));
		$effect(() => {
			const current = this.options.current();
			const step = this.options.step?.() ?? 0;
			// A new step: the entry being left holds the comparison before it.
			const before = step === this.#step ? undefined : this.#base;
			this.#step = step;
			if (!this.options.unsettled?.()) this.#base = current.query;
			if (!this.#changed && current.query === this.#initial) {
				this.#schedule(undefined);
				return;
			}
			this.#changed = true;
			this.#schedule(current, before);
		});
		const flush = () => this.flush();
		const hidden = () => document.visibilityState === 'hidden' && this.flush();
		const popped = () => this.#popped();
		addEventListener('pagehide', flush);
		addEventListener('popstate', popped);
		document.addEventListener('visibilitychange', hidden);
		$effect(() => () => {
			this.flush();
			removeEventListener('pagehide', flush);
			removeEventListener('popstate', popped);
			document.removeEventListener('visibilitychange', hidden);
		});
	}

	#start() {
		// A first visit has nothing to read: the reader is not fetched.
		if (!hasSavedWork()) return;
		this.#when(savedWorkReader, (reader) => this.#carryOn(reader.readRecentList()));
	}

	/**
	 * `then` with the module, at once when it is here (no flash of the default at start-up), else
	 * once it has loaded; a fetch that fails (offline, a new deploy) is said, and a later call retries.
	 */
	#when<T>(lazy: LazyModule<T>, then: (module: T) => void) {
		if (lazy.module) then(lazy.module);
		else
			void lazy.load().then(then, () => {
				this.readNotice = 'Your saved comparisons could not be read just now: reload the page to try again.';
			});
	}

	#carryOn({ entries: recent, problems }: RecentList) {
		this.recent = recent;
		if (problems.length) this.readNotice = this.#listNotice = problems.join(' ');
		const latest = recent[0];
		const { query } = this.options.current();
		const { linked } = this.options;
		if (linked === undefined) {
			// `/`: carry on with the latest saved comparison, unless the person began changing the page's
			// own while the reader was on its way: then it is offered, as after opening a link.
			if (latest && this.#changed) this.ownWork = latest;
			else if (latest) {
				this.#visit = latest.id;
				this.#known = latest.query;
				this.#changed = true;
				// Carrying on is not a step: Back still leaves the app.
				if (latest.query !== query)
					this.#open(latest.query, 'restore saved comparison', { title: latest.title, quiet: true });
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
		this.#open(entry.query, 'open a recent comparison', { title: entry.title });
	};

	/**
	 * Back or Forward: the address bar now holds another entry's comparison (or the short link the
	 * page opened at); make it the current one. That is no new step: the entry is already there.
	 */
	#popped() {
		clearTimeout(this.#timer);
		this.#addressPending = false;
		this.flush();
		const query = readQuery() ?? this.#initial;
		if (!query || query === this.options.current().query) return;
		this.#open(query, 'Back/Forward', { title: 'The comparison in the address bar', quiet: true });
	}

	/**
	 * Saved work may be on another data set than the page's: restored at once when that data set is
	 * here (no flash of the default at start-up), else once it has loaded.
	 */
	#open(query: string, label: string, how: OpenOptions): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
		const ref = entryForRef(new URLSearchParams(query).get('d'));
		const here = loadedDataset(ref.id, ref.version);
		const reader = decoderFor(query);
		if (here && reader) this.#restore(query, label, how, here, reader);
		else
			void Promise.all([loadWholeDataset(ref.id, ref.version), loadDecoderFor(query)])
				.catch(() => [])
				.then(([dataset, decoder]) => this.#restore(query, label, how, dataset, decoder));
	}

	#restore(
		query: string,
		label: string,
		how: OpenOptions,
		dataset: Dataset | undefined,
		reader: typeof import('$lib/share/codec') | undefined
	) {
		if (!dataset || !reader) {
			this.readNotice = `${quote(how.title)} could not be opened: ${dataset ? 'the page' : 'its data set'} did not load. Try again.`;
			return;
		}
		// Saved work is raw input like a link: the same gate, and what it replaced is said.
		const { scenario, problems } = reader.decodeScenario(query, {
			maxLength: MAX_SAVED_QUERY,
			datasets: [dataset],
			from: 'the saved comparison'
		});
		this.options.restore(scenario, label);
		// Not a step of the person's: the address bar keeps its entry (replaced, not added).
		if (how.quiet) this.#step = this.options.step?.() ?? 0;
		const opened = problems.length ? `In ${quote(how.title)}: ${problems.join(' ')}` : undefined;
		this.readNotice = [this.#listNotice, opened].filter(Boolean).join(' ') || undefined;
	}

	/**
	 * Address bar and storage follow `state` after the debounce; `undefined` only updates the bar.
	 * `before` (a new step began; the comparison before it) adds a history entry at once instead.
	 */
	#schedule(state: { query: string; title: string } | undefined, before?: string) {
		clearTimeout(this.#timer);
		this.#pending = state;
		const address = this.#addressOf(this.options.current().query);
		// A comparison too large for a link has no address of its own, so no entry to go back to.
		if (before !== undefined && address) {
			// The entry being left holds the comparison before this step (the address bar may show a
			// weight typed since, or wait for a drag's last change).
			const left = this.#addressOf(before);
			if (left !== undefined) writeQuery(left);
			pushQuery(address);
			this.#addressPending = false;
		} else this.#addressPending = address !== undefined;
		this.#timer = setTimeout(() => {
			if (this.#addressPending && address !== undefined) writeQuery(address);
			this.#addressPending = false;
			this.flush();
		}, URL_DEBOUNCE_MS);
	}

	/** What the address bar should hold for `query`: undefined to leave a short link in place. */
	#addressOf(query: string): string | undefined {
		if (this.options.keepAddress && query === this.#initial) return undefined;
		return query.length > MAX_QUERY_LENGTH ? '' : query;
	}

	/** Write pending work to storage now (on pagehide, on leaving). */
	flush = () => {
		const state = this.#pending;
		this.#pending = undefined;
		if (!state) return;
		const reader = savedWorkReader.module;
		if (!reader && hasSavedWork()) {
			// Work is stored that this tab has not read (its reader is on its way): saved once it is
			// here, never written over unread. The address bar holds the comparison meanwhile.
			this.#pending = state;
			this.#when(savedWorkReader, () => this.flush());
			return;
		}
		const list = reader ? reader.readRecentList() : NOTHING_SAVED;
		const stored = list.entries.find((e) => e.id === this.#visit);
		if (stored && stored.query !== this.#known) this.#visit = newVisitId();
		const entry = { id: this.#visit, query: state.query, title: state.title, savedAt: Date.now() };
		const result = saveRecent(entry, list);
		// The next save reads what is stored now: fetch its reader while the person works.
		if (!reader) void savedWorkReader.load().catch(() => undefined);
		if (result.saved) {
			this.#known = state.query;
			this.saveNotice = undefined;
			this.recent = result.entries;
		} else
			this.saveNotice =
				result.reason === 'too-large'
					? 'This comparison is too large to keep in this browser; use Export JSON to keep it.'
					: 'This browser refused to save your comparison (a private window, or storage full or blocked). ' +
						'It is still on this page: use Export JSON or Copy link to keep it.';
		if (!result.saved) this.recent = list.entries;
	};
}
