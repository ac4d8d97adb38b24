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
 * The part of TOPSIS that does not depend on the weights, in flat typed arrays ([i · n + j]): the
 * normalised matrix r, the ideal and anti-ideal of each column of r, and the mask (1 = scored).
 */
interface Prepared {
	m: number;
	n: number;
	r: Float64Array;
	ideal: Float64Array;
	antiIdeal: Float64Array;
	scored: Uint8Array | undefined;
}

function prepare(matrix: Matrix, directions: readonly Direction[], opts: TopsisOptions): Prepared {
	const { normalisation = 'vector', included } = opts;
	const m = matrix.length;
	const n = m ? (matrix[0]?.length ?? 0) : directions.length;
	// Row by row throughout: the typed arrays are read and written in memory order.
	const r = new Float64Array(m * n);
	let scored: Uint8Array | undefined;
	if (included) {
		scored = new Uint8Array(m * n);
		for (let i = 0; i < m; i++) {
			const row = included[i];
			for (let j = 0; j < n; j++) scored[i * n + j] = row?.[j] === false ? 0 : 1;
		}
	}
	// Each column's largest and smallest r over the cells scored, gathered while r is written.
	const max = new Float64Array(n).fill(-Infinity);
	const min = new Float64Array(n).fill(Infinity);
	// 'vector' and 'none' leave cost columns as they are; their ideal is then the minimum.
	const keepsCosts = normalisation === 'vector' || normalisation === 'none';
	if (normalisation === 'vector') {
		// r = x / ‖x‖₂ over the cells scored, the sum of squares scaled by the largest |x| so that
		// figures beyond ~1e154 cannot overflow. A column of zeros reads 1 everywhere, as in
		// `normalise`: every alternative is equal there, at no distance from either ideal.
		// One pass copies the figures and sums the squares; only a column whose sum overflows (figures
		// beyond ~1e154) or underflows is summed again, scaled by its largest |x|.
		const sumSquares = new Float64Array(n);
		for (let i = 0; i < m; i++) {
			const row = matrix[i]!;
			for (let j = 0, k = i * n; j < n; j++, k++) {
				const v = row[j] ?? 0;
				r[k] = v;
				if (!scored || scored[k]) sumSquares[j] = sumSquares[j]! + v * v;
			}
		}
		const inverseNorm = new Float64Array(n);
		for (let j = 0; j < n; j++) {
			let sum = sumSquares[j]!;
			let scale = 1;
			if (!Number.isFinite(sum) || sum < 1e-290) {
				let largest = 0;
				for (let i = 0; i < m; i++)
					if (!scored || scored[i * n + j]) largest = Math.max(largest, Math.abs(r[i * n + j]!));
				sum = 0;
				if (largest > 0)
					for (let i = 0; i < m; i++) if (!scored || scored[i * n + j]) sum += (r[i * n + j]! / largest) ** 2;
				scale = largest;
			}
			const norm = scale * Math.sqrt(sum);
			// 0 marks a column of zeros (read as 1s below).
			inverseNorm[j] = norm > 0 ? 1 / norm : 0;
		}
		for (let i = 0; i < m; i++)
			for (let j = 0, k = i * n; j < n; j++, k++) {
				const inv = inverseNorm[j]!;
				const v = inv > 0 ? r[k]! * inv : 1;
				r[k] = v;
				if (scored && !scored[k]) continue;
				if (v > max[j]!) max[j] = v;
				if (v < min[j]!) min[j] = v;
			}
	} else {
		const out = normalise(
			matrix.map((row) => [...row]),
			keepsCosts ? directions.map(() => 1 as const) : [...directions],
			normalisation
		);
		for (let i = 0; i < m; i++)
			for (let j = 0, k = i * n; j < n; j++, k++) {
				const v = out[i]![j] ?? 0;
				r[k] = v;
				if (scored && !scored[k]) continue;
				if (v > max[j]!) max[j] = v;
				if (v < min[j]!) min[j] = v;
			}
	}
	const ideal = new Float64Array(n);
	const antiIdeal = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		if (max[j] === -Infinity) max[j] = min[j] = 0;
		const reversed = keepsCosts && directions[j] === -1;
		ideal[j] = reversed ? min[j]! : max[j]!;
		antiIdeal[j] = reversed ? max[j]! : min[j]!;
	}
	return { m, n, r, ideal, antiIdeal, scored };
}

/** D⁺ and D⁻ of row i into `out` [0] and [1], in one pass over the row. */
function distances(p: Prepared, i: number, w: Float64Array, out: Float64Array): void {
	const { n, r, scored, ideal, antiIdeal } = p;
	const base = i * n;
	let plus = 0;
	let minus = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		const x = r[base + j]!;
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
	const { n, r, scored } = p;
	const base = i * n;
	let largest = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		largest = Math.max(largest, Math.abs(w[j]! * (r[base + j]! - to[j]!)));
	}
	let sum = 0;
	for (let j = 0; j < n; j++) {
		if (scored && !scored[base + j]) continue;
		const d = (w[j]! * (r[base + j]! - to[j]!)) / largest;
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
const closenessOf = (plus: number, minus: number) => (plus + minus > 0 ? minus / (plus + minus) : 0.5);

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
	const { m, n, r, scored } = p;
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
		const rowR = Array.from(r.subarray(i * n, i * n + n));
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
