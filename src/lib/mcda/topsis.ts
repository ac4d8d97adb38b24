import type { Mask, Matrix } from './method';
import { normalise, unitWeights } from './normalise';
import type { Direction, MethodOptions } from './types';

export interface TopsisOptions extends MethodOptions {
	/**
	 * `included[i][j] === false` leaves cell (i, j) out: it counts neither in its column's length
	 * ('vector') nor for the ideal points, and row i is scored on its other criteria alone, with its
	 * weights scaled to sum to 1 over them (its row weights).
	 */
	included?: Mask;
}

export interface TopsisWorking {
	/** r: the matrix after `normalise` (with a mask, 'vector' measures each column over the cells scored). */
	normalised: number[][];
	/** Per alternative, the weights applied to its row, scaled to sum to 1 over the cells scored. */
	rowWeights: number[][];
	/** v_ij = w_ij · r_ij (0 where left out). */
	weighted: number[][];
	/** A⁺ and A⁻ on r, per criterion (a weighted ideal is w_ij times these). */
	ideal: number[];
	antiIdeal: number[];
	/** Per alternative and criterion, (w_ij · (r_ij − A⁺_j))² and (w_ij · (r_ij − A⁻_j))². */
	toIdealParts: number[][];
	toAntiIdealParts: number[][];
	/** D⁺_i and D⁻_i: Euclidean distances of each alternative from A⁺ and A⁻. */
	toIdeal: number[];
	toAntiIdeal: number[];
	/** C_i = D⁻ / (D⁺ + D⁻), 0–1. */
	closeness: number[];
}

/**
 * The part of TOPSIS that does not depend on the weights: each column's scale, its ideal and
 * anti-ideal on r, and the mask in a flat typed array ([i · n + j], 1 = scored). r itself is not
 * stored: r_ij = x_ij · scale_j is computed where it is read (`rAt`, `distances`), which saves a
 * 1000 × 50 problem writing and reading 400 kB per call. The ideal of a column is still exactly
 * the largest r: multiplying by a positive scale is monotone in floating point too, so
 * fl(max x · s) = max fl(x · s).
 */
interface Prepared {
	m: number;
	n: number;
	/** x: the figures ('vector', 'none') or the normalised matrix (the other normalisations). */
	rows: Matrix;
	/** r_ij = x_ij · scale_j; 0 marks a column of zeros, whose r reads 1 everywhere. */
	scale: Float64Array;
	ideal: Float64Array;
	antiIdeal: Float64Array;
	scored: Uint8Array | undefined;
}

/** r_ij: see `Prepared.scale`. */
function rAt(p: Prepared, i: number, j: number): number {
	const s = p.scale[j]!;
	return s > 0 ? (p.rows[i]![j] ?? 0) * s : 1;
}

