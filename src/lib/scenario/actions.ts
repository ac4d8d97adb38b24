/**
 * Every change a person can make to a comparison, as a pure function from one scenario to the next.
 * The page's state class calls these and keeps the history for undo; the tests call them directly.
 * Nothing here mutates its input.
 */
import { ownValue } from '$lib/data/ids';
import type { Dataset } from '$lib/data/schema';
import type { Scale } from './scale-kinds';
import { DEFAULT_WEIGHT, type Preset } from './defaults';
import { effectiveDataset, slug } from './effective';
import { wholeWeight } from './rules';
import { weightingModes, type MethodId, type UnknownTreatmentId, type WeightingId } from './registry';
import {
	judgementsFromWeights,
	pairKey,
	rankOrderOf,
	type RankKind,
	type WeightingContext
} from './weighting';
import {
	emptyEdits,
	type Edits,
	type Scenario,
	type UserCriterion,
	type UserProvider,
	type UserValue
} from './model';

/** Weights are whole numbers from 0 to 100 under Sliders: the gate's rule (`resolve.ts`), one for every input. */
export { wholeWeight as clampWeight } from './rules';

const withEdits = (scenario: Scenario, edits: Partial<Edits>): Scenario => ({
	...scenario,
	edits: { ...scenario.edits, ...edits }
});

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

/** Set (or, with `undefined`, reset to the data set's) the person's value of one cell. */
export function setValue(
	scenario: Scenario,
	providerId: string,
	criterionId: string,
	value: UserValue | undefined
): Scenario {
	const row = { ...ownValue(scenario.edits.values, providerId) };
	if (value) row[criterionId] = value;
	else delete row[criterionId];
	const values = { ...scenario.edits.values, [providerId]: row };
	if (!Object.keys(row).length) delete values[providerId];
	return withEdits(scenario, { values });
}

/** Drop every edit: back to the published data set (weights and choices stay). */
export function resetEdits(scenario: Scenario, base: Dataset): Scenario {
	const ids = new Set(base.criteria.map((c) => c.id));
	const providerIds = new Set(base.providers.map((p) => p.id));
	return {
		...scenario,
		weights: Object.fromEntries(Object.entries(scenario.weights).filter(([id]) => ids.has(id))),
		excluded: scenario.excluded.filter((id) => providerIds.has(id)),
		edits: emptyEdits()
	};
}

/** An id not yet used by the data set or the edits: "u-<name>", "u-<name>-2", … */
export function freshId(name: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const stem = `u-${slug(name)}`.slice(0, 50);
	if (!used.has(stem)) return stem;
	for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export interface NewProvider {
	name: string;
	platform: string;
	notes?: string;
	/** criterion id → value; criteria not named are unknown. */
	values?: Record<string, UserValue>;
}

export function addProvider(
	scenario: Scenario,
	base: Dataset,
	input: NewProvider
): { scenario: Scenario; id: string } {
	const effective = effectiveDataset(base, scenario.edits);
	const id = freshId(
		input.name,
		effective.providers.map((p) => p.id)
	);
	const provider: UserProvider = {
		id,
		name: input.name.trim(),
		platform: input.platform.trim(),
		...(input.notes?.trim() ? { notes: input.notes.trim() } : {})
	};
	const next = withEdits(scenario, {
		providers: [...scenario.edits.providers, provider],
		values:
			input.values && Object.keys(input.values).length
				? { ...scenario.edits.values, [id]: input.values }
				: scenario.edits.values
	});
	return { scenario: next, id };
}

/** Remove one of the person's providers (a data set's own provider can only be left out). */
export function removeProvider(scenario: Scenario, providerId: string): Scenario {
	const values = { ...scenario.edits.values };
	delete values[providerId];
	return {
		...withEdits(scenario, {
			providers: scenario.edits.providers.filter((p) => p.id !== providerId),
			values
		}),
		excluded: scenario.excluded.filter((id) => id !== providerId)
	};
}

export interface NewCriterion extends Omit<UserCriterion, 'id' | 'group'> {
	/** A group id of the data set or of the edits, or a new group's name. */
	group: string;
}

/** Add a criterion (and its group, if new) with weight `DEFAULT_WEIGHT` unless given. */
export function addCriterion(
	scenario: Scenario,
	base: Dataset,
	input: NewCriterion,
	weight = DEFAULT_WEIGHT
): { scenario: Scenario; id: string } {
	const effective = effectiveDataset(base, scenario.edits);
	const id = freshId(
		input.name,
		effective.criteria.map((c) => c.id)
	);
	const wanted = input.group.trim();
	const existing = effective.groups.find(
		(g) => g.id === wanted || g.name.toLowerCase() === wanted.toLowerCase()
	);
	const groups = [...scenario.edits.groups];
	let group = existing?.id;
	if (!group) {
		group = freshId(
			wanted || 'my-criteria',
			effective.groups.map((g) => g.id)
		);
		groups.push({ id: group, name: wanted || 'My criteria' });
	}
	const criterion: UserCriterion = { ...input, id, group };
	return {
		scenario: {
			...withEdits(scenario, { criteria: [...scenario.edits.criteria, criterion], groups }),
			weights: { ...scenario.weights, [id]: wholeWeight(weight) }
		},
		id
	};
}

/** Remove one of the person's criteria with its values and weight (and its group once empty). */
export function removeCriterion(scenario: Scenario, criterionId: string): Scenario {
	const criteria = scenario.edits.criteria.filter((c) => c.id !== criterionId);
	const usedGroups = new Set(criteria.map((c) => c.group));
	const values = Object.fromEntries(
		Object.entries(scenario.edits.values)
			.map(
				([p, row]) => [p, Object.fromEntries(Object.entries(row).filter(([c]) => c !== criterionId))] as const
			)
			.filter(([, row]) => Object.keys(row).length > 0)
	);
	const weights = { ...scenario.weights };
	delete weights[criterionId];
	return {
		...withEdits(scenario, {
			criteria,
			values,
			groups: scenario.edits.groups.filter((g) => usedGroups.has(g.id))
		}),
		weights
	};
}

/** Change a criterion's reference levels: a data set criterion's (kept as a change) or the person's own. */
export function setScale(
	scenario: Scenario,
	base: Dataset,
	criterionId: string,
	scale: Scale | undefined
): Scenario {
	const own = scenario.edits.criteria.find((c) => c.id === criterionId);
	if (own) {
		if (!scale) return scenario;
		return withEdits(scenario, {
			criteria: scenario.edits.criteria.map((c) => (c.id === criterionId ? { ...c, scale } : c))
		});
	}
	const original = base.criteria.find((c) => c.id === criterionId)?.scale;
	const scales = { ...scenario.edits.scales };
	if (!scale || JSON.stringify(scale) === JSON.stringify(original)) delete scales[criterionId];
	else scales[criterionId] = scale;
	return withEdits(scenario, { scales });
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
