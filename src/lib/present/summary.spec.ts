import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { hypervisorSummary } from './summary';
import { tiny } from '$testing/tiny';

// The tiny data set: A (Xen) price 0.02 → 94.737, future 50; B (KVM) price 0.105 → 50, future 100;
// C (KVM) price unknown, future 100.
describe('hypervisorSummary states the evidence behind the comparison', () => {
	it('says when the gap between the groups does not survive the unknowns', () => {
		// Weights 1, 1. A = (94.737 + 50)/2 = 72.368; B = (50 + 100)/2 = 75; C = (0 + 100)/2 = 50.
		// Xen mean 72.368, KVM mean 62.5: Xen leads by 9.868. KVM known share (1 + 0.5)/2 = 75 %.
		// KVM best case (75 + 100)/2 = 87.5 is above the Xen mean's worst case 72.4 (all known).
		const e = evaluate(tiny, scenarioWith(tiny, { price: 1, future: 1 }));
		expect(hypervisorSummary(e)).toBe(
			'Under these weights the best Xen provider is A with 72.4 (Xen mean 72.4 over 1); ' +
				'the best KVM provider is B with 75.0 (KVM mean 62.5 over 2). On average Xen providers lead by 9.9 points. ' +
				'By weight, Xen providers’ values are 100 % known, KVM providers’ 75 %. The gap does not survive the ' +
				'unknowns: with every unknown at its best level the KVM mean would be 87.5, above the Xen mean’s worst case 72.4.'
		);
	});

	it('never states a figure resting mostly on unknowns without saying so', () => {
		// Unknowns left out, B left out, weights 3, 1: C is scored on future alone, 100, yet 3 of its
		// 4 weight points rest on its unknown price (75 %). KVM (C alone) known share 25 %.
		// KVM leads by 100 − 83.553 = 16.4; its worst case is (0 + 100)/4 = 25, below Xen's 83.6.
		const e = evaluate(tiny, {
			...scenarioWith(tiny, { price: 3, future: 1 }),
			unknowns: 'omit',
			excluded: ['b']
		});
		expect(hypervisorSummary(e)).toBe(
			'Under these weights the best Xen provider is A with 83.6 (Xen mean 83.6 over 1); ' +
				'the best KVM provider is C with 100.0, a score resting mostly on unknown values (75 % of its weight) ' +
				'(KVM mean 100.0 over 1, mostly on unknown values). On average KVM providers lead by 16.4 points. ' +
				'By weight, Xen providers’ values are 100 % known, KVM providers’ 25 %. The gap does not survive the ' +
				'unknowns: with every unknown at its best level the Xen mean would be 83.6, above the KVM mean’s worst case 25.0.'
		);
	});

	it('gives only the known share when one group is compared', () => {
		// Price only, A left out: B 50, C 0 (unknown at the worst level); KVM mean 25, known share (1 + 0)/2.
		const e = evaluate(tiny, { ...scenarioWith(tiny, { price: 1, future: 0 }), excluded: ['a'] });
		expect(hypervisorSummary(e)).toBe(
			'Under these weights no Xen provider is in the comparison; the best KVM provider is B with 50.0 ' +
				'(KVM mean 25.0 over 2). By weight, KVM providers’ values are 50 % known.'
		);
	});

	it('says when the two groups score the same, and how far the unknowns could move each mean', () => {
		// Weights price 43, future 60 (total 103). A = (43·94.737 + 60·50)/103 = 68.677;
		// B = (43·50 + 60·100)/103 = 79.126; C = (43·0 + 60·100)/103 = 58.252 (price unknown, worst).
		// KVM mean (79.126 + 58.252)/2 = 68.689: 0.013 from Xen's 68.677, under 0.05, so "the same".
		// KVM known share (1 + 60/103)/2 = 79 %; with C's price at its best C = 100, KVM mean 89.563.
		const e = evaluate(tiny, scenarioWith(tiny, { price: 43, future: 60 }));
		expect(hypervisorSummary(e)).toBe(
			'Under these weights the best Xen provider is A with 68.7 (Xen mean 68.7 over 1); ' +
				'the best KVM provider is B with 79.1 (KVM mean 68.7 over 2). On average the two groups score the same. ' +
				'By weight, Xen providers’ values are 100 % known, KVM providers’ 79 %. The unknowns could move ' +
				'either mean: Xen from 68.7 to 68.7, KVM from 68.7 to 89.6.'
		);
	});

	it('asks for a weight before comparing anything', () => {
		const e = evaluate(tiny, scenarioWith(tiny, { price: 0, future: 0 }));
		expect(hypervisorSummary(e)).toBe(
			'Give at least one criterion a weight to compare Xen and KVM providers.'
		);
	});

	it('says when the gap survives the unknowns', () => {
		// Future only: A 50; B and C 100 (C's unknown price has no weight, so nothing rests on it).
		// KVM leads by 50; Xen's best case 50 is below KVM's worst case 100.
		const e = evaluate(tiny, scenarioWith(tiny, { price: 0, future: 1 }));
		expect(hypervisorSummary(e)).toBe(
			'Under these weights the best Xen provider is A with 50.0 (Xen mean 50.0 over 1); ' +
				'the best KVM provider is B with 100.0 (KVM mean 100.0 over 2). On average KVM providers lead by 50.0 points. ' +
				'By weight, Xen providers’ values are 100 % known, KVM providers’ 100 %. The gap survives the unknowns: ' +
				'even with every unknown at its best level the Xen mean would be 50.0, below the KVM mean’s worst case 100.0.'
		);
	});
});
