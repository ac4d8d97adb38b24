import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { evidenceOf, overlaps, scoreRanges } from './evidence';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { topsis } from '$lib/mcda/topsis';
import { weightedSumRange } from '$lib/mcda/uncertainty';
import { weightedSum } from '$lib/mcda/weighted-sum';

/** A range to 9 decimals (the arithmetic rounds in the last bits). */
const near = (r: { low: number; high: number } | undefined) => ({
	low: Number(r?.low.toFixed(9)),
	high: Number(r?.high.toFixed(9))
});
const known = (score: number) => ({ score, unknown: false });
const unknown = (score = 0) => ({ score, unknown: true });

describe('scoreRanges', () => {
	it('under the weighted sum equals weightedSumRange (hand calculation)', () => {
		// Row 1: known 50·80 + 20·40 = 4800, unknown weight 30 → 48 and (4800 + 3000)/100 = 78.
		// Row 2: nothing known → 0 and 100. Row 3: nothing unknown → one point, (50·10 + 30·20 + 20·30)/100 = 17.
		const cells = [
			[known(80), unknown(), known(40)],
			[unknown(), unknown(50), unknown()],
			[known(10), known(20), known(30)]
		];
		const weights = [50, 30, 20];
		const ranges = scoreRanges(weightedSum, cells, weights);
		expect(ranges.map((r) => [r.low, r.high])).toEqual([
			[48, 78],
			[0, 100],
			[17, 17]
		]);
		cells.forEach((row, i) =>
			expect(ranges[i]).toEqual(
				weightedSumRange(
					row.map((c) => ({ ...c, kind: c.unknown ? 'unknown' : 'sourced' })),
					weights
				)
			)
		);
	});

	it('ignores what an unknown cell was scored as (worst, middle or left out)', () => {
		expect(scoreRanges(weightedSum, [[unknown(50), known(60)]], [1, 1])).toEqual([{ low: 30, high: 80 }]);
	});

	it('runs a method that depends on every row (TOPSIS) on the all-0 and all-100 matrices', () => {
		// A = [100, ?], B = [50, 50], weights ½, ½, figures used as they are ('none').
		// Unknown at 0: weighted A = [50, 0], B = [25, 25]; ideal [50, 25], anti-ideal [25, 0];
		//   D⁺_A = 25, D⁻_A = 25 → C_A = 0.5; D⁺_B = 25, D⁻_B = 25 → C_B = 0.5.
		// Unknown at 100: A = [50, 50] is the ideal, B = [25, 25] the anti-ideal → C_A = 1, C_B = 0.
		// So B, fully known, still has a range (0–50): its closeness moves with A's unknown.
		const method = {
			scores: (values: readonly (readonly number[])[], weights: readonly number[]) =>
				topsis(
					values.map((r) => [...r]),
					[...weights],
					weights.map(() => 1 as const),
					{ normalisation: 'none' }
				).map((c) => 100 * c)
		};
		const ranges = scoreRanges(
			method,
			[
				[known(100), unknown()],
				[known(50), known(50)]
			],
			[1, 1]
		);
		expect(ranges[0]!.low).toBeCloseTo(50, 9);
		expect(ranges[0]!.high).toBeCloseTo(100, 9);
		expect(ranges[1]!.low).toBeCloseTo(0, 9);
		expect(ranges[1]!.high).toBeCloseTo(50, 9);
	});
});

describe('evidenceOf (tiny data set, weights price 3, future 1)', () => {
	// A, B fully known: 83.553 and 62.5, single points. C: price unknown (weight 3 of 4), future 100:
	// low (3·0 + 100)/4 = 25, high (3·100 + 100)/4 = 100.
	for (const unknowns of ['worst', 'middle', 'omit'] as const)
		it(`gives the same coverage and all-0/all-100 ranges under “${unknowns}”`, () => {
			const e = evaluate(tiny, { ...scenarioWith(tiny, { price: 3, future: 1 }), unknowns });
			const { providers, groups } = evidenceOf(e);
			expect(providers.map((p) => [p.coverage.known, p.coverage.total])).toEqual([
				[2, 2],
				[2, 2],
				[1, 2]
			]);
			expect(providers[0]!.coverage).toMatchObject({ sourced: 1, judgement: 1, unknown: 0 });
			expect(providers[2]!.coverage.unknownWeightShare).toBe(0.75);
			expect(providers[0]!.range.low).toBeCloseTo(83.5526, 3);
			expect(providers[0]!.range.high).toBeCloseTo(83.5526, 3);
			expect(near(providers[1]!.range)).toEqual({ low: 62.5, high: 62.5 });
			expect(near(providers[2]!.range)).toEqual({ low: 25, high: 100 });
			// The treatment's score always lies inside the range.
			const c = e.result.scores[2]!;
			expect(c).toBeGreaterThanOrEqual(25);
			expect(c).toBeLessThanOrEqual(100);
			// Groups: Xen = A alone (all known); KVM = B, C: known share (1 + 0.25)/2 = 0.625,
			// mean from (62.5 + 25)/2 = 43.75 to (62.5 + 100)/2 = 81.25.
			expect(groups.map((g) => g.group.hypervisor.id)).toEqual(['xen', 'kvm']);
			expect(groups[0]!.knownShare).toBe(1);
			expect(groups[1]!.knownShare).toBe(0.625);
			expect(near(groups[1]!.mean)).toEqual({ low: 43.75, high: 81.25 });
		});

	it('counts the person’s values as known, and their “unknown” as unknown', () => {
		const base = scenarioWith(tiny, { price: 3, future: 1 });
		const edits = {
			...base.edits,
			values: {
				c: { price: { kind: 'user' as const, raw: 0.2 } },
				a: { price: { kind: 'user' as const, raw: null } }
			}
		};
		const { providers } = evidenceOf(evaluate(tiny, { ...base, edits }));
		// C's price is now the person's (known, value score 0): 2 of 2, a single point (0 + 100)/4 = 25.
		expect(providers[2]!.coverage).toMatchObject({ known: 2, sourced: 0, judgement: 1, unknown: 0 });
		expect(near(providers[2]!.range)).toEqual({ low: 25, high: 25 });
		// A's price marked unknown by the person: 1 of 2, from 50/4 = 12.5 to (300 + 50)/4 = 87.5.
		expect(providers[0]!.coverage).toMatchObject({ known: 1, unknown: 1 });
		expect(near(providers[0]!.range)).toEqual({ low: 12.5, high: 87.5 });
	});

	it('is computed once per evaluation', () => {
		const e = evaluate(tiny, scenarioWith(tiny, { price: 3, future: 1 }));
		expect(evidenceOf(e)).toBe(evidenceOf(e));
	});
});

describe('overlaps', () => {
	it('counts touching ends as overlapping', () => {
		expect(overlaps({ low: 0, high: 10 }, { low: 10, high: 20 })).toBe(true);
		expect(overlaps({ low: 0, high: 9.9 }, { low: 10, high: 20 })).toBe(false);
		expect(overlaps({ low: 5, high: 5 }, { low: 0, high: 100 })).toBe(true);
	});
});
