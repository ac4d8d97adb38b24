/**
 * The sections below the first screen (Deferred.svelte) that wait for their code, and the two ways
 * they are all shown without being scrolled to: `mountAll` (a link to something inside one, the
 * answer's "Change the levels" button) and `mountWhenIdle` (once the page has settled, one section per
 * idle moment, so find-in-page and the keyboard reach them soon and none stays missing for long).
 */
import { tick } from 'svelte';

/** Each waiting section's "load my code and show me" (resolves once shown or failed). */
const waiting = new Set<() => Promise<void>>();
/** The page has settled (mountWhenIdle): sections that start waiting from now on are shown in turn too. */
let settled = false;
let pumping = false;

const idle = (callback: () => void): void => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
	else setTimeout(callback, 50);
};

/** Shows the first waiting section, then the next in the next idle moment, until none waits. */
function pump(): void {
	const [show] = waiting;
	if (!show) {
		pumping = false;
		return;
	}
	pumping = true;
	waiting.delete(show);
	void show().finally(() => idle(pump));
}

/** Called by a waiting section; returns its removal (it was shown, or left the page). */
export function waitToShow(show: () => Promise<void>): () => void {
	waiting.add(show);
	// A section that appears later (inside a section just opened or built) waits for no one.
	if (settled && !pumping) {
		pumping = true;
		idle(pump);
	}
	return () => waiting.delete(show);
}

/** Show every waiting section now; resolves when they are on the page. */
export async function mountAll(): Promise<void> {
	await Promise.all([...waiting].map((show) => show()));
	await tick();
}

/**
 * After the page has loaded and then been quiet for `pause` ms, or at the first key pressed (Tab
 * into the page, Ctrl+F), show the waiting sections one at a time, each in an idle moment of its own,
 * so none of them is a long task competing with what the person does. The pause (from the later of
 * the load event and the end of hydration, which comes after the last start-up script, the data
 * set's) leaves the first load's network and main thread to what the first screen needs (tests/bench/first-load.js stops counting after 2 s
 * without a script, so what arrives after the pause is not counted there; at 2.5 s a loaded machine
 * was seen to count it now and then).
 */
export function mountWhenIdle(pause = 3500): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const start = () => {
		stop();
		if (settled) return;
		settled = true;
		if (!pumping) {
			pumping = true;
			idle(pump);
		}
	};
	const afterLoad = () => (timer = setTimeout(start, pause));
	const stop = () => {
		clearTimeout(timer);
		removeEventListener('load', afterLoad);
		removeEventListener('keydown', start, true);
	};
	if (document.readyState === 'complete') afterLoad();
	else addEventListener('load', afterLoad, { once: true });
	addEventListener('keydown', start, { capture: true, once: true });
	return stop;
}
