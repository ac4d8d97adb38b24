import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { mustHavesView } from '$lib/present/must-haves';
import { decodeScenario, encodeScenario } from '$lib/share/codec';
import { setMustHave } from './actions';
import { setValue } from './data-edits';
import { tiny } from '$testing/tiny';
import { effectiveDataset, type EffectiveCriterion } from './effective';
import {
	activeMustHaves,
	fitsCriterion,
	meets,
	mustBound,
	mustHaveToRelax,
	ruledOutBy,
	withMustHave
} from './must-haves';
import { emptyEdits } from './schema';

// Values of cloud-2010 version 2 used below, read off data/cloud-2010.v2.json:
// Largest server (GB, more is better): EC2 68.4, Rackspace 15.5, GoGrid 8, IBM 16, NTT and The Planet unknown.
// Entry price ($/h, less is better): EC2 0.02, Rackspace 0.015, GoGrid 0.095, IBM 0.17, NTT and The Planet unknown.
// Support included (levels 24x7 100, paid 50, community 0): EC2 paid, GoGrid 24x7, the other four unknown.
const cloud = findDataset('cloud-2010', 2)!;
const start = defaultScenario(cloud);
const names = (ids: readonly { provider: { name: string } }[]) => ids.map((r) => r.provider.name);

describe('must-haves', () => {
	it('“Largest server at least 16” ranks Amazon EC2 and IBM only and rules out the other four with reasons', () => {
		const scenario = setMustHave(start, 'largest-ram', 16);
		const evaluation = evaluate(cloud, scenario);
		expect(evaluation.ranking.map((r) => r.provider.name).sort()).toEqual(['Amazon EC2', 'IBM']);
		const view = mustHavesView(evaluation);
		expect(view.sentence).toBe('Must-haves: Largest server at least 16 GB.');
		expect(view.ruledOut).toEqual([
			{
				id: 'rackspace',
				name: 'Rackspace Cloud Servers',
				reasons: ['Largest server 15.5 GB, below the 16 GB you require']
			},
			{ id: 'gogrid', name: 'GoGrid', reasons: ['Largest server 8 GB, below the 16 GB you require'] },
			{ id: 'ntt', name: expect.any(String), reasons: ['Largest server unknown'] },
			{ id: 'the-planet', name: 'The Planet', reasons: ['Largest server unknown'] }
		]);
	});

	it('“at most” for a criterion where less is better; the boundary itself passes', () => {
		const price = effectiveDataset(cloud, start.edits).criteria.find((c) => c.id === 'entry-price')!;
		expect(mustBound(price)).toBe('at most');
		// 0.02 ≤ 0.02 passes; 0.095 > 0.02 fails; unknown fails.
		expect(meets({ criterion: price, required: 0.02 }, 0.02)).toBe(true);
		expect(meets({ criterion: price, required: 0.02 }, 0.095)).toBe(false);
		expect(meets({ criterion: price, required: 0.02 }, undefined)).toBe(false);
		const evaluation = evaluate(cloud, setMustHave(start, 'entry-price', 0.02));
		expect(names(evaluation.ranking).sort()).toEqual(['Amazon EC2', 'Rackspace Cloud Servers']);
		expect(mustHavesView(evaluation).ruledOut.find((r) => r.id === 'gogrid')?.reasons).toEqual([
			'Entry price 0.095 $/h, above the 0.02 $/h you require'
		]);
	});

	it('a rating must-have keeps that level or better; unknown is “not confirmed”', () => {
		const evaluation = evaluate(cloud, setMustHave(start, 'support', 'paid'));
		// paid (50) ≥ paid; 24x7 (100) ≥ paid; the rest unknown.
		expect(names(evaluation.ranking).sort()).toEqual(['Amazon EC2', 'GoGrid']);
		expect(mustHavesView(evaluation).ruledOut.find((r) => r.id === 'rackspace')?.reasons).toEqual([
			'Support included unknown'
		]);
		const stricter = evaluate(cloud, setMustHave(start, 'support', '24x7-included'));
		expect(mustHavesView(stricter).ruledOut.find((r) => r.id === 'amazon-ec2')?.reasons).toEqual([
			'Support included Paid plans only, below “24x7 support included”, the level you require'
		]);
	});

	it('every failure is listed; a person’s own value counts like the data set’s', () => {
		const both = setMustHave(setMustHave(start, 'largest-ram', 16), 'entry-price', 0.1);
		const failures = ruledOutBy(effectiveDataset(cloud, both.edits), both.musts);
		expect(failures.find((r) => r.provider.id === 'ibm')?.failures.map((f) => f.criterion.id)).toEqual([
			'entry-price'
		]);
		expect(failures.find((r) => r.provider.id === 'ntt')?.failures.map((f) => f.criterion.id)).toEqual(
			['entry-price', 'largest-ram'].sort(
				(a, b) => cloud.criteria.findIndex((c) => c.id === a) - cloud.criteria.findIndex((c) => c.id === b)
			)
		);
		const upgraded = setValue(both, 'gogrid', 'largest-ram', { kind: 'user', raw: 32 });
		expect(names(evaluate(cloud, upgraded).ranking)).toContain('GoGrid');
	});

	it('with every provider ruled out it says so and names the must-have that rules out the fewest', () => {
		// Largest server ≥ 70 rules out all six (the largest, EC2's, is 68.4); entry price ≤ 0.1 rules out
		// three (IBM at 0.17, NTT and The Planet unknown). The price rules out the fewest: relax it first.
		const scenario = setMustHave(setMustHave(start, 'largest-ram', 70), 'entry-price', 0.1);
		const evaluation = evaluate(cloud, scenario);
		expect(evaluation.ranking).toEqual([]);
		expect(evaluation.ruledOut).toHaveLength(6);
		const active = activeMustHaves(evaluation.criteria, scenario.musts);
		expect(mustHaveToRelax(evaluation.ruledOut, active)).toMatchObject({
			rulesOut: 3,
			must: { criterion: { id: 'entry-price' } }
		});
		expect(mustHavesView(evaluation).noneLeft).toBe(
			'No provider meets every must-have. Relax “Entry price at most 0.1 $/h” first: it rules out the fewest (3 of 6).'
		);
	});

	it('a provider left out by hand is not also listed as ruled out', () => {
		const scenario = { ...setMustHave(start, 'largest-ram', 16), excluded: ['gogrid'] };
		expect(names(evaluate(cloud, scenario).ruledOut)).not.toContain('GoGrid');
	});

	it('travels in the link (r=position:value) and reopens the same; a bad one is ignored with a sentence', () => {
		const scenario = setMustHave(setMustHave(start, 'largest-ram', 16), 'support', 'paid');
		const query = encodeScenario(scenario, cloud);
		const at = (id: string) => cloud.criteria.findIndex((c) => c.id === id);
		expect(query).toContain(
			`r=${[`${at('largest-ram')}:16`, `${at('support')}:paid`].sort((a, b) => parseInt(a) - parseInt(b)).join(',')}`
		);
		const back = decodeScenario(query);
		expect(back.problems).toEqual([]);
		expect(back.scenario.musts).toEqual({ 'largest-ram': 16, support: 'paid' });
		const bad = decodeScenario(
			`${query.replace(/&r=[^&]*/, '')}&r=${at('largest-ram')}:lots,99:1,${at('support')}:gold`
		);
		expect(bad.scenario.musts).toBeUndefined();
		expect(bad.problems.join(' ')).toMatch(/must-haves .* do not fit this comparison’s criteria; ignored/);
	});

	it('removing the last must-have leaves no trace in the scenario or the link', () => {
		const scenario = setMustHave(setMustHave(start, 'largest-ram', 16), 'largest-ram', undefined);
		expect(scenario.musts).toBeUndefined();
		expect(encodeScenario(scenario, cloud)).toBe(encodeScenario(start, cloud));
	});
});

