/**
 * Every published data set, parsed once when this module loads. Files live in `data/` and are named
 * `<id>.v<version>.json`; a published version is never edited (a change makes a new version), so a
 * shared link that names a version always reopens on the same figures.
 */
import type { Dataset } from './schema';
import { parseDataset } from './validate';

const files = import.meta.glob<unknown>('/data/*.json', { eager: true, import: 'default' });

/**
 * Parsed with the schema where the files enter the app: when the build starts (vite.config.ts
 * refuses a broken file), in the data tests, and here on the server when it starts. The browser
 * gets the very same files in the same build, so it takes them as they are: parsing them again
 * cost a phone about 30 ms of every page load (Lighthouse, 4× CPU slowdown: 120 ms). The schema
 * has no defaults or transforms, so a parsed file equals its JSON (datasets.spec.ts checks).
 */
const checked = (path: string, json: unknown): Dataset =>
	import.meta.env.SSR ? parseDataset(path.replace(/^\//, ''), json) : (json as Dataset);

export const datasets: readonly Dataset[] = Object.entries(files)
	.map(([path, json]) => checked(path, json))
	// Ids are ASCII slugs: plain comparison, not localeCompare (whose first call loads the ICU
	// collator, about 10 ms on a phone at start-up).
	.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version));

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
