import { describe, expect, it } from 'vitest';
import { formatWeightTotal, weightTotalText } from './results';

describe('the sum of weights as a person reads it', () => {
	it.each([
		// Issue 19: ROC weights of a ranking added up in floating point.
		[100.00999999999999, '100.01'],
		[99.99, '99.99'],
		[0.1 + 0.2, '0.3'],
		[810, '810'],
		[100, '100']
	])('%s reads %s', (total, text) => {
		expect(formatWeightTotal(total)).toBe(text);
	});

	it('says what the total is, or that there is nothing to rank by', () => {
		expect(weightTotalText(100.00999999999999)).toBe('Sum of weights 100.01 = 100 %');
		expect(weightTotalText(0)).toBe('Sum of weights 0: nothing to rank by');
	});
});
