import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { formatPercent } from './stability';
import { stabilityView, tiedWithLeaderAt } from './stability-table';
import { handMade, handProvider, known } from '$testing/hand-made';

/** Criteria on a 0–100 scale, so a value score is the value itself ($testing/hand-made). */
const unknown = { kind: 'unknown' as const, reason: 'none' };
const provider = handProvider;
const datasetOf = (criteria: [string, string][], providers: ReturnType<typeof provider>[]) =>
	handMade('stability', criteria, providers);

/**
 * The case of why.spec.ts, by hand: Alpha (80, 20, 50), Beta (40, 100, 70), weights 30/10/60, Beta
 * first with 64.0 to 56.0. Beta stays first while Price ≤ 28.571/68.571 = 41.7 % (then Alpha), Uptime
 * ≥ 33.3 % (below, Alpha), Support anywhere (at Support 0 % both score 60: a tie).
 */
const why = datasetOf(
	[
		['price', 'Price'],
		['support', 'Support'],
		['uptime', 'Uptime']
	],
	[
		provider('a', 'Alpha', { price: known(80), support: known(20), uptime: known(50) }),
		provider('b', 'Beta', { price: known(40), support: known(100), uptime: known(70) })
	]
);
const whyWeights = { price: 30, support: 10, uptime: 60 };

describe('the weight stability table', () => {
	// Built inside each test (not when the file is collected), so a mutation of the view is in force.
	const view = () => stabilityView(evaluate(why, scenarioWith(why, whyWeights)))!;

	it('has its heading, caption, columns and a summary counting the criteria', () => {
		expect(view().heading).toBe('How far can each weight move?');
		expect(view().caption).toBe('Weight stability');
		expect(view().columns).toEqual(['Criterion', 'Share now', 'Leader stays first from', 'to', 'In words']);
		expect(view().summary).toBe('Each criterion’s stability interval (3 criteria)');
	});

	it('gives each criterion’s share now (30 + 10 + 60 = 100) and the interval’s ends as whole per cents', () => {
		expect(view().rows.map((r) => [r.criterionId, r.criterion, r.share, r.from, r.to])).toEqual([
			['price', 'Price', '30 %', '0 %', '42 %'],
			['support', 'Support', '10 %', '0 %', '100 %'],
			['uptime', 'Uptime', '60 %', '33 %', '100 %']
		]);
	});

	it('says what the intervals mean, and that they are exact for the weighted sum', () => {
		expect(view().intro).toBe(
			'How far can one criterion’s share of the total weight move, the others keeping their proportions, before Beta is no longer first? Exact for the weighted sum.'
		);
	});

	it('says “approximate” and names the method when the limits come from a numeric search', () => {
		const topsis = stabilityView(evaluate(why, { ...scenarioWith(why, whyWeights), method: 'topsis' }))!;
		expect(topsis.intro).toMatch(
			/^How far can one criterion’s share of the total weight move, the others keeping their proportions, before Beta is no longer first\? Approximate: TOPSIS has no simple formula for these limits, so they were found by a numeric search \(to within about 0\.1 %\); a change of leader inside a very narrow range could be missed\.$/
		);
	});

	it('has no table when nothing is ranked', () => {
		expect(stabilityView(evaluate(why, scenarioWith(why, {})))).toBeUndefined();
	});
});

describe('a leader that nobody overtakes or ties', () => {
	// Beta (100, 100), Alpha (96, 50): Beta is better on both, so first at any share. At either end the
	// nearest is Alpha on Price alone, 96.0 to 100.0: shown apart, so no tie to report.
	const dominant = datasetOf(
		[
			['price', 'Price'],
			['support', 'Support']
		],
		[
			provider('a', 'Alpha', { price: known(96), support: known(50) }),
			provider('b', 'Beta', { price: known(100), support: known(100) })
		]
	);

	it('says Beta stays first whatever each share, in one sentence with nothing after it', () => {
		const view = stabilityView(evaluate(dominant, scenarioWith(dominant, { price: 1, support: 3 })))!;
		expect(view.rows.map((r) => [r.share, r.from, r.to, r.text])).toEqual([
			['25 %', '0 %', '100 %', 'Beta stays first whatever Price’s share of the weight, from 0 % to 100 %.'],
			['75 %', '0 %', '100 %', 'Beta stays first whatever Support’s share of the weight, from 0 % to 100 %.']
		]);
	});
});

describe('ties at the ends of the scale', () => {
	// Lead (100, 100); O1 … O4 (50, 100). Equal weights: Lead 100, each other 75. With Price at 0 %
	// (Support alone) all five score 100: Lead ties with the four others; with Price at 100 % nobody
	// ties (100 to 50). Likewise Support at 100 % ties, at 0 % does not.
	const others = (n: number) =>
		Array.from({ length: n }, (_, k) =>
			provider(`o${k + 1}`, `O${k + 1}`, { price: known(50), support: known(100) })
		);
	const tied = (n: number) =>
		datasetOf(
			[
				['price', 'Price'],
				['support', 'Support']
			],
			[provider('lead', 'Lead', { price: known(100), support: known(100) }), ...others(n)]
		);

	it('counts more than three providers tied with the leader', () => {
		const four = tied(4);
		const view = stabilityView(evaluate(four, scenarioWith(four, { price: 1, support: 1 })))!;
		expect(view.rows.map((r) => r.text)).toEqual([
			'No other provider overtakes Lead whatever Price’s share of the weight, from 0 % to 100 %; at 0 % it ties with 4 others.',
			'No other provider overtakes Lead whatever Support’s share of the weight, from 0 % to 100 %; at 100 % it ties with 4 others.'
		]);
	});

	it('names three', () => {
		const three = tied(3);
		const view = stabilityView(evaluate(three, scenarioWith(three, { price: 1, support: 1 })))!;
		expect(view.rows.map((r) => r.text)).toEqual([
			'No other provider overtakes Lead whatever Price’s share of the weight, from 0 % to 100 %; at 0 % it ties with O1, O2 and O3.',
			'No other provider overtakes Lead whatever Support’s share of the weight, from 0 % to 100 %; at 100 % it ties with O1, O2 and O3.'
		]);
	});
});

