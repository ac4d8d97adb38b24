import { describe, expect, it } from 'vitest';
import { competitionRanks, orderByScore } from './ranking';

describe('competition ranking', () => {
	it('gives equal scores the same rank and skips the next (1, 2, 2, 4)', () => {
		expect(competitionRanks([80, 70, 70, 60])).toEqual([1, 2, 2, 4]);
	});
	it('ranks regardless of input order', () => {
		expect(competitionRanks([60, 70, 80, 70])).toEqual([4, 2, 1, 2]);
	});
	it('treats scores that read the same to one decimal as tied', () => {
		expect(competitionRanks([71.44, 71.36, 50])).toEqual([1, 1, 3]);
		expect(competitionRanks([71.46, 71.34])).toEqual([1, 2]);
	});
	it('all equal: everyone is first', () => {
		expect(competitionRanks([5, 5, 5])).toEqual([1, 1, 1]);
	});
	it('orders best first and keeps input order among ties', () => {
		expect(orderByScore([60, 70, 80, 70])).toEqual([2, 1, 3, 0]);
	});
	it('handles no providers', () => {
		expect(competitionRanks([])).toEqual([]);
	});
});
