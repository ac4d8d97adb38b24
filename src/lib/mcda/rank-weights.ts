/**
 * Weights from a ranking alone, index 0 = most important (Barron & Barrett 1996, "Decision quality
 * using ranked attribute weights", Management Science 42(11), 1515–1523), for rank k = 1…n:
 * - 'roc' (rank order centroid): w_k = (1/n) Σ_{i=k}^{n} 1/i, the centroid of all weight vectors
 *   ordered like the ranking;
 * - 'rank-sum': w_k = 2(n + 1 − k) / (n(n + 1));
 * - 'rank-reciprocal': w_k = (1/k) / Σ_{i=1}^{n} 1/i.
 * Each sums to 1; n = 0 gives [].
 */
export function rankWeights(n: number, kind: 'roc' | 'rank-sum' | 'rank-reciprocal'): number[] {
	if (!Number.isInteger(n) || n < 0)
		throw new RangeError(`n should be a whole number ≥ 0, but its value is ${n}.`);
	const ranks = Array.from({ length: n }, (_, i) => i + 1);
	switch (kind) {
		case 'roc':
			return ranks.map((k) => {
				let sum = 0;
				for (let i = k; i <= n; i++) sum += 1 / i;
				return sum / n;
			});
		case 'rank-sum':
			return ranks.map((k) => (2 * (n + 1 - k)) / (n * (n + 1)));
		case 'rank-reciprocal': {
			const harmonic = ranks.reduce((s, i) => s + 1 / i, 0);
			return ranks.map((k) => 1 / k / harmonic);
		}
	}
}
