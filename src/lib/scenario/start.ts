/**
 * "Start from scratch": a new comparison holding only the criteria the person picked. The choice is
 * offered from the starter's common criteria and the current data set's, each with its unit,
 * direction and reference levels, plus criteria of their own. The starter's criteria not picked are
 * removed (`edits.removed`); picks from another data set and their own criteria are added as theirs.
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import { defaultScenario } from '$lib/scenario/presets';
import type { Criterion, Dataset } from '$lib/data/schema';
import { addCriterion } from './data-edits';
import { DEFAULT_WEIGHT } from './defaults';
import { LIMITS, type Scenario } from './model';

/** A criterion to choose from. */
export interface Candidate {
	/** Unique in the list: "starter:<id>" or "<data set id>:<id>". */
	key: string;
	criterion: Criterion;
	/** The name of its group in its data set. */
	groupName: string;
	/** The data set it comes from. */
	datasetId: string;
}

/** A criterion the person describes: numbers in `unit`, scoring 0 at `worst` and 100 at `best`. */
export interface OwnCriterion {
	name: string;
	unit: string;
	direction: Criterion['direction'];
	worst: number;
	best: number;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function candidatesOf(dataset: Dataset): Candidate[] {
	return dataset.criteria.map((criterion) => ({
		key: `${dataset.id}:${criterion.id}`,
		criterion,
		groupName: dataset.groups.find((g) => g.id === criterion.group)?.name ?? 'My criteria',
		datasetId: dataset.id
	}));
}

/** The starter's criteria, then the current data set's that the starter does not already name. */
export function candidates(starter: Dataset, current: Dataset | undefined): Candidate[] {
	const common = candidatesOf(starter);
	if (!current || current.id === starter.id) return common;
	const more = candidatesOf(current).filter(
		(c) => !common.some((s) => same(s.criterion.name, c.criterion.name))
	);
	return [...common, ...more];
}

/** Why an own criterion cannot be added, or '' when it can. */
export function ownProblem(own: OwnCriterion): string {
	if (!own.name.trim()) return 'Give the criterion a name.';
	if (own.name.trim().length > LIMITS.name) return `A name has at most ${LIMITS.name} characters.`;
	if (own.unit.trim().length > LIMITS.unit) return `A unit has at most ${LIMITS.unit} characters.`;
	if (!Number.isFinite(own.worst) || !Number.isFinite(own.best))
		return 'Give the value that scores 0 and the value that scores 100.';
	if (own.worst === own.best) return 'The values scoring 0 and 100 must differ.';
	if (own.direction === 'lower' ? own.worst < own.best : own.worst > own.best)
		return own.direction === 'lower'
			? 'Less is better: the value scoring 0 is the higher one.'
			: 'More is better: the value scoring 100 is the higher one.';
	return '';
}

/**
 * The new comparison on the starter: picked criteria at weight 50 each, the starter's others
 * removed, no providers. Throws on an own criterion `ownProblem` refuses (the form checks first).
 */
export function startFromScratch(
	starter: Dataset,
	picked: readonly Candidate[],
	own: readonly OwnCriterion[]
): Scenario {
	const keep = new Set(picked.filter((c) => c.datasetId === starter.id).map((c) => c.criterion.id));
	const removed = starter.criteria.filter((c) => !keep.has(c.id)).map((c) => c.id);
	// No preset: the starter's presets weigh criteria the person may not have picked.
	let scenario: Scenario = { ...defaultScenario(starter) };
	delete scenario.preset;
	scenario = {
		...scenario,
		weights: Object.fromEntries([...keep].map((id) => [id, DEFAULT_WEIGHT])),
		edits: { ...scenario.edits, ...(removed.length ? { removed } : {}) }
	};
	for (const { criterion, groupName, datasetId } of picked) {
		if (datasetId === starter.id) continue;
		const { name, unit, direction, scale, description } = criterion;
		scenario = addCriterion(scenario, starter, {
			name,
			unit,
			direction,
			scale,
			group: groupName,
			...(description ? { description: description.slice(0, LIMITS.note) } : {})
		}).scenario;
	}
	for (const c of own) {
		const problem = ownProblem(c);
		if (problem) throw new Error(problem);
		scenario = addCriterion(scenario, starter, {
			name: c.name.trim(),
			unit: c.unit.trim(),
			direction: c.direction,
			scale: { kind: 'linear', worst: c.worst, best: c.best },
			group: 'My criteria'
		}).scenario;
	}
	return scenario;
}
