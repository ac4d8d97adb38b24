import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { FONT, newPdf, pdfBlob, quickTextHook, textHookCounts } from './pdf-engine';

const fonts = {
	regular: readFileSync('src/lib/export/fonts/DejaVuSans.subset.ttf', 'latin1'),
	bold: readFileSync('src/lib/export/fonts/DejaVuSans-Bold.subset.ttf', 'latin1')
};

/** A document as jsPDF makes it without our tunings of the font (its own text hook runs). */
function plainPdf(): jsPDF {
	const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false });
	doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	return doc;
}

/** Our document, uncompressed, so the two files can be compared byte for byte. */
function ourPdf(): jsPDF {
	return newPdf('a4', fonts, false);
}

/**
 * Awkward text: Latin with accents, Greek, Cyrillic, characters our subset has no glyph for (Arabic,
 * Han, an emoji as a surrogate pair), at the start and after one that has a glyph, a control
 * character, an empty string, a repeated string, and lines given as an array and split to a width.
 */
function draw(doc: jsPDF) {
	const strings = [
		'Société Générale Cloud — Ørsted Łódź',
		'Ελληνικά και Кириллица',
		'مرحبا first',
		'A 中文 B 😀 C',
		'',
		'Price: 0.08 $/h (≈ 0,06 €)',
		'A control character \u0085 has no glyph (jsPDF leaves it out before the hook)',
		'Société Générale Cloud — Ørsted Łódź'
	];
	doc.setFont(FONT, 'normal').setFontSize(10);
	strings.forEach((s, i) => doc.text(s, 40, 40 + 14 * i));
	doc.setFont(FONT, 'bold');
	doc.text(['Two lines', 'given as an array'], 40, 200);
	doc.text(doc.splitTextToSize(strings.join(' '), 200) as string[], 40, 240);
	doc.addPage();
	doc.setFont(FONT, 'normal');
	doc.text('Page 2: Ωμέγα, Ω, ω', 40, 40, { align: 'center' });
}

/** The whole file with its dates and id fixed, so two makings of the same content compare equal. */
function file(doc: jsPDF): string {
	doc.setCreationDate(new Date(Date.UTC(2025, 10, 6, 9, 5)));
	doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
	return doc.output();
}

describe('pdf-engine', () => {
	it('writes text exactly as jsPDF does, the first time and again from its memory of strings', () => {
		expect(quickTextHook).toBe(true);
		const plain = plainPdf();
		draw(plain);
		const expected = file(plain);
		expect(expected).toContain('/Type /Font');
		// Twice: the second document finds every string already known.
		for (let i = 0; i < 2; i++) {
			const ours = ourPdf();
			const before = { ...textHookCounts };
			draw(ours);
			expect(file(ours)).toBe(expected);
			// Our hook wrote every text: the comparison above is of its work, not jsPDF's again.
			expect(textHookCounts.passedOn).toBe(before.passedOn);
			expect(textHookCounts.ours - before.ours).toBe(10); // every text drawn but the empty one
		}
	});

	it('compresses every page with the browser-style zlib, to the same page contents', async () => {
		const doc = newPdf('a4', fonts);
		draw(doc);
		const pages = (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages.flatMap((p) =>
			p ? [p.join('\n')] : []
		);
		const bytes = Buffer.from(await (await pdfBlob(doc)).arrayBuffer());
		const text = bytes.toString('latin1');
		const contents: string[] = [];
		for (const m of text.matchAll(/\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)) {
			const start = m.index + m[0].length;
			contents.push(inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1'));
		}
		expect(pages).toHaveLength(2);
		for (const page of pages) expect(contents).toContain(page);
	});
});
