import { describe, expect, it } from 'vitest';
import { coverage, weightedSumRange, type Cell } from './uncertainty';

const sourced = (score: number): Cell => ({ score, unknown: false, kind: 'sourced' });
const judged = (score: number): Cell => ({ score, unknown: false, kind: 'judgement' });
const user = (score: number): Cell => ({ score, unknown: false, kind: 'user' });
const unknown: Cell = { score: 0, unknown: true, kind: 'unknown' };

describe('coverage', () => {
	it('counts cells by kind and the weight share of the unknown ones', () => {
		// Weights 50, 30, 20, 0: unknown cells carry 30 + 0 of 100.
		const row = [sourced(80), unknown, judged(40), unknown];
		expect(coverage(row, [50, 30, 20, 0])).toEqual({
			known: 2,
			total: 4,
			sourced: 1,
			judgement: 1,
			unknown: 2,
			unknownWeightShare: 0.3
		});
	});

	it('counts a user-entered value as known but as neither sourced nor judged', () => {
		expect(coverage([user(10), sourced(20)], [1, 1])).toMatchObject({ known: 2, sourced: 1, judgement: 0 });
	});

	it('gives an unknown share of 0 when every weight is 0, and handles an empty row', () => {
		expect(coverage([unknown], [0]).unknownWeightShare).toBe(0);
		expect(coverage([], [])).toEqual({
			known: 0,
			total: 0,
			sourced: 0,
			judgement: 0,
			unknown: 0,
			unknownWeightShare: 0
		});
	});

	it('refuses a row and weights of different lengths', () => {
		expect(() => coverage([unknown], [1, 2])).toThrow(/1 cells but there are 2 weights/);
	});
});

describe('weightedSumRange', () => {
	it('puts every unknown at 0 and at 100 (hand calculation)', () => {
		// Known: 50·80 + 20·40 = 4800; unknown weight 30; total 100.
		// low = 4800 / 100 = 48; high = (4800 + 30·100) / 100 = 78.
		expect(weightedSumRange([sourced(80), unknown, judged(40)], [50, 30, 20])).toEqual({ low: 48, high: 78 });
	});

	it('is a single point when nothing is unknown, and equals the weighted sum', () => {
		// (2·90 + 1·30) / 3 = 70
		expect(weightedSumRange([sourced(90), judged(30)], [2, 1])).toEqual({ low: 70, high: 70 });
	});

	it('spans 0 to 100 when everything is unknown', () => {
		expect(weightedSumRange([unknown, unknown], [10, 30])).toEqual({ low: 0, high: 100 });
	});

	it('ignores an unknown cell’s own score and a zero-weight unknown', () => {
		const odd: Cell = { score: 55, unknown: true, kind: 'unknown' };
		expect(weightedSumRange([sourced(60), odd], [1, 0])).toEqual({ low: 60, high: 60 });
		expect(weightedSumRange([sourced(60), odd], [1, 1])).toEqual({ low: 30, high: 80 });
	});

	it('has no range when every weight is 0', () => {
		const { low, high } = weightedSumRange([sourced(60), unknown], [0, 0]);
		expect(low).toBeNaN();
		expect(high).toBeNaN();
	});

	it('refuses a row and weights of different lengths', () => {
		expect(() => weightedSumRange([], [1])).toThrow(RangeError);
	});
});
