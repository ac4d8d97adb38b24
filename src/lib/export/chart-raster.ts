/**
 * The report's charts as images for jsPDF: drawn offscreen by Chart.js from the same config builders
 * as the page, reduced to a palette and deflated natively. Browser only (a canvas), loaded with the
 * PDF export.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { jsPDF } from 'jspdf';
import { contributionsChart, scoreChart } from '$lib/charts/configs';
import { loadChartJs } from '$lib/charts/register';
import type { Evaluation } from '$lib/evaluation/evaluate';
import type { ChartId } from './blocks';

/** Device pixels per CSS pixel of the chart images: sharp when printed, still small. */
const CHART_SCALE = 2;
/** CSS width the charts are laid out at; the image is scaled to the text width (≈ 515 pt on A4). */
const CHART_WIDTH = 760;
const INK = '#1d1d1f';

export interface ChartRaster {
	/** One palette index per pixel, deflated (zlib), ready for a PDF FlateDecode image stream. */
	data: Uint8Array;
	/** Device pixels. */
	pixelWidth: number;
	pixelHeight: number;
	/** CSS pixels the chart was laid out at (its aspect ratio). */
	width: number;
	height: number;
}

/** Paints the chart area white first, so the image has no transparent background. */
const whiteBackground: Plugin = {
	id: 'pdfWhiteBackground',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	}
};

function chartHeight(id: ChartId, evaluation: Evaluation): number {
	const bars = 60 + 26 * evaluation.ranking.length;
	if (id === 'score') return bars;
	return bars + 40 + 22 * Math.ceil(evaluation.criteria.length / 4);
}

const configs: Record<ChartId, (evaluation: Evaluation) => ChartConfiguration> = {
	score: (e) => scoreChart(e) as ChartConfiguration,
	contributions: (e) => contributionsChart(e) as ChartConfiguration
};

/** What jsPDF's image stream needs besides the pixels; the binary string is made on first use. */
interface RasterInfo {
	width: number;
	height: number;
	palette: number[];
	binary?: string;
}

/**
 * jsPDF image type "CHART": palette images we have already deflated, natively, with
 * CompressionStream, so jsPDF neither decodes a PNG nor compresses megabytes in JavaScript (which
 * took about a second for three charts). Registered the way jsPDF's own image plugins are, as
 * `process<TYPE>` on jsPDF.API.
 */
const rasterInfo = new WeakMap<Uint8Array, RasterInfo>();
Object.assign(jsPDF.API, {
	processCHART(data: Uint8Array, index: number, alias: string) {
		const info = rasterInfo.get(data);
		if (!info) throw new Error('a chart image was not prepared for the PDF');
		// A cached chart goes into the next PDF too: its bytes as a string are made once.
		info.binary ??= binaryString(data);
		const { width, height, palette } = info;
		return {
			alias,
			index,
			data: info.binary,
			filter: 'FlateDecode',
			colorSpace: 'Indexed',
			bitsPerComponent: 8,
			width,
			height,
			palette
		};
	}
});

/**
 * A chart's pixels as indices into its 256 most frequent colours; any other colour (the few
 * anti-aliased edge shades beyond those) takes the nearest one. One byte a pixel instead of three,
 * and the deflated image about half the size of the RGB one (the three default charts: 310 kB → 157 kB),
 * at the same resolution.
 */
