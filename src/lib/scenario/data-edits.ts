/**
 * Changes to the person's own data: a value, a provider or a criterion of their own added or
 * removed, a scale changed, all of it reset. Pure functions from one scenario to the next, like
 * `actions.ts`; apart from it because only "Your data" and its grid make these changes, so their
 * code loads with those parts, not with the page (issue 16: the first load), through
 * `state/data-edits.ts`. Nothing here mutates its input.
 */
import { ownValue } from '$lib/data/ids';
import type { Dataset } from '$lib/data/schema';
import type { Scale } from './scale-kinds';
import { DEFAULT_WEIGHT } from './defaults';
import { effectiveDataset, slug } from './effective';
import { wholeWeight } from './rules';
import {
	emptyEdits,
	type Edits,
	type Scenario,
	type UserCriterion,
	type UserProvider,
	type UserValue
} from './model';

const withEdits = (scenario: Scenario, edits: Partial<Edits>): Scenario => ({
	...scenario,
	edits: { ...scenario.edits, ...edits }
});

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
