import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { evaluate } from '$lib/evaluation/evaluate';
import { mustHavesView } from '$lib/present/must-haves';
import { decodeScenario, encodeScenario } from '$lib/share/codec';
import { setMustHave, setValue } from './actions';
import { effectiveDataset } from './effective';
import { activeMustHaves, meets, mustBound, mustHaveToRelax, ruledOutBy } from './must-haves';

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
