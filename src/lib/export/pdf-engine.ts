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

/**
 * Page contents deflated ahead of `output`, by the browser's zlib (`deflatePages`), keyed by the
 * content itself. jsPDF deflates each page with fflate in JavaScript when it writes the file, a sixth
 * of an export; the browser's zlib does it in a fraction of that. A page not found here (or any other
 * stream) goes through jsPDF's own filter, so the file is right either way.
 */
const deflated = new Map<string, string>();
const jsPdfFilters = api.processDataByFilters.bind(api);
api.processDataByFilters = (data, filters) => {
	const only = Array.isArray(filters) && filters.length === 1 ? filters[0] : filters;
	const done = only === 'FlateEncode' || only === '/FlateEncode' ? deflated.get(data) : undefined;
	return done === undefined ? jsPdfFilters(data, filters) : { data: done, reverseChain: '/FlateDecode' };
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
	try {
		return doc.output('blob');
	} finally {
		deflated.clear();
	}
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
	doc.addFileToVFS('DejaVuSans.ttf', fontData.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', fontData.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	// jspdf-autotable asks for the font list on every cell, and jsPDF rebuilds it each time; the
	// fonts are all added above, so the list is fixed from here on (a tenth of the layout time).
	const fontList = doc.getFontList();
	doc.getFontList = () => fontList;
	return doc;
}
