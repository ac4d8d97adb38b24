/**
 * Changes to the person's own data on a comparison: a value set or reset, a provider or criterion
 * of their own added or removed, a scale changed, all of it reset (`scenario/data-edits.ts`).
 * Loaded with "Your data" and its grid, not with the page (issue 16: the first load), through
 * `Comparison.edit`, as `layout-edits.ts` is. Each is one undo step; typing in one cell again soon
 * after is the same step.
 */
import type { Dataset } from '$lib/data/schema';
import * as edits from '$lib/scenario/data-edits';
import type { Scenario, UserValue } from '$lib/scenario/model';
import type { Scale } from '$lib/scenario/scale-kinds';
import type { Comparison } from './comparison.svelte';

type Adds = (scenario: Scenario, base: Dataset) => { scenario: Scenario; id: string };

export function dataEdits(comparison: Comparison) {
	/** A change that makes an id (a new provider or criterion): returns the id it made. */
	const adding = (add: Adds, label: string): string => {
		let id = '';
		comparison.edit((scenario, base) => {
			const made = add(scenario, base);
			id = made.id;
			return made.scenario;
		}, label);
		return id;
	};
	return {
		setValue: (providerId: string, criterionId: string, value: UserValue | undefined) =>
			comparison.edit(
				(s) => edits.setValue(s, providerId, criterionId, value),
				value ? 'value edit' : 'value reset',
				`value:${providerId}:${criterionId}`
			),
		resetEdits: () => comparison.edit((s, base) => edits.resetEdits(s, base), 'reset of your data'),
		addProvider: (input: edits.NewProvider) =>
			adding((s, base) => edits.addProvider(s, base, input), `new provider “${input.name}”`),
		removeProvider: (providerId: string) =>
			comparison.edit((s) => edits.removeProvider(s, providerId), 'provider removed'),
		addCriterion: (input: edits.NewCriterion) =>
			adding((s, base) => edits.addCriterion(s, base, input), `new criterion “${input.name}”`),
		removeCriterion: (criterionId: string) =>
			comparison.edit((s) => edits.removeCriterion(s, criterionId), 'criterion removed'),
		setScale: (criterionId: string, scale: Scale | undefined) =>
			comparison.edit(
				(s, base) => edits.setScale(s, base, criterionId, scale),
				'scale change',
				`scale:${criterionId}`
			)
	};
}
