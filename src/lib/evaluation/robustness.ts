/**
 * The Monte Carlo check of an evaluation (Butler, Jia & Dyer 1997; `rankStability` in the pure core
 * does the work): the spread and the number of trials every page and PDF figure uses.
 */
import { rankStability, type Stability } from '$lib/mcda/robustness';
import type { Evaluation } from './evaluate';

/** The spread every page and PDF figure uses: each weight varied by up to ±25 %. */
export const ROBUSTNESS_SPREAD = 0.25;
/** Work budget for one analysis (trials × providers × criteria): 500 trials up to ~2,000 cells. */
const WORK_BUDGET = 1_000_000;

/**
 * The Monte Carlo check of an evaluation, computed once per evaluation (the answer, the robustness
 * section and the PDF all read it). Trials are 500, fewer on large comparisons so a weight change
 * stays quick (at least 100; the page says how many were run).
 */
const byEvaluation = new WeakMap<Evaluation, Stability>();
export function robustnessOf(evaluation: Evaluation): Stability {
	let found = byEvaluation.get(evaluation);
	if (!found) {
		const cells = evaluation.providers.length * Math.max(1, evaluation.criteria.length);
		const trials = Math.max(100, Math.min(500, Math.floor(WORK_BUDGET / cells)));
		const included =
			evaluation.unknowns.score === null
				? evaluation.cells.map((row) => row.map((c) => !c.omitted))
				: undefined;
		found = rankStability(
			evaluation.method,
			evaluation.cells.map((row) => row.map((c) => c.score)),
			evaluation.weights,
			{ trials, spread: ROBUSTNESS_SPREAD, ...(included ? { included } : {}) }
		);
		byEvaluation.set(evaluation, found);
	}
	return found;
}
