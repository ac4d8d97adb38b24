import { describe, expect, it } from 'vitest';
import { levelValue, linearValue } from './value';

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
