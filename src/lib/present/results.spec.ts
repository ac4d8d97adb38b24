import { describe, expect, it } from 'vitest';
import { formatWeightTotal, weightGroupsView, weightTotalText } from './results';

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

describe('the weights form’s groups', () => {
	const criterion = (id: string, group: string) => ({ id, group }) as never;
	const dataset = {
		groups: [
			{ id: 'cost', name: 'Cost' },
			{ id: 'empty', name: 'Nothing in it' },
			{ id: 'ops', name: 'Operations' }
		]
	};

	it('says what each group weighs together and its share of every weight, in the data set’s order', () => {
		// Weights 30 and 10 in Cost, 60 in Operations: 40 of 100 = 40 %, 60 of 100 = 60 %.
		const view = weightGroupsView({
			dataset,
			criteria: [criterion('price', 'cost'), criterion('api', 'ops'), criterion('egress', 'cost')],
			weights: [30, 60, 10],
			totalWeight: 100
		});
		expect(view.map((g) => [g.id, g.criteria.map((c) => c.id), g.sum])).toEqual([
			['cost', ['price', 'egress'], 'sum 40 = 40 %'],
			['ops', ['api'], 'sum 60 = 60 %']
		]);
	});

	it('rounds the share to a whole per cent and gives no share of nothing', () => {
		// 1 of 3 = 33.3 % → "33 %"; with every weight 0 there is no share to give.
		const criteria = [criterion('a', 'cost'), criterion('b', 'ops'), criterion('c', 'ops')];
		expect(weightGroupsView({ dataset, criteria, weights: [1, 1, 1], totalWeight: 3 })[0]!.sum).toBe(
			'sum 1 = 33 %'
		);
		expect(weightGroupsView({ dataset, criteria, weights: [0, 0, 0], totalWeight: 0 })[1]!.sum).toBe('sum 0');
	});
});
