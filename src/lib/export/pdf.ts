/**
 * Lays out a `ReportDocument` as a PDF with jsPDF + jspdf-autotable, with the charts drawn offscreen
 * from the same config builders as the page. Browser only, and loaded only by `import()` from the
 * export button, so neither jsPDF nor the embedded font is part of the first page load.
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import qrcode from 'qrcode-generator';
import { loadProvenance, loadTimeline } from '$lib/data/catalogue';
import type { Evaluation } from '$lib/evaluation/evaluate';
import type { HeatmapCellView, HeatmapView } from '$lib/present/heatmap';
import type { Block, Cell, ChartId, ReportDocument } from './blocks';
import { chartRasters, type ChartRaster } from './chart-raster';
import { FONT, loadFonts, newPdf, pdfBlob } from './pdf-engine';
import { buildReport, type ReportOptions } from './report';
import type { PageFormat } from './page-format';

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

/**
 * The link's QR code as runs of dark modules (row, first column, length), or undefined when the link
 * is longer than a QR code holds. The last one is kept: choosing the code's mask tries all eight,
 * and a second PDF of the same comparison has the same link.
 */
let lastQr: { url: string; qr: { count: number; runs: [number, number, number][] } | undefined } | undefined;
function qrRuns(url: string) {
	if (lastQr?.url === url) return lastQr.qr;
	let qr: NonNullable<typeof lastQr>['qr'];
	try {
		const code = qrcode(0, 'M');
		code.addData(url, 'Byte');
		code.make();
		const count = code.getModuleCount();
		const runs: [number, number, number][] = [];
		for (let r = 0; r < count; r++)
			for (let c = 0; c < count; c++) {
				if (!code.isDark(r, c)) continue;
				let end = c + 1;
				while (end < count && code.isDark(r, end)) end++;
				runs.push([r, c, end - c]);
				c = end;
			}
		qr = { count, runs };
	} catch {
		qr = undefined; // longer than a QR code holds: the printed link alone will do
	}
	lastQr = { url, qr };
	return qr;
}

