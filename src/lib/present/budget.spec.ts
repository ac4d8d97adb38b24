import { describe, expect, it } from 'vitest';
import { overCellBudget, SERVER_CELL_BUDGET } from './budget';

const size = (providers: number, criteria: number) => ({
	providers: Array.from({ length: providers }),
	criteria: Array.from({ length: criteria })
});

describe('overCellBudget', () => {
	it('renders every ordinary comparison in full: the 2010 set and the largest own one a link holds', () => {
		expect(overCellBudget(size(6, 17))).toBe(false);
		expect(overCellBudget(size(35, 35))).toBe(false);
	});

	it('leaves the tables of a 200 × 77 comparison to the browser', () => {
		expect(overCellBudget(size(200, 77))).toBe(true);
	});

	it('counts cells: at the budget is in, one provider more is over', () => {
		expect(SERVER_CELL_BUDGET).toBe(2000);
		expect(overCellBudget(size(100, 20))).toBe(false);
		expect(overCellBudget(size(101, 20))).toBe(true);
	});
});
