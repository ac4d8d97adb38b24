/**
 * Every published timeline, parsed at once when this module loads: for the tests and the server's
 * checks. The page never imports this module (it would put every timeline in the browser's first
 * load); a data set's timeline is loaded with the data set (`catalogue.ts`), where these are
 * registered too. Each is checked against the newest version of its data set (every id an event
 * concerns must be one of its providers or hypervisors) by the build (vite.config.ts) and here.
 */
import { latestEntry, loadedDataset, loadedTimeline, registerTimeline } from './catalogue';
import { parseTimeline, type Timeline } from './timeline';

// Stryker disable next-line all: Vite reads import.meta.glob at build time; a mutated call does not parse.
const files = import.meta.glob<unknown>('/data/history/*.timeline.json', { eager: true, import: 'default' });

export const timelines: readonly Timeline[] = Object.entries(files).map(([path, json]) => {
	const file = path.replace(/^\//, '');
	const datasetId = file.replace(/^.*\//, '').replace(/\.timeline\.json$/, '');
	const entry = latestEntry(datasetId);
	const dataset = entry && loadedDataset(entry.id, entry.version);
	const ids = dataset && new Set([...dataset.providers.map((p) => p.id), ...dataset.hypervisors.map((h) => h.id)]);
	return parseTimeline(file, json, ids);
});

timelines.forEach(registerTimeline);

/** The timeline of a data set id, if one is published. */
export const timelineFor = loadedTimeline;