type Style = NonNullable<Extract<Block, { kind: 'paragraph' }>['style']> | 'body';
/** Size, colour and weight of each paragraph style. */
const TEXT: Record<Style, { size: number; colour: string; bold: boolean }> = {
	lead: { size: 12.5, colour: INK, bold: true },
	strong: { size: 10.5, colour: INK, bold: true },
	body: { size: 10, colour: INK, bold: false },
	muted: { size: 9, colour: MUTED, bold: false },
	small: { size: 8, colour: MUTED, bold: false }
};

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
		if (this.y + space > this.bottom) this.newPage();
	}
	newPage() {
		this.doc.addPage();
		this.y = MARGIN;
	}
	heading(text: string, level: 1 | 2 | 3 | 4) {
		if (level === 4) return this.paragraph(text, 'strong', 10);
		if (level === 2) this.newPage();
		if (level === 3) this.need(60); // a heading never ends a page on its own
		if (level === 3) this.y += 10;
		const size = { 1: 24, 2: 18, 3: 14 }[level];
		this.doc.setFont(FONT, 'bold').setFontSize(size).setTextColor(INK);
		this.doc.text(text, MARGIN, this.y, { baseline: 'top' });
		this.y += size * 1.4;
	}
	paragraph(text: string, style: Style = 'body', size = TEXT[style].size, indent = 0) {
		const { colour, bold } = TEXT[style];
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
	table(block: Extract<Block, { kind: 'table' }>) {
		const shade: [number, number, number] = [232, 232, 235];
		const cell = (c: Cell) =>
			typeof c === 'string'
				? c
				: {
						content: c.url ? `${c.text}\n${c.url}` : c.text,
						url: c.url,
						...(c.span ? { colSpan: c.span } : {}),
						styles: {
							...(c.shade ? { fillColor: shade } : {}),
							...(c.strong ? { fontStyle: 'bold' as const } : {})
						}
					};
		const columnStyles: UserOptions['columnStyles'] = {};
		for (const [i, width] of Object.entries(block.widths ?? {})) columnStyles[i] = { cellWidth: width };
		for (const i of block.numeric ?? []) columnStyles[i] = { ...columnStyles[i], halign: 'right' };
		autoTable(this.doc, {
			startY: this.y,
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + FOOTER / 2 },
			theme: 'grid',
			rowPageBreak: 'avoid', // a row never splits over two pages
			styles: block.dense ? SMALL_TABLE : TABLE,
			headStyles: HEAD,
			head: [block.head],
			body: block.rows.map((row) => row.map(cell)),
			...(block.foot
				? { foot: [block.foot.map(cell)], footStyles: HEAD, showFoot: 'lastPage' as const }
				: {}),
			...(block.wide ? { horizontalPageBreak: true, horizontalPageBreakRepeat: 0 } : {}),
			columnStyles,
			// A cell with an address links there (its raw input carries the url).
			didDrawCell: ({ section, cell: drawn }) => {
				const url = (drawn.raw as { url?: string } | null)?.url;
				if (section === 'body' && url) this.doc.link(drawn.x, drawn.y, drawn.width, drawn.height, { url });
			}
		});
		const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
		this.y = (last?.finalY ?? this.y) + 14;
	}
	chart(raster: ChartRaster, caption: string, alias: string) {
		let w = this.textWidth;
		let h = (w * raster.height) / raster.width;
		const maxHeight = this.bottom - MARGIN;
		if (h > maxHeight) [w, h] = [(w * maxHeight) / h, maxHeight];
		this.need(40 + Math.min(300, h)); // the caption stays with its chart
		this.paragraph(caption, 'strong', 10);
		this.need(h);
		this.doc.addImage(raster.data, 'CHART', MARGIN, this.y, w, h, alias);
		this.y += h + 8;
	}
	/**
	 * The value heatmap as vector drawing: a row per criterion, a column per provider, each cell filled
	 * with its bin's colour (the light scheme: paper is white) and its score in the bin's ink; unknown
	 * cells grey, hatched with diagonal lines and saying "unknown". Columns that do not fit the text
	 * width continue in another grid below; the column heads repeat on each new page.
	 */
	heatmap(view: HeatmapView) {
		const { doc } = this;
		this.need(120); // the title stays with the grid's first rows
		this.paragraph(view.heading, 'strong', 10);
		this.paragraph(view.caption, 'muted');
		const labelWidth = 110;
		const room = this.textWidth - labelWidth;
		const perGrid = Math.max(1, Math.floor(room / 40));
		for (let first = 0; first < view.columns.length; first += perGrid) {
			const columns = view.columns.slice(first, first + perGrid);
			const cellWidth = Math.min(80, room / columns.length);
			doc.setFont(FONT, 'bold').setFontSize(7);
			const heads = columns.map((c) => (doc.splitTextToSize(c.name, cellWidth - 4) as string[]).slice(0, 3));
			const headHeight = Math.max(...heads.map((h) => h.length)) * 8.5 + 4;
			const drawHead = () => {
				doc.setFont(FONT, 'bold').setFontSize(7).setTextColor(INK);
				heads.forEach((lines, k) =>
					lines.forEach((line, n) =>
						doc.text(line, MARGIN + labelWidth + (k + 0.5) * cellWidth, this.y + n * 8.5, {
							baseline: 'top',
							align: 'center'
						})
					)
				);
				this.y += headHeight;
			};
			/** Room for `space` below, on a new page (under the column heads again) if need be. */
			const fit = (space: number) => {
				if (this.y + space <= this.bottom) return;
				this.newPage();
				drawHead();
			};
			this.need(headHeight + 40);
			drawHead();
			for (const group of view.groups)
				group.rows.forEach((row, n) => {
					doc.setFont(FONT, 'normal').setFontSize(7.5);
					const label = doc.splitTextToSize(row.criterion, labelWidth - 6) as string[];
					const height = Math.max(14, label.length * 8.5 + 5);
					if (n === 0) {
						fit(12 + height);
						doc.setFont(FONT, 'bold').setFontSize(7.5).setTextColor(MUTED);
						doc.text(group.name, MARGIN, this.y + 3, { baseline: 'top' });
						this.y += 12;
					}
					fit(height);
					doc.setFont(FONT, 'normal').setFontSize(7.5).setTextColor(INK);
					doc.text(label, MARGIN, this.y + (height - label.length * 8.5) / 2 + 1, { baseline: 'top' });
					row.cells.slice(first, first + perGrid).forEach((cell, k) => {
						this.heatCell(cell, view, MARGIN + labelWidth + k * cellWidth, this.y, cellWidth, height);
					});
					this.y += height;
				});
			this.y += 8;
		}
		this.heatKey(view);
	}
	/** One cell, drawn 0.6 pt inside its box so neighbours stay apart. */
	private heatCell(
		cell: HeatmapCellView,
		view: HeatmapView,
		x0: number,
		y0: number,
		width: number,
		height: number
	) {
		const { doc } = this;
		const [x, y, w, h] = [x0 + 0.6, y0 + 0.6, width - 1.2, height - 1.2];
		const text = `${cell.text}${cell.mine ? '†' : ''}`;
		const bin = cell.bin === undefined ? undefined : view.bins[cell.bin];
		if (bin) {
			doc.setFillColor(bin.light.fill).rect(x, y, w, h, 'F');
			doc.setFont(FONT, 'normal').setFontSize(7.5).setTextColor(bin.light.ink);
			doc.text(text, x + w / 2, y + h / 2, { baseline: 'middle', align: 'center' });
			return;
		}
		this.hatch(x, y, w, h);
		doc.setFont(FONT, 'normal').setFontSize(6.5);
		const textWidth = doc.getTextWidth(text);
		doc.setFillColor('#ffffff').rect(x + (w - textWidth) / 2 - 1.5, y + h / 2 - 4, textWidth + 3, 8, 'F');
		doc.setTextColor(INK).text(text, x + w / 2, y + h / 2, { baseline: 'middle', align: 'center' });
	}
	/** A grey box with diagonal lines every 3.5 pt, each cut to the box (no clipping path needed). */
	private hatch(x: number, y: number, w: number, h: number) {
		const { doc } = this;
		doc.setFillColor('#eeeef1').rect(x, y, w, h, 'F');
		doc.setDrawColor('#8a8a94').setLineWidth(0.5);
		// The line through (x + c, y + h) rising at 45°: the points (x + c + t, y + h − t), 0 ≤ t ≤ h.
		for (let c = -h; c < w; c += 3.5) {
			const from = Math.max(0, -c);
			const to = Math.min(h, w - c);
			if (from < to) doc.line(x + c + from, y + h - from, x + c + to, y + h - to);
		}
	}
	/** The key: a swatch per colour bin with its scores, and the hatched swatch for unknown values. */
	private heatKey(view: HeatmapView) {
		const { doc } = this;
		this.need(20);
		doc.setFont(FONT, 'normal').setFontSize(7.5).setTextColor(INK);
		let x = MARGIN;
		doc.text('Value score:', x, this.y + 5, { baseline: 'middle' });
		x += doc.getTextWidth('Value score:') + 8;
		for (const bin of view.bins) {
			doc.setFillColor(bin.light.fill).rect(x, this.y, 16, 10, 'F');
			doc.setTextColor(INK).text(bin.label, x + 20, this.y + 5, { baseline: 'middle' });
			x += 26 + doc.getTextWidth(bin.label);
		}
		this.hatch(x, this.y, 16, 10);
		doc.setTextColor(INK).text(view.unknownKey, x + 20, this.y + 5, { baseline: 'middle' });
		this.y += 22;
	}
	/** The link in full (every line clickable) with a QR code of it to the right, when it fits in one. */
	link(text: string, url: string) {
		this.paragraph(text);
		const { doc } = this;
		const qr = qrRuns(url);
		const qrSize = qr ? 96 : 0;
		const textWidth = this.textWidth - (qr ? qrSize + 16 : 0);
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
		this.need(Math.max(qrSize, lines.length * lineHeight) + 8);
		const top = this.y;
		doc.setTextColor('#0b3d91');
		lines.forEach((t, i) => doc.textWithLink(t, MARGIN, top + i * lineHeight, { url, baseline: 'top' }));
		if (qr) {
			const cell = qrSize / (qr.count + 8); // 4-module quiet zone each side
			const x0 = MARGIN + this.textWidth - qrSize + 4 * cell;
			const y0 = top + 4 * cell;
			doc.setFillColor('#000000');
			// One rectangle per run of dark modules in a row: a tenth of the drawing operations.
			for (const [r, c, length] of qr.runs) doc.rect(x0 + c * cell, y0 + r * cell, length * cell, cell, 'F');
			doc.link(MARGIN + this.textWidth - qrSize, top, qrSize, qrSize, { url });
		}
		this.y = top + Math.max(qrSize, lines.length * lineHeight) + 8;
	}
	/** Every page's footer: the document's line and "Page n of N". */
	footers(footer: string) {
		const { doc } = this;
		const pages = doc.getNumberOfPages();
		for (let page = 1; page <= pages; page++) {
			doc.setPage(page);
			const y = this.height - MARGIN + 6;
			doc
				.setDrawColor(...LINE)
				.setLineWidth(0.5)
				.line(MARGIN, y - 6, this.width - MARGIN, y - 6);
			doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(MUTED);
			doc.text(footer, MARGIN, y, { baseline: 'top' });
			doc.text(`Page ${page} of ${pages}`, this.width - MARGIN, y, { baseline: 'top', align: 'right' });
		}
	}
}

