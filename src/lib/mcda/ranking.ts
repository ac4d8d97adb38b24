/**
 * Standard competition ranking ("1224"): equal scores share a rank and the next rank skips, so
 * scores [80, 70, 70, 60] rank [1, 2, 2, 4]. Scores are compared at the precision shown to the user
 * (one decimal), so two providers that both read 71.4 never get different ranks.
 */
export function competitionRanks(scores: readonly number[], decimals = 1): number[] {
	const shown = scores.map((s) => Number(s.toFixed(decimals)));
	// Sorted best first, a score's rank is 1 + the position of its first occurrence.
	const sorted = [...shown].sort((a, b) => b - a);
	const firstAt = new Map<number, number>();
	sorted.forEach((s, i) => firstAt.has(s) || firstAt.set(s, i + 1));
	return shown.map((s) => firstAt.get(s) ?? 1);
}

/** Indices of `scores` from best to worst; ties keep their input order (a stable sort). */
export function orderByScore(scores: readonly number[], decimals = 1): number[] {
	const ranks = competitionRanks(scores, decimals);
	return scores.map((_, i) => i).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
}
