/**
 * Value functions: a raw value in a criterion's unit → a 0–100 value score, from reference levels
 * fixed in the data set. Because the levels are fixed (no min–max over the providers compared),
 * a provider's value score never depends on which other providers are in the comparison, so adding
 * or removing one cannot reverse the order of the others (Belton & Stewart, "Multiple Criteria
 * Decision Analysis", 2002, §5.2 on interval scales with fixed reference points).
 */

/**
 * Linear interpolation between a worst (0) and a best (100) reference level, clamped to [0, 100].
 * v(x) = 100 · (x − worst) / (best − worst). Works for both directions: for "less is better"
 * the best level is below the worst, so the denominator is negative.
 */
export function linearValue(raw: number, worst: number, best: number): number {
	if (!Number.isFinite(raw) || worst === best) return 0;
	const v = (100 * (raw - worst)) / (best - worst);
	return Math.min(100, Math.max(0, v));
}

/** The score of a named level; an unknown level id scores 0 (the worst). */
export function levelValue(raw: string, levels: readonly { id: string; score: number }[]): number {
	return levels.find((l) => l.id === raw)?.score ?? 0;
}
