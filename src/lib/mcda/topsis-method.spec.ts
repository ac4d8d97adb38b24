import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorerMatchesScores } from '$testing/method-properties';
import { topsis } from './topsis';
import { topsisMethod } from './topsis-method';

describe('TOPSIS (method adapter)', () => {
	it('matches a hand calculation', () => {
		// Column lengths: ‖(3,4)‖ = 5, ‖(4,3)‖ = 5 → r = [[0.6, 0.8], [0.8, 0.6]]; equal weights 0.5.
		// A⁺ = (0.8, 0.8), A⁻ = (0.6, 0.6). Provider A: D⁺ = 0.5·0.2 = 0.1, D⁻ = 0.5·0.2 = 0.1 → 50.
		// With weights 3:1 (0.75, 0.25): A: D⁺ = 0.75·0.2 = 0.15, D⁻ = 0.25·0.2 = 0.05 → 25; B → 75.
		expect(
			topsisMethod.scores(
				[
					[30, 40],
					[40, 30]
				],
				[1, 1]
			)
		).toEqual([expect.closeTo(50, 10), expect.closeTo(50, 10)]);
		const r = topsisMethod.run(
			[
				[30, 40],
				[40, 30]
			],
			[3, 1]
		);
		expect(r.scores[0]).toBeCloseTo(25, 10);
		expect(r.scores[1]).toBeCloseTo(75, 10);
		// B's D⁻² comes all from the first criterion: its whole score is owed to it.
		expect(r.contributions![1]![0]).toBeCloseTo(75, 10);
		expect(r.contributions![1]![1]).toBeCloseTo(0, 10);
	});

	it('equals the library’s topsis × 100 on benefit columns, and run equals scores', () => {
		const cell = fc.integer({ min: 0, max: 100 });
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
				fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
				(values, weights) => {
					const lib = topsis(values, weights, [1, 1, 1]);
					const run = topsisMethod.run(values, weights);
					const fast = topsisMethod.scores(values, weights);
					run.scores.forEach((s, i) => {
						expect(s).toBeCloseTo(100 * lib[i]!, 8);
						expect(fast[i]).toBeCloseTo(s, 8);
						const parts = run.contributions![i]!;
						expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(s, 8);
					});
				}
			)
		);
	});

	it('depends on the providers compared (rank reversal), and says so', () => {
		expect(topsisMethod.dependsOnAlternatives).toBe(true);
		expect(topsisMethod.additive).toBe(false);
		// A classic reversal: adding C changes the order of A and B.
		const weights = [1, 1];
		const ab = topsisMethod.scores(
			[
				[100, 10],
				[20, 60]
			],
			weights
		);
		const abc = topsisMethod.scores(
			[
				[100, 10],
				[20, 60],
				[0, 100]
			],
			weights
		);
		expect(Math.sign(ab[0]! - ab[1]!)).not.toBe(Math.sign(abc[0]! - abc[1]!));
	});

	it('leaves masked cells out of the column lengths, the ideal points and the row', () => {
		const values = [
			[30, 99],
			[40, 30],
			[30, 40]
		];
		const mask = [
			[true, false],
			[true, true],
			[true, true]
		];
		const masked = topsisMethod.run(values, [1, 1], mask);
		// Row 0 alone on criterion 1: r = 30/‖(30,40,30)‖, between the best (40) and the worst (30) → D⁺ > 0, D⁻ = 0.
		expect(masked.scores[0]).toBeCloseTo(0, 10);
		// Rows 1 and 2 see column 2 as (30, 40) only.
		const unmasked = topsisMethod.scores(values.slice(1), [1, 1]);
		expect(masked.scores[1]).not.toBeCloseTo(unmasked[0]!, 3);
		expect(topsisMethod.scores(values, [1, 1], mask)).toEqual(
			masked.scores.map((s) => expect.closeTo(s, 10))
		);
		expect(topsisMethod.scores(values, [0, 0])).toEqual([0, 0, 0]);
	});
});

describe('TOPSIS (method adapter): no providers', () => {
	it('scores no providers as no scores', () => {
		expect(topsisMethod.scores([], [1, 2])).toEqual([]);
		expect(topsisMethod.run([], [1, 2]).scores).toEqual([]);
	});
});

scorerMatchesScores(topsisMethod);
