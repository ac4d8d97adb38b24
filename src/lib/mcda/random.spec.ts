import { describe, expect, it } from 'vitest';
import { fillSimplex, seededRandom } from './random';

describe('seededRandom (Mulberry32, Tommy Ettinger 2017)', () => {
	// Golden values from an independent implementation of the published algorithm (Python, 32-bit
	// masks); mulberry32(1) → 0.6270739405881613 is the value quoted with the algorithm.
	it.each([
		[1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]],
		[0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]],
		[2010, [0.13858830626122653, 0.24384743720293045, 0.3827929846011102]],
		// A negative seed is taken as its unsigned 32-bit value (−1 → 4294967295).
		[-1, [0.8964226141106337, 0.189478256739676, 0.7156526781618595]]
	])('seed %s starts %j', (seed, first) => {
		const random = seededRandom(seed);
		expect([random(), random(), random()]).toEqual(first);
	});

	it('stays in [0, 1) and two generators with one seed agree', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const xs = Array.from({ length: 10_000 }, () => a());
		expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
		expect(xs.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
	});
});

describe('fillSimplex (normalised exponential draws: uniform on the weight simplex)', () => {
	const sequence = (...values: number[]) => {
		let i = 0;
		return () => values[i++ % values.length]!;
	};

	it('equal draws give equal weights', () => {
		// −ln(1 − 0.5) = ln 2 for each of 4, so each is 1/4.
		const out = [0, 0, 0, 0];
		fillSimplex(sequence(0.5), out);
		expect(out).toEqual([0.25, 0.25, 0.25, 0.25]);
	});

	it('weights are −ln(1 − u) over their sum', () => {
		// u = 0.5, 0.75: e = ln 2, ln 4 = 2 ln 2 → 1/3, 2/3.
		const out = new Float64Array(2);
		fillSimplex(sequence(0.5, 0.75), out);
		expect(out[0]).toBeCloseTo(1 / 3, 15);
		expect(out[1]).toBeCloseTo(2 / 3, 15);
		// u = 0 gives a zero weight beside the others.
		const withZero = [0, 0];
		fillSimplex(sequence(0, 0.5), withZero);
		expect(withZero[0]).toBeCloseTo(0, 15);
		expect(withZero[1]).toBe(1);
	});

	it('all draws 0 fall back to the centre, never NaN', () => {
		const out = [9, 9, 9];
		fillSimplex(sequence(0), out);
		expect(out).toEqual([1 / 3, 1 / 3, 1 / 3]);
	});
});
