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
	robustnessText
} from './answer';

// Tiny by hand: Price (lower; 0.2 → 0, 0.01 → 100): A 0.02 → 94.74, B 0.105 → 50, C unknown → 0.
// Future (levels): A Xen 50, B KVM 100, C KVM 100.
const tinyWith = (price: number, future: number) => evaluate(tiny, scenarioWith(tiny, { price, future }));

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
		for (const name of l.ahead)
			expect(c[l.pick.index]![j(name)]!).toBeGreaterThan(c[l.runnerUp.index]![j(name)]!);
		for (const name of l.behind)
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

	it('robustness in words: share of trials, trial count and spread', () => {
		// B beats A only through Future's weight; shaking both weights by ±25 % never lets A pass
		// (A needs price weight > 1.12 × future weight, and 1.25 / 0.75 > 1.12, so sometimes it does).
		expect(robustnessText(tinyWith(100, 0))).toBe(
			'A came first in 100 % of 500 trials with every weight varied ±25 %.'
		);
		expect(robustnessText(tinyWith(50, 50))).toMatch(
			/^B came first in \d+ % of 500 trials with every weight varied ±25 %\.$/
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
