/**
 * One attachment that draws any Chart.js configuration: `<canvas {@attach chart(() => config)}>`.
 * Chart.js is loaded, and the chart created, when the canvas first comes near the screen: on a
 * phone the charts are well below the ranking, and building them at start-up was the page's
 * longest task (Lighthouse, mobile). The chart is then updated in place when its data changes
 * (no flicker, no re-creation per keystroke), only while it is on screen (a chart scrolled out of
 * view catches up when it comes back), and destroyed with the canvas. The ranking and value tables
 * say in text what the charts show, so nothing waits on this.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { loadChartJs, loadedChartJs } from './register';

/** The data drawn, as JSON on the canvas, so tests and tools can read what the chart shows. */
function describe(config: ChartConfiguration): string {
	return JSON.stringify({
		labels: config.data.labels,
		datasets: config.data.datasets.map((d) => ({ label: d.label, data: d.data }))
	});
}

/** Text and grid colours follow the page's colour scheme (dark mode) via the canvas's CSS colour. */
function applyTheme(instance: Chart, canvas: HTMLCanvasElement) {
	const color = getComputedStyle(canvas).color || '#333';
	const grid = `color-mix(in srgb, ${color} 18%, transparent)`;
	instance.options.color = color;
	for (const scale of Object.values(instance.options.scales ?? {})) {
		if (!scale) continue;
		if (scale.ticks) scale.ticks.color = color;
		if (scale.grid) scale.grid.color = grid;
		const title = (scale as { title?: { color?: string } }).title;
		if (title) title.color = color;
	}
}

/**
 * Copy new data into the chart's existing dataset objects rather than replacing them: Chart.js
 * caches resolved options per dataset object, and keeping them roughly halves the cost of an update.
 * Options are fixed per chart; only data, labels and colours follow the weights and the colour scheme.
 */
function patchData(instance: Chart, config: ChartConfiguration) {
	const current = instance.data;
	current.labels = config.data.labels;
	config.data.datasets.forEach((next, i) => {
		const target = current.datasets[i];
		if (!target || target.label !== next.label) {
			current.datasets[i] = next;
			return;
		}
		target.data = next.data;
		// Per-bar colours follow the ranking; any colour follows the colour scheme.
		if (next.backgroundColor !== undefined) target.backgroundColor = next.backgroundColor;
		if (next.borderColor !== undefined) target.borderColor = next.borderColor;
	});
	current.datasets.length = config.data.datasets.length;
}

export function chart(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let instance: Chart | undefined;
		let destroyed = false;
		/** Data waiting for the chart to scroll into view: redrawing charts nobody sees is wasted work. */
		let pending: ChartConfiguration | undefined;
		let visible = false;
		/** Chart.js asked for (on first coming near the screen). */
		let requested = false;
		const dark = matchMedia('(prefers-color-scheme: dark)');
		const retheme = () => {
			if (!instance) return;
			applyTheme(instance, canvas);
			instance.update('none');
		};
		const draw = (config: ChartConfiguration) => {
			if (!instance) return;
			patchData(instance, config);
			instance.update('none');
			pending = undefined;
		};
		const createWith = (ChartJs: typeof Chart) => {
			if (destroyed || instance) return;
			instance = new ChartJs(canvas, untrack(getConfig));
			pending = undefined;
			// Print CSS shows a chart's figure only once it is drawn (the tables say the same in text).
			canvas.dataset.drawn = '';
			retheme();
			dark.addEventListener('change', retheme);
		};
		const create = () => void loadChartJs().then(createWith);
		// Printing lays out the whole page at once: draw every chart that can be drawn now (Chart.js
		// loaded), and bring any chart scrolled out of view up to date.
		const beforePrint = () => {
			const ChartJs = loadedChartJs();
			if (!instance && ChartJs) createWith(ChartJs);
			else if (pending) draw(pending);
		};
		addEventListener('beforeprint', beforePrint);
		const observer = new IntersectionObserver(
			([entry]) => {
				visible = entry?.isIntersecting ?? true;
				if (!visible) return;
				if (!instance && !requested) {
					requested = true;
					create();
				} else if (pending) draw(pending);
			},
			// Start a little before the chart scrolls in, so it is drawn by the time it is seen.
			{ rootMargin: '300px 0px' }
		);
		observer.observe(canvas);

		$effect(() => {
			const config = getConfig();
			canvas.dataset.chart = describe(config);
			if (visible) draw(config);
			else pending = config;
		});

		return () => {
			destroyed = true;
			observer.disconnect();
			removeEventListener('beforeprint', beforePrint);
			dark.removeEventListener('change', retheme);
			instance?.destroy();
		};
	};
}
