/**
 * Whether a component is being rendered inside a `<noscript>` copy (server only: the browser never
 * builds a `<noscript>`'s content). A `<noscript>` inside another would end the outer one early when
 * the browser reads the page with scripting on (its content is raw text up to the first
 * `</noscript>`, so the rest would show), so the parts that render a `<noscript>` of their own
 * (Disclosure, Deferred, BuiltInBrowser) render their content plainly when already inside one.
 *
 * And whether the page writes those copies at all. The comparison page leaves them out: they were
 * 220 KB of its 262 KB of HTML, which every phone with JavaScript had to receive, decode and scan
 * as text for nothing (Lighthouse: about 130 ms less blocking time and 200 ms earlier paints
 * without them). A reader without JavaScript is sent instead to the same address with
 * `NO_SCRIPT_PARAM` (+page.svelte's `<noscript>` refresh), whose page has every copy, as before.
 * Pages that say nothing keep their copies.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('in-noscript');
const COPIES = Symbol('noscript-copies');

export const markInNoscript = (): void => void setContext(KEY, true);
export const inNoscript = (): boolean => getContext<boolean | undefined>(KEY) ?? false;

/** Set by a page: whether its `<noscript>` copies are written (read once, when a part is made). */
export const setNoscriptCopies = (wanted: () => boolean): void => void setContext(COPIES, wanted);
export const noscriptCopies = (): boolean => getContext<(() => boolean) | undefined>(COPIES)?.() ?? true;
