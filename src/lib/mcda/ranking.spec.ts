import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, orderByScore } from './ranking';

/** The definition, written the slow way: scores as `toFixed` shows them; rank = 1 + how many are higher. */
function reference(scores: readonly number[], decimals = 1): number[] {
	const shown = scores.map((s) => Number(s.toFixed(decimals)));
	return shown.map((s) => 1 + shown.filter((t) => t > s).length);
}

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
	it('rounds as shown, also exactly at a tie: 1.45 is 1.4 (its binary value is just below), 1.25 is 1.3', () => {
		// toFixed rounds the exact binary value: 1.45 is 1.4499…, 1.25 is exact and rounds up.
		expect(competitionRanks([1.45, 1.4])).toEqual([1, 1]);
		expect(competitionRanks([1.25, 1.3])).toEqual([1, 1]);
		expect(competitionRanks([1.25, 1.2])).toEqual([1, 2]);
		expect(competitionRanks([-0.04, 0])).toEqual([1, 1]);
	});
	it('equals the definition for any scores, few or many (ties and halves included)', () => {
		// Scores on a grid of twentieths make ties at the rounding digit common; any double too.
		const score = fc.oneof(
			fc.integer({ min: -400, max: 2400 }).map((k) => k / 20),
			fc.double({ min: -1e6, max: 1e6, noNaN: true }),
			fc.integer({ min: 0, max: 100_000 }).map((k) => k / 1000)
		);
		fc.assert(
			fc.property(
				// Few (counted) and many (sorted) providers take different paths: both, at every length.
				fc.oneof(
					fc.array(score, { maxLength: 32, size: 'max' }),
					fc.array(score, { minLength: 33, maxLength: 220, size: 'max' })
				),
				fc.integer({ min: 0, max: 3 }),
				(scores, decimals) => {
					expect(competitionRanks(scores, decimals)).toEqual(reference(scores, decimals));
				}
			),
			{ numRuns: 3000, seed: 2010 }
		);
	});
});
