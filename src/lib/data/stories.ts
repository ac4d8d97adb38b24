/**
 * Every data set's story (see `story.ts`), small enough to sit in the first load. Parsed on the
 * server and in the tests; the build checks them too (vite.config.ts).
 */
import type { Story } from './story';

// Stryker disable next-line all: Vite reads import.meta.glob at build time; a mutated call does not parse.
const files = import.meta.glob<unknown>('/data/stories/*.story.json', { eager: true, import: 'default' });

// The parser (zod) is imported on the server only: the browser takes the files as the build
// checked them, and its first load carries no validator (issue 16).
const parse = import.meta.env.SSR
	? (await import('./story')).parseStory
	: (_file: string, json: unknown) => json as Story;
const stories: readonly Story[] = Object.entries(files).map(([path, json]) => parse(path.slice(1), json));

/** The story of a data set id, if it has one. */
export function storyOf(datasetId: string): Story | undefined {
	return stories.find((s) => s.datasetId === datasetId);
}
