import { fillSimplex, seededRandom } from './random';

export interface SmaaRanges {
	/** Per cell, the bounds of an uncertain value ([alternative][criterion]). */
	low: number[][];
	high: number[][];
}

export interface SmaaOptions {
	/** Monte Carlo samples of the weights (and of the uncertain values). */
	samples: number;
	seed: number;
	/**
	 * Uncertain values: a cell with high > low is drawn uniformly from [low, high] in every sample;
	 * every other cell keeps its figure from `values`.
	 */
	ranges?: SmaaRanges;
	/** Samples of the values for the confidence factors when there are ranges; default `samples`. */
	confidenceSamples?: number;
	/**
	 * Weights drawn around a centre instead of anywhere on the simplex: each weight is the centre's
	 * times a factor drawn uniformly from [1 − spread, 1 + spread], then all are rescaled to add up
	 * to 1. A centre weight of 0 stays 0 (that criterion plays no part).
	 */
	around?: { centre: readonly number[]; spread: number };
}

export interface SmaaResult {
	/** acceptability[i][r]: share of samples in which alternative i has rank r + 1 (b_i^r). */
	acceptability: number[][];
	/** Mean weight vector over the samples in which i ranks first (w_i^c); zeros if never first. */
	centralWeights: number[][];
	/** Probability that i is first when the weights are its central weights (p_i^c); 0 if never first. */
	confidence: number[];
}

/** Scores closer than this (relative) are a tie: the rounding of a sum must not break one. */
const TIE = 1e-12;
const tied = (a: number, b: number) => Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));

/**
 * SMAA-2 for the weighted sum (Lahdelma & Salminen 2001, "SMAA-2: Stochastic multicriteria
 * acceptability analysis for group decision making", Operations Research 49(3), 444–454). With no
 * preference information the weights are uniform on the simplex (Dirichlet(1, …, 1), see
 * `fillSimplex`); with `around`, each is drawn within ± spread of a centre (imprecise weights, one
 * of the forms of preference information SMAA admits, Lahdelma & Salminen 2001 §3). Draws use a
 * seeded generator so a seed gives the same figures everywhere.
 *
 * - Rank acceptability b_i^r: share of samples in which i has rank r. Tied alternatives share their
 *   places: k alternatives tied over ranks r…r+k−1 each get 1/k of a count at each of those ranks, so
 *   every row and every column of `acceptability` sums to 1. (Ties have probability 0 unless rows
 *   coincide on every criterion with weight, e.g. duplicates, which then get equal shares.)
 * - Central weight vector w_i^c: the mean of the weights of the samples in which i is first (a tie
 *   for first counts with its share 1/k).
 * - Confidence factor p_i^c: the probability that i is first when the weights are w_i^c and the
 *   values vary as given. With exact values (no ranges) this is 1 or 0 — 1/k when k alternatives tie
 *   for first at w_i^c — and is computed exactly; with ranges it is estimated from
 *   `confidenceSamples` fresh draws of the values (the same draws for every alternative).
 *
 * Runs in steps (`advance`) so a worker can report progress and be stopped between steps; the inner
 * loop allocates nothing.
 */
export class SmaaRun {
	readonly m: number;
	readonly n: number;
	readonly samples: number;
	readonly confidenceSamples: number;
	/** Samples of the weights done, then confidence samples done. */
	done = 0;
	confidenceDone = 0;

	readonly #random: () => number;
	/** Values, row-major; `#current` is the sample's copy when some cells are uncertain. */
	readonly #base: Float64Array;
	readonly #current: Float64Array;
	/** Uncertain cells: flat index, low, span. */
	readonly #uncertain: Int32Array;
	readonly #low: Float64Array;
	readonly #span: Float64Array;
	readonly #weights: Float64Array;
	/** The centre of the weights drawn (adds up to 1), or undefined for anywhere on the simplex. */
	readonly #centre: Float64Array | undefined;
	readonly #spread: number;
	readonly #scores: Float64Array;
	readonly #order: Int32Array;
	readonly #rankCounts: Float64Array;
	readonly #firstCounts: Float64Array;
	readonly #centralSums: Float64Array;
	readonly #confidenceCounts: Float64Array;
	#central: Float64Array | undefined;
	#candidates: Int32Array | undefined;
	/** Confidence phase: central weights transposed ([criterion][candidate]), and every alternative's
	 * score under each candidate's central weights with the values in `values` ([alternative][candidate]). */
	#centralByCriterion: Float64Array | undefined;
	#baseScores: Float64Array | undefined;
	#candidateScores: Float64Array | undefined;
	readonly #byScore = (a: number, b: number) => this.#scores[b]! - this.#scores[a]! || a - b;

