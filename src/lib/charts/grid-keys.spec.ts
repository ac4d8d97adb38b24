import { describe, expect, it } from 'vitest';
import { moveInGrid } from './grid-keys';

describe('moveInGrid', () => {
	const size = { rows: 3, cols: 4 };
	it.each([
		['ArrowDown', { row: 1, col: 1 }, false, { row: 2, col: 1 }],
		['ArrowUp', { row: 1, col: 1 }, false, { row: 0, col: 1 }],
		['ArrowRight', { row: 1, col: 1 }, false, { row: 1, col: 2 }],
		['ArrowLeft', { row: 1, col: 1 }, false, { row: 1, col: 0 }],
		// At an edge the focus stays (no wrapping into the next row).
		['ArrowDown', { row: 2, col: 3 }, false, { row: 2, col: 3 }],
		['ArrowLeft', { row: 0, col: 0 }, false, { row: 0, col: 0 }],
		['Home', { row: 1, col: 2 }, false, { row: 1, col: 0 }],
		['End', { row: 1, col: 0 }, false, { row: 1, col: 3 }],
		['Home', { row: 2, col: 2 }, true, { row: 0, col: 0 }],
		['End', { row: 0, col: 0 }, true, { row: 2, col: 3 }]
	])('%s from %o (Ctrl %s) goes to %o', (key, at, ctrl, to) => {
		expect(moveInGrid(key, at, size, ctrl)).toEqual(to);
	});

	it('leaves every other key to the browser', () => {
		expect(moveInGrid('Tab', { row: 0, col: 0 }, size)).toBeUndefined();
		expect(moveInGrid('a', { row: 0, col: 0 }, size)).toBeUndefined();
	});
});
