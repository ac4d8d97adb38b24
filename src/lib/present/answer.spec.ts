import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario, presetsFor } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { applyPreset, setWeight } from '$lib/scenario/actions';
import {
	answerSentence,
	answerView,
	inSentence,
	knownCounts,
	knownText,
	lead,
	list,
	otherRulesText,
	robustnessText,
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
