/**
 * The document model shared by every printed output: a report is a list of a few generic blocks.
 * The builder (report.ts) fills them from the present/ view models; a renderer (pdf.ts) lays out
 * these kinds and nothing else, so a new section costs no rendering code.
 */
import type { PageFormat } from './page-format';
import type { HeatmapView } from '$lib/present/heatmap';

/** The charts a report can hold, drawn by the renderer from the same configs as the page. */
export type ChartId = 'score' | 'contributions';

export interface RichCell {
	text: string;
	/** The cell links there (and prints the address, so paper keeps it). */
	url?: string;
	/** Spans this many columns (a group row). */
	span?: number;
	/** Shaded: an unknown value, or a group row. */
	shade?: boolean;
	strong?: boolean;
}
export type Cell = string | RichCell;

export type Block =
	/** Level 1: the document's title; 2: a part (the appendix), which starts a new page; 3: a section; 4: a sub-heading. */
	| { kind: 'heading'; text: string; level: 1 | 2 | 3 | 4 }
	/** `lead`: the answer's headline; `strong`: a line to notice; `muted`: a note; `small`: a footnote. */
	| { kind: 'paragraph'; text: string; style?: 'lead' | 'strong' | 'muted' | 'small' }
	| { kind: 'list'; items: string[] }
	| {
			kind: 'table';
			/** The table's name, as the page's caption (not printed: the heading above says it). */
			name: string;
			head: string[];
			rows: Cell[][];
			foot?: Cell[];
			/** Columns of figures (right-aligned). */
			numeric?: number[];
			/** Fixed widths in points of some columns; the others share the rest. */
			widths?: Record<number, number>;
			/** Many rows of small print (sources, scales, events). */
			dense?: boolean;
			/** More columns than a page is wide: continue them on the next page. */
			wide?: boolean;
	  }
	| { kind: 'chart'; chart: ChartId; caption: string }
	/** The value heatmap, drawn as a grid of coloured cells from the page's view model. */
	| { kind: 'heatmap'; heatmap: HeatmapView }
	/** The address printed in full, clickable, with a QR code when it fits in one. */
	| { kind: 'link'; text: string; url: string };

export interface ReportDocument {
	/** PDF metadata title. */
	title: string;
	fileName: string;
	pageFormat: PageFormat;
	/** Printed in every page's footer. */
	footer: string;
	blocks: Block[];
}

export type TableBlock = Extract<Block, { kind: 'table' }>;
type Style = 'lead' | 'strong' | 'muted' | 'small';

/** Block constructors, so a builder reads as the document it makes. */
export const heading = (text: string, level: 1 | 2 | 3 | 4 = 3): Block => ({ kind: 'heading', text, level });
export const para = (text: string, style?: Style): Block =>
	style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text };
export const paras = (texts: (string | undefined)[], style?: Style) =>
	texts.filter((t): t is string => !!t).map((t) => para(t, style));
export const linked = (text: string, url: string | undefined): Cell => (url ? { text, url } : text);
export const table = (
	name: string,
	head: readonly string[],
	rows: Cell[][],
	layout: Omit<TableBlock, 'kind' | 'name' | 'head' | 'rows'> = {}
): TableBlock => ({ kind: 'table', name, head: [...head], rows, ...layout });
