import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { problem, relativeGap, sharedProperties } from '$testing/method-properties';
import { normalise } from './normalise';
import { topsis, topsisWorking } from './topsis';
import type { Direction } from './types';

/**
 * Hwang & Yoon 1981, "Multiple attribute decision making: methods and applications", pp. 133–134:
 * four fighter aircraft; max speed (Mach), ferry range (NM), max payload (lb), purchase cost ($M, the
 * one cost criterion), reliability, manoeuvrability; weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. Figures as
 * transcribed with the page in ldss-hse/ldss-benchmark (tests of its TOPSIS) and mcdajs' example:
 * D⁺ = 0.0545, 0.1197, 0.0580, 0.1009; D⁻ = 0.0983, 0.0439, 0.0920, 0.0458; C = 0.643, 0.268, 0.613,
 * 0.312. The book works from a normalised matrix rounded to 4 decimals (its cost column has 0.5063
 * where 5.5/‖x‖ = 0.5069), so its D± are within 1.5e-4 of the exact ones and A3's C = 0.0920/0.1500 =
 * 0.613 where the exact value is 0.61354. Exact values, computed independently with numpy
 * (x / numpy.linalg.norm(x, axis=0), ideal at the cost column's minimum) and checked to 1e-9 below:
 * D⁺ 0.05455745 0.11967931 0.05797672 0.10093671, D⁻ 0.0983832 0.04390273 0.09204414 0.04583572,
 * C 0.643277 0.26838357 0.61354229 0.31229107.
 */
const fighters = {
	matrix: [
		[2.0, 1500, 20000, 5.5, 5, 9],
		[2.5, 2700, 18000, 6.5, 3, 5],
		[1.8, 2000, 21000, 4.5, 7, 7],
		[2.2, 1800, 20000, 5.0, 5, 5]
	],
	weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
	directions: [1, 1, 1, -1, 1, 1] as Direction[]
};

const within = (actual: number[], expected: number[], tolerance: number) =>
	actual.forEach((a, i) => expect(Math.abs(a - expected[i]!)).toBeLessThanOrEqual(tolerance));

