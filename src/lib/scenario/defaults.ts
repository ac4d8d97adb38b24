/**
 * Building scenarios: a data set with given weights, and defaults for everything else. Presets
 * (named weightings, in `./presets`) and the codec build their scenarios here.
 */
import type { Dataset } from '$lib/data/schema';
import { DEFAULT_METHOD } from './registry';
import { emptyEdits, type Scenario } from './model';

/**
 * The weight of a criterion nobody has weighted yet: a criterion the person adds (on the page or
 * from a file), every criterion under "equal weights", and every criterion of a data set that has
 * no preset. One number, here, so that all of them agree.
 */
export const DEFAULT_WEIGHT = 50;

/** A named weighting a person can start from. */
export interface Preset {
	id: string;
	name: string;
	/** Who would choose it, in one sentence. */
	description: string;
	weights: Record<string, number>;
}

/** A scenario on `dataset` with these weights (0 for criteria not named), everything else default. */
export function scenarioWith(
	dataset: Pick<Dataset, 'id' | 'version' | 'criteria'>,
	weights: Record<string, number>,
	preset?: string
): Scenario {
	return {
		dataset: { id: dataset.id, version: dataset.version },
		method: DEFAULT_METHOD,
		weighting: 'direct',
		weights: Object.fromEntries(dataset.criteria.map((c) => [c.id, weights[c.id] ?? 0])),
		unknowns: 'worst',
		...(preset ? { preset } : {}),
		excluded: [],
		edits: emptyEdits()
	};
}