/**
 * On the tiny data set: Price ($/h, less is better; a 0.02, b 0.105, c unknown) and Future (Xen 50,
 * KVM 100; a Xen, b and c KVM).
 */
describe('must-haves, rule by rule', () => {
	const t = effectiveDataset(tiny, emptyEdits());
	const [price, future] = t.criteria as [EffectiveCriterion, EffectiveCriterion];
	const ram: EffectiveCriterion = {
		...price,
		id: 'ram',
		direction: 'higher',
		scale: { kind: 'linear', worst: 1, best: 64 }
	};

	it('says “at most” only for numbers where less is better', () => {
		expect(mustBound(price)).toBe('at most');
		expect(mustBound(ram)).toBe('at least');
		expect(mustBound(future)).toBe('at least');
		// A rating is "that level or better" whichever way its criterion points.
		expect(mustBound({ ...future, direction: 'lower' })).toBe('at least');
	});

	it('a required value fits: a number on numbers, a level the rating has; nothing else', () => {
		expect(fitsCriterion(price, 0.1)).toBe(true);
		expect(fitsCriterion(price, 'kvm')).toBe(false);
		expect(fitsCriterion(future, 'kvm')).toBe(true);
		expect(fitsCriterion(future, 'gold')).toBe(false);
		for (const odd of [true, null, undefined, { raw: 1 }]) expect(fitsCriterion(price, odd)).toBe(false);
	});

	it('meets: numbers compare the way the criterion points, the bound included; ratings by score', () => {
		expect(meets({ criterion: ram, required: 16 }, 16)).toBe(true);
		expect(meets({ criterion: ram, required: 16 }, 15.5)).toBe(false);
		expect(meets({ criterion: ram, required: 16 }, 'lots')).toBe(false);
		expect(meets({ criterion: ram, required: 'lots' }, 16)).toBe(false);
		// Xen scores 50, KVM 100: "KVM or better" rules Xen out; "Xen or better" keeps KVM.
		expect(meets({ criterion: future, required: 'kvm' }, 'xen')).toBe(false);
		expect(meets({ criterion: future, required: 'xen' }, 'kvm')).toBe(true);
		expect(meets({ criterion: future, required: 'xen' }, 'xen')).toBe(true);
		expect(meets({ criterion: future, required: 'xen' }, 'gold')).toBe(false);
	});

	it('only must-haves that fit a criterion of the comparison apply, in the criteria’s order', () => {
		expect(activeMustHaves(t.criteria, undefined)).toEqual([]);
		expect(activeMustHaves(t.criteria, { future: 'kvm', gone: 1, price: 'cheap' })).toEqual([
			{ criterion: future, required: 'kvm' }
		]);
		expect(activeMustHaves(t.criteria, { future: 'kvm', price: 0.05 }).map((m) => m.criterion.id)).toEqual([
			'price',
			'future'
		]);
	});

	it('rules out each provider with every must-have it fails; an unknown value fails', () => {
		// Price at most 0.05: a (0.02) passes, b (0.105) fails, c (unknown) fails. KVM or better: a (Xen) fails.
		const out = ruledOutBy(t, { price: 0.05, future: 'kvm' });
		expect(
			out.map((r) => [r.provider.id, r.failures.map((f) => [f.criterion.id, f.required, f.value])])
		).toEqual([
			['a', [['future', 'kvm', 'xen']]],
			['b', [['price', 0.05, 0.105]]],
			['c', [['price', 0.05, undefined]]]
		]);
		expect(ruledOutBy(t, undefined)).toEqual([]);
		expect(ruledOutBy(t, { gone: 1 })).toEqual([]);
		// A value that does not fit the scale (text on numbers) counts as unknown.
		const odd = effectiveDataset(tiny, {
			...emptyEdits(),
			values: { a: { price: { kind: 'user', raw: 'kvm' } } }
		});
		expect(ruledOutBy(odd, { price: 1 }).map((r) => [r.provider.id, r.failures[0]!.value])).toEqual([
			['a', undefined],
			['c', undefined]
		]);
	});

	it('to relax first: the must-have ruling out the fewest; a tie goes to the first criterion', () => {
		// Price at most 0.05 rules out b and c (2); KVM or better rules out a (1).
		const musts = { price: 0.05, future: 'kvm' };
		const active = activeMustHaves(t.criteria, musts);
		expect(mustHaveToRelax(ruledOutBy(t, musts), active)).toMatchObject({
			rulesOut: 1,
			must: { criterion: { id: 'future' } }
		});
		// Price at most 0.2 rules out c only (1), as KVM or better rules out a only (1): Price comes first.
		const tie = { price: 0.2, future: 'kvm' };
		expect(mustHaveToRelax(ruledOutBy(t, tie), activeMustHaves(t.criteria, tie))).toMatchObject({
			rulesOut: 1,
			must: { criterion: { id: 'price' } }
		});
		expect(mustHaveToRelax([], [])).toBeUndefined();
	});

	it('setting and removing one must-have leaves the others', () => {
		const s = withMustHave(withMustHave(defaultScenario(tiny), 'price', 0.1), 'future', 'kvm');
		expect(s.musts).toEqual({ price: 0.1, future: 'kvm' });
		expect(withMustHave(s, 'price', 0.2).musts).toEqual({ price: 0.2, future: 'kvm' });
		expect(withMustHave(s, 'price', undefined).musts).toEqual({ future: 'kvm' });
	});
});