function prepare(matrix: Matrix, directions: readonly Direction[], opts: TopsisOptions): Prepared {
	const { normalisation = 'vector', included } = opts;
	const m = matrix.length;
	const n = m ? (matrix[0]?.length ?? 0) : directions.length;
	let scored: Uint8Array | undefined;
	if (included) {
		scored = new Uint8Array(m * n);
		for (let i = 0; i < m; i++) {
			const row = included[i];
			for (let j = 0; j < n; j++) scored[i * n + j] = row?.[j] === false ? 0 : 1;
		}
	}
	// 'vector' and 'none' leave cost columns as they are; their ideal is then the minimum.
	const keepsCosts = normalisation === 'vector' || normalisation === 'none';
	const rows =
		normalisation === 'vector'
			? matrix
			: normalise(
					matrix.map((row) => [...row]),
					keepsCosts ? directions.map(() => 1 as const) : [...directions],
					normalisation
				);
	// One pass, row by row (memory order), gathers each column's largest and smallest figure over the
	// cells scored and, for 'vector', its sum of squares.
	const max = new Float64Array(n).fill(-Infinity);
	const min = new Float64Array(n).fill(Infinity);
	const sumSquares = new Float64Array(n);
	for (let i = 0; i < m; i++) {
		const row = rows[i]!;
		for (let j = 0, k = i * n; j < n; j++, k++) {
			if (scored && !scored[k]) continue;
			const v = row[j] ?? 0;
			sumSquares[j] = sumSquares[j]! + v * v;
			if (v > max[j]!) max[j] = v;
			if (v < min[j]!) min[j] = v;
		}
	}
	const scale = new Float64Array(n).fill(1);
	if (normalisation === 'vector')
		// r = x / ‖x‖₂ over the cells scored. A column of zeros reads 1 everywhere, as in `normalise`:
		// every alternative is equal there, at no distance from either ideal. Only a column whose sum
		// overflows (figures beyond ~1e154) or underflows is summed again, scaled by its largest |x|.
		for (let j = 0; j < n; j++) {
			let sum = sumSquares[j]!;
			let largest = 1;
			if (!Number.isFinite(sum) || sum < 1e-290) {
				largest = Math.max(Math.abs(max[j]!), Math.abs(min[j]!));
				if (!Number.isFinite(largest)) largest = 0;
				sum = 0;
				if (largest > 0)
					for (let i = 0; i < m; i++)
						if (!scored || scored[i * n + j]) sum += ((rows[i]![j] ?? 0) / largest) ** 2;
			}
			const norm = largest * Math.sqrt(sum);
			scale[j] = norm > 0 ? 1 / norm : 0;
		}
	const ideal = new Float64Array(n);
	const antiIdeal = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		const s = scale[j]!;
		// A column with no cell scored has ideals 0; a column of zeros has them at 1.
		const high = max[j] === -Infinity ? 0 : s > 0 ? max[j]! * s : 1;
		const low = max[j] === -Infinity ? 0 : s > 0 ? min[j]! * s : 1;
		const reversed = keepsCosts && directions[j] === -1;
		ideal[j] = reversed ? low : high;
		antiIdeal[j] = reversed ? high : low;
	}
	return { m, n, rows, scale, ideal, antiIdeal, scored };
}

/** D⁺ and D⁻ of row i into `out` [0] and [1], in one pass over the row. */
function distances(p: Prepared, i: number, w: Float64Array, out: Float64Array): void {
	const { n, scored, ideal, antiIdeal, scale } = p;
	const row = p.rows[i]!;
	const base = i * n;
	let plus = 0;
	let minus = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		const s = scale[j]!;
		const x = s > 0 ? (row[j] ?? 0) * s : 1;
		const a = w[j]! * (x - ideal[j]!);
		const b = w[j]! * (x - antiIdeal[j]!);
		plus += a * a;
		minus += b * b;
	}
	out[0] = Number.isFinite(plus) ? Math.sqrt(plus) : distance(p, i, w, ideal);
	out[1] = Number.isFinite(minus) ? Math.sqrt(minus) : distance(p, i, w, antiIdeal);
}

/** √Σ parts, scaled by the largest part first: the slow path when the plain sum overflows (figures beyond ~1e154). */
function distance(p: Prepared, i: number, w: Float64Array, to: Float64Array): number {
	const { n, scored } = p;
	const base = i * n;
	let largest = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		largest = Math.max(largest, Math.abs(w[j]! * (rAt(p, i, j) - to[j]!)));
	}
	let sum = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		const d = (w[j]! * (rAt(p, i, j) - to[j]!)) / largest;
		sum += d * d;
	}
	return largest * Math.sqrt(sum);
}

/**
 * Row i's weights into `w`: the weights (scaled to sum 1 by `unitWeights`) over the cells it is
 * scored on, scaled again to sum to 1 there. Returns false when none of them is positive.
 */
function rowWeightsInto(p: Prepared, i: number, unit: readonly number[], w: Float64Array): boolean {
	const { n, scored } = p;
	let total = 0;
	for (let j = 0; j < n; j++) {
		const x = scored && !scored[i * n + j] ? 0 : (unit[j] ?? 0);
		w[j] = x;
		total += x;
	}
	if (!(total > 0)) return false;
	if (scored) for (let j = 0; j < n; j++) w[j] = w[j]! / total;
	return true;
}

/** C = D⁻ / (D⁺ + D⁻); 0.5 when both are 0 (every alternative equal on every weighted criterion). */
function closenessOf(plus: number, minus: number): number {
	return plus + minus > 0 ? minus / (plus + minus) : 0.5;
}

/**
 * TOPSIS scores under any weights, the weight-independent work (normalisation, ideal points) done
 * once: analyses that rescore one matrix many times (robustness, stability intervals) call this.
 * Closeness per alternative, 0–1; 0 for an alternative with no positive weight on its cells.
 */