describe('topsis', () => {
	const { matrix, weights, directions } = fighters;
	// Built in beforeAll, not as the file is read: Stryker switches a mutant on only as the tests start.
	let working: ReturnType<typeof topsisWorking>;
	beforeAll(() => {
		working = topsisWorking(matrix, weights, directions);
	});

	it('reproduces Hwang & Yoon’s fighter aircraft example to the digits the book gives', () => {
		within(working.toIdeal, [0.0545, 0.1197, 0.058, 0.1009], 1.5e-4);
		within(working.toAntiIdeal, [0.0983, 0.0439, 0.092, 0.0458], 1.5e-4);
		within(working.closeness.slice(0, 2), [0.643, 0.268], 5e-4);
		within(working.closeness.slice(3), [0.312], 5e-4);
		within(working.closeness.slice(2, 3), [0.613], 1e-3); // the book's rounding, see above
		// Ranking A1 > A3 > A4 > A2, as in the book.
		expect(
			[...working.closeness.keys()].sort((a, b) => working.closeness[b]! - working.closeness[a]!)
		).toEqual([0, 2, 3, 1]);
	});

	it('matches the exact (numpy) figures for the same example to 1e-8', () => {
		within(working.toIdeal, [0.05455745, 0.11967931, 0.05797672, 0.10093671], 1e-8);
		within(working.toAntiIdeal, [0.0983832, 0.04390273, 0.09204414, 0.04583572], 1e-8);
		within(topsis(matrix, weights, directions), [0.643277, 0.26838357, 0.61354229, 0.31229107], 1e-8);
	});

	/** Hwang & Yoon's procedure as printed: r = x/‖x‖₂ for every column, the cost column's ideal its minimum. */
	function hwangYoon(m: number[][], w: number[], d: Direction[]): number[] {
		const total = w.reduce((s, x) => s + x, 0);
		const norms = w.map((_, j) => Math.hypot(...m.map((row) => row[j]!)));
		const v = m.map((row) => row.map((x, j) => (w[j]! / total) * (x / norms[j]!)));
		const best = w.map((_, j) => (d[j] === 1 ? Math.max : Math.min)(...v.map((row) => row[j]!)));
		const worst = w.map((_, j) => (d[j] === 1 ? Math.min : Math.max)(...v.map((row) => row[j]!)));
		return v.map((row) => {
			const plus = Math.hypot(...row.map((x, j) => x - best[j]!));
			const minus = Math.hypot(...row.map((x, j) => x - worst[j]!));
			return minus / (plus + minus);
		});
	}

	it('vector is Hwang & Yoon’s procedure, and equals turning a cost column round (1 − x/‖x‖, ideal at the max)', () => {
		within(topsis(matrix, weights, directions), hwangYoon(matrix, weights, directions), 1e-12);
		const turned = (m: number[][], w: number[], d: Direction[]) => {
			const r = normalise(m, d, 'vector');
			return topsis(
				r,
				w,
				d.map((): Direction => 1),
				{ normalisation: 'none' }
			);
		};
		fc.assert(
			fc.property(problem, ({ matrix: m, weights: w, directions: d }) => {
				fc.pre(w.some((x) => x > 0));
				// In exact arithmetic the two agree always; in floating point 1 − x/‖x‖ rounds away
				// differences in the last bits, so columns that vary only there are left out.
				fc.pre(
					w.every((_, j) => {
						const column = m.map((row) => row[j]!);
						const range = Math.max(...column) - Math.min(...column);
						return range === 0 || range > 1e-6 * Math.max(...column);
					})
				);
				const ours = topsis(m, w, d);
				const alsoOurs = turned(m, w, d);
				hwangYoon(m, w, d).forEach((c, i) => {
					// Hwang & Yoon's formula is 0/0 where D⁺ + D⁻ = 0; ours gives 0.5 there.
					if (Number.isFinite(c)) expect(relativeGap(ours[i]!, c)).toBeLessThan(1e-12);
					expect(Math.abs(alsoOurs[i]! - ours[i]!)).toBeLessThan(1e-6);
				});
			})
		);
	});

	it('with none, a cost column’s ideal is its minimum', () => {
		// One cost criterion: 1 is ideal, 3 anti-ideal → closeness 1, 0.5, 0.
		expect(topsis([[1], [2], [3]], [1], [-1], { normalisation: 'none' })).toEqual([1, 0.5, 0]);
	});

	it("with 'linear', a cost column is min / x, its ideal the largest", () => {
		// Costs 1, 2, 4: r = 1/1, 1/2, 1/4 = 1, 0.5, 0.25 (Jahan & Edwards 2015's linear cost form);
		// A⁺ = 1, A⁻ = 0.25; D⁺ = 0, 0.5, 0.75 and D⁻ = 0.75, 0.25, 0 → C = 1, 1/3, 0.
		within(topsis([[1], [2], [4]], [1], [-1], { normalisation: 'linear' }), [1, 1 / 3, 0], 1e-12);
	});

	it('a criterion on which every figure is 0 changes no closeness, whatever its weight', () => {
		// 'vector' reads such a column as 1s: every alternative is at the ideal and the anti-ideal
		// there, so it adds nothing to D⁺ or D⁻, and re-scaling the other weights scales both alike.
		fc.assert(
			fc.property(
				problem,
				fc.double({ min: 1e-3, max: 10, noNaN: true }),
				({ matrix: m, weights: w, directions: d }, extra) => {
					fc.pre(w.some((x) => x > 0));
					const without = topsis(m, w, d);
					const withZeros = topsis(
						m.map((row) => [...row, 0]),
						[...w, extra],
						[...d, 1]
					);
					without.forEach((c, i) => expect(relativeGap(withZeros[i]!, c)).toBeLessThan(1e-12));
				}
			)
		);
	});

	it('every alternative alike gives 0.5 (D⁺ + D⁻ = 0); zero weights give 0', () => {
		expect(
			topsis(
				[
					[3, 4],
					[3, 4]
				],
				[1, 2],
				[1, -1]
			)
		).toEqual([0.5, 0.5]);
		expect(topsis(matrix, [0, 0, 0, 0, 0, 0], directions)).toEqual([0, 0, 0, 0]);
	});

	it('stays in [0, 1] for every normalisation', () => {
		fc.assert(
			fc.property(
				problem,
				fc.constantFrom('none', 'minmax', 'max', 'sum', 'vector', 'linear' as const),
				({ matrix: m, weights: w, directions: d }, normalisation) => {
					expect(topsis(m, w, d, { normalisation }).filter((c) => !(c >= 0 && c <= 1))).toEqual([]);
				}
			)
		);
	});
});

