/**
 * Every published timeline, parsed once when this module loads on the server. Each is checked
 * against the newest version of its data set (every id an event concerns must be one of its
 * providers or hypervisors) by the build (vite.config.ts) and the data tests, which see every data
 * set; the page loads data sets one at a time, so here the check runs when that set is loaded.
 */
import { latestEntry, loadedDataset } from './catalogue';
import { parseTimeline, type Timeline } from './timeline';

const files = import.meta.glob<unknown>('/data/history/*.timeline.json', { eager: true, import: 'default' });

export const timelines: readonly Timeline[] = Object.entries(files).map(([path, json]) => {
	// As with the data sets (datasets.ts): parsed at build start, in the tests and on the server;
	// the browser takes the same bundled file as it is.
	if (!import.meta.env.SSR) return json as Timeline;
	const file = path.replace(/^\//, '');
	const datasetId = file.replace(/^.*\//, '').replace(/\.timeline\.json$/, '');
	const entry = latestEntry(datasetId);
	const dataset = entry && loadedDataset(entry.id, entry.version);
	const ids = dataset && new Set([...dataset.providers.map((p) => p.id), ...dataset.hypervisors.map((h) => h.id)]);
	return parseTimeline(file, json, ids);
});

/** The timeline of a data set id, if one is published. */
export function timelineFor(datasetId: string): Timeline | undefined {
	return timelines.find((t) => t.datasetId === datasetId);
}
