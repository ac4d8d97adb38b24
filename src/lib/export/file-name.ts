/**
 * The PDF's file name, so two reports in a downloads folder can be told apart without opening them:
 * `cloud-scorecard-<data set>-<preset, or the leader>-<date>.pdf`. Pure, for a table test.
 */

/** Longest a name part may be, so the file name stays readable in a file dialog. */
const PART_MAX = 32;

/** Lower-case ASCII words joined by hyphens: "Société Générale" → "societe-generale"; other scripts drop out. */
export function slug(text: string, max = PART_MAX): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let out = '';
	for (const word of words) {
		const next = out ? `${out}-${word}` : word;
		// Cut at a word boundary; a single over-long word is cut in the middle.
		if (next.length > max) return out || word.slice(0, max);
		out = next;
	}
	return out;
}

export interface FileNameParts {
	datasetId: string;
	/** The preset in force ("Security and compliance first"), if any. */
	preset?: string;
	/** Weights that started from the preset and were changed. */
	modified?: boolean;
	/** The provider ranked first, named when no preset says what the weights are. */
	leader?: string;
	/** YYYY-MM-DD, local. */
	date: string;
}

export function pdfFileName({ datasetId, preset, modified, leader, date }: FileNameParts): string {
	const subject = preset
		? [slug(preset), modified ? 'modified' : ''].filter(Boolean).join('-')
		: leader && slug(leader)
			? `${slug(leader)}-first`
			: '';
	return `${['cloud-scorecard', slug(datasetId), subject, date].filter(Boolean).join('-')}.pdf`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time. */
export function localDate(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD HH:MM in local time. */
export function localDateTime(date: Date): string {
	return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
