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
/** While `pdfBlob` writes a file: its streams, for the next file. */
let written: Map<string, string> | undefined;
const jsPdfFilters = api.processDataByFilters.bind(api);
api.processDataByFilters = (data, filters) => {
	if (!flateOnly(filters)) return jsPdfFilters(data, filters);
	const done = deflated.get(data) ?? jsPdfFilters(data, filters).data;
	written?.set(data, done);
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
	/** The character each glyph drawn stands for (the file's ToUnicode map). */
	toUnicode: Record<number, number>;
	cmap: { unicode: { codeMap: Record<number, number | undefined> } };
	characterToGlyph(code: number): number;
	widthOfGlyph(glyph: number): number;
	subset: { encode(glyphIds: number[], format: number): unknown };
}

/** A string as jsPDF writes it in one of our fonts, and what writing it adds to the font's lists. */
interface Escaped {
	/** Four hex digits per glyph. */
	hex: string;
	/** The glyphs, each once, in the order they first occur, with their widths as jsPDF lists them. */
	glyphs: [glyph: number, width: number][];
	/** The character each glyph ends up standing for (the last one drawn with it). */
	codes: [glyph: number, code: number][];
}

/** Our fonts' strings written so far, per font file (the glyphs depend on nothing else). */
const escapes = new Map<string, Map<string, Escaped>>();
/** Our fonts in the documents made here, with their file's strings. */
const ourFonts = new WeakMap<TtfMetadata, Map<string, Escaped>>();

/**
 * jsPDF's text hook for Identity-H fonts (`utf8TextFunction` and `pdfEscape16` in jsPDF 4.2.1,
 * step for step: a character without a glyph is left out, unless its code is under 256, when it
 * becomes glyph 0 and ends the string), with what it adds to the font's lists recorded.
 */
function escape(text: string, font: TtfMetadata): Escaped {
	let kept = '';
	let confirmed: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (Object.hasOwn(font, 'cmap')) confirmed = font.cmap.unicode.codeMap[code];
		if (confirmed || (code < 256 && Object.hasOwn(font, 'Unicode'))) kept += text[i];
	}
	const glyphs = new Map<number, number>();
	const codes = new Map<number, number>();
	let hex = '';
	for (let i = 0; i < kept.length; i++) {
		const code = kept.charCodeAt(i);
		const glyph = font.characterToGlyph(code);
		if (!glyphs.has(glyph)) glyphs.set(glyph, parseInt(String(font.widthOfGlyph(glyph)), 10));
		codes.delete(glyph); // so the order is that of the last use, as the assignments happened
		codes.set(glyph, code);
		if (glyph == 0) break;
		hex += glyph.toString(16).padStart(4, '0');
	}
	return { hex, glyphs: [...glyphs], codes: [...codes] };
}

/** What writing `escaped` adds to a document's font: jsPDF's side effects, in jsPDF's order. */
function record(escaped: Escaped, font: TtfMetadata) {
	const widths = font.Unicode.widths;
	for (const [glyph, width] of escaped.glyphs) {
		font.glyIdsUsed.push(glyph);
		if (widths.indexOf(glyph) == -1) widths.push(glyph, [width]);
	}
	for (const [glyph, code] of escaped.codes) font.toUnicode[glyph] = code;
}

interface TextPayload {
	text: unknown;
	mutex: {
		activeFontKey: string;
		fonts: Record<string, { encoding: string; metadata: TtfMetadata }>;
		isHex?: boolean;
	};
}

/**
 * jsPDF's first `postProcessText` hook turns every string drawn into glyph ids, a character at a
 * time, and is a fifth of the time taken to lay out the report. For our own fonts the answer for a
 * string is kept, per font file, and a string written before (most of a report is written again by
 * the next PDF) costs a lookup. Any other font, or a shape of text not seen here, goes to jsPDF's hook.
 */
const hooks = api.events.filter(([name]) => name === 'postProcessText');
const utf8Hook = hooks[0]?.[1];
/** Whether jsPDF's hooks were as expected (its text hook, then its bidi one) and ours took the first's place. */
export const quickTextHook = hooks.length === 2 && typeof utf8Hook === 'function';
/** Texts written by our hook and passed on to jsPDF's, in our fonts (a test checks the first do all). */
export const textHookCounts = { ours: 0, passedOn: 0 };
if (quickTextHook) {
	const original = utf8Hook as (this: unknown, payload: TextPayload) => void;
	const quicker = function (this: unknown, payload: TextPayload) {
		const { activeFontKey, fonts } = payload.mutex;
		const font = fonts[activeFontKey];
		const strings = font && ourFonts.get(font.metadata);
		const { text } = payload;
		const lines = typeof text === 'string' ? [text] : text;
		// A line is a string, [text, x, y], or (as jsPDF passes most lines) [text]; of any array other
		// than a triple jsPDF's hook writes the first item alone.
		const plain = (line: unknown) =>
			typeof line === 'string' || (Array.isArray(line) && typeof line[0] === 'string');
		if (
			!font ||
			!strings ||
			font.encoding !== 'Identity-H' ||
			parseInt(activeFontKey.slice(1)) < 14 ||
			!Array.isArray(lines) ||
			!lines.every(plain)
		) {
			if (strings) textHookCounts.passedOn++;
			return original.call(this, payload);
		}
		textHookCounts.ours++;
		const hex = (line: string) => {
			let escaped = strings.get(line);
			if (!escaped) {
				if (strings.size > 50_000) strings.clear();
				strings.set(line, (escaped = escape(line, font.metadata)));
			}
			record(escaped, font.metadata);
			return escaped.hex;
		};
		payload.text =
			typeof text === 'string'
				? hex(text)
				: (lines as (string | [string, ...unknown[]])[]).map((line) =>
						typeof line === 'string'
							? hex(line)
							: line.length === 3
								? [hex(line[0]), line[1], line[2]]
								: hex(line[0])
					);
		// As jsPDF's hook: hex once a string has gone through it.
		if (lines.length) payload.mutex.isHex = true;
	};
	api.events = api.events.map((event) => (event[1] === original ? [event[0], quicker] : event));
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
	let strings = escapes.get(file);
	if (!strings) escapes.set(file, (strings = new Map()));
	ourFonts.set(metadata, strings);

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

/** A new document in points, compressed (unless a test reads it), with DejaVu Sans regular and bold. */
export function newPdf(
	format: PageFormat,
	fontData: { regular: string; bold: string },
	compress = true
): jsPDF {
	const doc = new jsPDF({ unit: 'pt', format, compress });
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
