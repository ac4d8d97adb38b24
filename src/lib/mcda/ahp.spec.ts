import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, AhpInputError, inconsistentJudgements, mostInconsistentJudgement, randomIndex } from './ahp';

/**
 * Saaty 1990, "How to make a decision: the analytic hierarchy process", EJOR 48, 9–26, the house
 * example's criteria (size, transport, neighbourhood, age, yard, modern facilities, general
 * condition, financing). Published: λmax = 9.669, C.I. = 0.238, C.R. = 0.169, priorities 0.173,
 * 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333. The matrix as in several stored transcriptions
 * (e.g. HOUSE_PCM in a consistency-repair study, whose note names a_37 as the judgement to protect);
 * numpy.linalg.eig on it gives λmax = 9.66888731711815 and the eigenvector below, checked to 1e-9.
 */
const house = [
	[1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
	[1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
	[1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
	[1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
	[1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
	[1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
	[3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
	[4, 7, 5, 8, 6, 6, 2, 1]
];
const numpyEigenvector = [
	0.1730174746483477, 0.05397572299903931, 0.1881102988574409, 0.0175079113081957, 0.031043736403902275,
	0.03632220215465615, 0.16683367362634788, 0.3331889800020701
];

/** A perfectly consistent matrix a_ij = w_i / w_j. */
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));

describe('ahp', () => {
	it('reproduces Saaty’s house example (λmax 9.669, CI 0.238, CR 0.169)', () => {
		const r = ahp(house);
		expect(r.lambdaMax).toBeCloseTo(9.669, 3);
		expect(r.ci).toBeCloseTo(0.238, 3);
		expect(r.cr).toBeCloseTo(0.169, 3);
		[0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333].forEach((p, i) =>
			expect(r.weights[i]).toBeCloseTo(p, 3)
		);
	});

	it('matches numpy’s principal eigenpair for the house matrix to 1e-9', () => {
		const r = ahp(house);
		expect(r.lambdaMax).toBeCloseTo(9.66888731711815, 9);
		numpyEigenvector.forEach((p, i) => expect(r.weights[i]).toBeCloseTo(p, 9));
		expect(r.cr).toBeCloseTo(0.16908686090356131, 9);
	});

	it('geometric-mean mode: row geometric means and their λmax (numpy figures)', () => {
		// numpy: g = exp(mean(log A, axis=1)) / Σ; λ = mean((A g) / g).
		const r = ahp(house, { mode: 'geometric-mean' });
		[
			0.17480508967594263, 0.06264651344526853, 0.1487063356611066, 0.01934490865362944, 0.035570280083140206,
			0.042300430157509915, 0.16701626297151737, 0.3496101793518853
		].forEach((p, i) => expect(r.weights[i]).toBeCloseTo(p, 12));
		expect(r.lambdaMax).toBeCloseTo(9.593203329671034, 9);
		expect(r.cr).toBeCloseTo(0.16141877706900046, 9);
	});

	it('a consistent matrix gives its weights back, λmax = n and CR = 0, in both modes', () => {
		const w = [0.5, 0.25, 0.125, 0.125];
		for (const mode of ['eigenvector', 'geometric-mean'] as const) {
			const r = ahp(consistent(w), { mode });
			r.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i]!, 12));
			expect(r.lambdaMax).toBeCloseTo(4, 12);
			expect(r.cr).toBeCloseTo(0, 12);
		}
	});

	it('uses rounded reciprocals as given (0.33 for 1/3), so λmax may fall a hair below n', () => {
		// Not reciprocal any more: 0.33 · 3 = 0.99. Nothing is repaired; the figures stay finite and tiny.
		const r = ahp([
			[1, 3, 9],
			[0.33, 1, 3],
			[0.11, 0.33, 1]
		]);
		expect(r.lambdaMax).toBeCloseTo(2.98998, 4);
		expect(Math.abs(r.cr)).toBeLessThan(0.01);
		expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
	});

	it('n ≤ 2 has CI and CR 0', () => {
		expect(ahp([[1]])).toEqual({ weights: [1], lambdaMax: 1, ci: 0, cr: 0 });
		const r = ahp([
			[1, 3],
			[1 / 3, 1]
		]);
		expect(r.weights[0]).toBeCloseTo(0.75, 12);
		expect([r.ci, r.cr]).toEqual([0, 0]);
	});

	it('uses Saaty’s random index', () => {
		expect([3, 4, 5, 6, 7, 8, 9, 10].map(randomIndex)).toEqual([
			0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49
		]);
	});

	it.each<[string, number[][], string, string]>([
		['an empty matrix', [], 'empty', 'the pairwise matrix is empty'],
		[
			'a ragged matrix',
			[[1, 2], [0.5]],
			'not-square',
			'row 2 has 1 judgements, expected 2; the pairwise matrix must be square'
		],
		[
			'a zero',
			[
				[1, 2, 3],
				[0.5, 1, 0],
				[1 / 3, 1, 1]
			],
			'not-positive',
			'row 2, column 3 is 0; pairwise judgements must be positive numbers'
		],
		[
			'a negative judgement',
			[
				[1, -2],
				[0.5, 1]
			],
			'not-positive',
			'row 1, column 2 is -2; pairwise judgements must be positive numbers'
		],
		[
			'NaN',
			[
				[1, 2],
				[NaN, 1]
			],
			'not-finite',
			'row 2, column 1 is NaN; pairwise judgements must be finite positive numbers'
		],
		[
			'Infinity',
			[
				[1, Infinity],
				[0, 1]
			],
			'not-finite',
			'row 1, column 2 is Infinity'
		]
	])('rejects %s with a tagged error naming the cell', (_, matrix, kind, message) => {
		let caught: unknown;
		try {
			ahp(matrix);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(AhpInputError);
		expect((caught as AhpInputError).kind).toBe(kind);
		expect((caught as AhpInputError).message).toContain(message);
	});

	it('weights are positive and sum to 1 for any positive reciprocal matrix', () => {
		const judgement = fc.constantFrom(
			1,
			2,
			3,
			4,
			5,
			6,
			7,
			8,
			9,
			1 / 2,
			1 / 3,
			1 / 4,
			1 / 5,
			1 / 6,
			1 / 7,
			1 / 8,
			1 / 9
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9 }).chain((n) =>
					fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
						const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
						let k = 0;
						for (let i = 0; i < n; i++)
							for (let j = i + 1; j < n; j++) {
								a[i]![j] = upper[k]!;
								a[j]![i] = 1 / upper[k++]!;
							}
						return a;
					})
				),
				(a) => {
					for (const mode of ['eigenvector', 'geometric-mean'] as const) {
						const r = ahp(a, { mode });
						expect(r.weights.every((x) => x > 0)).toBe(true);
						expect(r.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
						// λmax ≥ n for a reciprocal matrix (Saaty 1977), so CI ≥ 0.
						expect(r.ci).toBeGreaterThanOrEqual(-1e-9);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('mostInconsistentJudgement', () => {
	it('finds a single spoiled judgement and the value that makes it consistent', () => {
		const a = consistent([0.5, 0.25, 0.125, 0.125]);
		a[0]![2] = 1 / 4; // should be 4
		a[2]![0] = 4;
		const worst = mostInconsistentJudgement(a)!;
		expect([worst.i, worst.j, worst.current]).toEqual([0, 2, 0.25]);
		expect(ahp(a).cr).toBeGreaterThan(0.1);
		// The suggestion comes from the spoiled priorities, so it moves the judgement the right way
		// (up from 1/4) without reaching 4 at once; Saaty repeats the step.
		expect(worst.consistent).toBeGreaterThan(0.25);
		const revised = a.map((row) => row.slice());
		revised[0]![2] = worst.consistent;
		revised[2]![0] = 1 / worst.consistent;
		expect(ahp(revised).cr).toBeLessThan(ahp(a).cr);
	});

	it('on Saaty’s house matrix points at neighbourhood vs general condition (a_37 = 6)', () => {
		// numpy on the same matrix: ε_37 = a_37 · w_7 / w_3 = 5.3214, the largest max(ε, 1/ε); w_3/w_7 = 1.1275.
		const worst = mostInconsistentJudgement(house)!;
		expect([worst.i, worst.j, worst.current]).toEqual([2, 6, 6]);
		expect(worst.epsilon).toBeCloseTo(5.321356926431206, 9);
		expect(worst.consistent).toBeCloseTo(1.1275319590381112, 9);
		// Taking the advice (and its reciprocal) brings CR under Saaty's 0.10.
		const revised = house.map((row) => row.slice());
		revised[2]![6] = worst.consistent;
		revised[6]![2] = 1 / worst.consistent;
		expect(ahp(revised).cr).toBeLessThan(0.1);
	});

	it('lists the worst three, worst first; nothing for a 1 × 1 matrix', () => {
		const list = inconsistentJudgements(house);
		expect(list).toHaveLength(3);
		const far = (e: number) => Math.max(e, 1 / e);
		expect(far(list[0]!.epsilon)).toBeGreaterThanOrEqual(far(list[1]!.epsilon));
		expect(far(list[1]!.epsilon)).toBeGreaterThanOrEqual(far(list[2]!.epsilon));
		expect(mostInconsistentJudgement([[1]])).toBeUndefined();
	});
});
