/** Mulberry32: a small, fast seeded PRNG (public domain, Tommy Ettinger), for repeatable trials. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Fill `out` with a point drawn uniformly from the unit simplex (Σ out = 1, every entry ≥ 0): a
 * Dirichlet(1, …, 1) draw made of normalised exponentials −ln(U) (Rubinstein 1982; the weight
 * generator of SMAA, Tervonen & Lahdelma 2007, EJOR 178, 500–513). Writes in place, allocates nothing.
 * 1 − U lies in (0, 1], so the logarithm is always finite.
 */
export function fillSimplex(random: () => number, out: Float64Array | number[]): void {
	let total = 0;
	for (let j = 0; j < out.length; j++) {
		const e = -Math.log(1 - random());
		out[j] = e;
		total += e;
	}
	// Every draw 0 has probability 0, but a generator could return it: fall back to the centre.
	for (let j = 0; j < out.length; j++) out[j] = total > 0 ? out[j]! / total : 1 / out.length;
}
