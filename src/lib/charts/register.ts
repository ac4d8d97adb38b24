/**
 * Loads Chart.js on first use, after the server-rendered ranking is on screen, so it is not part of
 * the first-load JavaScript. The page's charts and the PDF export share this one loader.
 */
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;
let loaded: typeof Chart | undefined;

export function loadChartJs(): Promise<typeof Chart> {
	loading ??= import('./chartjs').then((m) => (loaded = m.Chart));
	return loading;
}

/** Chart.js if it has already been loaded, for work that cannot wait (drawing before printing). */
export function loadedChartJs(): typeof Chart | undefined {
	return loaded;
}
