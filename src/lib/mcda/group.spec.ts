import { describe, expect, it } from 'vitest';
import {
	firstChoices,
	geometricMeanJudgements,
	groupAhp,
	kendallW,
	meanWeights,
	midRanks,
	mostDisputedCriterion
} from './group';

describe('meanWeights (aggregation of individual priorities)', () => {
	it('averages normalised weights and leaves out a person with no preference (hand calculation)', () => {
		// [1,1,2] → [.25,.25,.5]; [0,0,0] left out; [3,1,0] → [.75,.25,0]; mean → [.5,.25,.25].
		const mean = meanWeights([
			[1, 1, 2],
			[0, 0, 0],
			[3, 1, 0]
		]);
		expect(mean.map((x) => +x.toFixed(12))).toEqual([0.5, 0.25, 0.25]);
	});

	it('does not depend on the scale each person used (0–100 sliders against 0–1)', () => {
		expect(
			meanWeights([
				[50, 25, 25],
				[0.2, 0.4, 0.4]
			]).map((x) => +x.toFixed(12))
		).toEqual([0.35, 0.325, 0.325]);
	});

	it('gives zeros when nobody has a preference, and refuses negative or ragged weights', () => {
		expect(meanWeights([[0, 0]])).toEqual([0, 0]);
		expect(() => meanWeights([[1, -1]])).toThrow(RangeError);
		expect(() => meanWeights([[1, 1], [1]])).toThrow(/expected 2/);
	});
});

describe('geometricMeanJudgements (aggregation of individual judgements)', () => {
	// Two consistent judges who disagree (hand calculation): a12 = √(3·⅓) = 1, a13 = √(9·1) = 3,
	// a23 = √(3·3) = 3. The group matrix is consistent too, with weights 3/7, 3/7, 1/7.
	const judge1 = [
		[1, 3, 9],
		[1 / 3, 1, 3],
		[1 / 9, 1 / 3, 1]
	];
	const judge2 = [
		[1, 1 / 3, 1],
		[3, 1, 3],
		[1, 1 / 3, 1]
	];

	it('takes the cell-by-cell geometric mean', () => {
		const group = geometricMeanJudgements([judge1, judge2]);
		const expected = [
			[1, 1, 3],
			[1, 1, 3],
			[1 / 3, 1 / 3, 1]
		];
		group.forEach((row, i) => row.forEach((a, j) => expect(a).toBeCloseTo(expected[i]![j]!, 12)));
	});

	it("gives the group's weights and a consistency ratio of 0 for consistent judges", () => {
		const { weights, cr } = groupAhp([judge1, judge2]);
		expect(weights[0]).toBeCloseTo(3 / 7, 9);
		expect(weights[1]).toBeCloseTo(3 / 7, 9);
		expect(weights[2]).toBeCloseTo(1 / 7, 9);
		expect(Math.abs(cr)).toBeLessThan(1e-9);
	});

	it('keeps the group matrix reciprocal for inconsistent judges (Aczél & Saaty 1983)', () => {
		const inconsistent = [
			[1, 9, 1 / 9],
			[1 / 9, 1, 9],
			[9, 1 / 9, 1]
		];
		const group = geometricMeanJudgements([judge1, inconsistent, judge2]);
		for (let i = 0; i < 3; i++)
			for (let j = 0; j < 3; j++) expect(group[i]![j]! * group[j]![i]!).toBeCloseTo(1, 12);
		// Judges 2 and 8 on one pair meet at 4, the Saaty-scale midpoint on the ratio scale.
		expect(
			geometricMeanJudgements([
				[
					[1, 2],
					[1 / 2, 1]
				],
				[
					[1, 8],
					[1 / 8, 1]
				]
			])[0]![1]
		).toBeCloseTo(4, 12);
		expect(groupAhp([judge1, inconsistent, judge2]).cr).toBeGreaterThan(0);
	});

	it('refuses matrices of different sizes or with a judgement that is not positive', () => {
		expect(() =>
			geometricMeanJudgements([
				judge1,
				[
					[1, 2],
					[1 / 2, 1]
				]
			])
		).toThrow(/differ in size/);
		expect(() =>
			geometricMeanJudgements([
				[
					[1, 0],
					[1, 1]
				]
			])
		).toThrow(/\(1, 2\) is not a positive number/);
		expect(() => geometricMeanJudgements([])).toThrow(RangeError);
	});
});