export function topsisScorer(
	matrix: Matrix,
	directions: readonly Direction[],
	opts: TopsisOptions = {}
): (weights: readonly number[]) => number[] {
	const p = prepare(matrix, directions, opts);
	const w = new Float64Array(p.n);
	const d = new Float64Array(2);
	return (weights) => {
		const unit = unitWeights(weights);
		const out = new Array<number>(p.m);
		// Without a mask every row has the same weights: set them once.
		const same = p.scored ? undefined : rowWeightsInto(p, 0, unit, w);
		for (let i = 0; i < p.m; i++) {
			if (!(same ?? rowWeightsInto(p, i, unit, w))) {
				out[i] = 0;
				continue;
			}
			distances(p, i, w, d);
			out[i] = closenessOf(d[0]!, d[1]!);
		}
		return out;
	};
}

/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple attribute decision making: methods and applications",
 * pp. 128–134) with its working: normalised matrix r; ideal A⁺ and anti-ideal A⁻ of each column of
 * r; weighted Euclidean distances D⁺_i = √Σ_j (w_j (r_ij − A⁺_j))², D⁻ likewise; closeness
 * C = D⁻ / (D⁺ + D⁻). (Weighting the ideal of r is the ideal of the weighted matrix w·r, as w ≥ 0.)
 *
 * 'minmax', 'max', 'sum' and 'linear' turn a cost column around (see `normalise`), so A⁺ is each
 * column's maximum and A⁻ its minimum. 'vector' is Hwang & Yoon's own procedure: r = x/‖x‖₂ for every
 * column, with a cost column's ideal at its minimum. That equals turning the column around
 * (1 − x/‖x‖₂, ideal at the maximum), since a reflection leaves every distance unchanged, but keeps
 * the last bits of figures that differ only slightly (1 − x rounds them away). With 'none' the
 * figures are used as they are and a cost column's ideal is its minimum.
 *
 * When D⁺ + D⁻ = 0 (every alternative equal on every weighted criterion) C is 0.5: as close to the
 * ideal as to the anti-ideal. All-zero weights give all-zero scores. With a mask (`included`) a
 * left-out cell is skipped in its column's length, in the ideal points and in its row's distances,
 * whose weights are re-scaled over the cells scored.
 */
export function topsisWorking(
	matrix: Matrix,
	weights: readonly number[],
	directions: readonly Direction[],
	opts: TopsisOptions = {}
): TopsisWorking {
	const p = prepare(matrix, directions, opts);
	const { m, n, scored } = p;
	const unit = unitWeights(weights);
	const w = new Float64Array(n);
	const working: TopsisWorking = {
		normalised: [],
		rowWeights: [],
		weighted: [],
		ideal: Array.from(p.ideal),
		antiIdeal: Array.from(p.antiIdeal),
		toIdealParts: [],
		toAntiIdealParts: [],
		toIdeal: [],
		toAntiIdeal: [],
		closeness: []
	};
	for (let i = 0; i < m; i++) {
		const weighted = rowWeightsInto(p, i, unit, w);
		const rowR = Array.from({ length: n }, (_, j) => rAt(p, i, j));
		const rowW = Array.from(w);
		const out = (j: number) => scored !== undefined && !scored[i * n + j];
		working.normalised.push(rowR);
		working.rowWeights.push(rowW);
		working.weighted.push(rowR.map((x, j) => (out(j) ? 0 : rowW[j]! * x)));
		working.toIdealParts.push(rowR.map((x, j) => (out(j) ? 0 : (rowW[j]! * (x - p.ideal[j]!)) ** 2)));
		working.toAntiIdealParts.push(rowR.map((x, j) => (out(j) ? 0 : (rowW[j]! * (x - p.antiIdeal[j]!)) ** 2)));
		const d = new Float64Array(2);
		distances(p, i, w, d);
		working.toIdeal.push(d[0]!);
		working.toAntiIdeal.push(d[1]!);
		working.closeness.push(weighted ? closenessOf(d[0]!, d[1]!) : 0);
	}
	return working;
}

/** TOPSIS closeness per alternative, 0–1 (default normalisation 'vector'); see `topsisWorking`. */
export function topsis(
	matrix: Matrix,
	weights: readonly number[],
	directions: readonly Direction[],
	opts: TopsisOptions = {}
): number[] {
	return topsisScorer(matrix, directions, opts)(weights);
}
