/**
 * Every change a person can make to a comparison's weights and choices, as a pure function from one
 * scenario to the next. The page's state class calls these and keeps the history for undo; the
 * tests call them directly. Nothing here mutates its input. Changes to the person's own data (values,
 * providers, criteria, scales) are `data-edits.ts`, and to rows and columns `layout.ts`: they load
 * with the parts that offer them, not with the page.
 */
import type { Dataset } from '$lib/data/schema';
import { DEFAULT_WEIGHT, type Preset } from './defaults';
import { effectiveDataset } from './effective';
import { wholeWeight } from './rules';
import { weightingModes, type MethodId, type UnknownTreatmentId, type WeightingId } from './registry';
import {
	judgementsFromWeights,
	pairKey,
	rankOrderOf,
	type RankKind,
	type WeightingContext
} from './weighting';
import type { Scenario } from './model';

/** Weights are whole numbers from 0 to 100 under Sliders: the gate's rule (`resolve.ts`), one for every input. */
export { wholeWeight as clampWeight } from './rules';

export function setWeight(scenario: Scenario, criterionId: string, weight: number): Scenario {
	return { ...scenario, weights: { ...scenario.weights, [criterionId]: wholeWeight(weight) } };
}

/** Every criterion of the comparison gets the same weight (`DEFAULT_WEIGHT`), so each has an equal share. */
export function equalWeights(scenario: Scenario, base: Dataset): Scenario {
	const { criteria } = effectiveDataset(base, scenario.edits);
	const next: Scenario = {
		...scenario,
		weights: Object.fromEntries(criteria.map((c) => [c.id, DEFAULT_WEIGHT]))
	};
	delete next.preset;
	return next;
}

/** A preset's weights on the data set's criteria; the person's own criteria keep their weights. */
export function applyPreset(scenario: Scenario, base: Dataset, preset: Preset): Scenario {
	const weights = { ...scenario.weights };
	for (const c of base.criteria) weights[c.id] = preset.weights[c.id] ?? 0;
	return { ...scenario, weights, preset: preset.id };
}

export function setIncluded(scenario: Scenario, providerId: string, included: boolean): Scenario {
	const rest = scenario.excluded.filter((id) => id !== providerId);
	return { ...scenario, excluded: included ? rest : [...rest, providerId] };
}

export function setMethod(scenario: Scenario, method: MethodId): Scenario {
	return { ...scenario, method };
}

export function setUnknowns(scenario: Scenario, unknowns: UnknownTreatmentId): Scenario {
	return { ...scenario, unknowns };
}

/** The criteria and groups a way of weighting works on: the effective data set's. */
export function weightingContext(scenario: Scenario, base: Dataset): WeightingContext {
	const { criteria, groups } = effectiveDataset(base, scenario.edits);
	return { criteria, groups };
}

/**
 * Write the weights the scenario's way of weighting gives (sliders: unchanged). Called after every
 * change of a way's input, and after any other change in rank or pairwise mode (a criterion added or
 * removed), so `weights` always follows the input shown.
 */
export function syncWeights(scenario: Scenario, base: Dataset): Scenario {
	const mode = weightingModes[scenario.weighting];
	const weights = mode.weights(weightingContext(scenario, base), scenario);
	if (!weights) return scenario;
	const same = Object.keys({ ...weights, ...scenario.weights }).every(
		(id) => (weights[id] ?? 0) === (scenario.weights[id] ?? 0)
	);
	if (same) return scenario;
	const next: Scenario = { ...scenario, weights };
	delete next.preset;
	return next;
}

/**
 * Choose a way of setting the weights. Its input starts from the current weights the first time
 * (criteria ranked by weight; judgements the nearest Saaty ratios), so the weights change as little
 * as the way allows; input entered before is kept and used again. The weights then follow the way.
 */
export function setWeighting(scenario: Scenario, base: Dataset, weighting: WeightingId): Scenario {
	if (weighting === scenario.weighting) return scenario;
	const context = weightingContext(scenario, base);
	const next: Scenario = { ...scenario, weighting };
	// Sliders hold whole numbers (the codec rounds a link's weights): take the rounded weights the
	// sliders will show, so the link written now reopens with the same weights and scores.
	if (weighting === 'direct')
		next.weights = Object.fromEntries(
			Object.entries(scenario.weights).map(([id, w]) => [id, wholeWeight(w)])
		);
	if (weighting === 'rank') next.rankOrder = rankOrderOf(context, scenario.rankOrder, scenario.weights);
	if (weighting === 'pairwise')
		next.pairwise = { ...judgementsFromWeights(context, scenario.weights), ...scenario.pairwise };
	return syncWeights(next, base);
}

/** Move a criterion up (−1) or down (+1) in the rank order. */
export function moveInRank(scenario: Scenario, base: Dataset, criterionId: string, by: number): Scenario {
	const order = rankOrderOf(weightingContext(scenario, base), scenario.rankOrder, scenario.weights);
	const from = order.indexOf(criterionId);
	const to = from + by;
	if (from < 0 || to < 0 || to >= order.length) return scenario;
	order.splice(from, 1);
	order.splice(to, 0, criterionId);
	return syncWeights({ ...scenario, rankOrder: order }, base);
}

export function setRankKind(scenario: Scenario, base: Dataset, rankKind: RankKind): Scenario {
	const next: Scenario = { ...scenario, rankKind };
	if (rankKind === 'roc') delete next.rankKind;
	return syncWeights(next, base);
}

/** Set how much more important a is than b (a Saaty value, 1/9…9). */
export function setJudgement(
	scenario: Scenario,
	base: Dataset,
	a: string,
	b: string,
	value: number
): Scenario {
	const pairwise = { ...scenario.pairwise };
	delete pairwise[pairKey(b, a)];
	pairwise[pairKey(a, b)] = value;
	return syncWeights({ ...scenario, pairwise }, base);
}

/** Set a must-have on a criterion (`undefined` removes it); see `must-haves.ts`. */
export { withMustHave as setMustHave } from './must-haves';
