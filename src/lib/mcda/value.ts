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

/**
 * Piecewise-linear value function through (level, score) points, levels strictly increasing or
 * strictly decreasing: between two neighbouring points v(x) = s_i + (s_{i+1} − s_i) · (x − l_i) /
 * (l_{i+1} − l_i); outside the levels, the score of the nearer end point (Belton & Stewart 2002,
 * §5.2.2: a value function "bisected" into a few points joined by straight lines, for diminishing
 * returns such as 1 GB → 0, 8 GB → 70, 64 GB → 100). Fewer than two points, or a raw value that is not
 * a finite number, score 0 (as `linearValue` does).
 */
export function piecewiseValue(raw: number, points: readonly { level: number; score: number }[]): number {
	if (!Number.isFinite(raw) || points.length < 2) return 0;
	// Walk the levels upwards whichever way they are given.
	const up = points[0]!.level < points[points.length - 1]!.level ? points : [...points].reverse();
	const first = up[0]!;
	const last = up[up.length - 1]!;
	if (raw <= first.level) return first.score;
	if (raw >= last.level) return last.score;
	for (let i = 1; i < up.length; i++) {
		const right = up[i]!;
		if (raw > right.level) continue;
		const left = up[i - 1]!;
		return left.score + ((right.score - left.score) * (raw - left.level)) / (right.level - left.level);
	}
	return last.score;
}
