import { beforeAll, describe, expect, it } from 'vitest';
import { groupView } from '$lib/present/group-decision';
import { scenarioWith } from '$lib/scenario/defaults';
import type { ParticipantWeights } from '$lib/scenario/participant';
import { exportAnswersCsv } from '$lib/share/decision-csv';
import { groupDecision, type GroupResult } from './group-decision';
import { sliders, twoCriteria } from '$testing/hand-made';

/**
 * Three providers on two 0–100 criteria, so every value score is the value itself:
 * P (100, 0), Q (0, 100), R (60, 60). Under shares (s, 1 − s) the weighted sum is
 * P 100s, Q 100(1 − s), R 60.
 */
const dataset = twoCriteria;
const scenario = scenarioWith(dataset, { x: 1, y: 1 });

describe('groupDecision with sliders: mean of normalised weights, Kendall’s W, first choices', () => {
	// Ann 3:1 → shares .75/.25 → P 75, Q 25, R 60 (P first); Bob 1:3 → P 25, Q 75, R 60 (Q first);
	// Cy 1:1 → P 50, Q 50, R 60 (R first); Dee 4:0 → P 100, Q 0, R 60 (P first).
	const answers = [sliders(3, 1), sliders(1, 3), sliders(1, 1), sliders(4, 0)];
	// Built in beforeAll, not as the file is read: Stryker switches a mutant on only as the tests start.
	let result: GroupResult;
	beforeAll(() => {
		result = groupDecision(scenario, dataset, answers);
	});

	it('averages each person’s shares: x (.75 + .25 + .5 + 1)/4 = .625, y .375; the group ranks P 62.5, R 60, Q 37.5', () => {
		expect(result.aggregation).toBe('mean');
		expect(result.weights.x).toBeCloseTo(62.5, 10);
		expect(result.weights.y).toBeCloseTo(37.5, 10);
		expect(result.evaluation.ranking.map((r) => [r.provider.id, r.score])).toEqual([
			['p', 62.5],
			['r', 60],
			['q', 37.5]
		]);
	});

	it('gives each person’s own pick and counts first choices: 2 of 4 put P first, 1 Q, 1 R', () => {
		expect(result.members.map((m) => m.first.map((r) => r.provider.id))).toEqual([
			['p'],
			['q'],
			['r'],
			['p']
		]);
		expect(result.firstCounts.map((f) => [f.provider.id, f.count])).toEqual([
			['p', 2],
			['q', 1],
			['r', 1]
		]);
	});

	it('computes Kendall’s W with Cy’s tie (P, Q at 2.5): rank sums 7.5, 9.5, 7; S = 3.5; W = 42/360', () => {
		// 12 S / (m²(n³ − n) − m Σ(t³ − t)) = 12 · 3.5 / (16 · 24 − 4 · 6) = 42 / 360.
		expect(result.agreement.w).toBeCloseTo(42 / 360, 12);
		const view = groupView(result, [{ name: 'Ann' }, { name: 'Bob' }, { name: '' }, { name: 'Dee' }]);
		expect(view.agreement).toBe(
			'Kendall’s W = 0.12 over 4 people’s rankings (0: no agreement, 1: all rank alike): very weak agreement.'
		);
		expect(view.firstChoice).toBe('2 of 4 put P first; 1 Q, 1 R.');
		expect(view.members.map((m) => m.name)).toEqual(['Ann', 'Bob', 'Participant 3', 'Dee']);
		expect(view.members[2]!.first).toBe('R (60.0)');
	});

	it('names the criterion they disagree on most: shares of Ex .75, .25, .5, 1 (sd √.078125 ≈ 28 points)', () => {
		expect(result.disputed?.criterion.id).toBe('x');
		expect(result.disputed?.spread).toBeCloseTo(Math.sqrt(0.078125), 12);
		expect(groupView(result, []).disputed).toBe(
			'They disagree most on Ex: shares from 25 % to 100 % (standard deviation 28 points).'
		);
	});
});

