import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario, presetsFor } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { applyPreset, setWeight } from '$lib/scenario/actions';
import type { Dataset } from '$lib/data/schema';
import {
	answerSentence,
	answerView,
	consistencyText,
	inSentence,
	knownCounts,
	knownText,
	lead,
	list,
	otherRulesText,
	robustnessText,
	scaleNotes,
	winnersByRule
} from './answer';

// Tiny by hand: Price (lower; 0.2 → 0, 0.01 → 100): A 0.02 → 94.74, B 0.105 → 50, C unknown → 0.
// Future (levels): A Xen 50, B KVM 100, C KVM 100.
const tinyWith = (price: number, future: number) => evaluate(tiny, scenarioWith(tiny, { price, future }));

describe('an honest answer about unknown values', () => {
	// Tiny without A, equal weights (hand calculation, values above): B = (50 + 100) / 2 = 75.
	// C's price is unknown. Worst level: C = (0 + 100) / 2 = 50, B leads by 25.0, all of it on price,
	// where C's value is unknown. Middle of the scale: C = (50 + 100) / 2 = 75, a tie. Left out: C is
	// scored on Future alone, 100, and comes first.
	const withoutA = (unknowns: 'worst' | 'middle' | 'omit') =>
		evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), excluded: ['a'], unknowns });

	it('never credits the lead to a criterion where the rival’s value is unknown without saying so', () => {
		expect(answerSentence(withoutA('worst'))).toBe(
			'B leads C by 25.0 points, mostly on price (C’s value for price is unknown and scored 0, the worst level); C is not better on any criterion.'
		);
		const l = lead(withoutA('worst'))!;
		expect(l.margin).toBe(25);
		expect(l.ahead.map((g) => [g.name, g.rivalUnknown])).toEqual([['Price', true]]);
		expect(l.ahead[0]!.points).toBeCloseTo(25, 10);
	});

	it('names the winner under each other rule when it differs, and the rule in force', () => {
		expect(winnersByRule(withoutA('worst')).map((w) => [w.rule.id, w.first])).toEqual([
			['worst', ['B']],
			['middle', ['B', 'C']],
			['omit', ['C']]
		]);
		expect(otherRulesText(withoutA('worst'))).toBe(
			'Under Middle of the scale: B and C tie; under Left out: C.'
		);
		const view = answerView(withoutA('worst'));
		expect(view.rule).toBe(
			'Unknown values: Worst level (an unknown value scores 0: no evidence, no points).'
		);
		expect(view.otherRules).toBe(otherRulesText(withoutA('worst')));
		// Every value known (C left out): every rule agrees, nothing to add.
		const known = evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), excluded: ['c'] });
		expect(otherRulesText(known)).toBeUndefined();
	});

	it('one verdict: weights, the other rules and overlapping ranges', () => {
		// Only two criteria at equal weight: varying them ±25 % cannot move a 25-point lead built on
		// price alone (B ≥ 75 · … ) — B stays first in every trial. The other rules differ, and C's
		// range (worst 50, best 100) overlaps B's (75, B has every value known).
		expect(robustnessText(withoutA('worst'))).toMatch(
			/^B is first under every weighting tried \(\d+ trials, each weight ±25 %\), but not under the other unknown-value rules; its score range overlaps C’s, so the unknown values could change the order\.$/
		);
		// With every rule agreeing and no overlap: "and under every unknown-value rule".
		expect(robustnessText(tinyWith(100, 0))).toMatch(/and under every unknown-value rule/);
	});
});

