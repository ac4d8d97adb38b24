import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { groupDecision } from '$lib/evaluation/group-decision';
import { scenarioWith } from '$lib/scenario/defaults';
import type { ParticipantWeights } from '$lib/scenario/participant';
import { agreementWords, groupView } from './group-decision';
import { handProvider, known, linearCriterion, sliders, twoCriteria } from '$testing/hand-made';

/**
 * The case of evaluation/group-decision.spec.ts ($testing/hand-made): P (100, 0), Q (0, 100), R (60, 60)
 * on 0–100 criteria; under shares (s, 1 − s) of Ex and Why the weighted sum is P 100s, Q 100(1 − s), R 60.
 */
const dataset = twoCriteria;
const scenario = scenarioWith(dataset, { x: 1, y: 1 });
const pairwise = (judgements: Record<string, number>): ParticipantWeights => ({
	weighting: 'pairwise',
	pairwise: judgements,
	weights: {}
});
const MEAN_RULE =
	'The group’s weights are the mean of everyone’s weights, each person’s scaled to add up to 100 %';
const NO_AGREEMENT = 'Agreement needs at least two people who gave weights, and two providers.';

describe('Schmidt’s words for Kendall’s W', () => {
	it.each([
		[1, 'unusually strong agreement'],
		[0.9, 'unusually strong agreement'],
		[0.89, 'strong agreement'],
		[0.7, 'strong agreement'],
		[0.69, 'moderate agreement'],
		[0.5, 'moderate agreement'],
		[0.49, 'weak agreement'],
		[0.3, 'weak agreement'],
		[0.29, 'very weak agreement'],
		[0.1, 'very weak agreement'],
		[0.09, 'no agreement to speak of'],
		[0, 'no agreement to speak of']
	])('W = %s reads “%s”', (w, words) => {
		expect(agreementWords(w)).toBe(words);
	});
});

describe('the group’s result with sliders', () => {
	// Ann 3:1 → shares .75/.25: P 75, R 60, Q 25; Bob 1:3 → Q 75 first; Cy 1:1 → R 60 first (P, Q 50);
	// Dee 4:0 → P 100. Group: Ex (.75 + .25 + .5 + 1)/4 = .625, Why .375: P 62.5, R 60, Q 37.5.
	const result = groupDecision(scenario, dataset, [
		sliders(3, 1),
		sliders(1, 3),
		sliders(1, 1),
		sliders(4, 0)
	]);
	// Built inside each test (not when the file is collected), so a mutation of the view is in force.
	const view = () =>
		groupView(result, [
			{ name: 'Ann', updatedAt: '2026-12-03T10:00:00.000Z' },
			{ name: 'Bob' },
			{ name: '' },
			{ name: 'Dee' }
		]);

	it('counts the answers and says how the group’s weights were made', () => {
		expect(view().count).toBe('4 answers.');
		expect(view().weightsRule).toBe(`${MEAN_RULE}.`);
		expect(view().consistency).toEqual([]);
	});

	it('gives the group’s share of each criterion as a whole per cent', () => {
		// 62.5 % and 37.5 % round half up: 63 % and 38 %.
		expect(view().weights).toEqual([
			{ id: 'x', name: 'Ex', share: '63 %' },
			{ id: 'y', name: 'Why', share: '38 %' }
		]);
	});

	it('gives the group’s answer as the main page would: P first, 2.5 points ahead of R', () => {
		expect(view().headline).toBe('P comes first with 62.5 points, 2.5 points ahead of R (60.0).');
		// Every value is known, so every unknown-value rule agrees and each score range is one point; the
		// 2.5-point lead can be lost when the weights move ±25 %, so P is first in only part of the trials.
		expect(view().robustness).toMatch(
			/^P came first in \d\d % of the weightings tried \(500 trials, each weight ±25 %\), and under every unknown-value rule; no other score range overlaps its own\.$/
		);
	});

	it('lists each answer: name (or a stand-in), when it changed, the way, the pick and the shares', () => {
		expect(view().members).toEqual([
			{
				name: 'Ann',
				anonymous: false,
				updatedAt: '2026-12-03T10:00:00.000Z',
				way: 'Sliders',
				first: 'P (75.0)',
				shares: ['75 %', '25 %']
			},
			{ name: 'Bob', anonymous: false, way: 'Sliders', first: 'Q (75.0)', shares: ['25 %', '75 %'] },
			{ name: 'Participant 3', anonymous: true, way: 'Sliders', first: 'R (60.0)', shares: ['50 %', '50 %'] },
			{ name: 'Dee', anonymous: false, way: 'Sliders', first: 'P (100.0)', shares: ['100 %', '0 %'] }
		]);
		expect('updatedAt' in view().members[1]!).toBe(false);
	});

	it('gives every answer a stand-in name when no names are known', () => {
		const names = groupView(result, []).members.map((m) => [m.name, m.anonymous]);
		expect(names).toEqual([
			['Participant 1', true],
			['Participant 2', true],
			['Participant 3', true],
			['Participant 4', true]
		]);
	});
});

