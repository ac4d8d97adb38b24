import { describe, expect, it } from 'vitest';
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
