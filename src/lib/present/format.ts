/**
 * How figures read everywhere (page, PDF, CSV, link previews): one place, so a score never reads
 * "72.35" in one table and "72.4" in another.
 */

/** Score as shown everywhere: one decimal. */
export function formatScore(score: number): string {
	return score.toFixed(1);
}

/** Points as shown everywhere: "21.0 points", "1.0 point" (the page's answer and Why #1 wins). */
export function formatPoints(points: number): string {
	const shown = formatScore(points);
	return `${shown} point${shown === '1.0' ? '' : 's'}`;
}

/** Share of the total weight in whole per cent; "–" when all weights are zero. */
export function formatShare(weight: number, totalWeight: number): string {
	return totalWeight > 0 ? `${Math.round((100 * weight) / totalWeight)} %` : '–';
}

/** Whole per cent of a 0–1 share: "64 %". */
export function percent(share: number): string {
	return `${Math.round(100 * share)} %`;
}
