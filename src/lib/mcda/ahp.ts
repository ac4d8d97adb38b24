/**
 * Analytic hierarchy process: priorities from a pairwise comparison matrix, and how consistent the
 * judgements are (Saaty 1977, "A scaling method for priorities in hierarchical structures", J. Math.
 * Psychology 15, 234–281; Saaty 1990, "How to make a decision: the analytic hierarchy process",
 * EJOR 48, 9–26). a_ij says how many times more important criterion i is than criterion j.
 */

export type AhpMode = 'eigenvector' | 'geometric-mean';

export interface AhpResult {
	/** Priorities, summing to 1. */
	weights: number[];
	lambdaMax: number;
	/** Consistency index (λmax − n) / (n − 1). */
	ci: number;
	/** Consistency ratio CI / RI; Saaty accepts up to 0.10. */
	cr: number;
}

export type AhpInputProblem = 'empty' | 'not-square' | 'not-positive' | 'not-finite';

/** A pairwise matrix the AHP cannot use; `kind` says why, the message names the cell (1-based). */
export class AhpInputError extends Error {
	readonly kind: AhpInputProblem;
	/** 0-based row and column of the offending cell, when there is one. */
	readonly row?: number;
	readonly column?: number;
	constructor(kind: AhpInputProblem, message: string, row?: number, column?: number) {
		super(message);
		this.name = 'AhpInputError';
		this.kind = kind;
		this.row = row;
		this.column = column;
	}
}

/**
 * Saaty's random index: the mean CI of random reciprocal matrices of order n (Saaty 1980, "The
 * analytic hierarchy process", table 1.7; the n = 3…10 values 0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
 * 1.45, 1.49). Orders above 10 use the n = 10 value, an approximation: later simulations (e.g. Alonso &
 * Lamata 2006) find RI still rising slowly there.
 */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

export function randomIndex(n: number): number {
	return RANDOM_INDEX[Math.min(n, 10)] ?? 0;
}

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

function validate(pairwise: number[][]): number {
	const n = pairwise.length;
	if (n === 0)
		throw new AhpInputError('empty', 'the pairwise matrix is empty; compare at least one criterion');
	pairwise.forEach((row, i) => {
		if (row.length !== n)
			throw new AhpInputError(
				'not-square',
				`row ${i + 1} has ${row.length} judgements, expected ${n}; the pairwise matrix must be square`,
				i
			);
		row.forEach((a, j) => {
			if (!Number.isFinite(a))
				throw new AhpInputError(
					'not-finite',
					`row ${i + 1}, column ${j + 1} is ${a}; pairwise judgements must be finite positive numbers`,
					i,
					j
				);
			if (!(a > 0))
				throw new AhpInputError(
					'not-positive',
					`row ${i + 1}, column ${j + 1} is ${a}; pairwise judgements must be positive numbers`,
					i,
					j
				);
		});
	});
	return n;
}

/** λmax estimated as the mean of (Aw)_i / w_i (exact when w is the principal eigenvector). */
function lambdaOf(pairwise: number[][], w: number[]): number {
	const n = w.length;
	let sum = 0;
	for (let i = 0; i < n; i++) {
		let aw = 0;
		for (let j = 0; j < n; j++) aw += pairwise[i]![j]! * w[j]!;
		sum += aw / w[i]!;
	}
	return sum / n;
}

/** The principal right eigenvector by power iteration, normalised to sum 1, to 1e-12 per entry. */
function principalEigenvector(pairwise: number[][]): number[] {
	const n = pairwise.length;
	let w = new Array<number>(n).fill(1 / n);
	for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
		const next = new Array<number>(n).fill(0);
		let total = 0;
		for (let i = 0; i < n; i++) {
			let aw = 0;
			for (let j = 0; j < n; j++) aw += pairwise[i]![j]! * w[j]!;
			next[i] = aw;
			total += aw;
		}
		let change = 0;
		for (let i = 0; i < n; i++) {
			next[i]! /= total;
			change = Math.max(change, Math.abs(next[i]! - w[i]!));
		}
		w = next;
		if (change < TOLERANCE) break;
	}
	return w;
}