describe('the group’s result when someone gives no weight', () => {
	// Eve 0:0 (no weight), Bob 1:3 → Q 75 first; Fay 1:4 → shares .2/.8: Q 80 first; Ann 3:1 → P 75
	// first. Eve is left out of the shares' range, the agreement and the first choices.
	const result = groupDecision(scenario, dataset, [
		sliders(0, 0),
		sliders(1, 3),
		sliders(1, 4),
		sliders(3, 1)
	]);
	// Built inside each test (not when the file is collected), so a mutation of the view is in force.
	const view = () => groupView(result, [{ name: 'Eve' }, { name: 'Bob' }, { name: 'Fay' }, { name: 'Ann' }]);

	it('shows Eve with no pick and dashes for shares', () => {
		expect(view().members[0]).toEqual({
			name: 'Eve',
			anonymous: false,
			way: 'Sliders',
			first: 'no pick (no weight given)',
			shares: ['–', '–']
		});
		expect(view().members[2]!.shares).toEqual(['20 %', '80 %']);
	});

	it('counts first choices among the three who weighed, most first', () => {
		expect(view().firstChoice).toBe('2 of 3 put Q first; 1 P.');
	});

	it('gives the range of the disputed shares among those who weighed, not Eve’s nothing', () => {
		// Ex .25, .2, .75: mean .4; deviations −.15, −.2, .35; variance (.0225 + .04 + .1225)/3 = .0617,
		// standard deviation .248: 25 points.
		expect(view().disputed).toBe(
			'They disagree most on Ex: shares from 20 % to 75 % (standard deviation 25 points).'
		);
	});
});

describe('the group’s result with one or two answers', () => {
	it('with one person weighing: a pick, no agreement to measure, no dispute', () => {
		// Cy 1:1 → R 60 first; the other gave no weight.
		const view = groupView(groupDecision(scenario, dataset, [sliders(0, 0), sliders(1, 1)]), []);
		expect(view.count).toBe('2 answers.');
		expect(view.firstChoice).toBe('1 of 1 put R first.');
		expect(view.agreement).toBe(NO_AGREEMENT);
		expect(view.disputed).toBe('');
	});

	it('two who rank alike agree fully, and with equal shares they dispute nothing', () => {
		// 3:1 and 6:2: the same shares .75/.25, both rank P 75, R 60, Q 25: W = 1, no spread.
		const view = groupView(groupDecision(scenario, dataset, [sliders(3, 1), sliders(6, 2)]), []);
		expect(view.agreement).toBe(
			'Kendall’s W = 1.00 over 2 people’s rankings (0: no agreement, 1: all rank alike): unusually strong agreement.'
		);
		expect(view.firstChoice).toBe('2 of 2 put P first.');
		expect(view.disputed).toBe('');
	});

	it('joins a tied first pick with “and”', () => {
		// 3:2 → shares .6/.4: P 60, R 60 (tied first), Q 40.
		const view = groupView(groupDecision(scenario, dataset, [sliders(3, 2)]), [{ name: 'Gil' }]);
		expect(view.members.map((m) => [m.first, m.shares])).toEqual([
			['P (60.0) and R (60.0)', ['60 %', '40 %']]
		]);
	});

	it('says “1 answer” for one, and “no pick” when it gives no weight', () => {
		const view = groupView(groupDecision(scenario, dataset, [sliders(0, 0)]), [{ name: 'Eve' }]);
		expect(view.count).toBe('1 answer.');
		expect(view.weightsRule).toBe('No group weights yet: nobody has given any weight.');
		expect(view.weights.map((w) => w.share)).toEqual(['–', '–']);
		expect(view.members.map((m) => [m.name, m.first, m.shares])).toEqual([
			['Eve', 'no pick (no weight given)', ['–', '–']]
		]);
	});
});

