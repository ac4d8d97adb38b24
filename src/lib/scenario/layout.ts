/**
 * Rows and columns are the person's: remove, bring back, rename and reorder any provider or
 * criterion, the data set's own included. The data set's items are never deleted from the data
 * set (it is published and immutable); the change set records that the person removed or renamed
 * them (`Edits.removed`, `Edits.names`, `Edits.order`), so a link carries it and an old link,
 * which has none of these, reads exactly as before. Pure functions, like `actions.ts`.
 */
import type { Dataset } from '$lib/data/schema';
import { removeCriterion, removeProvider } from './data-edits';
import { DEFAULT_WEIGHT } from './defaults';
import { effectiveDataset } from './effective';
import type { Edits, Scenario } from './schema';

const withEdits = (scenario: Scenario, edits: Partial<Edits>): Scenario => ({
	...scenario,
	edits: { ...scenario.edits, ...edits }
});

const isBaseProvider = (base: Dataset, id: string) => base.providers.some((p) => p.id === id);
const isBaseCriterion = (base: Dataset, id: string) => base.criteria.some((c) => c.id === id);

/** Drop one id from the person's order lists (it is gone, or back at its usual place). */
function withoutInOrder(edits: Edits, id: string): Edits['order'] {
	if (!edits.order) return undefined;
	const providers = edits.order.providers?.filter((x) => x !== id);
	const criteria = edits.order.criteria?.filter((x) => x !== id);
	return providers?.length || criteria?.length
		? { ...(providers?.length ? { providers } : {}), ...(criteria?.length ? { criteria } : {}) }
		: undefined;
}

function tidy(edits: Edits): Edits {
	const next = { ...edits };
	if (!next.removed?.length) delete next.removed;
	if (!next.names || !Object.keys(next.names).length) delete next.names;
	if (!next.order) delete next.order;
	return next;
}

/**
 * Remove a provider: the person's own is deleted with its values; the data set's is marked removed
 * (its edited values go with it, so bringing it back starts from the data set's figures).
 */
export function removeAnyProvider(scenario: Scenario, base: Dataset, providerId: string): Scenario {
	if (!isBaseProvider(base, providerId)) {
		const next = removeProvider(scenario, providerId);
		return { ...next, edits: tidy({ ...next.edits, order: withoutInOrder(next.edits, providerId) }) };
	}
	const values = { ...scenario.edits.values };
	delete values[providerId];
	const names = { ...scenario.edits.names };
	delete names[providerId];
	return {
		...scenario,
		excluded: scenario.excluded.filter((id) => id !== providerId),
		edits: tidy({
			...scenario.edits,
			values,
			names,
			removed: [...(scenario.edits.removed ?? []).filter((id) => id !== providerId), providerId],
			order: withoutInOrder(scenario.edits, providerId)
		})
	};
}

/**
 * Remove a criterion: the person's own is deleted with its values and weight; the data set's is
 * marked removed, keeping the person's values and weight for it so "Bring back" restores them
 * while the page is open (a link carries only what is shown: weights of removed criteria are not in it).
 */
export function removeAnyCriterion(scenario: Scenario, base: Dataset, criterionId: string): Scenario {
	if (!isBaseCriterion(base, criterionId)) {
		const next = removeCriterion(scenario, criterionId);
		return { ...next, edits: tidy({ ...next.edits, order: withoutInOrder(next.edits, criterionId) }) };
	}
	const musts = { ...scenario.musts };
	delete musts[criterionId];
	const next: Scenario = {
		...scenario,
		edits: tidy({
			...scenario.edits,
			removed: [...(scenario.edits.removed ?? []).filter((id) => id !== criterionId), criterionId],
			order: withoutInOrder(scenario.edits, criterionId)
		})
	};
	if (scenario.musts) next.musts = musts;
	return next;
}

/** The data set's criteria the person removed, which can be brought back. */
export function removedCriteria(scenario: Scenario, base: Dataset) {
	const removed = new Set(scenario.edits.removed ?? []);
	return base.criteria.filter((c) => removed.has(c.id));
}

/**
 * Bring back a removed data set criterion or provider. A criterion with no weight left gets
 * `DEFAULT_WEIGHT`; a provider gets none (weights are per criterion: one under a provider's id would
 * be carried in saved work and files for nothing).
 */
export function bringBack(scenario: Scenario, base: Dataset, id: string): Scenario {
	const next = withEdits(scenario, {});
	next.edits = tidy({ ...next.edits, removed: (scenario.edits.removed ?? []).filter((x) => x !== id) });
	if (scenario.weights[id] === undefined && base.criteria.some((c) => c.id === id))
		next.weights = { ...scenario.weights, [id]: DEFAULT_WEIGHT };
	return next;
}

/** Rename a provider or criterion (the person's own in place; the data set's as a new name). */
export function rename(scenario: Scenario, base: Dataset, id: string, name: string): Scenario {
	const wanted = name.trim();
	if (!wanted) return scenario;
	const { edits } = scenario;
	if (edits.providers.some((p) => p.id === id))
		return withEdits(scenario, {
			providers: edits.providers.map((p) => (p.id === id ? { ...p, name: wanted } : p))
		});
	if (edits.criteria.some((c) => c.id === id))
		return withEdits(scenario, {
			criteria: edits.criteria.map((c) => (c.id === id ? { ...c, name: wanted } : c))
		});
	const original = [...base.providers, ...base.criteria].find((item) => item.id === id);
	if (!original) return scenario;
	const names = { ...edits.names };
	if (wanted === original.name) delete names[id];
	else names[id] = wanted;
	return { ...scenario, edits: tidy({ ...edits, names }) };
}

/** Move a provider (`rows`) or criterion (`columns`) by `by` places in the person's order. */
export function move(
	scenario: Scenario,
	base: Dataset,
	kind: 'providers' | 'criteria',
	id: string,
	by: number
): Scenario {
	const effective = effectiveDataset(base, scenario.edits);
	const ids = effective[kind].map((item) => item.id);
	const from = ids.indexOf(id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= ids.length) return scenario;
	ids.splice(from, 1);
	ids.splice(to, 0, id);
	return withEdits(scenario, { order: { ...scenario.edits.order, [kind]: ids } });
}
