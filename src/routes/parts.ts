/**
 * The page's parts that load when they are first shown (lazy.svelte.ts): the editors of your own
 * data (in a closed section until opened), the pairwise form and the list to rank the criteria
 * (only with "Pairwise comparison" or "Rank the criteria"), the must-haves' boxes, the closed sections
 * of "Your data", and the sections below the first screen (Deferred.svelte).
 */
import { LazyPart } from '$lib/components/lazy.svelte';

export const editorsPart = new LazyPart(() => import('./your-data/Editors.svelte'));
export const pairwisePart = new LazyPart(() => import('./PairwiseForm.svelte'));
export const rankPart = new LazyPart(() => import('./RankList.svelte'));
/** The must-haves' boxes, in a section closed until opened or until one is set. */
export const mustHavesPart = new LazyPart(() => import('./MustHaveFields.svelte'));
/** Sections of "Your data" that start closed: renaming and reordering, and starting from scratch. */
export const rowsColumnsPart = new LazyPart(() => import('./your-data/RowsColumns.svelte'));
export const startPart = new LazyPart(() => import('./your-data/StartFromScratch.svelte'));

/** Below the first screen: built when they come near it, are linked to, or the page is idle. */
export const chartsPart = new LazyPart(() => import('./Charts.svelte'));
export const valueScoresPart = new LazyPart(() => import('./ValueScoresTable.svelte'));
export const robustnessPart = new LazyPart(() => import('./Robustness.svelte'));
export const yourDataPart = new LazyPart(() => import('./YourData.svelte'));
export const howScoredPart = new LazyPart(() => import('./HowScored.svelte'));
export const sourcesPart = new LazyPart(() => import('./SourcesTable.svelte'));
/** "What happened next", at the foot of the page (its timeline is fetched with it, +page.svelte). */
export const timelinePart = new LazyPart(() => import('./WhatHappenedNext.svelte'));

/** Every lazy part: the server renders them all. */
export const ALL_PARTS = [
	editorsPart,
	pairwisePart,
	rankPart,
	mustHavesPart,
	rowsColumnsPart,
	startPart,
	chartsPart,
	valueScoresPart,
	robustnessPart,
	yourDataPart,
	howScoredPart,
	sourcesPart,
	timelinePart
] as const;
