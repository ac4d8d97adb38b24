import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { formatScore } from '$lib/present/format';
import { addCriterion, addProvider, setScale, setValue } from './data-edits';
import { effectiveDataset, platformOf } from './effective';
import { move } from './layout';
import { emptyEdits } from './schema';
import { tiny } from '$testing/tiny';

describe('the effective data set', () => {
	it('is the published data set when there are no edits', () => {
		const edits = emptyEdits();
		const e = effectiveDataset(tiny, edits);
		expect(e.edited).toBe(false);
		expect(e.providers.map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(e.criteria.map((c) => c.id)).toEqual(['price', 'future']);
		expect(e.providers[0]!.values.price).toBe(tiny.providers[0]!.values.price);
	});

	it('is memoised per (data set, edits) and new after any edit, so no cache can go stale', () => {
		const scenario = defaultScenario(tiny);
		expect(effectiveDataset(tiny, scenario.edits)).toBe(effectiveDataset(tiny, scenario.edits));
		// No changes at all, however written (every link without `e=` decodes to new empty edits):
		// one shared result, not one per link.
		expect(effectiveDataset(tiny, emptyEdits())).toBe(effectiveDataset(tiny, emptyEdits()));
		expect(effectiveDataset(tiny, { ...emptyEdits(), values: { a: {} } })).toBe(
			effectiveDataset(tiny, emptyEdits())
		);
		const edited = setValue(scenario, 'a', 'price', { kind: 'user', raw: 0.2 });
		expect(effectiveDataset(tiny, edited.edits)).not.toBe(effectiveDataset(tiny, scenario.edits));
		// The evaluation follows: A's price 0.2 $/h is the worst level (0) instead of 0.02 (≈ 94.7).
		const before = evaluate(tiny, { ...scenario, weights: { price: 1, future: 0 } });
		const after = evaluate(tiny, { ...edited, weights: { price: 1, future: 0 } });
		expect(formatScore(before.result.scores[0]!)).toBe('94.7');
		expect(after.result.scores[0]).toBe(0);
	});

	it('keeps what an edit did not change as the same objects, so a page redraws only the edited cell', () => {
		const scenario = defaultScenario(tiny);
		const first = setValue(scenario, 'a', 'price', { kind: 'user', raw: 0.2 });
		const second = setValue(first, 'a', 'price', { kind: 'user', raw: 0.3 });
		const before = effectiveDataset(tiny, first.edits);
		const after = effectiveDataset(tiny, second.edits);
		expect(after).not.toBe(before);
		// B and C, every criterion and A's other value: unchanged, so the very same objects.
		expect(after.providers[1]).toBe(before.providers[1]);
		expect(after.providers[2]).toBe(before.providers[2]);
		expect(after.criteria).toBe(before.criteria);
		expect(after.providers[0]!.values.future).toBe(before.providers[0]!.values.future);
		// A's price is the new one, with the data set's value kept beside it.
		expect(after.providers[0]).not.toBe(before.providers[0]);
		expect(after.providers[0]!.values.price).toEqual({
			kind: 'user',
			raw: 0.3,
			original: tiny.providers[0]!.values.price
		});
		// A moved column reorders every provider's values: new providers, values in the new order.
		const moved = effectiveDataset(tiny, move(second, tiny, 'criteria', 'future', -1).edits);
		expect(moved.criteria.map((c) => c.id)).toEqual(['future', 'price']);
		expect(Object.keys(moved.providers[1]!.values)).toEqual(['future', 'price']);
		// Back to the first edit: equal to what it was, field by field.
		expect(effectiveDataset(tiny, { ...first.edits }).providers[0]!.values.price).toEqual(
			before.providers[0]!.values.price
		);
	});

	it('keeps the data set’s value beside the person’s, and marks it as theirs', () => {
		const s = setValue(defaultScenario(tiny), 'b', 'future', { kind: 'user', raw: 'xen', note: 'my test' });
		const value = effectiveDataset(tiny, s.edits).providers[1]!.values.future!;
		expect(value).toMatchObject({
			kind: 'user',
			raw: 'xen',
			note: 'my test',
			original: { kind: 'judgement', raw: 'kvm' }
		});
	});

	it('adds the person’s providers (unknown until filled) and criteria (unknown for every provider)', () => {
		let s = defaultScenario(tiny);
		const p = addProvider(s, tiny, { name: 'New host', platform: 'kvm' });
		s = p.scenario;
		const c = addCriterion(s, tiny, {
			name: 'Latency',
			group: 'Speed',
			unit: 'ms',
			direction: 'lower',
			scale: { kind: 'linear', worst: 100, best: 10 }
		});
		s = c.scenario;
		const e = effectiveDataset(tiny, s.edits);
		const mine = e.providers.find((x) => x.id === p.id)!;
		expect(mine).toMatchObject({ origin: 'user', name: 'New host', hypervisor: 'kvm' });
		expect(mine.values.price).toMatchObject({ kind: 'unknown' });
		expect(e.criteria.at(-1)).toMatchObject({
			id: c.id,
			origin: 'user',
			group: expect.stringMatching(/speed/)
		});
		expect(e.groups.at(-1)).toMatchObject({ name: 'Speed' });
		expect(e.providers[0]!.values[c.id]).toMatchObject({ kind: 'unknown' });
		expect(s.weights[c.id]).toBe(50);
	});

	it('uses the person’s reference levels and remembers the data set’s', () => {
		const s = setScale(defaultScenario(tiny), tiny, 'price', { kind: 'linear', worst: 0.1, best: 0.02 });
		const price = effectiveDataset(tiny, s.edits).criteria[0]!;
		expect(price.scale).toEqual({ kind: 'linear', worst: 0.1, best: 0.02 });
		expect(price.originalScale).toEqual(tiny.criteria[0]!.scale);
		// A at 0.02 $/h is now the best level: 100.
		expect(evaluate(tiny, { ...s, weights: { price: 1 } }).result.scores[0]).toBe(100);
	});

	it('matches a typed platform to the data set’s hypervisors by name, else makes its own', () => {
		const known = [{ id: 'kvm', name: 'KVM' }];
		expect(platformOf('kvm', known)).toEqual({ id: 'kvm', name: 'KVM' });
		expect(platformOf(' KVM ', known)).toEqual({ id: 'kvm', name: 'KVM' });
		expect(platformOf('VMware ESXi', known)).toEqual({ id: 'other-vmware-esxi', name: 'VMware ESXi' });
		expect(platformOf('', known)).toEqual({ id: 'unspecified', name: '–' });
	});

	it('works on the real data set: an edited EC2 price moves EC2’s score by the hand-computed amount', () => {
		const cloud = latestDataset('cloud-2010');
		const base = { ...defaultScenario(cloud), weights: { 'entry-price': 1 } };
		const price = cloud.criteria.find((c) => c.id === 'entry-price')!;
		if (price.scale.kind !== 'linear') throw new Error('entry price is linear');
		const { worst, best } = price.scale;
		// Halfway between the worst and best reference levels scores exactly 50.
		const s = setValue(base, 'amazon-ec2', 'entry-price', { kind: 'user', raw: (worst + best) / 2 });
		const ec2 = evaluate(cloud, s).ranking.find((r) => r.provider.id === 'amazon-ec2')!;
		expect(ec2.score).toBeCloseTo(50, 9);
	});
});
