// Reads a PDF in Node with pdfjs-dist (legacy build: no worker, no DOM), for the export tests and bench.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ParsedPage {
	/** Text lines, top to bottom; the cells of a table row are joined with "|". */
	lines: string[];
	/** Every text item in reading order joined without separators (a URL broken over lines reads whole). */
	joined: string;
	/** Text items in content order with their position (x from the left, y from the top, points). */
	items: { str: string; x: number; y: number }[];
	links: string[];
	/** Pixel size of each image drawn, with the size it is drawn at in points. */
	images: { width: number; height: number; drawnWidth: number }[];
	/** Page size in points. */
	size: { width: number; height: number };
}

export interface ParsedPdf {
	pages: ParsedPage[];
	/** All lines of all pages. */
	lines: string[];
	text: string;
	title: string | undefined;
}

interface TextItem {
	str: string;
	transform: number[];
	width: number;
}

export async function parsePdf(data: Uint8Array): Promise<ParsedPdf> {
	// pdfjs takes the buffer over (transfers it): give it a copy so the caller's bytes stay usable.
	const doc = await getDocument({
		data: data.slice(),
		disableFontFace: true,
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const pages: ParsedPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		const items = content.items.filter(
			(i): i is TextItem & typeof i => 'str' in i && i.str.trim() !== ''
		) as TextItem[];
		// Group items by baseline (rounded), rows top to bottom, cells left to right.
		const rows = new Map<number, TextItem[]>();
		for (const item of items) {
			const y = Math.round(item.transform[5]!);
			const key = [...rows.keys()].find((k) => Math.abs(k - y) <= 1) ?? y;
			rows.set(key, [...(rows.get(key) ?? []), item]);
		}
		const lines = [...rows.entries()]
			.sort((a, b) => b[0] - a[0])
			.map(([, row]) =>
				row
					.sort((a, b) => a.transform[4]! - b.transform[4]!)
					.map((i) => i.str.trim())
					.join('|')
			);
		const annotations = (await page.getAnnotations()) as { subtype: string; url?: string }[];
		const ops = await page.getOperatorList();
		const images: ParsedPage['images'] = [];
		let matrix = [1, 0, 0, 1, 0, 0];
		ops.fnArray.forEach((fn, i) => {
			const args = ops.argsArray[i] as unknown[];
			if (fn === OPS.transform) matrix = args as number[];
			if (fn === OPS.paintImageXObject)
				images.push({ width: args[1] as number, height: args[2] as number, drawnWidth: matrix[0]! });
		});
		pages.push({
			lines,
			joined: items.map((i) => i.str).join(''),
			items: items.map((i) => ({ str: i.str, x: i.transform[4]!, y: page.view[3]! - i.transform[5]! })),
			links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!),
			images,
			size: { width: page.view[2]! - page.view[0]!, height: page.view[3]! - page.view[1]! }
		});
	}
	const meta = await doc.getMetadata();
	const info = meta.info as { Title?: string };
	await doc.destroy();
	return {
		pages,
		lines: pages.flatMap((p) => p.lines),
		text: pages.map((p) => p.lines.join('\n')).join('\n'),
		title: info.Title
	};
}

/** Click the page's PDF button; the download, its bytes and the parsed PDF. */
export async function downloadPdf(
	page: Page
): Promise<{ download: Download; bytes: Uint8Array; pdf: ParsedPdf }> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /PDF/ }).click();
	const download = await downloading;
	const bytes = new Uint8Array(await readFile((await download.path())!));
	return { download, bytes, pdf: await parsePdf(bytes) };
}
