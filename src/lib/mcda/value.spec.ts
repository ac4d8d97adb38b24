import { describe, expect, it } from 'vitest';
import { levelValue, linearValue, piecewiseValue } from './value';

describe('linearValue', () => {
	it.each([
		// [raw, worst, best, expected] — hand-calculated: 100 · (x − worst) / (best − worst)
		[5, 0, 10, 50],
		[2.5, 0, 10, 25],
		[0, 0, 10, 0],
		[10, 0, 10, 100],
		[-3, 0, 10, 0], // below worst: clamped
		[14, 0, 10, 100], // beyond best: clamped
		// less is better: entry price, worst $0.20/h, best $0.01/h
		[0.02, 0.2, 0.01, (100 * (0.02 - 0.2)) / (0.01 - 0.2)], // ≈ 94.74
		[0.2, 0.2, 0.01, 0],
		[0.5, 0.2, 0.01, 0], // dearer than the worst level: clamped to 0
		[0.001, 0.2, 0.01, 100], // cheaper than the best level: clamped to 100
		[99.95, 99, 100, 95]
	])('raw %d on [%d → %d] scores %d', (raw, worst, best, expected) => {
		expect(linearValue(raw, worst, best)).toBeCloseTo(expected, 9);
	});

	it('is never NaN for awkward input', () => {
		expect(linearValue(Number.NaN, 0, 10)).toBe(0);
		expect(linearValue(5, 3, 3)).toBe(0);
		expect(linearValue(Number.POSITIVE_INFINITY, 0, 10)).toBe(0);
	});

	it('entry price of $0.02/h scores about 94.7', () => {
		expect(linearValue(0.02, 0.2, 0.01).toFixed(1)).toBe('94.7');
	});
});

describe('levelValue', () => {
	const levels = [
		{ id: 'none', score: 0 },
		{ id: 'tooling', score: 60 },
		{ id: 'done', score: 100 }
	];
	it('gives each level its stored score', () => {
		expect(levelValue('none', levels)).toBe(0);
		expect(levelValue('tooling', levels)).toBe(60);
		expect(levelValue('done', levels)).toBe(100);
	});
	it('scores an unknown level as the worst (0)', () => {
		expect(levelValue('missing', levels)).toBe(0);
	});
});

describe('piecewiseValue', () => {
	// Issue 16's example of diminishing returns: 1 GB scores 0, 8 GB scores 70, 64 GB scores 100.
	const memory = [
		{ level: 1, score: 0 },
		{ level: 8, score: 70 },
		{ level: 64, score: 100 }
	];
	it.each([
		// [raw, expected], by hand: s_i + (s_{i+1} − s_i) · (x − l_i) / (l_{i+1} − l_i)
		[4, 30], // 0 + 70 · 3/7
		[8, 70], // on a point
		[36, 85], // 70 + 30 · 28/56
		[1, 0],
		[64, 100],
		[0.5, 0], // below the first level: its score
		[512, 100] // above the last: its score
	])('1 → 0, 8 → 70, 64 → 100: %d GB scores %d', (raw, expected) => {
		expect(piecewiseValue(raw, memory)).toBeCloseTo(expected, 10);
	});

	it('two points are a straight line between them', () => {
		const points = [
			{ level: 0, score: 0 },
			{ level: 10, score: 100 }
		];
		expect(piecewiseValue(5, points)).toBeCloseTo(50, 10);
		expect(piecewiseValue(2.5, points)).toBeCloseTo(25, 10);
	});

	it('reads levels given from high to low (less is better) the same way', () => {
		// $0.20/h → 0, $0.05/h → 80, $0.01/h → 100; $0.10/h lies between 0.05 and 0.20:
		// 80 + (0 − 80) · (0.10 − 0.05) / (0.20 − 0.05) = 80 − 26.67 = 53.33.
		const price = [
			{ level: 0.2, score: 0 },
			{ level: 0.05, score: 80 },
			{ level: 0.01, score: 100 }
		];
		expect(piecewiseValue(0.1, price)).toBeCloseTo(80 - 80 / 3, 10);
		expect(piecewiseValue(0.03, price)).toBeCloseTo(90, 10);
		expect(piecewiseValue(0.5, price)).toBe(0);
		expect(piecewiseValue(0.001, price)).toBe(100);
		expect(piecewiseValue(0.1, [...price].reverse())).toBeCloseTo(80 - 80 / 3, 10);
	});

	it('follows scores that rise and fall again', () => {
		const points = [
			{ level: 0, score: 0 },
			{ level: 5, score: 100 },
			{ level: 10, score: 40 }
		];
		expect(piecewiseValue(7.5, points)).toBeCloseTo(70, 10);
	});

	it('scores 0 for fewer than two points and for a raw value that is not a finite number', () => {
		expect(piecewiseValue(5, [{ level: 5, score: 80 }])).toBe(0);
		expect(piecewiseValue(5, [])).toBe(0);
		expect(piecewiseValue(Number.NaN, memory)).toBe(0);
		expect(piecewiseValue(Number.POSITIVE_INFINITY, memory)).toBe(0);
	});
});
