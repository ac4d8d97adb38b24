/**
 * Weighting presets, per data set id, from the data set's story (`data/stories/<id>.story.json`).
 * Weights are 0–100 per criterion id; a criterion left out has weight 0. One preset serves every
 * version of a data set: it may hold weights for criteria of several versions, and
 * `presetsFor(dataset)` keeps those of the version asked for, so a version's presets mean what they
 * meant when it was published. The data tests check that every id in a preset exists in at least
 * one version and that each version's presets name only its own criteria.
 */
import { DEFAULT_WEIGHT, scenarioWith, type Preset } from './defaults';
import type { Scenario } from '$lib/scenario/schema';
import type { Dataset } from '$lib/data/schema';
import { storyOf } from '$lib/data/stories';

/** Every preset of a data set id, with the weights of all its versions (for the data tests). */
export function presetsOfId(datasetId: string): readonly Preset[] {
	return storyOf(datasetId)?.presets ?? [];
}

/** The presets of one data set version, each keeping only the weights of that version's criteria. */
export function presetsFor(dataset: Dataset): Preset[] {
	const ids = new Set(dataset.criteria.map((c) => c.id));
	return presetsOfId(dataset.id).map((preset) => ({
		...preset,
		weights: Object.fromEntries(Object.entries(preset.weights).filter(([id]) => ids.has(id)))
	}));
}

/** The weights a new comparison starts from (and Reset returns to): the first preset, else all `DEFAULT_WEIGHT`. */
export function defaultWeights(dataset: Dataset): Record<string, number> | undefined {
	return presetsFor(dataset)[0]?.weights;
}

/**
 * The comparison a new visitor sees on a data set: default weights, every provider included. It
 * names the preset its weights come from, so the page can say "Balanced (modified)" after a change.
 */
export function defaultScenario(dataset: Dataset): Scenario {
	const [first] = presetsFor(dataset);
	const weights = first?.weights ?? Object.fromEntries(dataset.criteria.map((c) => [c.id, DEFAULT_WEIGHT]));
	return scenarioWith(dataset, weights, first?.id);
}
