/**
 * One attachment that draws any Chart.js configuration: `<canvas {@attach chart(() => config)}>`.
 * The chart is created once and updated in place when the configuration changes (no flicker, no
 * re-creation per keystroke), and destroyed with the canvas. Only the controllers and elements the
 * app uses are registered, so the rest of Chart.js is tree-shaken away.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Legend,
	Tooltip
);

/** The data drawn, as JSON on the canvas, so tests and tools can read what the chart shows. */
function describe(config: ChartConfiguration): string {
	return JSON.stringify({
		labels: config.data.labels,
		datasets: config.data.datasets.map((d) => ({ label: d.label, data: d.data }))
	});
}

function themed(canvas: HTMLCanvasElement, config: ChartConfiguration): ChartConfiguration {
	// Text and grid follow the page's colour scheme (dark mode) via the canvas's computed colour.
	const color = getComputedStyle(canvas).color || '#333';
	return { ...config, options: { ...config.options, color, borderColor: color } } as ChartConfiguration;
}

export function chart(getConfig: () => ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const instance = untrack(() => new Chart(canvas, themed(canvas, getConfig())));
		$effect(() => {
			const config = themed(canvas, getConfig());
			canvas.dataset.chart = describe(config);
			instance.data = config.data;
			instance.options = config.options ?? {};
			instance.update();
		});
		return () => instance.destroy();
	};
}
