/**
 * Lays out a `ReportDocument` as a PDF with jsPDF + jspdf-autotable, with the charts drawn offscreen
 * from the same config builders as the page. Browser only, and loaded only by `import()` from the
 * export button, so neither jsPDF nor the embedded font is part of the first page load.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import qrcode from 'qrcode-generator';
import { contributionsChart, profileChart, scoreChart } from '$lib/charts/configs';
import { loadChartJs } from '$lib/charts/register';
import type { Evaluation } from '$lib/evaluation/evaluate';
import { buildReport, type ChartId, type ReportDocument, type ReportOptions } from './report';
import type { PageFormat } from './page-format';
// DejaVu Sans (Bitstream Vera licence, free to redistribute; see fonts/LICENSE.txt), subset to Latin,
// Greek and Cyrillic: jsPDF's standard fonts only know WinAnsi, so names like "Łódź" need our own.
import regularFontUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldFontUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';

export interface ExportOptions extends ReportOptions {
	/** Overrides the locale's default page size. */
	pageFormat?: PageFormat;
	/** Called with a short description of each step, for the button's progress text. */
	onProgress?: (step: string) => void;
}

export interface ExportedPdf {
	blob: Blob;
	fileName: string;
	pages: number;
}

const FONT = 'DejaVuSans';
/** Device pixels per CSS pixel of the chart images: sharp when printed, still small. */
const CHART_SCALE = 2;
/** CSS width the charts are laid out at; the image is scaled to the text width (≈ 515 pt on A4). */
const CHART_WIDTH = 760;
const MARGIN = 48;
const FOOTER = 30;
const INK = '#1d1d1f';
const MUTED = '#55555c';
const LINE: [number, number, number] = [200, 200, 206];
const HEAD_FILL: [number, number, number] = [232, 236, 242];
/** Cell style of every table, and of the dense ones (scales, sources). */
const TABLE = { font: FONT, fontSize: 8.5, textColor: INK, lineColor: LINE, lineWidth: 0.5, cellPadding: 3 };
const SMALL_TABLE = { ...TABLE, fontSize: 7.5, cellPadding: 2.5 };
const HEAD = { font: FONT, fontStyle: 'bold' as const, fillColor: HEAD_FILL, textColor: INK };

let fonts: Promise<{ regular: string; bold: string }> | undefined;