describe('answerSentence', () => {
	it('names the lead, the criteria that give it and where the runner-up is better', () => {
		// Equal weights: A (94.74 + 50) / 2 = 72.37, B (50 + 100) / 2 = 75: B by 2.6, on Future; A better on Price.
		expect(answerSentence(tinyWith(50, 50))).toBe(
			'B leads A by 2.6 points, mostly on future; A is better on price.'
		);
	});

	it('says so when the runner-up is better on nothing', () => {
		expect(answerSentence(tinyWith(100, 0))).toBe(
			'A leads B by 44.7 points, mostly on price; B is not better on any criterion.'
		);
	});

	it('a tie for first is a tie, not a lead', () => {
		expect(answerSentence(tinyWith(0, 100))).toBe('B and C tie for first with 100.0 points each.');
		expect(answerView(tinyWith(0, 100)).headline).toMatch(/^No single pick: B and C tie/);
	});

	it('one provider, and nothing to rank', () => {
		const one = evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), excluded: ['a', 'b'] });
		expect(answerSentence(one)).toBe('C is the only provider compared, with 50.0 points.');
		expect(answerSentence(tinyWith(0, 0))).toMatch(/^Give at least one criterion a weight/);
		expect(answerView(tinyWith(0, 0)).robustness).toBe('');
	});

	it('on the 2010 data set (v2, Balanced) it names the pick, the runner-up and the margin', () => {
		const v2 = findDataset('cloud-2010', 2)!;
		const evaluation = evaluate(v2, defaultScenario(v2));
		const l = lead(evaluation)!;
		expect(l.pick.provider.name).toBe('Amazon EC2');
		expect(l.runnerUp.provider.name).toBe('Rackspace Cloud Servers');
		const sentence = answerSentence(evaluation);
		expect(sentence).toMatch(
			/^Amazon EC2 leads Rackspace Cloud Servers by 20\.7 points, mostly on .+; Rackspace Cloud Servers is better on .+\.$/
		);
		// The named criteria really are where the points are won and lost.
		const j = (name: string) => evaluation.criteria.findIndex((c) => c.name === name);
		const c = evaluation.result.contributions!;
		for (const { name } of l.ahead)
			expect(c[l.pick.index]![j(name)]!).toBeGreaterThan(c[l.runnerUp.index]![j(name)]!);
		for (const { name } of l.behind)
			expect(c[l.pick.index]![j(name)]!).toBeLessThan(c[l.runnerUp.index]![j(name)]!);
	});
});

describe('the rest of the answer', () => {
	it('counts known values per provider in ranking order', () => {
		expect(knownCounts(tinyWith(50, 50)).map((k) => `${k.provider} ${k.known}/${k.total}`)).toEqual([
			'B 2/2',
			'A 2/2',
			'C 1/2'
		]);
		expect(knownText(tinyWith(50, 50))).toBe('Known values: B 2 of 2, A 2 of 2, C 1 of 2.');
	});

	it('robustness in words: share of trials, trial count and spread, the other rules, the ranges', () => {
		// Price alone: A (94.74) is first whatever the one weight and under every rule (C's unknown price
		// scores 0 or 50, or is left out), but C's range (its price anywhere on 0–100) overlaps A's.
		expect(robustnessText(tinyWith(100, 0))).toBe(
			'A is first under every weighting tried (500 trials, each weight ±25 %), and under every unknown-value rule; its score range overlaps C’s, so the unknown values could change the order.'
		);
		// Equal weights: B beats A when w_future / w_price > 44.74 / 50 = 0.895, and the ratio of two
		// weights each varied ±25 % ranges 0.6–1.67, so B is first in some trials only. Under Middle
		// of the scale C ties B (75), under Left out C leads (100): both other rules differ.
		expect(robustnessText(tinyWith(50, 50))).toMatch(
			/^B came first in \d\d % of the weightings tried \(500 trials, each weight ±25 %\), but not under the other unknown-value rules; its score range overlaps C’s, so the unknown values could change the order\.$/
		);
	});

	it('names the preset, modified or not, or says the weights are the person’s own', () => {
		const v2 = findDataset('cloud-2010', 2)!;
		const [balanced, startup] = presetsFor(v2);
		const start = applyPreset(defaultScenario(v2), v2, startup!);
		expect(answerView(evaluate(v2, start)).weights).toBe('Weights: the Cost-sensitive start-up preset.');
		const changed = setWeight(start, 'entry-price', 3);
		expect(answerView(evaluate(v2, changed)).weights).toBe(
			'Weights: the Cost-sensitive start-up preset, modified.'
		);
		expect(answerView(evaluate(v2, defaultScenario(v2))).weights).toBe(
			`Weights: the ${balanced!.name} preset.`
		);
		expect(answerView(tinyWith(50, 50)).weights).toBe('Weights: your own, no preset.');
	});

	it('words in a sentence', () => {
		expect(inSentence('Entry price')).toBe('entry price');
		expect(inSentence('API maturity')).toBe('API maturity');
		expect(inSentence('Windows servers')).toBe('Windows servers');
		expect(inSentence('Xen→KVM migration')).toBe('Xen→KVM migration');
		expect(list([])).toBe('');
		expect(list(['a'])).toBe('a');
		expect(list(['a', 'b', 'c'])).toBe('a, b and c');
	});
});

