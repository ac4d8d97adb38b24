/**
 * The p-th percentile (nearest-rank) of a list of timings.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? Number.NaN;
}

/** @param {number[]} values */
export function summary(values) {
	return {
		n: values.length,
		median: percentile(values, 50),
		p95: percentile(values, 95),
		max: Math.max(...values)
	};
}

/** @param {number} n */
export const ms = (n) => `${n.toFixed(3)} ms`;
