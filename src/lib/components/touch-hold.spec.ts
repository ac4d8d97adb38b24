import { describe, expect, it } from 'vitest';
import { gesture, SLOP } from './touch-hold';

describe('gesture', () => {
	it.each([
		[0, 0, 'undecided'],
		[SLOP, -SLOP, 'undecided'], // within the slop either way
		[SLOP + 1, 3, 'horizontal'],
		[-40, 12, 'horizontal'],
		[3, SLOP + 1, 'vertical'],
		[8, -60, 'vertical'],
		[20, 20, 'vertical'] // a diagonal is not a drag: the page scrolls
	] as const)('dx %d, dy %d → %s', (dx, dy, expected) => {
		expect(gesture(dx, dy)).toBe(expected);
	});
});