/**
 * A data set of criteria scored linearly from 0 to 100 (more is better, so a value is its own value
 * score) in one group, "Service", and providers with a value per criterion (null: unknown). With
 * equal weights over n criteria each criterion gives value / n points.
 */
function linearSet(names: string[], rows: [string, (number | null)[]][]): Dataset {
	const id = (name: string) => name.toLowerCase();
	const source = { title: 'Test', url: 'https://example.org/', date: '2010-05' };
	return {
		...tiny,
		id: 'linear',
		groups: [{ id: 'g', name: 'Service' }],
		criteria: names.map((name) => ({
			id: id(name),
			name,
			group: 'g',
			description: name,
			unit: 'points',
			direction: 'higher',
			scale: { kind: 'linear', worst: 0, best: 100 },
			scaleRationale: 'test'
		})),
		providers: rows.map(([name, values]) => ({
			id: id(name),
			name,
			offering: name,
			hypervisor: 'xen',
			hypervisorSource: source,
			notes: name,
			values: Object.fromEntries(
				values.map((raw, j) => [
					id(names[j]!),
					raw === null
						? { kind: 'unknown' as const, reason: 'not published' }
						: { kind: 'judgement' as const, raw, rationale: 'test' }
				])
			)
		}))
	};
}
const equalWeights = (ds: Dataset) =>
	scenarioWith(ds, Object.fromEntries(ds.criteria.map((c) => [c.id, 10])));
const evenly = (ds: Dataset) => evaluate(ds, equalWeights(ds));
const EIGHT = ['Price', 'Support', 'Uptime', 'Storage', 'Network', 'Backups', 'Regions', 'Security'];
const fifty = [50, 50, 50, 50, 50, 50, 50, 50];