describe('an overtaker on one side and a tie at the end of that side', () => {
	// L (100, 50), X (0, 50), Y (80, 60); equal weights: L 75, Y 70, X 25.
	// C1 at share s: L 50 + 50s, Y 60 + 20s: L first while s ≥ 1/3, below Y overtakes. At s = 0 (where
	// Y is already ahead) X ties L at 50, but past an overtaker the tie is not news: not reported.
	// C2 at share t: L 100 − 50t, Y 80 − 20t: L first while t ≤ 2/3, above Y overtakes (X ties L at
	// t = 1: not reported either).
	const edge = datasetOf(
		[
			['c1', 'C1'],
			['c2', 'C2']
		],
		[
			provider('l', 'L', { c1: known(100), c2: known(50) }),
			provider('x', 'X', { c1: known(0), c2: known(50) }),
			provider('y', 'Y', { c1: known(80), c2: known(60) })
		]
	);
	const evaluation = () => evaluate(edge, scenarioWith(edge, { c1: 1, c2: 1 }));

	it('gives the interval and who overtakes, without the ties beyond it', () => {
		expect(stabilityView(evaluation())!.rows.map((r) => [r.from, r.to, r.text])).toEqual([
			[
				'33 %',
				'100 %',
				'L stays first while C1 is between 33 % and 100 % of the weight; below that Y overtakes.'
			],
			['0 %', '67 %', 'L stays first while C2 is between 0 % and 67 % of the weight; above that Y overtakes.']
		]);
	});

	it('finds who draws level at any share, the others keeping their proportions', () => {
		// C1 at 1/3, C2 at 2/3: L 66.7, Y 66.7 (tied), X 33.3. At ½: L 75, Y 70: no tie.
		expect(tiedWithLeaderAt(evaluation(), 0, 1 / 3)).toEqual([2]);
		expect(tiedWithLeaderAt(evaluation(), 0, 0.5)).toEqual([]);
		// Only C1 weighed (L 100, Y 80, X 0): at C1 100 %, C2 keeps weight 0 (not 0 ÷ 0), and nobody ties.
		expect(tiedWithLeaderAt(evaluate(edge, scenarioWith(edge, { c1: 1, c2: 0 })), 0, 1)).toEqual([]);
		// Nothing ranked, no leader: nobody to tie with.
		expect(tiedWithLeaderAt(evaluate(edge, scenarioWith(edge, {})), 0, 0)).toEqual([]);
	});
});

describe('with unknown values left out', () => {
	// L (60, unknown), M (100, 20); weights X 40, Y 60. Left out, L is scored on X alone: 60 at any
	// weight; M 100s + 20(1 − s) at X share s: 52 now, so L first. At s = ½ M scores 60: a tie, which
	// only holds if L's unknown Y is left out (scored 0, L would have 30).
	const omitted = datasetOf(
		[
			['x', 'X'],
			['y', 'Y']
		],
		[provider('l', 'L', { x: known(60), y: unknown }), provider('m', 'M', { x: known(100), y: known(20) })]
	);
	const evaluation = () =>
		evaluate(omitted, { ...scenarioWith(omitted, { x: 40, y: 60 }), unknowns: 'omit' });

	it('compares the scores as the method reads them, without the unknown values', () => {
		expect(evaluation().ranking[0]!.provider.id).toBe('l');
		expect(tiedWithLeaderAt(evaluation(), 0, 0.5)).toEqual([1]);
		// At s = 0.6 M scores 68, ahead of L's 60: no tie.
		expect(tiedWithLeaderAt(evaluation(), 0, 0.6)).toEqual([]);
	});

	it('says the weighted sum with values left out is searched numerically', () => {
		expect(stabilityView(evaluation())!.intro).toMatch(
			/ Approximate: with unknown values left out, the weighted sum has no simple formula for these limits, so they were found by a numeric search \(to within about 0\.1 %\); a change of leader inside a very narrow range could be missed\.$/
		);
	});
});

describe('formatPercent', () => {
	it.each([
		[0.375, '38 %'], // half up, as every share on the page
		[0.37499999999999994, '38 %'], // 37.5 % a hair low after arithmetic: still 38 %
		[0.3749, '37 %'],
		[0.625, '63 %'],
		[0.005, '0.5 %'], // below 1 %: one decimal
		[0, '0 %'],
		[1, '100 %']
	])('%d → %s', (share, shown) => expect(formatPercent(share)).toBe(shown));
});