sharedProperties('topsis (vector)', (m, w, d) => topsis(m, w, d), { scaleInvariant: true });
sharedProperties('topsis (minmax)', (m, w, d) => topsis(m, w, d, { normalisation: 'minmax' }), {
	scaleInvariant: true
});
sharedProperties('topsis (sum)', (m, w, d) => topsis(m, w, d, { normalisation: 'sum' }), {
	scaleInvariant: true
});

describe('topsis with a mask (a cell left out)', () => {
	it('skips the cell in its column’s length, the ideal points and its row, by hand', () => {
		// A (3, 4), B (4, 3), C (?, 0) with C's first cell left out, equal weights, 'vector'.
		// Column 1 over A and B: ‖(3, 4)‖ = 5, r = 0.6, 0.8; column 2: ‖(4, 3, 0)‖ = 5, r = 0.8, 0.6, 0.
		// A⁺ = (0.8, 0.8), A⁻ = (0.6, 0). Row weights: A and B ½, ½; C 0, 1.
		// A: D⁺ = ½·0.2 = 0.1, D⁻ = ½·0.8 = 0.4, C = 0.4 / 0.5 = 0.8.
		// B: D⁺ = 0.1, D⁻ = √((½·0.2)² + (½·0.6)²) = √0.1 = 0.316228, C = 0.316228 / 0.416228 = 0.759747.
		// C: D⁺ = 0.8, D⁻ = 0, C = 0.
		const working = topsisWorking(
			[
				[3, 4],
				[4, 3],
				[99, 0]
			],
			[1, 1],
			[1, 1],
			{
				included: [
					[true, true],
					[true, true],
					[false, true]
				]
			}
		);
		within(working.toIdeal, [0.1, 0.1, 0.8], 1e-12);
		within(working.toAntiIdeal, [0.4, Math.sqrt(0.1), 0], 1e-12);
		within(working.closeness, [0.8, 0.759747, 0], 1e-6);
		expect(working.rowWeights[2]).toEqual([0, 1]);
		// The parts, by hand: A r = (0.6, 0.8), weights ½, ½: v = (0.3, 0.4), (½·(0.6 − 0.8))² = 0.01
		// and 0 to A⁺, 0 and (½·0.8)² = 0.16 to A⁻. B r = (0.8, 0.6): v = (0.4, 0.3), 0 and 0.01 to
		// A⁺, (½·0.2)² = 0.01 and (½·0.6)² = 0.09 to A⁻. C (weights 0, 1, r = (19.8, 0)): v = (0, 0),
		// 0 and (0 − 0.8)² = 0.64 to A⁺, 0 and 0 to A⁻.
		within(working.weighted.flat(), [0.3, 0.4, 0.4, 0.3, 0, 0], 1e-12);
		within(working.toIdealParts.flat(), [0.01, 0, 0, 0.01, 0, 0.64], 1e-12);
		within(working.toAntiIdealParts.flat(), [0, 0.16, 0.01, 0.09, 0, 0], 1e-12);
		within(
			topsis(
				[
					[3, 4],
					[4, 3],
					[99, 0]
				],
				[1, 1],
				[1, 1],
				{
					included: [
						[true, true],
						[true, true],
						[false, true]
					]
				}
			),
			[0.8, 0.759747, 0],
			1e-6
		);
	});
});

