import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, unitWeights } from './normalise';
import type { Direction, Normalisation } from './types';

const kinds: Normalisation[] = ['none', 'minmax', 'max', 'sum', 'vector', 'linear'];
const column = (matrix: number[][], j = 0) => matrix.map((row) => row[j]!);
const close = (actual: number[], expected: number[]) =>
	actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, 12));

describe('normalise', () => {
	// Hand calculation on the column x = (2, 4, 8): min 2, max 8, Σx 14, ‖x‖₂ = √84, Σ(1/x) = 7/8.
	const x = [[2], [4], [8]];
	const norm = Math.sqrt(84);
	it.each<[Normalisation, Direction, number[]]>([
		['minmax', 1, [0, 1 / 3, 1]],
		['minmax', -1, [1, 2 / 3, 0]],
		['max', 1, [0.25, 0.5, 1]],
		['max', -1, [0.75, 0.5, 0]],
		['sum', 1, [2 / 14, 4 / 14, 8 / 14]],
		['sum', -1, [1 / 2 / (7 / 8), 1 / 4 / (7 / 8), 1 / 8 / (7 / 8)]],
		['vector', 1, [2 / norm, 4 / norm, 8 / norm]],
		['vector', -1, [1 - 2 / norm, 1 - 4 / norm, 1 - 8 / norm]],
		['linear', 1, [0.25, 0.5, 1]],
		['linear', -1, [1, 0.5, 0.25]],
		['none', -1, [2, 4, 8]]
	])('%s, direction %i, follows its formula', (kind, direction, expected) => {
		close(column(normalise(x, [direction], kind)), expected);
	});

	it('normalises each column on its own and leaves the input alone', () => {
		const input = [
			[1, 10],
			[3, 30]
		];
		expect(normalise(input, [1, -1], 'minmax')).toEqual([
			[0, 1],
			[1, 0]
		]);
		expect(input).toEqual([
			[1, 10],
			[3, 30]
		]);
	});

	it.each<[string, number[][], Direction, Normalisation, number[]]>([
		['a constant column, minmax', [[5], [5]], 1, 'minmax', [1, 1]],
		['a constant column, minmax, cost', [[5], [5]], -1, 'minmax', [1, 1]],
		['an all-zero column, max', [[0], [0]], 1, 'max', [1, 1]],
		['an all-zero column, max, cost', [[0], [0]], -1, 'max', [1, 1]],
		['an all-zero column, vector', [[0], [0]], -1, 'vector', [1, 1]],
		['an all-zero column, linear', [[0], [0]], 1, 'linear', [1, 1]],
		['an all-zero column, sum', [[0], [0], [0], [0]], 1, 'sum', [0.25, 0.25, 0.25, 0.25]],
		['zeros in a cost column, sum (the limit)', [[0], [2], [0], [4]], -1, 'sum', [0.5, 0, 0.5, 0]],
		['a zero in a cost column, linear', [[0], [2], [4]], -1, 'linear', [1, 0, 0]]
	])('%s stays finite', (_, matrix, direction, kind, expected) => {
		expect(column(normalise(matrix, [direction], kind))).toEqual(expected);
	});

	it('handles no alternatives and no criteria', () => {
		for (const kind of kinds) {
			expect(normalise([], [], kind)).toEqual([]);
			expect(normalise([[], []], [], kind)).toEqual([[], []]);
		}
	});

	const matrix = (value: fc.Arbitrary<number>) =>
		fc
			.integer({ min: 1, max: 6 })
			.chain((n) =>
				fc.tuple(
					fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 }),
					fc.array(fc.constantFrom<Direction>(1, -1), { minLength: n, maxLength: n })
				)
			);

	it('never returns NaN on any finite matrix, for every kind', () => {
		fc.assert(
			fc.property(
				matrix(fc.double({ noNaN: true, noDefaultInfinity: true })),
				fc.constantFrom(...kinds),
				([m, d], kind) => {
					// No catch-all: a NaN anywhere fails the property.
					expect(
						normalise(m, d, kind)
							.flat()
							.filter((v) => Number.isNaN(v))
					).toEqual([]);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('on non-negative figures every kind but none gives finite values in [0, 1]', () => {
		fc.assert(
			fc.property(
				matrix(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })),
				fc.constantFrom(...kinds.filter((k) => k !== 'none')),
				([m, d], kind) => {
					const out = normalise(m, d, kind).flat();
					expect(out.filter((v) => !(v >= 0 && v <= 1 + 1e-12))).toEqual([]);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('unitWeights', () => {
	it('scales to sum 1, and all zeros stay zeros', () => {
		expect(unitWeights([1, 3])).toEqual([0.25, 0.75]);
		expect(unitWeights([0, 0])).toEqual([0, 0]);
	});
});