describe('groupDecision when someone gives no weight', () => {
	// Eve 0:0 (no weight), Bob 1:3 → P 25, Q 75, R 60; Fay 1:4 → shares .2/.8: P 20, Q 80, R 60;
	// Ann 3:1 → P 75, Q 25, R 60. Eve ranks nothing, so she is left out of the mean, the agreement
	// and the first choices; her answer still shows, with no pick.
	let result: GroupResult;
	beforeAll(() => {
		result = groupDecision(scenario, dataset, [sliders(0, 0), sliders(1, 3), sliders(1, 4), sliders(3, 1)]);
	});

	it('gives Eve shares of 0 and no first choice, and counts three rankings', () => {
		expect(result.members[0]!.shares).toEqual([0, 0]);
		expect(result.members[0]!.first).toEqual([]);
		expect(result.members[2]!.shares).toEqual([0.2, 0.8]);
		expect(result.ranking).toBe(3);
		expect(result.pairwiseAnswers).toBe(0);
		expect(result.consistency).toEqual([]);
	});

	it('averages the three who weighed: Ex (.25 + .2 + .75)/3 = .4, Why .6', () => {
		expect(result.aggregation).toBe('mean');
		expect(result.weights.x).toBeCloseTo(40, 10);
		expect(result.weights.y).toBeCloseTo(60, 10);
	});

	it('lists first choices most first and leaves out a provider nobody put first: Q 2, P 1 (R none)', () => {
		expect(result.firstCounts.map((f) => [f.provider.id, f.count])).toEqual([
			['q', 2],
			['p', 1]
		]);
	});

	it('computes Kendall’s W over the three: ranks of P, Q, R are 3,1,2 / 3,1,2 / 1,3,2; sums 7, 5, 6; S = 2; W = 1/9', () => {
		// 12 S / (m² (n³ − n)) = 24 / (9 · 24) = 1/9 (Kendall & Babington Smith 1939; no ties here).
		expect(result.agreement.w).toBeCloseTo(1 / 9, 12);
		// Shares of Ex .25, .2, .75: mean .4, standard deviation √(.185 / 3).
		expect(result.disputed?.spread).toBeCloseTo(Math.sqrt(0.185 / 3), 12);
	});

	it('with one person weighing, there is a group ranking but no agreement or dispute to measure', () => {
		const one = groupDecision(scenario, dataset, [sliders(0, 0), sliders(1, 1)]);
		expect(one.aggregation).toBe('mean');
		expect(one.ranking).toBe(1);
		expect(Number.isNaN(one.agreement.w)).toBe(true);
		expect(one.disputed).toBeUndefined();
		expect(one.firstCounts.map((f) => [f.provider.id, f.count])).toEqual([['r', 1]]);
	});
});

describe('groupDecision with pairwise answers: geometric mean of the judgements', () => {
	it('aggregates Ex vs Why judged 4 and 1 to √(4·1) = 2: weights 2/3 and 1/3 (66.67, 33.33), CR 0', () => {
		const pairwise = (v: number): ParticipantWeights => ({
			weighting: 'pairwise',
			pairwise: { 'x|y': v },
			weights: {}
		});
		const result = groupDecision(scenario, dataset, [pairwise(4), pairwise(1)]);
		expect(result.aggregation).toBe('judgements');
		expect(result.weights).toEqual({ x: 66.67, y: 33.33 });
		expect(result.consistency.map((m) => m.cr)).toEqual([0]);
		expect(groupView(result, []).consistency).toEqual(['Within All: consistency ratio 0.00']);
	});

	it('falls back to the mean of weights when the answers mix ways, and says so', () => {
		const result = groupDecision(scenario, dataset, [
			{ weighting: 'pairwise', pairwise: { 'x|y': 3 }, weights: { x: 75, y: 25 } },
			sliders(1, 3)
		]);
		expect(result.aggregation).toBe('mean');
		expect(result.weights.x).toBeCloseTo(50, 10);
		expect(groupView(result, []).weightsRule).toMatch(
			/1 answer used pairwise comparison and 1 other did not/
		);
	});
});

describe('groupDecision without answers', () => {
	it('has no group weights, no ranking and no agreement yet', () => {
		const result = groupDecision(scenario, dataset, []);
		expect(result.aggregation).toBe('none');
		expect(result.evaluation.ranked).toBe(false);
		expect(Number.isNaN(result.agreement.w)).toBe(true);
		expect(groupView(result, []).count).toBe('No answers yet.');
	});
});

describe('exportAnswersCsv', () => {
	it("writes names as text, escaping every cell a spreadsheet would run as a formula (a leading ', quoted)", () => {
		const hostile = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'Ana'];
		const answers = hostile.map(() => sliders(3, 1));
		const csv = exportAnswersCsv(
			groupDecision(scenario, dataset, answers),
			hostile.map((name) => ({ name, updatedAt: '2026-12-03T10:00:00.000Z' }))
		);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Name,Last changed,Way of weighting,First choice,Ex (%),Why (%)');
		expect(lines[1]).toBe(
			`"'=HYPERLINK(""http://evil.example"",""x"")",2026-12-03T10:00:00.000Z,Sliders,P,75,25`
		);
		expect(lines[2]!.startsWith(`"'+1",`)).toBe(true);
		expect(lines[3]!.startsWith(`"'-2",`)).toBe(true);
		expect(lines[4]!.startsWith(`"'@SUM(A1)",`)).toBe(true);
		expect(lines[5]!.startsWith('"\'\tTab",')).toBe(true);
		expect(lines[6]!.startsWith('"\'\rCR",')).toBe(true);
		expect(lines[7]!.startsWith('Ana,')).toBe(true);
		expect(lines[8]).toBe('Group,,Mean of normalised weights,P,75,25');
	});
});
