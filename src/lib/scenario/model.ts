/**
 * The comparison's bounds and the change set's helpers, without its validators: the page's first
 * load uses these and checks nothing (issue 16); the zod schemas that check outside copies against
 * the same bounds are in `schema.ts`, and the types are inferred from them.
 */
import type { Edits } from './schema';
import { SCALE_LIMITS } from './scale-kinds';

export type { Edits, Scenario, ScenarioInput, UserCriterion, UserProvider, UserValue } from './schema';

export const MAX_WEIGHT = 100;
/** Bounds on what a person can add, so a hostile link or file cannot make the page do unbounded work. */
export const LIMITS = {
	providers: 200,
	criteria: 60,
	groups: 20,
	name: 80,
	note: 500,
	unit: 30,
	levels: SCALE_LIMITS.levels,
	/** Ids in a list of removed or reordered items (data set and own ones together). */
	removed: 400
} as const;

export const emptyEdits = (): Edits => ({ values: {}, providers: [], criteria: [], groups: [], scales: {} });

export function hasEdits(edits: Edits): boolean {
	return (
		Object.values(edits.values).some((row) => Object.keys(row).length > 0) ||
		edits.providers.length > 0 ||
		edits.criteria.length > 0 ||
		edits.groups.length > 0 ||
		Object.keys(edits.scales).length > 0 ||
		!!edits.removed?.length ||
		Object.keys(edits.names ?? {}).length > 0 ||
		!!edits.order?.providers?.length ||
		!!edits.order?.criteria?.length
	);
}
