/**
 * Every published data set, parsed once when this module loads. Files live in `data/` and are named
 * `<id>.v<version>.json`; a published version is never edited (a change makes a new version), so a
 * shared link that names a version always reopens on the same figures.
 */
import type { Dataset } from './schema';
import { parseDataset } from './validate';

const files = import.meta.glob<unknown>('/data/*.json', { eager: true, import: 'default' });

export const datasets: readonly Dataset[] = Object.entries(files)
	.map(([path, json]) => parseDataset(path.replace(/^\//, ''), json))
	.sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);

export const DEFAULT_DATASET_ID = 'cloud-2010';

/** The newest version of a data set. */
export function latestDataset(id = DEFAULT_DATASET_ID): Dataset {
	const found = datasets.filter((d) => d.id === id).at(-1);
	if (!found) throw new Error(`No data set "${id}" in data/`);
	return found;
}

export function findDataset(id: string, version: number): Dataset | undefined {
	return datasets.find((d) => d.id === id && d.version === version);
}
