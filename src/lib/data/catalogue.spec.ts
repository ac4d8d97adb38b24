import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE, entryForRef, latestEntries, loadDataset, loadedDataset } from './catalogue';
import { datasets } from './datasets';

describe('the catalogue of data sets', () => {
	it('lists exactly the files in data/, with their titles and dates, oldest version first', () => {
		expect(CATALOGUE).toEqual(
			datasets.map((d) => ({ id: d.id, version: d.version, title: d.title, asOf: d.asOf }))
		);
	});

	it('opens a link’s data set: that version, else the newest of the id, else the default', () => {
		const newest2010 = CATALOGUE.filter((e) => e.id === 'cloud-2010').at(-1)!;
		expect(entryForRef('cloud-2010.1')).toMatchObject({ id: 'cloud-2010', version: 1 });
		expect(entryForRef('cloud-2010.999')).toBe(newest2010);
		expect(entryForRef('nope.1')).toBe(newest2010);
		expect(entryForRef(undefined)).toBe(newest2010);
		expect(entryForRef('../../etc/passwd')).toBe(newest2010);
		expect(latestEntries().map((e) => e.id)).toEqual([...new Set(CATALOGUE.map((e) => e.id))]);
	});

	it('loads a listed data set (the same object every time) and nothing for an unlisted one', async () => {
		const v1 = await loadDataset('cloud-2010', 1);
		expect(v1?.title).toBe('Cloud hosting providers, mid-2010: Xen vs KVM');
		expect(await loadDataset('cloud-2010', 1)).toBe(v1);
		expect(loadedDataset('cloud-2010', 1)).toBe(v1);
		expect(await loadDataset('cloud-2010', 999)).toBeUndefined();
	});
});

type Catalogue = typeof import('./catalogue');

/** What the picker lists and where a link's `d` opens, worked out by hand from data/*.json. */
function expectEntries({ CATALOGUE, DEFAULT_DATASET_ID, STARTER_DATASET_ID, entryForRef, latestEntries, latestEntry }: Catalogue) {
	expect(CATALOGUE).toEqual([
		{ id: 'cloud-2010', version: 1, title: 'Cloud hosting providers, mid-2010: Xen vs KVM', asOf: '2010-05' },
		{ id: 'cloud-2010', version: 2, title: 'Cloud hosting providers on 10 November 2010: Xen vs KVM', asOf: '2010-11-10' },
		{ id: 'cloud-2010', version: 3, title: 'Cloud hosting providers on 10 November 2010: Xen vs KVM', asOf: '2010-11-10' },
		{ id: 'cloud-2026', version: 1, title: 'Cloud hosting today: six providers, and what became of Xen vs KVM', asOf: '2026-07-31' },
		{ id: 'starter', version: 1, title: 'Your own comparison', asOf: '2026-11' }
	]);
	expect([DEFAULT_DATASET_ID, STARTER_DATASET_ID]).toEqual(['cloud-2010', 'starter']);
	// The newest version of each data set once, in catalogue order.
	expect(latestEntries().map((e) => `${e.id}.${e.version}`)).toEqual(['cloud-2010.3', 'cloud-2026.1', 'starter.1']);
	expect(latestEntry('cloud-2026')).toMatchObject({ version: 1, asOf: '2026-07-31' });
	expect(latestEntry('nope')).toBeUndefined();
	const opens = (ref: string | undefined) => {
		const e = entryForRef(ref);
		return `${e.id}.${e.version}`;
	};
	// A published version opens as it is; an unpublished one of a known data set on its newest.
	expect(opens('cloud-2010.2')).toBe('cloud-2010.2');
	expect(opens('cloud-2026.7')).toBe('cloud-2026.1');
	expect(opens('cloud-2026.12')).toBe('cloud-2026.1');
	expect(opens('cloud-2026.123456789')).toBe('cloud-2026.1');
	expect(opens('starter.2')).toBe('starter.1');
	// Anything else is not a reference: the default data set's newest (cloud-2010 v3).
	for (const ref of [
		undefined,
		'',
		'cloud-2026',
		'cloud-2026.0',
		'cloud-2026.01',
		'cloud-2026.1234567890',
		'cloud-2026.1x',
		'cloud-2026.x1',
		'Xcloud-2026.1',
		'-cloud-2026.1',
		'cloud_2026.1',
		'cloud-2026..1',
		'nope.1'
	])
		expect(opens(ref), String(ref)).toBe('cloud-2010.3');
}

describe('the catalogue’s entries, as the picker and a link’s `d` read them', () => {
	it('lists every published version with its title and date, and opens a link’s reference on one', async () => {
		expectEntries(await import('./catalogue'));
	});
});

