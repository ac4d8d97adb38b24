/**
 * Which data sets are published, and loading one. The list below is small and sits in the first
 * load; each data set's file is its own chunk, fetched when a comparison names it, so a visitor's
 * browser receives only the data set in use (issue 17). Its timeline ("What happened next",
 * `data/history/`) is a chunk of its own too, fetched when that section is about to be shown
 * (issue 16: it is at the foot of the page, so not in the first load). On the server a file is
 * parsed with its schema when first loaded; the build refuses a broken file before that
 * (vite.config.ts). The parsers are imported there only, so the browser's first load carries no zod.
 */
import { mergeProvenance, type Provenance } from './provenance';
import type { Dataset } from './schema';
import type { Timeline } from './timeline';

export interface CatalogueEntry {
	id: string;
	version: number;
	title: string;
	/** The date the data set's facts are as of (YYYY, YYYY-MM or YYYY-MM-DD). */
	asOf: string;
}

/**
 * Every published data set version, oldest first per id. Written out rather than read from the
 * files so the browser need not download them to list them; `catalogue.spec.ts` checks this list
 * against the files in `data/`, so it cannot drift.
 */
export const CATALOGUE: readonly CatalogueEntry[] = [
	{ id: 'cloud-2010', version: 1, title: 'Cloud hosting providers, mid-2010: Xen vs KVM', asOf: '2010-05' },
	{
		id: 'cloud-2010',
		version: 2,
		title: 'Cloud hosting providers on 10 November 2010: Xen vs KVM',
		asOf: '2010-11-10'
	},
	{
		id: 'cloud-2010',
		version: 3,
		title: 'Cloud hosting providers on 10 November 2010: Xen vs KVM',
		asOf: '2010-11-10'
	},
	{
		id: 'cloud-2026',
		version: 1,
		title: 'Cloud hosting today: six providers, and what became of Xen vs KVM',
		asOf: '2026-07-31'
	},
	{ id: 'starter', version: 1, title: 'Your own comparison', asOf: '2026-11' }
];

/** The data set `/` opens, and a link without `d` (every link before data set ids existed). */
export const DEFAULT_DATASET_ID = 'cloud-2010';
/** The data set "Start from scratch" opens: criteria to choose from, no providers. */
export const STARTER_DATASET_ID = 'starter';

/**
 * The server reads each file whole. The browser first gets a file's values without their
 * provenance text (a value's source, rationale or reason: half the bytes, and nothing the first
 * screen shows), then that text when something shows it (`loadProvenance`); both parts are cut from
 * the one file when the app is built (vite.config.ts, `provenance.ts`).
 */
// Stryker disable all: Vite reads import.meta.glob at build time; a mutated call does not parse.
const files = import.meta.env.SSR
	? import.meta.glob<unknown>('/data/*.json', { import: 'default' })
	: import.meta.glob<unknown>('/data/*.json', { import: 'default', query: '?values' });
const provenanceFiles = import.meta.env.SSR
	? {}
	: import.meta.glob<Provenance>('/data/*.json', { import: 'default', query: '?provenance' });
/** The data sets whose values lack their provenance text until `loadProvenance` puts it back. */
const withoutProvenance = new WeakMap<Dataset, () => Promise<void>>();
const timelineFiles = import.meta.glob<unknown>('/data/history/*.timeline.json', { import: 'default' });
// Stryker restore all
const loaded = new Map<string, Dataset>();
/** Timelines by data set id; `null` once a data set is known to have none. */
const timelines = new Map<string, Timeline | null>();
const keyOf = (id: string, version: number) => `${id}.v${version}`;

/** The newest published version of a data set id. */
export function latestEntry(id: string): CatalogueEntry | undefined {
	return CATALOGUE.filter((e) => e.id === id).at(-1);
}

/** The newest version of each data set id, in catalogue order: what the data-set picker lists. */
export function latestEntries(): CatalogueEntry[] {
	return CATALOGUE.filter((e) => latestEntry(e.id) === e);
}

const DATASET_REF = /^([a-z0-9][a-z0-9-]*)\.([1-9]\d{0,8})$/;

/**
 * The catalogue entry a link's `d` opens on: that version if published, else the newest version of
 * that id, else the default data set (the link decoder then says what was replaced).
 */
export function entryForRef(ref: string | null | undefined): CatalogueEntry {
	const match = ref ? DATASET_REF.exec(ref) : null;
	const exact = match && CATALOGUE.find((e) => e.id === match[1] && e.version === Number(match[2]));
	return exact || (match && latestEntry(match[1]!)) || latestEntry(DEFAULT_DATASET_ID)!;
}

