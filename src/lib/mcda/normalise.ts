import type { Direction, Normalisation } from './types';

/**
 * Normalise each column of a decision matrix (rows = alternatives, columns = criteria). Every kind
 * except 'none' turns a cost column around, so that afterwards more is better in every column
 * (the convention of pymcdm's `normalizations.py` and Jahan & Edwards 2015, "A state-of-the-art survey
 * on the influence of normalization techniques in ranking", Materials & Design 65, 335–342):
 *
 * | kind     | benefit column            | cost column                   |
 * |----------|---------------------------|-------------------------------|
 * | 'minmax' | (x − min) / (max − min)   | (max − x) / (max − min)       |
 * | 'max'    | x / max                   | 1 − x / max                   |
 * | 'sum'    | x / Σx                    | (1/x) / Σ(1/x)                |
 * | 'vector' | x / ‖x‖₂                  | 1 − x / ‖x‖₂                  |
 * | 'linear' | x / max                   | min / x                       |
 * | 'none'   | x                         | x (left as it is)             |
 *
 * The ratio kinds ('max', 'sum', 'vector', 'linear') assume non-negative figures. Where a formula
 * would divide by zero the result is finite, never NaN or Infinity:
 * - 'minmax' on a constant column (max = min): every cell is 1 (nobody is worse than anybody).
 * - 'max', 'linear' (benefit) with max = 0, and 'vector' with ‖x‖ = 0 (an all-zero column): every cell is 1.
 * - 'sum' (benefit) with Σx = 0: every cell is 1/m (equal shares).
 * - 'sum' (cost) with one or more zeros: the zero cells share the whole, 1/k each for k zeros, and every
 *   other cell is 0 — the limit of (1/x)/Σ(1/x) as those cells go to zero.
 * - 'linear' (cost) on a zero cell: 1 (nothing costs less than nothing); with min = 0 the others are 0.
 * A non-finite input cell stays non-finite: validating the data is the caller's job.
 */
export function normalise(matrix: number[][], directions: Direction[], kind: Normalisation): number[][] {
	const out = matrix.map((row) => row.slice());
	if (kind === 'none') return out;
	const m = matrix.length;
	const n = m ? (matrix[0]?.length ?? 0) : 0;
	for (let j = 0; j < n; j++) {
		const column = matrix.map((row) => row[j] ?? 0);
		const result = normaliseColumn(column, directions[j] === -1 ? -1 : 1, kind);
		for (let i = 0; i < m; i++) out[i]![j] = result[i]!;
	}
	return out;
}

function normaliseColumn(x: number[], direction: Direction, kind: Exclude<Normalisation, 'none'>): number[] {
	const benefit = direction === 1;
	const ones = () => x.map(() => 1);
	let min = Infinity;
	let max = -Infinity;
	let largest = 0; // max |x|, to scale sums so that huge figures cannot overflow
	for (const v of x) {
		if (v < min) min = v;
		if (v > max) max = v;
		if (Math.abs(v) > largest) largest = Math.abs(v);
	}
	switch (kind) {
		case 'minmax': {
			if (!(max > min)) return ones();
			// max − min overflows for figures near ±1.8e308; halving both sides keeps it finite.
			const half = !Number.isFinite(max - min);
			const range = half ? max / 2 - min / 2 : max - min;
			return x.map(
				(v) => (benefit ? (half ? v / 2 - min / 2 : v - min) : half ? max / 2 - v / 2 : max - v) / range
			);
		}
		case 'max':
			if (max === 0) return ones();
			return x.map((v) => (benefit ? v / max : 1 - v / max));
		case 'linear':
			if (benefit) return max === 0 ? ones() : x.map((v) => v / max);
			return x.map((v) => (v === 0 ? 1 : min / v));
		case 'vector': {
			if (largest === 0) return ones();
			let sumSquares = 0;
			for (const v of x) sumSquares += (v / largest) ** 2;
			const norm = largest * Math.sqrt(sumSquares);
			return x.map((v) => (benefit ? v / norm : 1 - v / norm));
		}
		case 'sum': {
			const equal = () => x.map(() => 1 / x.length);
			if (benefit) {
				if (largest === 0) return equal();
				let total = 0;
				for (const v of x) total += v / largest;
				return total === 0 ? equal() : x.map((v) => v / largest / total);
			}
			const zeros = x.filter((v) => v === 0).length;
			if (zeros > 0) return x.map((v) => (v === 0 ? 1 / zeros : 0));
			// (1/x)/Σ(1/x) = (s/x)/Σ(s/x) with s = min |x|: |s/x| ≤ 1 cannot overflow where 1/x would
			// (x subnormal).
			let s = Infinity;
			for (const v of x) s = Math.min(s, Math.abs(v));
			let total = 0;
			for (const v of x) total += s / v;
			return total === 0 ? equal() : x.map((v) => s / v / total);
		}
	}
}

/** w_j / Σw as a fresh array; all zeros when Σw = 0 (never NaN). */
export function unitWeights(weights: readonly number[]): number[] {
	let total = 0;
	for (const w of weights) total += w;
	return weights.map((w) => (total > 0 ? w / total : 0));
}

/**
 * The figures as a method reads them: the matrix itself for 'none' (no copy: the robustness analyses
 * call a method thousands of times per weight change), else a normalised copy.
 */
export function normalisedView(
	matrix: readonly (readonly number[])[],
	directions: readonly Direction[],
	kind: Normalisation
): readonly (readonly number[])[] {
	return kind === 'none' ? matrix : normalise(matrix as number[][], [...directions], kind);
}
