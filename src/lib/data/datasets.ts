/**
 * Every published data set, parsed at once when this module loads: for the tests, the build's
 * scripts and the server's checks. The page never imports this module (it would put every data set
 * in the browser's first load); it loads the one it needs through `catalogue.ts`, where these are
 * registered too. Files live in `data/` and are named `<id>.v<version>.json`; a published version
 * is never edited (a change makes a new version), so a shared link that names a version always
 * reopens on the same figures.
 */
import { DEFAULT_DATASET_ID, registerDataset } from './catalogue';
import type { Dataset } from './schema';
import { parseDataset } from './validate';

// Stryker disable next-line all: Vite reads import.meta.glob at build time; a mutated call does not parse.
const files = import.meta.glob<unknown>('/data/*.json', { eager: true, import: 'default' });

export const datasets: readonly Dataset[] = Object.entries(files)
	.map(([path, json]) => parseDataset(path.replace(/^\//, ''), json))
	// Ids are ASCII slugs: plain comparison, not localeCompare (whose first call loads the ICU
	// collator, about 10 ms on a phone at start-up).
	.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version));

datasets.forEach(registerDataset);

export { DEFAULT_DATASET_ID };

/** The newest version of a data set. */
export function latestDataset(id = DEFAULT_DATASET_ID): Dataset {
	const found = datasets.filter((d) => d.id === id).at(-1);
	if (!found) throw new Error(`No data set "${id}" in data/`);
	return found;
}

export function findDataset(id: string, version: number): Dataset | undefined {
	return datasets.find((d) => d.id === id && d.version === version);
}