describe('loading from the files (a catalogue nothing has been registered in yet)', () => {
	// The set-up registers every data set and timeline (tests/setup-datasets.ts); a fresh copy of the
	// module has none, so these go through the files as the server's first request does.
	afterEach(() => {
		vi.resetModules();
	});
	const freshCatalogue = async () => {
		vi.resetModules();
		return import('./catalogue');
	};

	it('a fresh copy lists the same entries and opens the same references', async () => {
		expectEntries(await freshCatalogue());
	});

	it('reads and checks a listed file once, and finds nothing for an unlisted version', async () => {
		const catalogue = await freshCatalogue();
		expect(catalogue.loadedDataset('cloud-2010', 1)).toBeUndefined();
		expect(catalogue.loadedDatasets()).toEqual([]);
		const v1 = await catalogue.loadDataset('cloud-2010', 1);
		// data/cloud-2010.v1.json: its title, six providers and 17 criteria.
		expect(v1?.title).toBe('Cloud hosting providers, mid-2010: Xen vs KVM');
		expect(v1?.providers).toHaveLength(6);
		expect(v1?.criteria).toHaveLength(17);
		expect(catalogue.loadedDataset('cloud-2010', 1)).toBe(v1);
		expect(await catalogue.loadDataset('cloud-2010', 1)).toBe(v1);
		expect(await catalogue.loadDataset('cloud-2010', 9)).toBeUndefined();
		expect(await catalogue.loadDataset('nope', 1)).toBeUndefined();
		expect(catalogue.loadedDatasets()).toEqual([v1]);
	});

	it('loads a data set whole: on the server its provenance text is there from the start', async () => {
		const catalogue = await freshCatalogue();
		const starter = await catalogue.loadWholeDataset('starter', 1);
		expect(starter?.title).toBe('Your own comparison');
		expect(starter?.providers).toEqual([]);
		expect(catalogue.hasProvenance(starter!)).toBe(true);
		await expect(catalogue.loadProvenance(starter!)).resolves.toBeUndefined();
		expect(await catalogue.loadWholeDataset('starter', 2)).toBeUndefined();
	});

	it('knows which data sets have a timeline without loading it, and loads one once', async () => {
		const catalogue = await freshCatalogue();
		// data/history/ holds cloud-2010.timeline.json only.
		expect(catalogue.hasTimeline('cloud-2010')).toBe(true);
		expect(catalogue.hasTimeline('starter')).toBe(false);
		expect(catalogue.loadedTimeline('cloud-2010')).toBeUndefined();
		// Loaded after the newest cloud-2010, so its ids are checked against that version's.
		await catalogue.loadDataset('cloud-2010', 3);
		const timeline = await catalogue.loadTimeline('cloud-2010');
		expect(timeline?.title).toBe('What happened next: the six providers, Xen and KVM, 2007 to today');
		expect(timeline?.events[0]).toMatchObject({ date: '2007-02', concerns: ['kvm'] });
		expect(await catalogue.loadTimeline('cloud-2010')).toBe(timeline);
		expect(catalogue.loadedTimeline('cloud-2010')).toBe(timeline);
	});

	it('reads a timeline on its own too, before its data set is loaded', async () => {
		const catalogue = await freshCatalogue();
		const timeline = await catalogue.loadTimeline('cloud-2010');
		expect(timeline?.datasetId).toBe('cloud-2010');
		expect(catalogue.loadedDatasets()).toEqual([]);
	});

	it('a data set with no timeline gives none, now and later', async () => {
		const catalogue = await freshCatalogue();
		expect(await catalogue.loadTimeline('starter')).toBeUndefined();
		expect(await catalogue.loadTimeline('starter')).toBeUndefined();
		expect(catalogue.loadedTimeline('starter')).toBeUndefined();
	});
});

describe('loading in the browser: values first, their provenance text when something shows it', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});
	const browserCatalogue = async () => {
		vi.stubEnv('SSR', false);
		vi.resetModules();
		return import('./catalogue');
	};

	it('gets a data set without its sources, then puts them back once, for every caller', async () => {
		const catalogue = await browserCatalogue();
		const v1 = (await catalogue.loadDataset('cloud-2010', 1))!;
		expect(catalogue.hasProvenance(v1)).toBe(false);
		// data/cloud-2010.v1.json: Amazon EC2's entry price is $0.02/h, sourced.
		const price = () => v1.providers[0]!.values['entry-price'];
		expect(price()).toMatchObject({ kind: 'sourced', raw: 0.02 });
		expect(price()).not.toHaveProperty('source');
		await Promise.all([catalogue.loadProvenance(v1), catalogue.loadProvenance(v1)]);
		expect(catalogue.hasProvenance(v1)).toBe(true);
		expect(price()).toHaveProperty('source.url');
		expect(await catalogue.loadWholeDataset('cloud-2010', 1)).toBe(v1);
	});

	it('loadWholeDataset waits for the sources', async () => {
		const catalogue = await browserCatalogue();
		const today = await catalogue.loadWholeDataset('cloud-2026', 1);
		expect(today && catalogue.hasProvenance(today)).toBe(true);
	});
});
