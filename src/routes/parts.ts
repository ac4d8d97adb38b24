/**
 * The page's parts that load when they are first shown (lazy.svelte.ts): the editors of your own
 * data (in a closed section until opened), the pairwise form (only with "Pairwise comparison"), and the
 * closed sections of "Your data".
 */
import { LazyPart } from '$lib/components/lazy.svelte';

export const editorsPart = new LazyPart(() => import('./your-data/Editors.svelte'));
export const pairwisePart = new LazyPart(() => import('./PairwiseForm.svelte'));
/** Sections of "Your data" that start closed: renaming and reordering, and starting from scratch. */
export const rowsColumnsPart = new LazyPart(() => import('./your-data/RowsColumns.svelte'));
export const startPart = new LazyPart(() => import('./your-data/StartFromScratch.svelte'));

/** Every lazy part: the server renders them all. */
export const ALL_PARTS = [editorsPart, pairwisePart, rowsColumnsPart, startPart] as const;
