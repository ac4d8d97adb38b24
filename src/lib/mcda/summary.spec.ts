import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { hypervisorSummary } from './summary';
import { tiny } from './tiny.fixture';

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
});
