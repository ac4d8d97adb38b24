/**
 * "How do unknown values count?", asked from beside the ranking's Known and Range columns and
 * answered by the Unknown values setting: the setting's fieldset carries this id, and the question
 * brings its chosen option into view and gives it the focus (arrow keys then change the rule).
 */
export const UNKNOWNS_SETTING_ID = 'unknowns-setting';

export function focusUnknownsSetting(): void {
	const setting = document.getElementById(UNKNOWNS_SETTING_ID);
	const chosen = setting?.querySelector<HTMLInputElement>('input:checked') ?? setting?.querySelector('input');
	if (!setting || !chosen) return;
	setting.scrollIntoView({ block: 'nearest' });
	chosen.focus({ preventScroll: true });
}