describe('which criteria the answer names', () => {
	it('the fewest that give two thirds of the gains: one, when it gives exactly ⅔', () => {
		// Four criteria at ¼: Ash (58, 54, 50, 50), Elm 50 everywhere: Ash 53.0, Elm 50.0. Gains Price
		// 8/4 = 2 and Support 1; ⅔ of 3 is 2, which Price alone gives.
		const ds = linearSet(EIGHT.slice(0, 4), [
			['Ash', [58, 54, 50, 50]],
			['Elm', [50, 50, 50, 50]]
		]);
		expect(answerSentence(evenly(ds))).toBe(
			'Ash leads Elm by 3.0 points, mostly on price; Elm is not better on any criterion.'
		);
		// Price gives 2 of the 3-point lead.
		expect(lead(evenly(ds))!.explained).toBeCloseTo(0.6667, 4);
	});

	it('at most three, "mostly" when they give half the lead or more, "most" when less', () => {
		// Eight criteria at ⅛; Elm 50 everywhere. Ash 58 on six: (6 · 58 + 2 · 50)/8 = 56.0, six gains of
		// 1.0; three give 3 of 6 = ½ (and three are named though ⅔ would take four).
		const six = linearSet(EIGHT, [
			['Ash', [58, 58, 58, 58, 58, 58, 50, 50]],
			['Elm', fifty]
		]);
		expect(answerSentence(evenly(six))).toBe(
			'Ash leads Elm by 6.0 points, mostly on price, support and uptime; Elm is not better on any criterion.'
		);
		// Ash 58 on seven: 57.0; three of seven points is less than half.
		const seven = linearSet(EIGHT, [
			['Ash', [58, 58, 58, 58, 58, 58, 58, 50]],
			['Elm', fifty]
		]);
		expect(answerSentence(evenly(seven))).toBe(
			'Ash leads Elm by 7.0 points, most on price, support and uptime; Elm is not better on any criterion.'
		);
	});

	it('where the runner-up is better: the two biggest of its gains, biggest first', () => {
		// Ash = (82, 74, 42, 26, 34, 50, 50, 50), Elm 50 everywhere, ⅛ each: Ash 408/8 = 51.0. Ash gains
		// 4 (Price) and 3 (Support); Elm gains 1 (Uptime), 3 (Storage), 2 (Network).
		const ds = linearSet(EIGHT, [
			['Ash', [82, 74, 42, 26, 34, 50, 50, 50]],
			['Elm', fifty]
		]);
		expect(answerSentence(evenly(ds))).toBe(
			'Ash leads Elm by 1.0 point, mostly on price and support; Elm is better on storage and network.'
		);
		expect(lead(evenly(ds))!.behind.map((g) => [g.name, g.points])).toEqual([
			['Storage', 3],
			['Network', 2],
			['Uptime', 1]
		]);
	});

	it('a difference of 0.05 points (0.1 as shown) is named, either way', () => {
		// Four criteria at ¼: Ash 0.8 on Price (0.2 points), Elm 0.2 on Uptime (0.05 points), else 0.
		// Ash 0.2, Elm 0.05 (0.1 as shown). Elm's 0.05 on Uptime is the smallest difference named.
		const ds = linearSet(EIGHT.slice(0, 4), [
			['Ash', [0.8, 0, 0, 0]],
			['Elm', [0, 0, 0.2, 0]]
		]);
		expect(answerSentence(evenly(ds))).toBe(
			'Ash leads Elm by 0.1 points, mostly on price; Elm is better on uptime.'
		);
		// Ash 0.2 on Price (0.05 points) alone: a lead of 0.1 as shown, on price.
		const small = linearSet(EIGHT.slice(0, 4), [
			['Ash', [0.2, 0, 0, 0]],
			['Elm', [0, 0, 0, 0]]
		]);
		expect(answerSentence(evenly(small))).toBe(
			'Ash leads Elm by 0.1 points, mostly on price; Elm is not better on any criterion.'
		);
	});

	it('says whose values are unknown, one or several, and how the rule in force scored them', () => {
		// Ash (60, 60, 0), Elm (unknown, unknown, 100), thirds; unknowns score 0: Ash 40.0, Elm 33.3.
		const two = linearSet(
			['Speed', 'Support', 'Storage'],
			[
				['Ash', [60, 60, 0]],
				['Elm', [null, null, 100]]
			]
		);
		expect(answerSentence(evenly(two))).toBe(
			'Ash leads Elm by 6.7 points, mostly on speed and support (Elm’s values for speed and support are unknown and scored 0, the worst level); Elm is better on storage.'
		);
		// Ash (80, 80), Elm (unknown, 60), halves, unknowns left out: Elm is scored on Support alone, 60;
		// Ash 80. Ash gets 40 on Speed, Elm none (left out); Elm 60 − 40 = 20 more on Support.
		const one = linearSet(
			['Speed', 'Support'],
			[
				['Ash', [80, 80]],
				['Elm', [null, 60]]
			]
		);
		const omit = evaluate(one, { ...equalWeights(one), unknowns: 'omit' });
		expect(answerSentence(omit)).toBe(
			'Ash leads Elm by 20.0 points, mostly on speed (Elm’s value for speed is unknown and left out of its score); Elm is better on support.'
		);
	});

	it('marks a loss where the pick’s own value is unknown', () => {
		// Tiny without A, unknowns left out: C (unknown price, Future 100) 100.0 leads B (50 + 100)/2 =
		// 75.0; B is better on price, where C's value is the unknown one.
		const e = evaluate(tiny, {
			...scenarioWith(tiny, { price: 50, future: 50 }),
			excluded: ['a'],
			unknowns: 'omit'
		});
		const l = lead(e)!;
		expect([l.pick.provider.name, l.runnerUp.provider.name]).toEqual(['C', 'B']);
		expect(l.behind.map((g) => [g.name, g.points.toFixed(1), g.rivalUnknown])).toEqual([
			['Price', '25.0', true]
		]);
	});

	it('names no criterion when no single difference reaches 0.05 points', () => {
		// Eight criteria at ⅛; Ash 0.32 on each (0.04 points each), Elm 0: Ash 0.32 (0.3 as shown).
		const ds = linearSet(EIGHT, [
			['Ash', [0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32]],
			['Elm', [0, 0, 0, 0, 0, 0, 0, 0]]
		]);
		expect(answerSentence(evenly(ds))).toBe(
			'Ash leads Elm by 0.3 points; Elm is not better on any criterion.'
		);
	});

	it('a tie of four names three and counts the fourth', () => {
		// Speed alone: Ash, Elm, Fir and Oak 50, Yew 10.
		const rows = (oak: number): [string, number[]][] => [
			['Ash', [50]],
			['Elm', [50]],
			['Fir', [50]],
			['Oak', [oak]],
			['Yew', [10]]
		];
		const four = evenly(linearSet(['Speed'], rows(50)));
		expect(answerSentence(four)).toBe('Ash, Elm and Fir and 1 more tie for first with 50.0 points each.');
		expect(answerView(four).headline).toBe(
			'No single pick: Ash, Elm and Fir and 1 more tie for first with 50.0 points each.'
		);
		expect(answerSentence(evenly(linearSet(['Speed'], rows(10))))).toBe(
			'Ash, Elm and Fir tie for first with 50.0 points each.'
		);
	});

	it('words in a sentence: a first word with more than one capital stays as written', () => {
		expect(inSentence('IOPs limit')).toBe('IOPs limit');
		expect(inSentence('SLAs honoured')).toBe('SLAs honoured');
		expect(inSentence('Price')).toBe('price');
	});
});

