/**
 * The page's parts that load when they are first shown (lazy.svelte.ts): the editors of your own
 * data (in a closed section until opened) and the pairwise form (only with "Pairwise comparison").
 */
import { LazyPart } from '$lib/components/lazy.svelte';

export const editorsPart = new LazyPart(() => import('./your-data/Editors.svelte'));
export const pairwisePart = new LazyPart(() => import('./PairwiseForm.svelte'));

/** Every lazy part: the server renders them all. */
export const ALL_PARTS = [editorsPart, pairwisePart] as const;