/** A data set already loaded (or registered), without waiting. */
export function loadedDataset(id: string, version: number): Dataset | undefined {
	return loaded.get(keyOf(id, version));
}

/** Every data set loaded so far: what a link or a file can be read against without waiting. */
export function loadedDatasets(): Dataset[] {
	return [...loaded.values()];
}

/** Make a parsed data set available without loading (the tests and the server's eager loader). */
export function registerDataset(dataset: Dataset): void {
	loaded.set(keyOf(dataset.id, dataset.version), dataset);
}

/** Load a published data set (once; later calls reuse it). Undefined when no such file exists. */
export async function loadDataset(id: string, version: number): Promise<Dataset | undefined> {
	return loaded.get(keyOf(id, version)) ?? loadFile(id, version);
}

/**
 * Load a data set with its provenance text: for one opened after the page has started (the picker,
 * a file, saved work, a link followed in the page), since what is on screen by then may show a
 * value's source at once (the sources table, the value editor).
 */
export async function loadWholeDataset(id: string, version: number): Promise<Dataset | undefined> {
	const dataset = await loadDataset(id, version);
	if (dataset) await loadProvenance(dataset);
	return dataset;
}

async function loadFile(id: string, version: number): Promise<Dataset | undefined> {
	const key = keyOf(id, version);
	const path = `/data/${key}.json`;
	const load = files[path];
	if (!load) return undefined;
	const json = await load();
	// The browser takes the file as the build checked it; the server parses it once.
	const dataset = import.meta.env.SSR
		? (await import('./validate')).parseDataset(path.slice(1), json)
		: (json as Dataset);
	if (!import.meta.env.SSR) {
		// One fetch for every caller; a failed one is forgotten, so a retry can succeed.
		let merging: Promise<void> | undefined;
		withoutProvenance.set(dataset, () =>
			(merging ??= provenanceFiles[path]!().then(
				(provenance) => {
					mergeProvenance(dataset, provenance);
					withoutProvenance.delete(dataset);
				},
				(error: unknown) => {
					merging = undefined;
					throw error;
				}
			))
		);
	}
	loaded.set(key, dataset);
	return dataset;
}

/**
 * Whether a data set's values carry their provenance text (a source, a rationale, a reason): always
 * on the server and in the tests; in the browser once `loadProvenance` has resolved.
 */
export function hasProvenance(dataset: Dataset): boolean {
	return !withoutProvenance.has(dataset);
}

/**
 * Fetch a data set's provenance text and put it into its values (once): whatever shows a value's
 * source, rationale or reason (the sources table, a cell's details, the PDF) waits for this. A
 * failed fetch rejects and may be tried again.
 */
export async function loadProvenance(dataset: Dataset): Promise<void> {
	await withoutProvenance.get(dataset)?.();
}

/** The timeline of a data set id, once loaded (`loadTimeline`) or registered. */
export function loadedTimeline(datasetId: string): Timeline | undefined {
	return timelines.get(datasetId) ?? undefined;
}

/** Make a parsed timeline available without loading (the tests). */
export function registerTimeline(timeline: Timeline): void {
	timelines.set(timeline.datasetId, timeline);
}

/** Whether a data set id has a published timeline, without loading it. */
export function hasTimeline(datasetId: string): boolean {
	return `/data/history/${datasetId}.timeline.json` in timelineFiles;
}

/**
 * Load a data set's timeline (once; later calls reuse it): what shows it (the page's "What happened
 * next", the PDF) asks for it. Undefined when the data set has none.
 */
export async function loadTimeline(datasetId: string): Promise<Timeline | undefined> {
	if (timelines.has(datasetId)) return loadedTimeline(datasetId);
	const path = `/data/history/${datasetId}.timeline.json`;
	const load = timelineFiles[path];
	const json = load ? await load() : undefined;
	if (json === undefined || timelines.has(datasetId)) {
		timelines.set(datasetId, timelines.get(datasetId) ?? null);
		return loadedTimeline(datasetId);
	}
	// As with the data sets: the browser takes the file as the build checked it (every id an event
	// concerns is one of the newest version's providers or hypervisors); the server parses it, and
	// checks the ids too when that version is loaded.
	let timeline = json as Timeline;
	if (import.meta.env.SSR) {
		const newest = latestEntry(datasetId);
		const dataset = newest && loaded.get(keyOf(newest.id, newest.version));
		const ids = dataset && new Set([...dataset.providers, ...dataset.hypervisors].map((x) => x.id));
		timeline = (await import('./timeline')).parseTimeline(path.slice(1), json, ids);
	}
	timelines.set(datasetId, timeline);
	return timeline;
}