	constructor(
		values: number[][],
		{ samples, seed, ranges, confidenceSamples = samples, around }: SmaaOptions
	) {
		if (!Number.isInteger(samples) || samples < 1)
			throw new RangeError(`samples should be a whole number ≥ 1, but its value is ${samples}.`);
		if (!Number.isInteger(confidenceSamples) || confidenceSamples < 1)
			throw new RangeError(
				`confidenceSamples should be a whole number ≥ 1, but its value is ${confidenceSamples}.`
			);
		const m = values.length;
		const n = m ? (values[0]?.length ?? 0) : 0;
		this.m = m;
		this.n = n;
		this.samples = samples;
		this.#random = seededRandom(seed);
		this.#base = new Float64Array(m * n);
		values.forEach((row, i) => {
			if (row.length !== n) throw new RangeError(`row ${i + 1} has ${row.length} values, expected ${n}.`);
			this.#base.set(row, i * n);
		});
		const cells: number[] = [];
		const low: number[] = [];
		const span: number[] = [];
		for (let i = 0; i < m; i++)
			for (let j = 0; j < n; j++) {
				const lo = ranges?.low[i]?.[j];
				const hi = ranges?.high[i]?.[j];
				if (lo !== undefined && hi !== undefined && hi > lo) {
					cells.push(i * n + j);
					low.push(lo);
					span.push(hi - lo);
				}
			}
		this.#uncertain = Int32Array.from(cells);
		this.#low = Float64Array.from(low);
		this.#span = Float64Array.from(span);
		this.#current = cells.length ? new Float64Array(this.#base) : this.#base;
		this.confidenceSamples = cells.length ? confidenceSamples : 0;
		this.#weights = new Float64Array(n);
		if (around) {
			const { centre, spread } = around;
			if (centre.length !== n)
				throw new RangeError(`the centre has ${centre.length} weights, expected ${n}.`);
			if (!(spread >= 0 && spread <= 1))
				throw new RangeError(`the spread should be between 0 and 1, but its value is ${spread}.`);
			const total = centre.reduce((a, b) => a + b, 0);
			if (!(total > 0) || centre.some((w) => !(w >= 0)))
				throw new RangeError('the centre weights should be 0 or more, with at least one above 0.');
			this.#centre = Float64Array.from(centre, (w) => w / total);
		}
		this.#spread = around?.spread ?? 0;
		this.#scores = new Float64Array(m);
		this.#order = Int32Array.from({ length: m }, (_, i) => i);
		this.#rankCounts = new Float64Array(m * m);
		this.#firstCounts = new Float64Array(m);
		this.#centralSums = new Float64Array(m * n);
		this.#confidenceCounts = new Float64Array(m);
	}

	/** 0–1. Without ranges the weight samples are all the work; with ranges they are the first half. */
	get progress(): number {
		const first = this.done / this.samples;
		if (!this.confidenceSamples) return first;
		return first / 2 + this.confidenceDone / this.confidenceSamples / 2;
	}

	get finished(): boolean {
		return this.done >= this.samples && this.confidenceDone >= this.confidenceSamples;
	}

