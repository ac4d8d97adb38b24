import { normalise, unitWeights } from './normalise';
import type { Direction, MethodOptions } from './types';

export interface TopsisWorking {
	/** r: the matrix after `normalise`. */
	normalised: number[][];
	/** v_ij = w_j · r_ij. */
	weighted: number[][];
	/** A⁺ and A⁻, per criterion. */
	ideal: number[];
	antiIdeal: number[];
	/** D⁺_i and D⁻_i: Euclidean distances of each alternative from A⁺ and A⁻. */
	toIdeal: number[];
	toAntiIdeal: number[];
	/** C_i = D⁻ / (D⁺ + D⁻), 0–1. */
	closeness: number[];
}

/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple attribute decision making: methods and applications",
 * pp. 128–134) with its working: weighted normalised matrix v = w·r; ideal A⁺ and anti-ideal A⁻;
 * Euclidean distances D⁺, D⁻; closeness C = D⁻ / (D⁺ + D⁻).
 *
 * 'minmax', 'max', 'sum' and 'linear' turn a cost column around (see `normalise`), so A⁺ is each
 * column's maximum and A⁻ its minimum. 'vector' is Hwang & Yoon's own procedure: r = x/‖x‖₂ for every
 * column, with a cost column's ideal at its minimum. That equals turning the column around
 * (1 − x/‖x‖₂, ideal at the maximum), since a reflection leaves every distance unchanged, but keeps
 * the last bits of figures that differ only slightly (1 − x rounds them away). With 'none' the
 * figures are used as they are and a cost column's ideal is its minimum.
 *
 * When D⁺ + D⁻ = 0 (every alternative equal on every weighted criterion) C is 0.5: as close to the
 * ideal as to the anti-ideal. All-zero weights give all-zero scores.
 */
export function topsisWorking(
	matrix: number[][],
	weights: number[],
	directions: Direction[],
	{ normalisation = 'vector' }: MethodOptions = {}
): TopsisWorking {
	const w = unitWeights(weights);
	// 'vector' and 'none' leave cost columns as they are; their ideal is then the minimum.
	const keepsCosts = normalisation === 'vector' || normalisation === 'none';
	const normalised = normalise(matrix, keepsCosts ? directions.map(() => 1) : directions, normalisation);
	const weighted = normalised.map((row) => row.map((r, j) => (w[j] ?? 0) * r));
	const n = w.length;
	const ideal = new Array<number>(n).fill(0);
	const antiIdeal = new Array<number>(n).fill(0);
	for (let j = 0; j < n; j++) {
		let max = -Infinity;
		let min = Infinity;
		for (const row of weighted) {
			const v = row[j] ?? 0;
			if (v > max) max = v;
			if (v < min) min = v;
		}
		if (!weighted.length) max = min = 0;
		const reversed = keepsCosts && directions[j] === -1;
		ideal[j] = reversed ? min : max;
		antiIdeal[j] = reversed ? max : min;
	}
	const distance = (row: number[], to: number[]) => {
		let sum = 0;
		for (let j = 0; j < n; j++) sum += ((row[j] ?? 0) - (to[j] ?? 0)) ** 2;
		if (Number.isFinite(sum)) return Math.sqrt(sum);
		// Squares of figures beyond ~1e154 overflow: scale by the largest difference first.
		let largest = 0;
		for (let j = 0; j < n; j++) largest = Math.max(largest, Math.abs((row[j] ?? 0) - (to[j] ?? 0)));
		sum = 0;
		for (let j = 0; j < n; j++) sum += (((row[j] ?? 0) - (to[j] ?? 0)) / largest) ** 2;
		return largest * Math.sqrt(sum);
	};
	const toIdeal = weighted.map((row) => distance(row, ideal));
	const toAntiIdeal = weighted.map((row) => distance(row, antiIdeal));
	const anyWeight = w.some((x) => x > 0);
	const closeness = toIdeal.map((plus, i) => {
		const minus = toAntiIdeal[i] ?? 0;
		if (!anyWeight) return 0;
		return plus + minus > 0 ? minus / (plus + minus) : 0.5;
	});
	return { normalised, weighted, ideal, antiIdeal, toIdeal, toAntiIdeal, closeness };
}

/** TOPSIS closeness per alternative, 0–1 (default normalisation 'vector'); see `topsisWorking`. */
export function topsis(
	matrix: number[][],
	weights: number[],
	directions: Direction[],
	opts: MethodOptions = {}
): number[] {
	return topsisWorking(matrix, weights, directions, opts).closeness;
}
