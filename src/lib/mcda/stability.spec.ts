import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightStability } from './stability';

/** Weighted-sum scores with criterion j at weight t and the others in proportion (the test may sweep). */
function scoresAt(values: number[][], weights: number[], j: number, t: number): number[] {
	const total = weights.reduce((s, w) => s + w, 0);
	const w = weights.map((x) => x / total);
	const others = 1 - w[j]!;
	const n = w.length;
	const moved = w.map((x, k) => (k === j ? t : others > 1e-12 ? (x * (1 - t)) / others : (1 - t) / (n - 1)));
	return values.map((row) => row.reduce((s, v, k) => s + moved[k]! * v, 0));
}

const leaders = (scores: number[]) => {
	const best = Math.max(...scores);
	return scores.flatMap((s, i) => (s >= best - 1e-9 ? [i] : []));
};

describe('weightStability', () => {
	it('matches a hand calculation', () => {
		// A (100, 0), B (0, 100), C (60, 60), weights ½, ½: scores 50, 50, 60, C first.
		// Criterion 1 at weight t: A = 100t, B = 100(1 − t), C = 60. C stays first while 100t ≤ 60 and
		// 100(1 − t) ≤ 60: t ∈ [0.4, 0.6]; below 0.4 B leads, above 0.6 A does. Criterion 2 mirrors it.
		const values = [
			[100, 0],
			[0, 100],
			[60, 60]
		];
		const result = weightStability(values, [1, 1]);
		expect(result).toHaveLength(2);
		expect(result[0]).toMatchObject({ criterion: 0, first: 2, below: 1, above: 0 });
		expect(result[1]).toMatchObject({ criterion: 1, first: 2, below: 0, above: 1 });
		for (const r of result) {
			expect(r.interval[0]).toBeCloseTo(0.4, 12);
			expect(r.interval[1]).toBeCloseTo(0.6, 12);
		}
	});

	it('an interval that reaches 0 or 1 names nobody there', () => {
		// A dominates B: A first for every weight.
		const [r] = weightStability(
			[
				[80, 90],
				[10, 20]
			],
			[3, 1]
		);
		expect(r).toEqual({ criterion: 0, interval: [0, 1], first: 0 });
	});

	it('w_j = 1: the other (zero) weights are taken as equal', () => {
		// Weights (1, 0, 0): now (t = 1) B is first, 80 > 70. For criterion 1 the other two columns get
		// equal shares: R_A = (100 + 0)/2 = 50, R_B = (80 + 0)/2 = 40, so A = 70t + 50(1 − t) and
		// B = 80t + 40(1 − t); B − A = 20t − 10 ≥ 0 for t ≥ 0.5. Interval [0.5, 1], A leads below.
		const values = [
			[70, 100, 0],
			[80, 80, 0]
		];
		const [r] = weightStability(values, [1, 0, 0]);
		expect(r!.first).toBe(1);
		expect(r!.interval[0]).toBeCloseTo(0.5, 12);
		expect(r!.interval[1]).toBe(1);
		expect(r!.below).toBe(0);
	});

	it('one alternative, one criterion, ties, and nothing to rank', () => {
		expect(weightStability([[5, 7]], [1, 2]).map((r) => r.interval)).toEqual([
			[0, 1],
			[0, 1]
		]);
		expect(weightStability([[5], [3]], [2])).toEqual([{ criterion: 0, interval: [0, 1], first: 0 }]);
		// Identical rows: the first index leads and the tie never ends its interval.
		expect(
			weightStability(
				[
					[5, 1],
					[5, 1]
				],
				[1, 1]
			).map((r) => [r.first, r.interval])
		).toEqual([
			[0, [0, 1]],
			[0, [0, 1]]
		]);
		expect(weightStability([[1, 2]], [0, 0])).toEqual([]);
		expect(weightStability([], [1])).toEqual([]);
	});

	it('when two pass the leader at the same weight, names the one that passes faster', () => {
		// A (60, 40), B (40, 60), C (20, 80), weights ½, ½: all score 50, A first (lowest index).
		// Criterion 1 at weight t: A = 40 + 20t, B = 60 − 20t, C = 80 − 60t: B and C both reach A at
		// t = 0.5; just below it C leads (C − B = 20 − 40t > 0 for t < 0.5). Criterion 2 at weight t:
		// A = 60 − 20t, B = 40 + 20t, C = 20 + 60t: both pass A above t = 0.5, C first. Listing C before
		// B must name C too.
		for (const [values, c] of [
			[
				[
					[60, 40],
					[40, 60],
					[20, 80]
				],
				2
			],
			[
				[
					[60, 40],
					[20, 80],
					[40, 60]
				],
				1
			]
		] as const) {
			const result = weightStability(
				values.map((r) => [...r]),
				[1, 1]
			);
			expect(result).toEqual([
				{ criterion: 0, interval: [0.5, 1], first: 0, below: c },
				{ criterion: 1, interval: [0, 0.5], first: 0, above: c }
			]);
		}
	});

	it('two alternatives that tie at every weight of a criterion do not end its interval', () => {
		// Found by the sweep below (CI, 5 December, seed 1442296121). A (49, 16, 75), B (43, 16, 84),
		// C (0, 0, 0), weights 3/3/2: A and B both score 345/8 = 43.125, A first (lower index).
		// Criterion 1 at share t, the others 3 : 2 in proportion: A − B = (1 − t)(3·6 + 2·(−9))/5 = 0 at
		// every t, so [0, 1]; rounding left A − B = −7e-15 on the others, which read as a crossing.
		// Criterion 0: A − B = 6t − 3.6(1 − t) ≥ 0 from t = 0.375 (B first below). Criterion 2:
		// A − B = −9t + 3(1 − t) ≥ 0 up to t = 0.25 (B first above).
		const result = weightStability(
			[
				[49, 16, 75],
				[43, 16, 84],
				[0, 0, 0]
			],
			[3, 3, 2]
		);
		expect(result.map((r) => ({ ...r, interval: r.interval.map((x) => Number(x.toFixed(12))) }))).toEqual([
			{ criterion: 0, interval: [0.375, 1], first: 0, below: 1 },
			{ criterion: 1, interval: [0, 1], first: 0 },
			{ criterion: 2, interval: [0, 0.25], first: 0, above: 1 }
		]);
	});

	it('where two pass the leader at one point, names the one that leads beyond it', () => {
		// Found by the sweep below with more runs (5 December). Criterion 1 weighs 0, so criterion 2 at
		// share t leaves criterion 0 with 1 − t. C (63, ·, 100) leads. A (92, ·, 42) and E (80, ·, 66):
		// C − A = 87t − 29 and C − E = 51t − 17, both 0 at t = 1/3; below it A − E = 12 − 36t > 0, so A
		// is first there. The two crossings came out 1e-16 apart, and E's, a hair higher, was named.
		const values = [
			[92, 95, 42],
			[48, 80, 100],
			[63, 31, 100],
			[21, 64, 32],
			[80, 10, 66],
			[13, 86, 37]
		];
		const last = weightStability(values, [1, 0, 8])[2]!;
		expect(last).toMatchObject({ criterion: 2, first: 2, below: 0 });
		expect(last.interval[0]).toBeCloseTo(1 / 3, 12);
		expect(last.interval[1]).toBe(1);
	});

	it('agrees with a brute-force sweep of the weight', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }).chain((n) =>
					fc.tuple(
						fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }), {
							minLength: 1,
							maxLength: 6
						}),
						fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n })
					)
				),
				([values, weights]) => {
					fc.pre(weights.some((w) => w > 0));
					for (const r of weightStability(values, weights)) {
						const [lo, hi] = r.interval;
						for (let step = 0; step <= 100; step++) {
							const t = step / 100;
							const lead = leaders(scoresAt(values, weights, r.criterion, t));
							if (t > lo + 1e-9 && t < hi - 1e-9) expect(lead).toContain(r.first);
							if (t < lo - 1e-6 || t > hi + 1e-6) expect(lead).not.toContain(r.first);
						}
						// Just outside the interval the named alternative leads.
						if (r.below !== undefined)
							expect(leaders(scoresAt(values, weights, r.criterion, lo - 1e-7))).toContain(r.below);
						if (r.above !== undefined)
							expect(leaders(scoresAt(values, weights, r.criterion, hi + 1e-7))).toContain(r.above);
					}
				}
			),
			{ numRuns: 200 }
		);
	}, 30_000); // ~1 s alone; a loaded machine must not turn it into a timeout
});
