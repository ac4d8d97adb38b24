/**
 * One attachment that draws any Chart.js configuration: `<canvas {@attach chart(() => config)}>`.
 * Chart.js is loaded on first use, after the server-rendered ranking is on screen, so it is not
 * part of the first-load JavaScript. The chart is created once and updated in place when its data
 * changes (no flicker, no re-creation per keystroke), only while it is on screen (a chart scrolled
 * out of view catches up when it comes back), and destroyed with the canvas.
 */
import type { Chart, ChartConfiguration } from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { loadChartJs } from './register';

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
		let visible = true;
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
		const observer = new IntersectionObserver(([entry]) => {
			visible = entry?.isIntersecting ?? true;
			if (visible && pending) draw(pending);
		});
		observer.observe(canvas);

		$effect(() => {
			const config = getConfig();
			canvas.dataset.chart = describe(config);
			if (visible) draw(config);
			else pending = config;
		});

		loadChartJs().then((Chart) => {
			if (destroyed) return;
			instance = new Chart(canvas, untrack(getConfig));
			pending = undefined;
			retheme();
			dark.addEventListener('change', retheme);
		});

		return () => {
			destroyed = true;
			observer.disconnect();
			dark.removeEventListener('change', retheme);
			instance?.destroy();
		};
	};
}
