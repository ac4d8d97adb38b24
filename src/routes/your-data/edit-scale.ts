/**
 * "Change the levels of this criterion", asked from the answer beside the ranking and answered by
 * Your data's scale editor: a DOM event carrying the criterion id, so neither knows the other.
 */
import { mountAll } from '$lib/components/deferred';

export const EDIT_SCALE_EVENT = 'cloud-scorecard:edit-scale';

export function requestScaleEditor(criterionId: string): void {
	// "Your data" may not be built yet (it waits below the first screen, Deferred.svelte).
	void mountAll().then(() =>
		document.dispatchEvent(new CustomEvent(EDIT_SCALE_EVENT, { detail: criterionId }))
	);
}