describe('topsis with figures whose squares leave the range of a double', () => {
	// The mask example above (A (3, 4), B (4, 3), C (?, 0), C's first cell left out, equal weights,
	// 'vector'): C = 0.8, 0.759747, 0 by hand. 'vector' divides each column by its length, so the
	// same figures times 1e200 (squares ~1e400 overflow to Infinity) or times 1e-160 (squares ~1e-320
	// fall below the normal range) must give the same normalised matrix and the same closeness.
	const included = [
		[true, true],
		[true, true],
		[false, true]
	];
	for (const scale of [1e200, 1e-160]) {
		it(`reads figures ×${scale} as the figures themselves ('vector')`, () => {
			const matrix = [
				[3 * scale, 4 * scale],
				[4 * scale, 3 * scale],
				[99 * scale, 0]
			];
			const working = topsisWorking(matrix, [1, 1], [1, 1], { included });
			// r over the cells scored: column 1 ‖(3, 4)‖ = 5, the left-out 99 reads 99/5 = 19.8;
			// column 2 ‖(4, 3, 0)‖ = 5.
			within(working.normalised.flat(), [0.6, 0.8, 0.8, 0.6, 19.8, 0], 1e-12);
			within(working.closeness, [0.8, 0.759747, 0], 1e-6);
			within(topsis(matrix, [1, 1], [1, 1], { included }), [0.8, 0.759747, 0], 1e-6);
		});
	}

	it("with 'none', measures distances beyond 1e154 without overflowing", () => {
		// 'none' uses the figures as they are: A (3e200, 0), B (0, 4e200), C (3e200, 4e200), weights
		// ½, ½, both benefits. A⁺ = (3e200, 4e200) = C, A⁻ = (0, 0).
		// A: D⁺ = ½·4e200 = 2e200, D⁻ = ½·3e200 = 1.5e200, C = 1.5 / 3.5 = 3/7.
		// B: D⁺ = 1.5e200, D⁻ = 2e200, C = 4/7. C: D⁺ = 0, D⁻ = ½·‖(3e200, 4e200)‖ = 2.5e200, C = 1.
		// Every (w·d)² here is ≥ 2.25e400 = Infinity in a double, so a plain Σ would give Infinity.
		const matrix = [
			[3e200, 0],
			[0, 4e200],
			[3e200, 4e200]
		];
		const working = topsisWorking(matrix, [1, 1], [1, 1], { normalisation: 'none' });
		within(
			working.toIdeal.map((d) => d / 1e200),
			[2, 1.5, 0],
			1e-12
		);
		within(
			working.toAntiIdeal.map((d) => d / 1e200),
			[1.5, 2, 2.5],
			1e-12
		);
		within(working.closeness, [3 / 7, 4 / 7, 1], 1e-12);
		within(topsis(matrix, [1, 1], [1, 1], { normalisation: 'none' }), [3 / 7, 4 / 7, 1], 1e-12);
	});
});

describe('topsis ideal points', () => {
	// `prepare` finds each column's extremes on the figures and scales them, rather than on r: the
	// same numbers only because a positive scale is monotone in floating point (fl(max x · s) =
	// max fl(x · s)). Checked exactly, with masks, zero columns and cost columns: A⁺ is the largest r
	// over the cells scored (the smallest for a cost column under 'vector'), A⁻ the other end.
	it('are exactly the extremes of r over the cells scored', () => {
		const masked = problem.chain((p) =>
			fc.record({
				p: fc.constant(p),
				zeroColumn: fc.integer({ min: -1, max: p.weights.length - 1 }),
				included: fc.array(
					fc.array(fc.boolean(), { minLength: p.weights.length, maxLength: p.weights.length }),
					{
						minLength: p.matrix.length,
						maxLength: p.matrix.length
					}
				)
			})
		);
		fc.assert(
			fc.property(masked, ({ p, zeroColumn, included }) => {
				const matrix = p.matrix.map((row) => row.map((x, j) => (j === zeroColumn ? 0 : x)));
				const w = topsisWorking(matrix, p.weights, p.directions, { included });
				p.directions.forEach((d, j) => {
					const column = w.normalised.flatMap((row, i) => (included[i]![j] ? [row[j]!] : []));
					const high = column.length ? Math.max(...column) : 0;
					const low = column.length ? Math.min(...column) : 0;
					expect(w.ideal[j]).toBe(d === 1 ? high : low);
					expect(w.antiIdeal[j]).toBe(d === 1 ? low : high);
				});
			})
		);
	});
});
