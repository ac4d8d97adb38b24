/**
 * Whether a component is being rendered inside a `<noscript>` copy (server only: the browser never
 * builds a `<noscript>`'s content). A `<noscript>` inside another would end the outer one early when
 * the browser reads the page with scripting on (its content is raw text up to the first
 * `</noscript>`, so the rest would show), so the parts that render a `<noscript>` of their own
 * (Disclosure, Deferred, BuiltInBrowser) render their content plainly when already inside one.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('in-noscript');

export const markInNoscript = (): void => void setContext(KEY, true);
export const inNoscript = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