describe('robustness and the other rules, case by case', () => {
	it('one other rule agrees and one does not: both are named, and the verdict names the one that differs', () => {
		// Tiny, Price 80, Future 20: A 0.8 · 94.74 + 0.2 · 50 = 85.8, B 40 + 20 = 60, C (price unknown)
		// 0 + 20 = 20 at worst, 40 + 20 = 60 in the middle, 100 left out. A stays first whatever the
		// weights ±25 % (it needs w_price / w_future > 44.74 / 50 / … > 1.12; the least is 60/25 = 2.4).
		// C's range 20–100 holds A's 85.8; B's is 60 alone.
		const e = tinyWith(80, 20);
		expect(otherRulesText(e)).toBe('Under Middle of the scale: A; under Left out: C.');
		expect(robustnessText(e)).toBe(
			'A is first under every weighting tried (500 trials, each weight ±25 %), but not under Left out; its score range overlaps C’s, so the unknown values could change the order.'
		);
	});

	it('a rule under which a different pair ties for first is not the same first place', () => {
		// Thirds. Ash (50, 50, 50) = 50; Elm (unknown, 75, 75): worst 50, middle (50 + 150)/3 = 66.7,
		// left out 75; Fir (unknown, unknown, 75): worst 25, middle 175/3 = 58.3, left out 75.
		// Worst level: Ash and Elm tie; middle: Elm; left out: Elm and Fir tie. Elm is in both ties,
		// but the two ties differ: neither other rule gives the same first place.
		const ds = linearSet(
			['Speed', 'Support', 'Storage'],
			[
				['Ash', [50, 50, 50]],
				['Elm', [null, 75, 75]],
				['Fir', [null, null, 75]]
			]
		);
		const e = evenly(ds);
		expect(answerSentence(e)).toBe('Ash and Elm tie for first with 50.0 points each.');
		expect(otherRulesText(e)).toBe('Under Middle of the scale: Elm; under Left out: Elm and Fir tie.');
		expect(robustnessText(e)).toContain(', but not under the other unknown-value rules; ');
	});

	it('counts the others whose ranges overlap past three, names three', () => {
		// Speed and Support at ½: Ash (60, 60) = 60; each other (unknown, 50) = 25 at worst, 50 in the
		// middle and left out; its range 25–75 holds 60. Ash is better on both, so first in every trial.
		const rows = (n: number): [string, (number | null)[]][] => [
			['Ash', [60, 60]],
			...['Elm', 'Fir', 'Oak', 'Yew']
				.slice(0, n)
				.map((name): [string, (number | null)[]] => [name, [null, 50]])
		];
		expect(robustnessText(evenly(linearSet(['Speed', 'Support'], rows(4))))).toBe(
			'Ash is first under every weighting tried (500 trials, each weight ±25 %), and under every unknown-value rule; its score range overlaps 4 others’, so the unknown values could change the order.'
		);
		expect(robustnessText(evenly(linearSet(['Speed', 'Support'], rows(3))))).toBe(
			'Ash is first under every weighting tried (500 trials, each weight ±25 %), and under every unknown-value rule; its score range overlaps Elm’s, Fir’s and Oak’s, so the unknown values could change the order.'
		);
	});

	it('says so when no range overlaps, and nothing when nothing is ranked', () => {
		// Tiny without C, Price alone: A 94.7, B 50.0, every value known (each range a single score).
		const known = evaluate(tiny, { ...scenarioWith(tiny, { price: 100, future: 0 }), excluded: ['c'] });
		expect(robustnessText(known)).toBe(
			'A is first under every weighting tried (500 trials, each weight ±25 %), and under every unknown-value rule; no other score range overlaps its own.'
		);
		expect(robustnessText(tinyWith(0, 0))).toBe('');
	});
});