/** Row geometric means, normalised to sum 1 (the logarithmic least-squares priorities). */
function geometricMeanWeights(pairwise: number[][]): number[] {
	const n = pairwise.length;
	const g = pairwise.map((row) => Math.exp(row.reduce((s, a) => s + Math.log(a), 0) / n));
	const total = g.reduce((s, x) => s + x, 0);
	return g.map((x) => x / total);
}

/**
 * Priorities and consistency of a pairwise comparison matrix. 'eigenvector' (default): Saaty's
 * principal right eigenvector by power iteration (converges for a positive matrix by Perron's
 * theorem) and its eigenvalue λmax. 'geometric-mean': normalised row geometric means, with λmax as the
 * mean of (Aw)_i / w_i for those weights. CI = (λmax − n)/(n − 1), CR = CI / RI(n); for n ≤ 2 both are 0.
 * The matrix is used as given: rounded reciprocals (0.33 for 1/3) are not repaired, and as such a
 * matrix is not exactly reciprocal its λmax can fall a hair below n (CI and CR slightly negative).
 * @throws AhpInputError when the matrix is empty, not square, or has a non-positive or non-finite cell.
 */
export function ahp(pairwise: number[][], { mode = 'eigenvector' }: { mode?: AhpMode } = {}): AhpResult {
	const n = validate(pairwise);
	const weights = mode === 'geometric-mean' ? geometricMeanWeights(pairwise) : principalEigenvector(pairwise);
	const lambdaMax = lambdaOf(pairwise, weights);
	if (n <= 2) return { weights, lambdaMax, ci: 0, cr: 0 };
	const ci = (lambdaMax - n) / (n - 1);
	return { weights, lambdaMax, ci, cr: ci / randomIndex(n) };
}

export interface InconsistentJudgement {
	/** The pair, 0-based, i < j. */
	i: number;
	j: number;
	/** The judgement as given, a_ij. */
	current: number;
	/** w_i / w_j: the judgement that would agree with the priorities. */
	consistent: number;
	/** ε_ij = a_ij · w_j / w_i; 1 for a judgement in line with the priorities. */
	epsilon: number;
}

/**
 * The judgements that disagree most with the priorities, worst first: Saaty's rule (Saaty 2003,
 * "Decision-making with the AHP: why is the principal eigenvector necessary", EJOR 145, 85–91, §3)
 * forms ε_ij = a_ij · w_j / w_i from the principal eigenvector w and revises the judgement whose
 * ε_ij is furthest from 1 (measured as max(ε, 1/ε), so 3 and 1/3 are equally far) towards w_i / w_j.
 * Only i < j is listed (a reciprocal matrix's lower triangle says the same). BPMSG AHP-OS shows the
 * top three the same way.
 */
export function inconsistentJudgements(pairwise: number[][], count = 3): InconsistentJudgement[] {
	const { weights: w } = ahp(pairwise);
	const found: (InconsistentJudgement & { distance: number })[] = [];
	for (let i = 0; i < w.length; i++)
		for (let j = i + 1; j < w.length; j++) {
			const current = pairwise[i]![j]!;
			const epsilon = (current * w[j]!) / w[i]!;
			found.push({
				i,
				j,
				current,
				consistent: w[i]! / w[j]!,
				epsilon,
				distance: Math.max(epsilon, 1 / epsilon)
			});
		}
	found.sort((a, b) => b.distance - a.distance || a.i - b.i || a.j - b.j);
	return found
		.slice(0, count)
		.map(({ i, j, current, consistent, epsilon }) => ({ i, j, current, consistent, epsilon }));
}

/** The single judgement to revise first (see `inconsistentJudgements`); undefined below 2 × 2. */
export function mostInconsistentJudgement(pairwise: number[][]): InconsistentJudgement | undefined {
	return inconsistentJudgements(pairwise, 1)[0];
}