	/** Run up to `budget` more samples; true when everything is done. */
	advance(budget: number): boolean {
		let left = budget;
		while (left > 0 && this.done < this.samples) {
			this.#sample();
			this.done++;
			left--;
		}
		if (this.done >= this.samples && this.confidenceSamples && !this.#central) this.#prepareConfidence();
		while (left > 0 && this.confidenceDone < this.confidenceSamples) {
			this.#confidenceSample();
			this.confidenceDone++;
			left--;
		}
		return this.finished;
	}

	result(): SmaaResult {
		while (!this.advance(1024));
		const { m, n, samples } = this;
		const acceptability = Array.from({ length: m }, (_, i) =>
			Array.from(this.#rankCounts.subarray(i * m, i * m + m), (c) => c / samples)
		);
		const central = this.#central ?? this.#centralWeights();
		const centralWeights = Array.from({ length: m }, (_, i) =>
			Array.from(central.subarray(i * n, i * n + n))
		);
		const confidence = this.confidenceSamples
			? Array.from(this.#confidenceCounts, (c) => c / this.confidenceSamples)
			: this.#exactConfidence(central);
		return { acceptability, centralWeights, confidence };
	}

	#drawValues(): void {
		const u = this.#uncertain;
		for (let k = 0; k < u.length; k++) this.#current[u[k]!] = this.#low[k]! + this.#random() * this.#span[k]!;
	}

	/** scores_i = Σ_j w_j · x_ij for every alternative. */
	#score(weights: Float64Array): void {
		const { m, n } = this;
		const x = this.#current;
		for (let i = 0, at = 0; i < m; i++) {
			let s = 0;
			for (let j = 0; j < n; j++, at++) s += weights[j]! * x[at]!;
			this.#scores[i] = s;
		}
	}

	/** Weights around the centre: w_j = c_j · (1 + s·(2U − 1)), rescaled to add up to 1. */
	#fillAround(centre: Float64Array): void {
		const w = this.#weights;
		let total = 0;
		for (let j = 0; j < w.length; j++) {
			const x = centre[j]! * (1 + this.#spread * (2 * this.#random() - 1));
			w[j] = x;
			total += x;
		}
		// Only a spread of 1 can draw every factor 0, with probability 0: fall back to the centre.
		if (total > 0) for (let j = 0; j < w.length; j++) w[j] = w[j]! / total;
		else w.set(centre);
	}

	#sample(): void {
		const { m, n } = this;
		if (this.#centre) this.#fillAround(this.#centre);
		else fillSimplex(this.#random, this.#weights);
		this.#drawValues();
		this.#score(this.#weights);
		const order = this.#order;
		order.sort(this.#byScore); // nearly sorted from the last sample: cheap
		const scores = this.#scores;
		for (let start = 0; start < m;) {
			let end = start + 1;
			while (end < m && tied(scores[order[start]!]!, scores[order[end]!]!)) end++;
			const share = 1 / (end - start);
			for (let p = start; p < end; p++) {
				const i = order[p]!;
				for (let r = start; r < end; r++) this.#rankCounts[i * m + r]! += share;
				if (start === 0) {
					this.#firstCounts[i]! += share;
					for (let j = 0; j < n; j++) this.#centralSums[i * n + j]! += share * this.#weights[j]!;
				}
			}
			start = end;
		}
	}

	#centralWeights(): Float64Array {
		const { m, n } = this;
		const central = new Float64Array(m * n);
		for (let i = 0; i < m; i++) {
			const count = this.#firstCounts[i]!;
			if (count > 0) for (let j = 0; j < n; j++) central[i * n + j] = this.#centralSums[i * n + j]! / count;
		}
		return central;
	}

	#prepareConfidence(): void {
		const { m, n } = this;
		const central = (this.#central = this.#centralWeights());
		const candidates: number[] = [];
		for (let i = 0; i < m; i++) if (this.#firstCounts[i]! > 0) candidates.push(i);
		const k = candidates.length;
		this.#candidates = Int32Array.from(candidates);
		const byCriterion = (this.#centralByCriterion = new Float64Array(n * k));
		candidates.forEach((i, c) => {
			for (let j = 0; j < n; j++) byCriterion[j * k + c] = central[i * n + j]!;
		});
		const base = (this.#baseScores = new Float64Array(m * k));
		for (let b = 0; b < m; b++)
			for (let c = 0; c < k; c++) {
				let s = 0;
				for (let j = 0; j < n; j++) s += byCriterion[j * k + c]! * this.#base[b * n + j]!;
				base[b * k + c] = s;
			}
		this.#candidateScores = new Float64Array(m * k);
	}

	/**
	 * One draw of the values, scored under every candidate's central weights. Only the uncertain cells
	 * change, so each score is its base score plus w_j·(x − x₀) over those cells: k·(2m + u) work per
	 * draw instead of k·m·n.
	 */
	#confidenceSample(): void {
		this.#drawValues();
		const { m, n } = this;
		const candidates = this.#candidates!;
		const k = candidates.length;
		const byCriterion = this.#centralByCriterion!;
		const scores = this.#candidateScores!;
		scores.set(this.#baseScores!);
		const cells = this.#uncertain;
		for (let u = 0; u < cells.length; u++) {
			const at = cells[u]!;
			const delta = this.#current[at]! - this.#base[at]!;
			const row = ((at / n) | 0) * k;
			const column = (at % n) * k;
			for (let c = 0; c < k; c++) scores[row + c]! += byCriterion[column + c]! * delta;
		}
		for (let c = 0; c < k; c++) {
			const i = candidates[c]!;
			const own = scores[i * k + c]!;
			const above = own + TIE * Math.abs(own); // `tied` with |own| for the scale: close enough here
			const below = own - TIE * Math.abs(own);
			let ties = 1;
			let beaten = false;
			for (let b = 0; b < m && !beaten; b++) {
				const s = scores[b * k + c]!;
				if (s > above) beaten = true;
				else if (s >= below && b !== i) ties++;
			}
			if (!beaten) this.#confidenceCounts[i]! += 1 / ties;
		}
	}

	/** The share of first place i gets under `weights` with the current values: 1, 1/k for a k-way tie, or 0. */
	#firstShare(i: number, weights: Float64Array, offset: number): number {
		const { m, n } = this;
		const x = this.#current;
		let own = 0;
		for (let j = 0; j < n; j++) own += weights[offset + j]! * x[i * n + j]!;
		let ties = 1;
		for (let b = 0; b < m; b++) {
			if (b === i) continue;
			let s = 0;
			for (let j = 0, at = b * n; j < n; j++, at++) s += weights[offset + j]! * x[at]!;
			if (tied(s, own)) ties++;
			else if (s > own) return 0;
		}
		return 1 / ties;
	}

	#exactConfidence(central: Float64Array): number[] {
		return Array.from({ length: this.m }, (_, i) =>
			this.#firstCounts[i]! > 0 ? this.#firstShare(i, central, i * this.n) : 0
		);
	}
}

/** SMAA-2 rank acceptabilities, central weights and confidence factors; see `SmaaRun`. */
export function smaa(values: number[][], opts: SmaaOptions): SmaaResult {
	return new SmaaRun(values, opts).result();
}

/**
 * SMAA-2 when every value is only known to lie in [lower, upper] (a cell with lower = upper is exact):
 * the values are drawn uniformly per sample.
 */
export function smaaWithRanges(
	lower: number[][],
	upper: number[][],
	opts: Omit<SmaaOptions, 'ranges'>
): SmaaResult {
	return smaa(lower, { ...opts, ranges: { low: lower, high: upper } });
}
