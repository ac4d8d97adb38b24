// Test fixtures and properties shared by the method specs (not part of the library).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringMethod } from '$lib/mcda/method';
import type { Direction } from '$lib/mcda/types';

/**
 * Triantaphyllou 2000, "Multi-criteria decision making methods: a comparative study", §2.2.1, the
 * worked example (also in Wikipedia's "Weighted sum model", written from the book): three
 * alternatives, four benefit criteria, weights 0.20, 0.15, 0.40, 0.25; published scores A1 21.50,
 * A2 22.00, A3 22.00.
 */
export const triantaphyllou = {
	matrix: [
		[25, 20, 15, 30],
		[10, 30, 20, 30],
		[30, 10, 30, 10]
	],
	weights: [0.2, 0.15, 0.4, 0.25],
	directions: [1, 1, 1, 1] as Direction[]
};

/**
 * A small positive matrix with directions, for the properties every method shares. Entries are
 * multiples of 0.5: two distinct values in a column then differ by at least 0.5, so min–max style
 * normalisations are not dominated by cancellation between nearly equal doubles (which made the
 * column-scaling property fail on rounding, not on the method).
 */
export const problem = fc.integer({ min: 1, max: 5 }).chain((n) =>
	fc.record({
		matrix: fc.array(
			fc.array(
				fc.integer({ min: 1, max: 2000 }).map((x) => x / 2),
				{ minLength: n, maxLength: n }
			),
			{
				minLength: 1,
				maxLength: 6
			}
		),
		weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 10, noNaN: true })), {
			minLength: n,
			maxLength: n
		}),
		directions: fc.array(fc.constantFrom<Direction>(1, -1), { minLength: n, maxLength: n })
	})
);

/** Properties every method satisfies; `scaleInvariant` adds positive column scaling. */
export function sharedProperties(
	name: string,
	method: (m: number[][], w: number[], d: Direction[]) => number[],
	{ scaleInvariant }: { scaleInvariant: boolean }
) {
	describe(`${name}: shared properties`, () => {
		it('scaling every weight by a constant leaves the scores unchanged', () => {
			fc.assert(
				fc.property(
					problem,
					fc.double({ min: 0.01, max: 100, noNaN: true }),
					({ matrix, weights, directions }, c) => {
						const a = method(matrix, weights, directions);
						const b = method(
							matrix,
							weights.map((w) => w * c),
							directions
						);
						a.forEach((s, i) => expect(relativeGap(b[i]!, s)).toBeLessThan(1e-9));
					}
				)
			);
		});

		it('permuting the alternatives permutes the scores', () => {
			fc.assert(
				fc.property(
					problem.chain((p) =>
						fc.tuple(
							fc.constant(p),
							fc.shuffledSubarray([...p.matrix.keys()], { minLength: p.matrix.length })
						)
					),
					([{ matrix, weights, directions }, order]) => {
						const a = method(matrix, weights, directions);
						const b = method(
							order.map((i) => matrix[i]!),
							weights,
							directions
						);
						order.forEach((i, k) => expect(b[k]).toBeCloseTo(a[i]!, 12));
					}
				)
			);
		});

		it('never returns NaN', () => {
			fc.assert(
				fc.property(problem, ({ matrix, weights, directions }) => {
					expect(method(matrix, weights, directions).filter((s) => !Number.isFinite(s))).toEqual([]);
				})
			);
		});

		if (scaleInvariant)
			it('scaling a column by a positive constant leaves the scores unchanged', () => {
				fc.assert(
					fc.property(
						problem,
						fc.double({ min: 0.001, max: 1000, noNaN: true }),
						fc.nat(),
						({ matrix, weights, directions }, c, pick) => {
							const j = pick % weights.length;
							const scaled = matrix.map((row) => row.map((x, k) => (k === j ? x * c : x)));
							const a = method(matrix, weights, directions);
							const b = method(scaled, weights, directions);
							a.forEach((s, i) => expect(relativeGap(b[i]!, s)).toBeLessThan(1e-9));
						}
					)
				);
			});
	});
}

/** |a − b| relative to the larger magnitude (absolute below 1). */
export function relativeGap(a: number, b: number): number {
	return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

/** A method's scorer (weight-independent work done once) gives its scores, masks included. */
export function scorerMatchesScores(method: ScoringMethod) {
	describe(`${method.name}: scorer`, () => {
		it('its scorer (weight-independent work done once) gives the same scores, masks included', () => {
			const cell = fc.integer({ min: 0, max: 100 });
			fc.assert(
				fc.property(
					fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 3, maxLength: 3 }), {
						minLength: 1,
						maxLength: 5
					}),
					fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
					(cells, weights) => {
						const values = cells.map((row) => row.map(([v]) => v));
						const mask = cells.map((row) => row.map(([, keep]) => keep));
						for (const included of [undefined, mask]) {
							const expected = method.scores(values, weights, included);
							const got = method.scorer!(values, included)(weights);
							got.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 9));
						}
					}
				)
			);
		});
	});
}