function newDocument(
	report: ReportDocument,
	format: PageFormat,
	fontData: { regular: string; bold: string }
) {
	const doc = newPdf(format, fontData);
	doc.setProperties({
		title: report.title,
		subject: 'Ranking of cloud providers under the weights chosen, with sources',
		creator: 'Cloud Scorecard',
		keywords: 'cloud hosting, decision analysis, MCDA'
	});
	doc.setLanguage('en-GB');
	return doc;
}

/** Lays out the report's blocks, one kind each: the builder decided what they say. */
function render(
	report: ReportDocument,
	format: PageFormat,
	fontData: { regular: string; bold: string },
	charts: Map<ChartId, ChartRaster>
): jsPDF {
	const doc = newDocument(report, format, fontData);
	const layout = new Layout(doc);
	for (const block of report.blocks) {
		switch (block.kind) {
			case 'heading':
				layout.heading(block.text, block.level);
				break;
			case 'paragraph':
				layout.paragraph(block.text, block.style);
				break;
			case 'list':
				for (const item of block.items) layout.paragraph(`• ${item}`, 'body', 9, 8);
				break;
			case 'table':
				layout.table(block);
				break;
			case 'chart': {
				const raster = charts.get(block.chart);
				if (raster) layout.chart(raster, block.caption, `chart-${block.chart}`);
				break;
			}
			case 'heatmap':
				layout.heatmap(block.heatmap);
				break;
			case 'link':
				layout.link(block.text, block.url);
				break;
		}
	}
	layout.footers(report.footer);
	return doc;
}

/** Builds the report for this evaluation and renders it; the caller saves the blob. */
export async function exportPdf(evaluation: Evaluation, options: ExportOptions): Promise<ExportedPdf> {
	// "What happened next" reads the data set's timeline, which the page fetches only near its foot.
	// The sources appendix reads each value's source, rationale or reason, which the browser fetches
	// apart from the values (catalogue.ts).
	await Promise.all([loadTimeline(evaluation.dataset.id), loadProvenance(evaluation.dataset.base)]);
	const report = buildReport(evaluation, options);
	const format = options.pageFormat ?? report.pageFormat;
	options.onProgress?.('loading the font…');
	const fontData = await loadFonts();
	options.onProgress?.('drawing the charts…');
	const ids = report.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
	const charts = await chartRasters(evaluation, ids);
	options.onProgress?.('writing the file…');
	// Let the progress text paint before the synchronous layout work.
	await new Promise((resolve) => setTimeout(resolve, 0));
	const doc = render(report, format, fontData, charts);
	return { blob: await pdfBlob(doc), fileName: report.fileName, pages: doc.getNumberOfPages() };
}
