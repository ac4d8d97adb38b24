/**
 * Standard competition ranking ("1224"): equal scores share a rank and the next rank skips, so
 * scores [80, 70, 70, 60] rank [1, 2, 2, 4]. Scores are compared at the precision shown to the user
 * (one decimal), so two providers that both read 71.4 never get different ranks.
 */
/**
 * `Number(score.toFixed(decimals))`, the score as shown, without formatting text where it need not:
 * away from a tie (…5 at the next decimal) rounding the scaled number gives the same result, and
 * the Monte Carlo robustness check rounds thousands of scores per page. At a tie, `toFixed` decides
 * (it rounds the exact binary value, so 1.45 → 1.4).
 */
function asShown(score: number, decimals: number): number {
	const scale = 10 ** decimals;
	const scaled = score * scale;
	const fraction = Math.abs(scaled - Math.trunc(scaled));
	if (Math.abs(fraction - 0.5) > 1e-6 && Number.isFinite(scaled)) return Math.round(scaled) / scale;
	return Number(score.toFixed(decimals));
}

export function competitionRanks(scores: readonly number[], decimals = 1): number[] {
	const shown = scores.map((s) => asShown(s, decimals));
	// A score's rank is 1 + how many scores are higher. For the few providers most comparisons
	// have, counting them is several times faster than sorting (the Monte Carlo robustness check
	// ranks 500 times per page), and gives the same ranks.
	if (shown.length <= 32)
		return shown.map((s) => {
			let rank = 1;
			for (const other of shown) if (other > s) rank++;
			return rank;
		});
	// Many: sorted (natively, as numbers), a score's rank is 1 + how many sort above it.
	const sorted = Float64Array.from(shown).sort();
	return shown.map((s) => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (sorted[mid]! > s) hi = mid;
			else lo = mid + 1;
		}
		return 1 + sorted.length - lo;
	});
}

/** Indices of `scores` from best to worst; ties keep their input order (a stable sort). */
export function orderByScore(scores: readonly number[], decimals = 1): number[] {
	const ranks = competitionRanks(scores, decimals);
	return scores.map((_, i) => i).sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
}