describe('kendallW', () => {
	it('is 1/16 for the four judges and three competitors of ProofWiki, "Kendall\'s Coefficient of Concordance/Examples/Arbitrary Example 1"', () => {
		// Rows: judges Araminta, Boecluvius, Coriolanius, Derek; columns: Xavier, Yuri, Zal.
		const { w, chiSquare, degreesOfFreedom } = kendallW([
			[1, 3, 2],
			[1, 2, 3],
			[2, 3, 1],
			[3, 1, 2]
		]);
		expect(w).toBeCloseTo(1 / 16, 12);
		expect(degreesOfFreedom).toBe(2);
		expect(chiSquare).toBeCloseTo(4 * 2 * (1 / 16), 12);
	});

	it('is 0.7939 for four judges ranking ten projects (rank sums 10 … 38, S = 1048; hand calculation)', () => {
		// Columns are projects 1–10; W = 12 · 1048 / (4² · (10³ − 10)) = 12576 / 15840.
		const judges = [
			[1, 3, 4, 5, 2, 8, 6, 7, 10, 9],
			[2, 1, 4, 5, 6, 3, 8, 7, 10, 9],
			[3, 2, 1, 5, 7, 4, 6, 8, 9, 10],
			[4, 2, 3, 1, 6, 7, 5, 9, 8, 10]
		];
		expect(kendallW(judges).w).toBeCloseTo(12576 / 15840, 12);
	});

	it('is 1 for identical rankings, ties included (the tie correction), and 0 for opposed pairs', () => {
		expect(
			kendallW([
				[1, 2, 3],
				[1, 2, 3],
				[1, 2, 3]
			]).w
		).toBeCloseTo(1, 12);
		// Ties: rank sums 3, 3, 6 (S = 6); T = 2 · (2³ − 2) = 12; W = 72 / (4 · 24 − 2 · 12) = 1.
		expect(
			kendallW([
				[1.5, 1.5, 3],
				[1.5, 1.5, 3]
			]).w
		).toBeCloseTo(1, 12);
		expect(
			kendallW([
				[1, 2, 3, 4],
				[4, 3, 2, 1]
			]).w
		).toBeCloseTo(0, 12);
	});

	it('is undefined (NaN) for one person, one alternative, or everyone tying everything', () => {
		expect(kendallW([[1, 2, 3]]).w).toBeNaN();
		expect(kendallW([[1], [1]]).w).toBeNaN();
		expect(
			kendallW([
				[2, 2],
				[2, 2]
			]).w
		).toBeNaN();
	});
});

describe('midRanks, firstChoices, mostDisputedCriterion', () => {
	it('ranks scores with ties sharing the mean rank', () => {
		expect(midRanks([80, 70, 70, 60])).toEqual([1, 2.5, 2.5, 4]);
		expect(midRanks([5, 5, 5])).toEqual([2, 2, 2]);
	});

	it('counts who put each alternative first ("3 of 4 put A first")', () => {
		expect(
			firstChoices([
				[1, 2, 3],
				[1, 3, 2],
				[2, 1, 3],
				[1, 2, 3]
			])
		).toEqual([3, 1, 0]);
		// A tie for first counts for both.
		expect(firstChoices([[1.5, 1.5, 3]])).toEqual([1, 1, 0]);
	});

	it('finds the criterion whose normalised weights spread most (hand calculation)', () => {
		// [.5,.5,0] and [.5,0,.5]: spreads 0, .25, .25; the first of the largest is criterion 1.
		expect(
			mostDisputedCriterion([
				[50, 50, 0],
				[50, 0, 50]
			])
		).toEqual({ criterion: 1, spread: 0.25 });
		expect(mostDisputedCriterion([[1, 2, 3]])).toBeUndefined();
	});
});
