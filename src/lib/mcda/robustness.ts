/**
 * How robust is a ranking to the weights? Monte Carlo weight perturbation (Butler, Jia & Dyer 1997,
 * "Simulation techniques for the sensitivity analysis of multi-criteria decision models", EJOR 103,
 * 531–546): each trial multiplies every weight by its own factor drawn uniformly from
 * [1 − spread, 1 + spread], rescores with the same method, and records each alternative's rank.
 * A seeded generator makes the result repeatable, so the server and the browser show the same figures.
 */
import { seededRandom } from './random';
import type { Mask, ScoringMethod } from './method';
import { competitionRanks } from './ranking';

export interface Stability {
	trials: number;
	spread: number;
	/** Per alternative: share of trials (0–1) in which it ranked first (ties for first count). */
	first: number[];
	/** Per alternative: share of trials in which it kept the rank it has under the given weights. */
	sameRank: number[];
	/** Share of trials in which the whole order (with ties) was unchanged. */
	sameOrder: number;
}

export function rankStability(
	method: ScoringMethod,
	values: readonly (readonly number[])[],
	weights: readonly number[],
	{
		trials = 500,
		spread = 0.25,
		seed = 2010,
		included
	}: { trials?: number; spread?: number; seed?: number; included?: Mask } = {}
): Stability {
	const n = values.length;
	const base = competitionRanks(method.scores(values, weights, included));
	const first = new Array<number>(n).fill(0);
	const sameRank = new Array<number>(n).fill(0);
	let sameOrder = 0;
	const random = seededRandom(seed);
	// The work that does not depend on the weights done once, when the method offers it.
	const score =
		method.scorer?.(values, included) ?? ((w: readonly number[]) => method.scores(values, w, included));
	const perturbed = new Array<number>(weights.length);
	for (let t = 0; t < trials; t++) {
		for (let j = 0; j < weights.length; j++)
			perturbed[j] = weights[j]! * (1 - spread + 2 * spread * random());
		const ranks = competitionRanks(score(perturbed));
		let unchanged = true;
		for (let i = 0; i < n; i++) {
			const r = ranks[i];
			if (r === 1) first[i]! += 1;
			if (r === base[i]) sameRank[i]! += 1;
			else unchanged = false;
		}
		if (unchanged) sameOrder += 1;
	}
	return {
		trials,
		spread,
		first: first.map((c) => c / trials),
		sameRank: sameRank.map((c) => c / trials),
		sameOrder: sameOrder / trials
	};
}
