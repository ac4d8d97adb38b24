/**
 * Every data set's story (see `story.ts`), small enough to sit in the first load. Parsed on the
 * server and in the tests; the build checks them too (vite.config.ts).
 */
import { parseStory, type Story } from './story';

const files = import.meta.glob<unknown>('/data/stories/*.story.json', { eager: true, import: 'default' });

const stories: readonly Story[] = Object.entries(files).map(([path, json]) =>
	import.meta.env.SSR ? parseStory(path.slice(1), json) : (json as Story)
);

/** The story of a data set id, if it has one. */
export function storyOf(datasetId: string): Story | undefined {
	return stories.find((s) => s.datasetId === datasetId);
}