async function base64Of(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the font could not be loaded (HTTP ${response.status})`);
	return btoa(binaryString(new Uint8Array(await response.arrayBuffer())));
}

/** The font files as base64, fetched once per page load (a failed fetch is tried again next time). */
function loadFonts() {
	fonts ??= Promise.all([base64Of(regularFontUrl), base64Of(boldFontUrl)]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			fonts = undefined;
			throw error;
		}
	);
	return fonts;
}

/** Paints the chart area white first, so the PNG has no transparent background. */
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
	if (id === 'contributions') return bars + 40 + 22 * Math.ceil(evaluation.criteria.length / 4);
	return 380 + 22 * Math.ceil(evaluation.providers.length / 4);
}

const configs: Record<ChartId, (evaluation: Evaluation) => ChartConfiguration> = {
	score: (e) => scoreChart(e) as ChartConfiguration,
	contributions: (e) => contributionsChart(e) as ChartConfiguration,
	profile: (e) => profileChart(e) as ChartConfiguration
};

interface ChartRaster {
	/** Opaque RGB pixels, deflated (zlib), ready for a PDF FlateDecode image stream. */
	data: Uint8Array;
	/** Device pixels. */
	pixelWidth: number;
	pixelHeight: number;
	/** CSS pixels the chart was laid out at (its aspect ratio). */
	width: number;
	height: number;
}

/**
 * jsPDF image type "CHART": pixels we have already deflated, natively, with CompressionStream, so
 * jsPDF neither decodes a PNG nor compresses megabytes in JavaScript (which took about a second for
 * three charts). Registered the way jsPDF's own image plugins are, as `process<TYPE>` on jsPDF.API.
 */
const rasterSizes = new WeakMap<Uint8Array, { width: number; height: number }>();
Object.assign(jsPDF.API, {
	processCHART(data: Uint8Array, index: number, alias: string) {
		const size = rasterSizes.get(data);
		if (!size) throw new Error('a chart image was not prepared for the PDF');
		return {
			alias,
			index,
			data: binaryString(data),
			filter: 'FlateDecode',
			colorSpace: 'DeviceRGB',
			bitsPerComponent: 8,
			...size
		};
	}
});

/** Bytes as a "binary string" (one char per byte), in chunks so large files do not overflow the stack. */
function binaryString(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * One chart as deflated RGB pixels, drawn on a canvas outside the view at CHART_SCALE device pixels
 * per CSS pixel, white background, dark text, no animation. Lossless, like a PNG, but without the
 * PNG round trip.
 */
async function chartRaster(
	Chart: Awaited<ReturnType<typeof loadChartJs>>,
	id: ChartId,
	evaluation: Evaluation
): Promise<ChartRaster> {
	const width = CHART_WIDTH;
	const height = chartHeight(id, evaluation);
	const holder = document.createElement('div');
	holder.setAttribute('aria-hidden', 'true');
	Object.assign(holder.style, {
		position: 'fixed',
		left: '-10000px',
		top: '0',
		width: `${width}px`,
		height: `${height}px`
	});
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	holder.append(canvas);
	document.body.append(holder);
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
		holder.remove();
	}
	const rgba = pixels.data;
	const rgb = new Uint8Array((rgba.length / 4) * 3);
	for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
		rgb[o] = rgba[i]!;
		rgb[o + 1] = rgba[i + 1]!;
		rgb[o + 2] = rgba[i + 2]!;
	}
	const data = await deflate(rgb);
	rasterSizes.set(data, { width: pixels.width, height: pixels.height });
	return { data, pixelWidth: pixels.width, pixelHeight: pixels.height, width, height };
}

/** A cursor that moves down the page and starts a new page when the next block does not fit. */
class Layout {
	y = MARGIN;
	readonly width: number;
	readonly height: number;
	constructor(readonly doc: jsPDF) {
		this.width = doc.internal.pageSize.getWidth();
		this.height = doc.internal.pageSize.getHeight();
	}
	get textWidth() {
		return this.width - 2 * MARGIN;
	}
	get bottom() {
		return this.height - MARGIN - FOOTER / 2;
	}
	/** Start a new page unless `space` points still fit on this one. */
	need(space: number) {
		if (this.y + space > this.bottom) {
			this.doc.addPage();
			this.y = MARGIN;
		}
	}
	heading(text: string) {
		this.need(60); // a heading never ends a page on its own
		this.y += 10;
		this.doc.setFont(FONT, 'bold').setFontSize(14).setTextColor(INK);
		this.doc.text(text, MARGIN, this.y, { baseline: 'top' });
		this.y += 22;
	}
	paragraph(text: string, { size = 10, colour = INK, bold = false, indent = 0 } = {}) {
		const doc = this.doc
			.setFont(FONT, bold ? 'bold' : 'normal')
			.setFontSize(size)
			.setTextColor(colour);
		const lineHeight = size * 1.35;
		for (const line of doc.splitTextToSize(text, this.textWidth - indent) as string[]) {
			this.need(lineHeight);
			doc.text(line, MARGIN + indent, this.y, { baseline: 'top' });
			this.y += lineHeight;
		}
		this.y += size * 0.5;
	}
	table(options: UserOptions) {
		autoTable(this.doc, {
			startY: this.y,
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + FOOTER / 2 },
			theme: 'grid',
			rowPageBreak: 'avoid', // a row never splits over two pages
			styles: TABLE,
			headStyles: HEAD,
			...options
		});
		const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
		this.y = (last?.finalY ?? this.y) + 14;
	}
	image(raster: ChartRaster, alias: string) {
		let w = this.textWidth;
		let h = (w * raster.height) / raster.width;
		const maxHeight = this.bottom - MARGIN;
		if (h > maxHeight) [w, h] = [(w * maxHeight) / h, maxHeight];
		this.need(h);
		this.doc.addImage(raster.data, 'CHART', MARGIN, this.y, w, h, alias);
		this.y += h + 8;
	}
}

/** The link in full (every line clickable) with a QR code of it to the right, when it fits in one. */
function drawLink(layout: Layout, url: string) {
	const { doc } = layout;
	let qr: ReturnType<typeof qrcode> | undefined;
	try {
		qr = qrcode(0, 'M');
		qr.addData(url, 'Byte');
		qr.make();
	} catch {
		qr = undefined; // longer than a QR code holds: the printed link alone will do
	}
	const qrSize = qr ? 96 : 0;
	const textWidth = layout.textWidth - (qr ? qrSize + 16 : 0);
	doc.setFont(FONT, 'normal').setFontSize(9);
	// Break anywhere: a URL has few spaces, and every character of it must be printed.
	const lines: string[] = [];
	let line = '';
	for (const char of url) {
		if (doc.getTextWidth(line + char) > textWidth) {
			lines.push(line);
			line = '';
		}
		line += char;
	}
	if (line) lines.push(line);
	const lineHeight = 9 * 1.35;
	layout.need(Math.max(qrSize, lines.length * lineHeight) + 8);
	const top = layout.y;
	doc.setTextColor('#0b3d91');
	lines.forEach((text, i) => doc.textWithLink(text, MARGIN, top + i * lineHeight, { url, baseline: 'top' }));
	if (qr) {
		const count = qr.getModuleCount();
		const cell = qrSize / (count + 8); // 4-module quiet zone each side
		const x0 = MARGIN + layout.textWidth - qrSize + 4 * cell;
		const y0 = top + 4 * cell;
		doc.setFillColor('#000000');
		for (let r = 0; r < count; r++)
			for (let c = 0; c < count; c++)
				if (qr.isDark(r, c)) doc.rect(x0 + c * cell, y0 + r * cell, cell, cell, 'F');
		doc.link(MARGIN + layout.textWidth - qrSize, top, qrSize, qrSize, { url });
	}
	layout.y = top + Math.max(qrSize, lines.length * lineHeight) + 8;
}

function render(
	report: ReportDocument,
	format: PageFormat,
	fontData: { regular: string; bold: string },
	charts: Map<ChartId, ChartRaster>
): jsPDF {
	const doc = new jsPDF({ unit: 'pt', format, compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', fontData.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', fontData.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setProperties({
		title: report.title,
		subject: 'Ranking of cloud providers under the weights chosen, with sources',
		creator: 'Cloud Scorecard',
		keywords: 'cloud hosting, decision analysis, MCDA'
	});
	doc.setLanguage('en-GB');
	const layout = new Layout(doc);

	for (const section of report.sections) {
		switch (section.kind) {
			case 'title':
				doc.setFont(FONT, 'bold').setFontSize(24).setTextColor(INK);
				doc.text(section.title, MARGIN, layout.y, { baseline: 'top' });
				layout.y += 32;
				layout.paragraph(section.dataset, { size: 13, bold: true });
				layout.paragraph(section.datasetLine, { colour: MUTED });
				if (section.excludedLine) layout.paragraph(section.excludedLine, { colour: MUTED });
				layout.paragraph(section.weightsLine, { bold: true });
				if (section.unknownsLine) layout.paragraph(section.unknownsLine, { colour: MUTED });
				layout.paragraph(section.exported, { colour: MUTED });
				break;
			case 'answer':
				layout.heading(section.heading);
				layout.paragraph(section.headline, { size: 12.5, bold: true });
				layout.paragraph(section.sentence, { size: 10.5 });
				if (section.robustness) layout.paragraph(section.robustness, { size: 9.5, colour: MUTED });
				if (section.known) layout.paragraph(section.known, { size: 9.5, colour: MUTED });
				if (section.musts) layout.paragraph(section.musts, { size: 10.5, bold: true });
				for (const line of section.ruledOut ?? []) layout.paragraph(line, { size: 9.5 });
				break;
			case 'appendix':
				doc.addPage();
				layout.y = MARGIN;
				doc.setFont(FONT, 'bold').setFontSize(18).setTextColor(INK);
				doc.text(section.heading, MARGIN, layout.y, { baseline: 'top' });
				layout.y += 26;
				layout.paragraph(section.text, { colour: MUTED });
				break;
			case 'ranking':
				layout.heading(section.heading);
				if (section.empty) layout.paragraph(section.empty);
				else {
					const evidence = section.rows.some((r) => r.known !== undefined);
					layout.table({
						head: [
							['Rank', 'Provider', section.platformHeading, 'Score', ...(evidence ? ['Known', 'Range'] : [])]
						],
						body: section.rows.map((r) => [
							String(r.rank),
							r.provider,
							r.hypervisor,
							r.score,
							...(evidence ? [r.known ?? '', r.range ?? ''] : [])
						]),
						styles: { ...TABLE, fontSize: 9.5, cellPadding: 3 },
						columnStyles: {
							0: { halign: 'right', cellWidth: 40 },
							3: { halign: 'right', cellWidth: 60 },
							4: { halign: 'right', cellWidth: 60 },
							5: { halign: 'right', cellWidth: 90 }
						}
					});
					if (section.note) layout.paragraph(section.note, { size: 9.5, colour: MUTED });
					for (const note of section.notes ?? []) layout.paragraph(note, { size: 8, colour: MUTED });
				}
				break;
			case 'weights':
				layout.heading(section.heading);
				layout.paragraph(
					`Weights: ${section.preset}. A criterion’s share is its weight ÷ the sum of weights.`,
					{
						size: 9,
						colour: MUTED
					}
				);
				layout.table({
					head: [['Criterion', 'Group', 'Weight', 'Share']],
					body: section.rows.map((r) => [r.criterion, r.group, String(r.weight), r.share]),
					foot: [
						[
							{ content: 'Sum of weights', colSpan: 2 },
							String(section.total),
							section.total > 0 ? '= 100 %' : '–'
						]
					],
					footStyles: HEAD,
					showFoot: 'lastPage',
					columnStyles: { 2: { halign: 'right', cellWidth: 55 }, 3: { halign: 'right', cellWidth: 55 } }
				});
				break;
			case 'charts':
				if (!section.charts.length) break;
				layout.heading(section.heading);
				for (const { id, caption } of section.charts) {
					const image = charts.get(id);
					if (!image) continue;
					layout.need(40 + Math.min(300, (layout.textWidth * image.height) / image.width));
					layout.paragraph(caption, { size: 10, bold: true });
					layout.image(image, `chart-${id}`);
				}
				break;
			case 'value-scores':
				if (!section.providers.length) break;
				layout.heading(section.heading);
				layout.paragraph(section.intro, { size: 9, colour: MUTED });
				layout.table({
					head: [['Criterion', ...section.providers]],
					body: section.rows.map((r) => [
						r.criterion,
						...r.cells.map((c) => {
							const text = `${c.text}${c.unknown ? '*' : ''}${c.mine ? '†' : ''}`;
							return c.unknown
								? { content: text, styles: { fillColor: [225, 225, 225] as [number, number, number] } }
								: text;
						})
					]),
					styles: { ...TABLE, fontSize: 8, cellPadding: 2.5, halign: 'right' },
					headStyles: { ...HEAD, halign: 'center' },
					columnStyles: { 0: { halign: 'left', cellWidth: 120 } },
					horizontalPageBreak: true,
					horizontalPageBreakRepeat: 0
				});
				for (const line of section.legend) layout.paragraph(line, { size: 8.5, colour: MUTED });
				break;
			case 'how-scored':
				layout.heading(section.heading);
				for (const text of section.paragraphs) layout.paragraph(text, { size: 9.5 });
				layout.table({
					head: [['Criterion', 'Value scale', 'Why these levels']],
					body: section.scales.map((s) => [s.criterion, s.scale, s.why]),
					styles: SMALL_TABLE,
					columnStyles: { 0: { cellWidth: 95 }, 1: { cellWidth: 140 } }
				});
				break;
			case 'why':
				layout.heading(section.heading);
				layout.paragraph(section.text, { size: 10.5 });
				break;
			case 'summary':
				layout.heading(section.heading);
				layout.paragraph(section.text, { size: 10.5 });
				break;
			case 'sources': {
				layout.heading(section.heading);
				layout.paragraph(section.intro, { size: 9, colour: MUTED });
				if (section.datasetNotes) {
					const notes = section.datasetNotes;
					layout.paragraph(`${notes.asOfLine} ${notes.rationale ?? ''}`.trim(), { size: 9 });
					if (notes.changesHeading) {
						layout.paragraph(notes.changesHeading, { size: 10, bold: true });
						for (const change of notes.changes) layout.paragraph(`• ${change}`, { size: 9, indent: 8 });
					}
				}
				layout.paragraph(`${section.platformHeading} of each provider`, { size: 10, bold: true });
				layout.table({
					head: [['Provider', section.platformHeading, 'Source', 'Date']],
					// A person's own provider has no source address: its note alone, never "undefined".
					body: section.hypervisors.map((h) => [
						h.provider,
						h.hypervisor,
						[h.title, h.url].filter(Boolean).join('\n'),
						h.date
					]),
					columnStyles: { 0: { cellWidth: 110 }, 1: { cellWidth: 60 }, 3: { cellWidth: 58 } },
					didDrawCell: (data) => {
						const url = section.hypervisors[data.row.index]?.url;
						if (data.section === 'body' && data.column.index === 2 && url)
							doc.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, { url });
					}
				});
				const body: { content: string; colSpan?: number; styles?: UserOptions['styles'] }[][] = [];
				const urls: (string | undefined)[] = [];
				let criterion = '';
				for (const row of section.rows) {
					if (row.criterion !== criterion) {
						criterion = row.criterion;
						body.push([
							{ content: criterion, colSpan: 5, styles: { fontStyle: 'bold', fillColor: [245, 245, 247] } }
						]);
						urls.push(undefined);
					}
					const detail = [row.detail, row.url, row.appliesNote].filter(Boolean).join('\n');
					body.push(
						[row.provider, row.value, row.basis, detail, row.date || '–'].map((content) => ({ content }))
					);
					urls.push(row.url);
				}
				layout.paragraph('Values', { size: 10, bold: true });
				layout.table({
					head: [['Provider', 'Value', 'Basis', 'Source, rationale or reason', 'Date']],
					body,
					styles: SMALL_TABLE,
					columnStyles: {
						0: { cellWidth: 90 },
						1: { cellWidth: 70 },
						2: { cellWidth: 50 },
						4: { cellWidth: 50 }
					},
					didDrawCell: (data) => {
						const url = urls[data.row.index];
						if (data.section === 'body' && data.column.index === 3 && url)
							doc.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, { url });
					}
				});
				break;
			}
			case 'timeline':
				layout.heading(section.heading);
				layout.paragraph(`${section.intro} ${section.context}`, { size: 9.5 });
				layout.paragraph(section.fatesHeading, { size: 10, bold: true });
				for (const fate of section.fates) layout.paragraph(fate, { size: 9, indent: 8 });
				layout.paragraph(section.eventsCaption, { size: 10, bold: true });
				layout.table({
					head: [['Date', 'What happened', 'Concerns', 'Source']],
					body: section.events.map((e) => [
						e.date,
						e.text,
						e.concerns,
						e.url ? `${e.source}\n${e.url}` : e.source
					]),
					styles: SMALL_TABLE,
					columnStyles: { 0: { cellWidth: 55 }, 2: { cellWidth: 80 }, 3: { cellWidth: 150 } },
					didDrawCell: (data) => {
						const url = section.events[data.row.index]?.url;
						if (data.section === 'body' && data.column.index === 3 && url)
							doc.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, { url });
					}
				});
				break;
			case 'link':
				layout.heading(section.heading);
				layout.paragraph(section.text, { size: 10 });
				drawLink(layout, section.url);
				break;
		}
	}

	const pages = doc.getNumberOfPages();
	for (let page = 1; page <= pages; page++) {
		doc.setPage(page);
		const y = layout.height - MARGIN + 6;
		doc
			.setDrawColor(...LINE)
			.setLineWidth(0.5)
			.line(MARGIN, y - 6, layout.width - MARGIN, y - 6);
		doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(MUTED);
		doc.text(report.footer, MARGIN, y, { baseline: 'top' });
		doc.text(`Page ${page} of ${pages}`, layout.width - MARGIN, y, { baseline: 'top', align: 'right' });
	}
	return doc;
}

/** Builds the report for this evaluation and renders it; the caller saves the blob. */
export async function exportPdf(evaluation: Evaluation, options: ExportOptions): Promise<ExportedPdf> {
	const report = buildReport(evaluation, options);
	const format = options.pageFormat ?? report.pageFormat;
	options.onProgress?.('loading the font…');
	const fontData = await loadFonts();
	options.onProgress?.('drawing the charts…');
	// Each chart is drawn at once; their compressions then run side by side.
	const ids = report.sections.flatMap((s) => (s.kind === 'charts' ? s.charts.map((c) => c.id) : []));
	// The same Chart.js (and registrations) as the page's charts; usually loaded already.
	const Chart = await loadChartJs();
	const rasters = await Promise.all(ids.map((id) => chartRaster(Chart, id, evaluation)));
	const charts = new Map(ids.map((id, i) => [id, rasters[i]!]));
	options.onProgress?.('writing the file…');
	// Let the progress text paint before the synchronous layout work.
	await new Promise((resolve) => setTimeout(resolve, 0));
	const doc = render(report, format, fontData, charts);
	return { blob: doc.output('blob'), fileName: report.fileName, pages: doc.getNumberOfPages() };
}
