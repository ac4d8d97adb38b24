/**
 * The interface every scoring method implements. A method takes a matrix of 0–100 value scores
 * (one row per alternative, one column per criterion) and non-negative weights, and returns its
 * working as well as its answer, so tables, charts and the PDF show what the core computed and never
 * recompute it. Weighted product and TOPSIS will sit beside the weighted sum behind this interface.
 */
export type Matrix = readonly (readonly number[])[];
export type Mask = readonly (readonly boolean[])[];

export interface MethodResult {
	/** Total score per alternative, 0–100. */
	scores: number[];
	/**
	 * Part of each alternative's score owed to each criterion ([alternative][criterion]); for an
	 * additive method the parts sum to the score. Absent for a method with no split to offer.
	 */
	contributions?: number[][];
	/** Weights scaled to sum to 1 (all zero when every weight is zero). */
	normalisedWeights: number[];
	/**
	 * Per alternative, the weights actually applied to its row (scaled to sum to 1 over the cells
	 * it was scored on); equal to `normalisedWeights` for every row when no cell is left out.
	 */
	rowWeights: number[][];
}

export interface ScoringMethod {
	id: string;
	name: string;
	/** One line under its choice on the page: what it rewards, in plain words. */
	hint: string;
	/** One paragraph, plain words, shown under "How it's scored". */
	explanation: string;
	/** The method's formula in words, e.g. "Score = Σ (weight × value score) ÷ Σ weight". */
	formula: string;
	/** Its best-known weakness, in plain words (shown under "How it's scored"). */
	weakness?: string;
	/**
	 * True when the score is a sum of per-criterion parts (the weighted sum). Otherwise `contributions`
	 * is a split of the score chosen by the method (still summing to the score) and
	 * `contributionsNote` says what it is, so the chart never passes it off as points added up.
	 */
	additive?: boolean;
	contributionsNote?: string;
	/**
	 * What the analyses may assume of the method, so that no analysis asks for a method by its id.
	 * `weightedAverage`: the score is Σ w·v / Σ w over the value scores, so the weight stability
	 * intervals have a closed form (Mareschal 1988) and the rank acceptability analysis (SMAA-2,
	 * which ranks by that weighted average) is this method's own.
	 */
	capabilities?: { weightedAverage?: boolean };
	/**
	 * True when a provider's score depends on which other providers are compared (adding or leaving
	 * one out can reorder the rest: rank reversal); the page says so next to the ranking.
	 */
	dependsOnAlternatives?: boolean;
	/**
	 * `included[i][j] === false` leaves cell (i, j) out: alternative i is scored on the other
	 * criteria alone, its weights re-normalised over them (used when unknown values are "left out").
	 */
	run(values: Matrix, weights: readonly number[], included?: Mask): MethodResult;
	/**
	 * The scores alone, equal to `run(...).scores` but without the working: robustness analyses call
	 * a method thousands of times per weight change, so this path must not allocate tables.
	 */
	scores(values: Matrix, weights: readonly number[], included?: Mask): number[];
	/**
	 * Optional: the work that does not depend on the weights done once, returning a function that
	 * scores under any weights (equal to `scores(values, weights, included)`). Analyses that rescore
	 * the same matrix many times (stability intervals) use it when a method has one.
	 */
	scorer?(values: Matrix, included?: Mask): (weights: readonly number[]) => number[];
}

/** w_j / Σw; all zeros when Σw = 0 (never NaN). */
export function normaliseWeights(weights: readonly number[]): number[] {
	const total = weights.reduce((sum, w) => sum + w, 0);
	return weights.map((w) => (total > 0 ? w / total : 0));
}

/** Row i's weights: w_j over the cells it is scored on (w_j = 0 where left out), scaled to sum 1. */
export function rowWeights(weights: readonly number[], included: readonly boolean[] | undefined): number[] {
	return normaliseWeights(included ? weights.map((w, j) => (included[j] === false ? 0 : w)) : weights);
}
