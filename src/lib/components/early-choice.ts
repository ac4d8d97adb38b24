/**
 * A choice made on the server's HTML before the page was live. The radios of the settings bar work
 * as soon as they are on screen, before the app's code has arrived; when it hydrates them it sets
 * each radio's `checked` from the comparison, which undid the person's click without a word (and
 * the link never took it). A picker reads, while it is being made (before its template sets
 * `checked`), which radio of its group the person checked, and applies it once the page is live.
 */
import { onMount } from 'svelte';

/**
 * Call while a component is made. `name`: the radios' `name`; `choose` gets the value of the radio
 * the person checked before the page was live, once the page is, when it is one of `values`.
 */
export function keepEarlyChoice<T extends string>(
	name: string,
	values: readonly T[],
	choose: (value: T) => void
): void {
	if (typeof document === 'undefined') return;
	const checked = document.querySelector<HTMLInputElement>(
		`input[type="radio"][name="${CSS.escape(name)}"]:checked`
	);
	// `defaultChecked` is the server's `checked` attribute: a radio checked without it was clicked.
	const early = checked && !checked.defaultChecked ? values.find((v) => v === checked.value) : undefined;
	if (early !== undefined) onMount(() => choose(early));
}