describe('the answer’s other lines', () => {
	it('one provider: who comes first and with what, no lead', () => {
		const one = evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), excluded: ['a', 'b'] });
		// C: price unknown (0) and KVM (100): 50.0.
		expect(answerView(one).headline).toBe('C comes first with 50.0 points.');
		expect(scaleNotes(one)).toEqual([]);
	});

	it('the same view for the same evaluation', () => {
		const e = tinyWith(50, 50);
		expect(answerView(e)).toBe(answerView(e));
	});

	it('known values in data order when nothing is ranked, and no line with no provider', () => {
		expect(knownCounts(tinyWith(0, 0)).map((k) => [k.providerId, k.provider, k.known, k.total])).toEqual([
			['a', 'A', 2, 2],
			['b', 'B', 2, 2],
			['c', 'C', 1, 2]
		]);
		expect(knownCounts(tinyWith(50, 50)).map((k) => k.providerId)).toEqual(['b', 'a', 'c']);
		const none = evaluate(tiny, { ...scenarioWith(tiny, { price: 50 }), excluded: ['a', 'b', 'c'] });
		expect(knownText(none)).toBe('');
	});

	it('must-haves, with who they rule out or that every provider meets them', () => {
		// Price at most 0.1 $/h: A (0.02) meets it, B (0.105) does not, C's price is unknown.
		const some = evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), musts: { price: 0.1 } });
		expect(answerView(some).musts).toBe('Must-haves: Price at most 0.1 $/h. Ruled out: B and C.');
		const all = evaluate(tiny, {
			...scenarioWith(tiny, { price: 50, future: 50 }),
			musts: { price: 0.2 },
			excluded: ['c']
		});
		expect(answerView(all).musts).toBe('Must-haves: Price at most 0.2 $/h. Every provider meets them.');
		expect(answerView(tinyWith(50, 50)).musts).toBeUndefined();
	});

	it('flags pairwise judgements too inconsistent to trust, only when the weights come from them', () => {
		// Speed 3× Support, Support 3× Storage, yet Storage 3× Speed: a cycle. The matrix
		// [[1, 3, ⅓], [⅓, 1, 3], [3, ⅓, 1]] is circulant: λmax = 1 + 3 + ⅓ = 13/3, CI = (13/3 − 3)/2 = ⅔,
		// CR = ⅔ / 0.58 (Saaty's random index for 3) = 1.149.
		const ds = linearSet(
			['Speed', 'Support', 'Storage'],
			[
				['Ash', [60, 60, 60]],
				['Elm', [50, 50, 50]]
			]
		);
		const cycle = { 'speed|support': 3, 'support|storage': 3, 'speed|storage': 1 / 3 };
		const pairwise = evaluate(ds, { ...equalWeights(ds), weighting: 'pairwise', pairwise: cycle });
		const text =
			'Your pairwise judgements are inconsistent within Service (consistency ratio 1.15), above 0.10: ' +
			'these weights may not say what you mean. Revisit them under “Way of setting the weights”.';
		expect(consistencyText(pairwise)).toBe(text);
		expect(answerView(pairwise).consistency).toBe(text);
		// Consistent judgements (all equal), or weights set directly though judgements are kept: nothing.
		const equal = { 'speed|support': 1, 'support|storage': 1, 'speed|storage': 1 };
		expect(
			consistencyText(evaluate(ds, { ...equalWeights(ds), weighting: 'pairwise', pairwise: equal }))
		).toBeUndefined();
		expect(
			consistencyText(evaluate(ds, { ...equalWeights(ds), weighting: 'direct', pairwise: cycle }))
		).toBeUndefined();
	});
});

