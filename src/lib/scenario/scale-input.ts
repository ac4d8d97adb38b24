/**
 * Numbers as a person types them in a scale's or a value's box. Pure, so the forms and their tests
 * share one reading; each kind of scale reads its own fields (`scale-kinds.ts`) with it.
 */

/** "0,085" and "0.085" alike (a decimal comma is common in European spreadsheets and keyboards). */
export function readNumber(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
	const n = Number(trimmed.replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}
