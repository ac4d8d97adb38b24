/**
 * Weight stability intervals as a buyer reads them: per criterion, the range of its share of the
 * total weight over which the leader stays first, and who overtakes outside it. Computed once per
 * evaluation (page, "Why #1 wins" and the PDF read the same object); the table that shows them is
 * `stability-table.ts` (built with the robustness section, not with the first screen).
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { methodStability, type MethodStability } from '$lib/mcda/method-stability';

const cache = new WeakMap<Evaluation, MethodStability>();

/** The stability intervals of an evaluation (closed form for the weighted sum, else a numeric search). */
export function stabilityOf(evaluation: Evaluation): MethodStability {
	let found = cache.get(evaluation);
	if (!found) {
		const leader = evaluation.ranking[0];
		const values = evaluation.cells.map((row) => row.map((c) => c.score));
		const included =
			evaluation.unknowns.score === null
				? evaluation.cells.map((row) => row.map((c) => !c.omitted))
				: undefined;
		found = evaluation.ranked
			? methodStability(evaluation.method, values, evaluation.weights, included, leader?.index)
			: { intervals: [], exact: true, resolution: 0 };
		cache.set(evaluation, found);
	}
	return found;
}

/** A share of the weight as shown: whole per cent, one decimal below 1 %. */
export function formatPercent(share: number): string {
	// To 12 significant digits first: a limit found by arithmetic can land a hair below the exact
	// one (0.37499999999999994, the double next to 0.375), and "37 %" for 37.5 % rounds the wrong way.
	const p = Number((share * 100).toPrecision(12));
	if (p > 0 && p < 1) return `${p.toFixed(1)} %`;
	return `${Math.round(p)} %`;
}
