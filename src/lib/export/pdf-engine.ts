/**
 * jsPDF as the report uses it: with our font, and tuned where the profile of an export showed jsPDF
 * spending time on work this report does not need. Every tuning leaves the file's text, positions and
 * drawing as they were; `tests/pdf.test.ts` reads them back. Browser only, loaded with the PDF export.
 */
import { jsPDF } from 'jspdf';
import { binaryString, deflate } from './chart-raster';
import type { PageFormat } from './page-format';
// DejaVu Sans (Bitstream Vera licence, free to redistribute; see fonts/LICENSE.txt), subset to Latin,
// Greek and Cyrillic: jsPDF's standard fonts only know WinAnsi, so names like "Łódź" need our own.
import regularFontUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldFontUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';

export const FONT = 'DejaVuSans';

interface Api {
	events: [string, unknown][];
	processArabic?: unknown;
	processDataByFilters: (data: string, filters: string[] | string) => { data: string; reverseChain: string };
}
const api = jsPDF.API as unknown as Api;

/**
 * jsPDF shapes Arabic on every string it draws or measures (its `processArabic` hook). Our font is
 * subset to Latin, Greek and Cyrillic, so the shaped forms have no glyphs either way; without the
 * hook, laying out the report takes about a twentieth less time. Its bidirectional reordering stays.
 */
const arabic = api.processArabic;
api.events = api.events.filter(([, handler]) => handler !== arabic);
delete api.processArabic;

/** jsPDF's filter chain is only FlateEncode (the file's compression), as for every stream it writes. */
const flateOnly = (filters: string[] | string) => {
	const only = Array.isArray(filters) && filters.length === 1 ? filters[0] : filters;
	return only === 'FlateEncode' || only === '/FlateEncode';
};

/**
 * Streams already deflated, keyed by their content: the pages of the file being written, deflated
 * natively just before (`pdfBlob`), and the other streams of the previous file (the font subsets and
 * their character maps, the same from one PDF to the next). jsPDF deflates every stream with fflate
 * in JavaScript when it writes the file, a sixth of an export; the browser's zlib does the pages in a
 * fraction of that. Any other stream goes through jsPDF's own filter, so the file is right either way.
 */
let deflated = new Map<string, string>();
/** While `pdfBlob` writes a file: its streams that were not deflated beforehand, for the next file. */
let written: Map<string, string> | undefined;
const jsPdfFilters = api.processDataByFilters.bind(api);
api.processDataByFilters = (data, filters) => {
	if (!flateOnly(filters)) return jsPdfFilters(data, filters);
	let done = deflated.get(data);
	if (done === undefined) {
		done = jsPdfFilters(data, filters).data;
		written?.set(data, done);
	}
	return { data: done, reverseChain: '/FlateDecode' };
};

/** A binary string's bytes (jsPDF's own filter truncates each char to a byte the same way). */
function bytesOf(text: string): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
	return bytes;
}

/**
 * The file's bytes as a Blob. Each page's content (as jsPDF joins it when writing, in its default
 * "compat" mode) is deflated natively first, all pages side by side, for `processDataByFilters` above.
 */
export async function pdfBlob(doc: jsPDF): Promise<Blob> {
	const pages = (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages;
	const contents = pages.flatMap((page) => (page ? [page.join('\n')] : []));
	const done = await Promise.all(contents.map((content) => deflate(bytesOf(content))));
	contents.forEach((content, i) => deflated.set(content, binaryString(done[i]!)));
	const streams = (written = new Map());
	try {
		return doc.output('blob');
	} finally {
		deflated = streams;
		written = undefined;
	}
}

/** What jsPDF keeps of a TrueType font it embeds (its TTFFont `metadata`), as far as used here. */
interface TtfMetadata {
	/** Every glyph drawn, pushed once per character drawn; the subset is made of them. */
	glyIdsUsed: number[];
	/** Glyph id, [width], glyph id, [width]…; looked up with `indexOf` for every character drawn. */
	Unicode: { widths: unknown[] };
	subset: { encode(glyphIds: number[], format: number): unknown };
}

/** The last font subset made from each font file, with the glyphs it was made of. */
const subsets = new Map<string, { glyphs: string; data: unknown }>();

/**
 * jsPDF pushes a glyph id for every character drawn (a hundred thousand in the report) and searches
 * the widths list for every one; the subset it embeds depends only on which glyphs were used. Here
 * the ids are kept once each, the widths list answers `indexOf` from an index, and a subset made of
 * the same glyphs as the last one from this file is that one again. Same answers, same file.
 */
function quickerFont(metadata: TtfMetadata, file: string) {
	const used = new Set(metadata.glyIdsUsed);
	const ids = [...used];
	ids.push = (...more: number[]) => {
		for (const id of more) {
			if (used.has(id)) continue;
			used.add(id);
			Array.prototype.push.call(ids, id);
		}
		return ids.length;
	};
	metadata.glyIdsUsed = ids;

	const widths = metadata.Unicode.widths;
	/** The first index of each entry, as `indexOf` finds it. */
	const first = new Map<unknown, number>();
	widths.forEach((item, i) => {
		if (!first.has(item)) first.set(item, i);
	});
	widths.push = (...items: unknown[]) => {
		for (const item of items) {
			if (!first.has(item)) first.set(item, widths.length);
			Array.prototype.push.call(widths, item);
		}
		return widths.length;
	};
	widths.indexOf = (item: unknown, from?: number) =>
		from === undefined && !Number.isNaN(item)
			? (first.get(item) ?? -1)
			: Array.prototype.indexOf.call(widths, item, from);

	const subset = metadata.subset;
	const encode = subset.encode.bind(subset);
	subset.encode = (glyphIds, format) => {
		const glyphs = `${format}:${[...new Set(glyphIds)].sort((a, b) => a - b).join(',')}`;
		const last = subsets.get(file);
		if (last?.glyphs === glyphs) return last.data;
		const data = encode(glyphIds, format);
		subsets.set(file, { glyphs, data });
		return data;
	};
}

/**
 * The font files as binary strings, fetched once per page load (a failed fetch is tried again next
 * time). Binary, not base64: jsPDF reads a TrueType file given as bytes without decoding it first.
 */
let fonts: Promise<{ regular: string; bold: string }> | undefined;

async function bytesFrom(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the font could not be loaded (HTTP ${response.status})`);
	return binaryString(new Uint8Array(await response.arrayBuffer()));
}

export function loadFonts(): Promise<{ regular: string; bold: string }> {
	fonts ??= Promise.all([bytesFrom(regularFontUrl), bytesFrom(boldFontUrl)]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			fonts = undefined;
			throw error;
		}
	);
	return fonts;
}

/** A new document in points, compressed, with DejaVu Sans regular and bold. */
export function newPdf(format: PageFormat, fontData: { regular: string; bold: string }): jsPDF {
	const doc = new jsPDF({ unit: 'pt', format, compress: true });
	const internal = doc.internal as unknown as {
		getFont(name: string, style: string): { metadata: TtfMetadata };
	};
	for (const [file, style, data] of [
		['DejaVuSans.ttf', 'normal', fontData.regular],
		['DejaVuSans-Bold.ttf', 'bold', fontData.bold]
	] as const) {
		doc.addFileToVFS(file, data);
		doc.addFont(file, FONT, style);
		quickerFont(internal.getFont(FONT, style).metadata, file);
	}
	// jspdf-autotable asks for the font list on every cell, and jsPDF rebuilds it each time; the
	// fonts are all added above, so the list is fixed from here on (a tenth of the layout time).
	const fontList = doc.getFontList();
	doc.getFontList = () => fontList;
	return doc;
}
