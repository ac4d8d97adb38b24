/**
 * How much of a score rests on what is known. Pure functions over plain arrays, so they serve any
 * scoring method: a row is one provider's value cells in criteria order, `weights` the criteria's
 * weights in the same order (0–100; only their ratios matter).
 */

export type CellKind = 'sourced' | 'judgement' | 'unknown' | 'user';

export interface Cell {
	/** Value score, 0–100 (an unknown cell carries the score the method gave it, usually 0). */
	score: number;
	unknown: boolean;
	kind: CellKind;
}

export interface Coverage {
	/** Cells with a value (not unknown). */
	known: number;
	total: number;
	/** Cells by kind; `user` cells count as known but in none of these three. */
	sourced: number;
	judgement: number;
	unknown: number;
	/** Share of the total weight (0–1) that rests on unknown cells; 0 when every weight is 0. */
	unknownWeightShare: number;
}

function checkLengths(row: readonly Cell[], weights: readonly number[]): void {
	if (row.length !== weights.length)
		throw new RangeError(`a row has ${row.length} cells but there are ${weights.length} weights`);
}

/** Counts of known, sourced, judged and unknown cells, and the weight share of the unknown ones. */
export function coverage(row: readonly Cell[], weights: readonly number[]): Coverage {
	checkLengths(row, weights);
	let sourced = 0;
	let judgement = 0;
	let unknown = 0;
	let unknownWeight = 0;
	let totalWeight = 0;
	row.forEach((cell, i) => {
		const w = weights[i]!;
		totalWeight += w;
		if (cell.unknown) {
			unknown++;
			unknownWeight += w;
		} else if (cell.kind === 'sourced') sourced++;
		else if (cell.kind === 'judgement') judgement++;
	});
	return {
		known: row.length - unknown,
		total: row.length,
		sourced,
		judgement,
		unknown,
		unknownWeightShare: totalWeight > 0 ? unknownWeight / totalWeight : 0
	};
}

/**
 * The weighted sum `Σ wᵢ·vᵢ / Σ wᵢ` with every unknown cell at 0 (low) and at 100 (high): the range
 * the score could take whatever the unknown values are. Known cells keep their scores. With every
 * weight at 0 there is no score, and both ends are NaN.
 */
export function weightedSumRange(
	row: readonly Cell[],
	weights: readonly number[]
): { low: number; high: number } {
	checkLengths(row, weights);
	let total = 0;
	let known = 0;
	let unknownWeight = 0;
	row.forEach((cell, i) => {
		const w = weights[i]!;
		total += w;
		if (cell.unknown) unknownWeight += w;
		else known += w * cell.score;
	});
	if (total === 0) return { low: NaN, high: NaN };
	return { low: known / total, high: (known + 100 * unknownWeight) / total };
}
