/**
 * The facilitator's "Download PDF": page 1 the group's answer (its sentence, agreement, weights and
 * ranking), then one page per participant (their weights and their own ranking). Kept simple: text
 * and tables, no charts. Names are drawn as text with the embedded DejaVu font (jsPDF draws
 * characters as given, so bidi controls are stripped first). Browser only, loaded by `import()`.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { GroupResult } from '$lib/evaluation/group-decision';
import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatScore } from '$lib/present/format';
import { stripBidiControls as plain } from '$lib/present/bidi';
import type { GroupView } from '$lib/present/group-decision';
import regularFontUrl from './fonts/DejaVuSans.subset.ttf?url';
import boldFontUrl from './fonts/DejaVuSans-Bold.subset.ttf?url';

const FONT = 'DejaVuSans';
const MARGIN = 48;
const TABLE = { font: FONT, fontSize: 9, cellPadding: 3 };
const HEAD = {
	font: FONT,
	fontStyle: 'bold' as const,
	fillColor: [232, 236, 242] as [number, number, number],
	textColor: 20
};

async function base64Of(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the font could not be loaded (HTTP ${response.status})`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(out);
}

export interface GroupPdfOptions {
	/** The data set's title. */
	title: string;
	/** The invite link. */
	link: string;
	exportedAt: Date;
}

export async function groupPdf(result: GroupResult, view: GroupView, options: GroupPdfOptions) {
	const [regular, bold] = await Promise.all([base64Of(regularFontUrl), base64Of(boldFontUrl)]);
	const doc = new jsPDF({ unit: 'pt', format: 'a4' });
	doc.addFileToVFS('DejaVuSans.ttf', regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
	let y = MARGIN;

	const heading = (text: string, size = 16) => {
		doc.setFont(FONT, 'bold').setFontSize(size);
		const lines: string[] = doc.splitTextToSize(plain(text), width);
		doc.text(lines, MARGIN, y + size);
		y += lines.length * size * 1.25 + 6;
	};
	const paragraph = (text: string) => {
		if (!text) return;
		doc.setFont(FONT, 'normal').setFontSize(10);
		const lines: string[] = doc.splitTextToSize(plain(text), width);
		doc.text(lines, MARGIN, y + 10);
		y += lines.length * 13 + 5;
	};
	const table = (head: string[], body: string[][]) => {
		autoTable(doc, {
			startY: y,
			margin: { left: MARGIN, right: MARGIN },
			head: [head],
			body: body.map((row) => row.map(plain)),
			styles: TABLE,
			headStyles: HEAD
		});
		y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 12;
	};
	const ranking = (evaluation: Evaluation) =>
		table(
			['Rank', 'Provider', 'Score'],
			evaluation.ranking.map((r) => [String(r.rank), r.provider.name, formatScore(r.score)])
		);

	heading(`Group decision: ${options.title}`);
	paragraph(`${view.count} Made ${options.exportedAt.toLocaleString()}. Invite link: ${options.link}`);
	paragraph(view.headline);
	paragraph(view.robustness);
	paragraph(view.firstChoice);
	paragraph(view.agreement);
	paragraph(view.disputed);
	heading("The group's weights", 12);
	paragraph(view.weightsRule);
	view.consistency.forEach(paragraph);
	table(
		['Criterion', 'Share'],
		view.weights.map((w) => [w.name, w.share])
	);
	if (result.evaluation.ranked) {
		heading("The group's ranking", 12);
		ranking(result.evaluation);
	}

	result.members.forEach((member, i) => {
		const row = view.members[i]!;
		doc.addPage();
		y = MARGIN;
		heading(row.name, 14);
		paragraph(
			`${row.way}. First choice under these weights: ${row.first}.${row.updatedAt ? ` Last changed ${new Date(row.updatedAt).toLocaleString()}.` : ''}`
		);
		table(
			['Criterion', 'Share'],
			member.evaluation.criteria.map((c, j) => [c.name, row.shares[j] ?? '–'])
		);
		if (member.evaluation.ranked) ranking(member.evaluation);
	});

	return { blob: doc.output('blob'), fileName: 'group-decision.pdf', pages: doc.getNumberOfPages() };
}