export function indexed(rgba: Uint8ClampedArray): { indices: Uint8Array<ArrayBuffer>; palette: number[] } {
	// One 32-bit word per pixel. Alpha is always opaque (the background is painted white), so two
	// words are equal exactly when their colours are; a colour's key is its 24 colour bits, a small
	// integer, which a Map looks up several times faster than a larger number. One pass finds the runs
	// of one colour (a chart is mostly long runs) and counts each run's colour once; the second fills them.
	const words = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
	const runEnds: number[] = [];
	const runColours: number[] = [];
	const counts = new Map<number, number>();
	for (let i = 0; i < words.length;) {
		const word = words[i]!;
		let j = i + 1;
		while (j < words.length && words[j] === word) j++;
		const c = word & 0xffffff;
		counts.set(c, (counts.get(c) ?? 0) + j - i);
		runEnds.push(j);
		runColours.push(c);
		i = j;
	}
	const palette = [...counts.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 256)
		.map(([c]) => c);
	const index = new Map(palette.map((c, i) => [c, i]));
	const channels = (c: number) => [c & 255, (c >>> 8) & 255, (c >>> 16) & 255];
	const rgb = palette.flatMap(channels);
	for (const c of counts.keys()) {
		if (index.has(c)) continue;
		const [r, g, b] = channels(c) as [number, number, number];
		let best = 0;
		let least = Infinity;
		for (let k = 0; k < rgb.length; k += 3) {
			const d = (r - rgb[k]!) ** 2 + (g - rgb[k + 1]!) ** 2 + (b - rgb[k + 2]!) ** 2;
			if (d < least) [best, least] = [k / 3, d];
		}
		index.set(c, best);
	}
	const indices = new Uint8Array(words.length);
	let start = 0;
	for (let r = 0; r < runEnds.length; r++) {
		const end = runEnds[r]!;
		indices.fill(index.get(runColours[r]!)!, start, end);
		start = end;
	}
	return { indices, palette: rgb };
}

/** Bytes as a "binary string" (one char per byte), in chunks so large files do not overflow the stack. */
export function binaryString(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

/**
 * zlib-deflated bytes, by the browser's own zlib (CompressionStream), many times faster than
 * JavaScript. Written to the stream directly: a Blob of the bytes would first copy them to the
 * browser's blob store, which took longer than the compression.
 */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const compression = new CompressionStream('deflate');
	const writer = compression.writable.getWriter();
	void writer.write(bytes);
	void writer.close();
	return new Uint8Array(await new Response(compression.readable).arrayBuffer());
}

/**
 * One chart as deflated palette pixels, drawn on a canvas outside the document at CHART_SCALE device
 * pixels per CSS pixel, white background, dark text, no animation. Lossless, like a PNG, but without
 * the PNG round trip (nearly lossless: see `indexed`). The canvas is never attached: the chart is not
 * responsive, so Chart.js reads its size from the canvas and the page is not laid out again.
 */
async function chartRaster(
	Chart: Awaited<ReturnType<typeof loadChartJs>>,
	id: ChartId,
	evaluation: Evaluation
): Promise<ChartRaster> {
	const width = CHART_WIDTH;
	const height = chartHeight(id, evaluation);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const base = configs[id](evaluation);
	let pixels: ImageData;
	const instance = new Chart(canvas, {
		...base,
		options: {
			...base.options,
			responsive: false,
			animation: false,
			devicePixelRatio: CHART_SCALE,
			color: INK,
			borderColor: '#d0d0d6',
			font: { size: 13 }
		},
		plugins: [...(base.plugins ?? []), whiteBackground]
	});
	try {
		pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
	} finally {
		instance.destroy();
	}
	const { indices, palette } = indexed(pixels.data);
	const data = await deflate(indices);
	rasterInfo.set(data, { width: pixels.width, height: pixels.height, palette });
	return { data, pixelWidth: pixels.width, pixelHeight: pixels.height, width, height };
}

/**
 * The charts drawn for each comparison. An evaluation is never changed once made (an edit makes a
 * new one), and a chart depends on nothing else, so a second PDF of the same comparison reuses them.
 */
const drawn = new WeakMap<Evaluation, Map<ChartId, Promise<ChartRaster>>>();

/** The report's charts for this evaluation, each drawn at once; their compressions then run side by side. */
export async function chartRasters(
	evaluation: Evaluation,
	ids: ChartId[]
): Promise<Map<ChartId, ChartRaster>> {
	// The same Chart.js (and registrations) as the page's charts; usually loaded already.
	const Chart = await loadChartJs();
	let charts = drawn.get(evaluation);
	if (!charts) drawn.set(evaluation, (charts = new Map()));
	for (const id of ids) {
		if (charts.has(id)) continue;
		const raster = chartRaster(Chart, id, evaluation);
		charts.set(id, raster);
		// A failed drawing is tried again next time.
		raster.catch(() => charts.delete(id));
	}
	const done = await Promise.all(ids.map((id) => charts.get(id)!));
	return new Map(ids.map((id, i) => [id, done[i]!]));
}