describe('reference levels beside the answer', () => {
	it('for the number criteria the sentence names whose levels the person set, not for rating levels', () => {
		// Tiny, equal weights: "B leads A by 2.6 points, mostly on future; A is better on price." The
		// person re-entered both scales (the same levels): Price is noted, Future (levels) is not.
		const edits = {
			values: {},
			providers: [],
			criteria: [],
			groups: [],
			scales: { price: tiny.criteria[0]!.scale, future: tiny.criteria[1]!.scale }
		};
		const e = evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), edits });
		expect(scaleNotes(e)).toEqual([
			{ criterionId: 'price', name: 'Price', text: 'Price: 0 at 0.2 $/h, 100 at 0.01 $/h, your choice.' }
		]);
	});

	it('only the two criteria where the runner-up is better that the sentence names, a unit only if there is one', () => {
		// The 1.0-point case above: Elm is better on Storage (3), Network (2) and Uptime (1); the sentence
		// names Storage and Network. Storage has no unit, Network is in GB; all three re-entered.
		const base = linearSet(EIGHT, [
			['Ash', [82, 74, 42, 26, 34, 50, 50, 50]],
			['Elm', fifty]
		]);
		const ds = {
			...base,
			criteria: base.criteria.map((c) => ({
				...c,
				unit: c.id === 'storage' ? '' : c.id === 'network' ? 'GB' : c.unit
			}))
		};
		const linear = { kind: 'linear' as const, worst: 0, best: 100 };
		const e = evaluate(ds, {
			...equalWeights(ds),
			edits: {
				values: {},
				providers: [],
				criteria: [],
				groups: [],
				scales: { uptime: linear, storage: linear, network: linear }
			}
		});
		expect(scaleNotes(e)).toEqual([
			{ criterionId: 'storage', name: 'Storage', text: 'Storage: 0 at 0, 100 at 100, your choice.' },
			{ criterionId: 'network', name: 'Network', text: 'Network: 0 at 0 GB, 100 at 100 GB, your choice.' }
		]);
	});
});
