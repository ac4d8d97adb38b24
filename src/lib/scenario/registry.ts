/**
 * Every choice a scenario can name, each in one registry: scoring methods, ways of setting the
 * weights, and treatments of unknown values. The scenario schema, the link codec, the form and the
 * PDF all derive their lists from here, so a new method is one entry in `methods` and nothing else.
 */
import type { ScoringMethod } from '$lib/mcda/method';
import { topsisMethod } from '$lib/mcda/topsis-method';
import { weightedProduct } from '$lib/mcda/weighted-product';
import { weightedSum } from '$lib/mcda/weighted-sum';
import {
	pairwiseWeights,
	rankedWeights,
	rankOrderOf,
	type RankKind,
	type WeightingContext
} from './weighting';

type NonEmpty<T> = [T, ...T[]];
const keys = <K extends string>(record: Record<K, unknown>) => Object.keys(record) as NonEmpty<K>;

export const methods = {
	'weighted-sum': weightedSum,
	'weighted-product': weightedProduct,
	topsis: topsisMethod
} satisfies Record<string, ScoringMethod>;
export type MethodId = keyof typeof methods;
export const methodIds = keys(methods);
export const DEFAULT_METHOD: MethodId = 'weighted-sum';

/** What a way of setting the weights reads besides the context: the scenario's stored inputs. */
export interface WeightingInput {
	weights: Record<string, number>;
	rankOrder?: string[];
	rankKind?: RankKind;
	pairwise?: Record<string, number>;
}

export interface WeightingMode {
	id: string;
	/** The control's label. */
	name: string;
	description: string;
	/**
	 * The weights (0–100 per criterion id) this way gives from its input; `undefined` for sliders,
	 * whose input is the weights themselves. Pure: the page writes the result into `weights`.
	 */
	weights(context: WeightingContext, input: WeightingInput): Record<string, number> | undefined;
}

export const weightingModes = {
	direct: {
		id: 'direct',
		name: 'Sliders',
		description: 'Set each criterion’s weight from 0 to 100; only the ratios matter.',
		weights: () => undefined
	},
	rank: {
		id: 'rank',
		name: 'Rank the criteria',
		description:
			'Put the criteria in order of importance; the weights follow from the order alone (rank order ' +
			'centroid: the average of every set of weights that keeps this order; or rank sum: weights falling ' +
			'in equal steps).',
		weights: (context, input) =>
			rankedWeights(rankOrderOf(context, input.rankOrder, input.weights), input.rankKind ?? 'roc')
	},
	pairwise: {
		id: 'pairwise',
		name: 'Pairwise comparison',
		description:
			'Compare the criteria two at a time within each group, and the groups two at a time, on Saaty’s ' +
			'1–9 scale (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important); a ' +
			'criterion’s weight is its group’s weight times its weight within the group (AHP eigenvector).',
		weights: (context, input) => pairwiseWeights(context, input.pairwise).weights
	}
} satisfies Record<string, WeightingMode>;
export type WeightingId = keyof typeof weightingModes;
export const weightingIds = keys(weightingModes);

export interface UnknownTreatment {
	id: string;
	/** The option's label in the "Unknown values" control. */
	label: string;
	/** One sentence for "How it's scored". */
	explanation: string;
	/** One line under the option in the "Unknown values" control. */
	hint: string;
	/**
	 * The value score (0–100) an unknown gets, or `null` to leave the cell out: that provider's
	 * weight is then spread over the criteria it has values for.
	 */
	score: number | null;
}

export const unknownTreatments = {
	worst: {
		id: 'worst',
		label: 'Worst level',
		explanation:
			'Worst level: an unknown value scores 0, the criterion’s worst level — no evidence, no points, so a provider is never rewarded for what nobody could check.',
		hint: 'An unknown value scores 0: no evidence, no points.',
		score: 0
	},
	middle: {
		id: 'middle',
		label: 'Middle of the scale',
		explanation:
			'Middle of the scale: an unknown value scores 50, as if the provider were average on that criterion.',
		hint: 'An unknown value scores 50, as if the provider were average on it.',
		score: 50
	},
	omit: {
		id: 'omit',
		label: 'Left out',
		explanation:
			'Left out: an unknown value is not scored at all; that provider’s weights are spread over the criteria it has values for, so its score rests only on what is known (a provider with few known values can then score high on thin evidence).',
		hint: 'An unknown value is not scored; the provider’s weight is spread over what is known.',
		score: null
	}
} satisfies Record<string, UnknownTreatment>;
export type UnknownTreatmentId = keyof typeof unknownTreatments;
export const unknownTreatmentIds = keys(unknownTreatments);
