/**
 * "Change the levels of this criterion", asked from the answer beside the ranking and answered by
 * Your data's scale editor: a DOM event carrying the criterion id, so neither knows the other.
 */
export const EDIT_SCALE_EVENT = 'cloud-scorecard:edit-scale';

export function requestScaleEditor(criterionId: string): void {
	document.dispatchEvent(new CustomEvent(EDIT_SCALE_EVENT, { detail: criterionId }));
}