describe('the group’s result without answers', () => {
	it('says so and leaves every sentence about a result empty', () => {
		expect(groupView(groupDecision(scenario, dataset, []), [])).toEqual({
			count: 'No answers yet.',
			weightsRule: 'No group weights yet: nobody has given any weight.',
			weights: [
				{ id: 'x', name: 'Ex', share: '–' },
				{ id: 'y', name: 'Why', share: '–' }
			],
			consistency: [],
			headline: '',
			robustness: '',
			agreement: NO_AGREEMENT,
			firstChoice: '',
			disputed: '',
			members: []
		});
	});
});

describe('the group’s result with pairwise answers', () => {
	it('explains the geometric mean of judgements and gives a consistency ratio per matrix', () => {
		// Ex vs Why judged 4 and 1: √4 = 2, weights 2/3 and 1/3 (67 %, 33 %); a 2 × 2 matrix is consistent.
		const view = groupView(
			groupDecision(scenario, dataset, [pairwise({ 'x|y': 4 }), pairwise({ 'x|y': 1 })]),
			[]
		);
		expect(view.weightsRule).toBe(
			'Everyone compared the criteria in pairs, so the group’s weights come from the geometric mean of their judgements, pair by pair (as AHP group practice does), with the group’s consistency ratio.'
		);
		expect(view.weights.map((w) => w.share)).toEqual(['67 %', '33 %']);
		expect(view.consistency).toEqual(['Within All: consistency ratio 0.00']);
		expect(view.members.map((m) => m.way)).toEqual(['Pairwise comparison', 'Pairwise comparison']);
	});

	it('flags a matrix whose consistency ratio is above 0.10', () => {
		// Three criteria judged x:y 2, y:z 2, x:z ½: around the cycle 2 · 2 · 2 = 8, so λmax = 3 + 8^⅓ +
		// 8^−⅓ − 2 = 3.5; CI = (3.5 − 3)/2 = 0.25; CR = 0.25/0.58 (Saaty's random index for 3) = 0.43.
		const three: Dataset = {
			...dataset,
			criteria: [...dataset.criteria, linearCriterion('z', 'Zed')],
			providers: [
				handProvider('p', 'P', { x: known(100), y: known(0), z: known(50) }),
				handProvider('q', 'Q', { x: known(0), y: known(100), z: known(50) })
			] as Dataset['providers']
		};
		const result = groupDecision(scenarioWith(three, { x: 1, y: 1, z: 1 }), three, [
			pairwise({ 'x|y': 2, 'y|z': 2, 'x|z': 0.5 })
		]);
		expect(groupView(result, []).consistency).toEqual([
			'Within All: consistency ratio 0.43 (above 0.10: the group’s judgements are inconsistent here)'
		]);
	});

	it('with answers of both kinds, averages the weights and says how many used pairs', () => {
		const mixed = [
			{ weighting: 'pairwise' as const, pairwise: { 'x|y': 3 }, weights: { x: 75, y: 25 } },
			sliders(1, 3),
			sliders(1, 1)
		];
		expect(groupView(groupDecision(scenario, dataset, mixed), []).weightsRule).toBe(
			`${MEAN_RULE} (1 answer used pairwise comparison and 2 others did not, so their weights are averaged as they are).`
		);
		expect(groupView(groupDecision(scenario, dataset, mixed.slice(0, 2)), []).weightsRule).toBe(
			`${MEAN_RULE} (1 answer used pairwise comparison and 1 other did not, so their weights are averaged as they are).`
		);
	});
});
