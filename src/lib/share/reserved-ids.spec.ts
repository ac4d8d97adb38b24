/**
 * Issue 21, item 1: an id that is also a property name of `Object` or `Object.prototype`
 * ("constructor", "keys", "prototype", …) must never reach an inherited property. A 55-character
 * link, `{"values":{"constructor":{"keys":1}}}`, once wrote `Object.keys = …` for the whole server
 * process. Every own property of `Object` and of `Object.prototype` is tried here as a provider id,
 * a criterion id, a scale key and a weight key, through the link, the JSON file and the CSV file;
 * after each, `Object` must be untouched and an ordinary link must still decode and rank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { packed } from '../../../tests/support/fuzz-links';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { RESERVED_IDS } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { effectiveDataset } from '$lib/scenario/effective';
import { IdSchema } from '$lib/scenario/schema';
import { decodeScenario, encodeScenario } from './codec';
import { importMatrixCsv } from './csv';
import { COMPARISON_FORMAT, exportComparisonJson, importComparisonJson } from './json-file';

const cloud = latestDataset('cloud-2010');

const NAMES = [
	...new Set([...Object.getOwnPropertyNames(Object), ...Object.getOwnPropertyNames(Object.prototype)])
].sort();
/** Every property of Object and Object.prototype as it is before the test: identity, not a copy. */
const pristine = (() => {
	const snapshot = new Map<string, unknown>();
	for (const name of Object.getOwnPropertyNames(Object))
		snapshot.set(`Object.${name}`, Reflect.get(Object, name));
	for (const name of Object.getOwnPropertyNames(Object.prototype))
		if (name !== '__proto__') snapshot.set(`Object.prototype.${name}`, Reflect.get(Object.prototype, name));
	return snapshot;
})();

function changedProperties(): string[] {
	const changed: string[] = [];
	for (const [key, value] of pristine) {
		const [, owner, name] = /^(Object(?:\.prototype)?)\.(.+)$/.exec(key)!;
		const now = Reflect.get(owner === 'Object' ? Object : Object.prototype, name!);
		if (now !== value) changed.push(key);
	}
	// A property added to Object, or to Object.prototype, counts too.
	for (const name of Object.getOwnPropertyNames(Object))
		if (!pristine.has(`Object.${name}`)) changed.push(`+Object.${name}`);
	for (const name of Object.getOwnPropertyNames(Object.prototype))
		if (name !== '__proto__' && !pristine.has(`Object.prototype.${name}`))
			changed.push(`+Object.prototype.${name}`);
	return changed;
}

/** Repair what a failing case broke, so one failure does not cascade through the rest. */
afterEach(() => {
	for (const [key, value] of pristine) {
		const [, owner, name] = /^(Object(?:\.prototype)?)\.(.+)$/.exec(key)!;
		const target = owner === 'Object' ? Object : Object.prototype;
		if (Reflect.get(target, name!) !== value)
			Object.defineProperty(target, name!, { value, writable: true, configurable: true });
	}
});

/** After a hostile input: Object untouched, and an ordinary link still opens and ranks. */
function expectStillHealthy() {
	expect(changedProperties()).toEqual([]);
	const ordinary = decodeScenario(encodeScenario(defaultScenario(cloud), cloud));
	expect(ordinary.problems).toEqual([]);
	expect(evaluate(cloud, ordinary.scenario).ranking[0]!.provider.name).toBe('Amazon EC2');
}

const FALLBACK = 'This link could not be read, so the default comparison is shown.';
const usable = (name: string) => IdSchema.safeParse(name).success;

describe('ids that are property names of Object', () => {
	it('covers the names that matter', () => {
		expect(NAMES).toEqual(
			expect.arrayContaining(['constructor', 'keys', 'prototype', '__proto__', 'toString'])
		);
		// The three reserved names are refused; ordinary words that Object also uses ("keys") stay usable.
		for (const name of RESERVED_IDS) expect(usable(name)).toBe(false);
		expect(usable('keys')).toBe(true);
		expect(IdSchema.safeParse('constructor').error?.issues[0]?.message).toMatch(/reserved/);
	});

	it('the 55-character link from the report leaves Object alone and says what it dropped', () => {
		const link = 'v=2&e=q1YqS8wpTS1WsqpWSs7PKy4pKk0uyS8CcbNTK4HChrW1tQA';
		const { problems, scenario } = decodeScenario(link);
		expect(problems).not.toContain(FALLBACK);
		expect(problems.join(' ')).toMatch(
			/Dropped a row of values in the link: “constructor” is not a provider id/
		);
		expect(Object.keys(scenario.edits.values)).toEqual([]);
		expectStillHealthy();
	});

	for (const name of NAMES) {
		describe(`“${name}”`, () => {
			it('as a provider id and a value row in a link', () => {
				const payload = {
					providers: [{ id: name, name: 'Hostile', platform: 'KVM' }],
					values: { [name]: { 'entry-price': 0.1, keys: 1 }, 'amazon-ec2': { [name]: 1 } }
				};
				const { problems, scenario } = decodeScenario(`v=2&e=${packed(payload)}`);
				expect(problems).not.toContain(FALLBACK);
				const effective = effectiveDataset(cloud, scenario.edits);
				const added = effective.providers.find((p) => p.name === 'Hostile');
				if (usable(name)) {
					expect(added?.id).toBe(name);
					expect(added?.values['entry-price']).toMatchObject({ kind: 'user', raw: 0.1 });
				} else {
					expect(added).toBeUndefined();
					expect(problems.join(' ')).toMatch(/Dropped your provider 1 “Hostile” in the link: id:/);
				}
				// No criterion is called `name` here, so Amazon EC2 holds only its own criteria's values.
				expect(Object.keys(effective.providers[0]!.values).sort()).toEqual(
					cloud.criteria.map((c) => c.id).sort()
				);
				expect(evaluate(cloud, scenario).ranking).toHaveLength(effective.providers.length);
				expectStillHealthy();
			});

			it('as a criterion id, a scale key and a weight in a link', () => {
				const payload = {
					criteria: [
						{
							id: name,
							name: 'Hostile criterion',
							group: 'cost',
							unit: 'GB',
							direction: 'higher',
							scale: { kind: 'linear', worst: 0, best: 10 }
						}
					],
					values: { 'amazon-ec2': { [name]: 5 } },
					scales: { [name]: { kind: 'linear', worst: 0, best: 20 } }
				};
				const weights = [...cloud.criteria.map(() => 10), 40].join(',');
				const { problems, scenario } = decodeScenario(`v=2&w=${weights}&e=${packed(payload)}`);
				expect(problems).not.toContain(FALLBACK);
				const effective = effectiveDataset(cloud, scenario.edits);
				const added = effective.criteria.find((c) => c.name === 'Hostile criterion');
				if (usable(name)) {
					expect(added?.id).toBe(name);
					expect(scenario.weights[name]).toBe(40);
					expect(effective.providers[0]!.values[name]).toMatchObject({ kind: 'user', raw: 5 });
				} else {
					expect(added).toBeUndefined();
					expect(Object.hasOwn(scenario.weights, name)).toBe(false);
				}
				expect(evaluate(cloud, scenario).ranking).toHaveLength(6);
				expectStillHealthy();
			});

			it('as a weight key and a value row in a comparison file', () => {
				const scenario = defaultScenario(cloud);
				const file = JSON.parse(exportComparisonJson(scenario)) as { scenario: Record<string, unknown> };
				expect(file).toMatchObject({ format: COMPARISON_FORMAT });
				file.scenario.weights = { ...scenario.weights, [name]: 5 };
				file.scenario.edits = {
					values: { [name]: { keys: { kind: 'user', raw: 1 } } },
					providers: [],
					criteria: [],
					groups: [],
					scales: { [name]: { kind: 'linear', worst: 0, best: 1 } }
				};
				const result = importComparisonJson(JSON.stringify(file));
				if (usable(name)) {
					expect(result.ok).toBe(true);
					if (result.ok) expect(evaluate(cloud, result.scenario).ranking).toHaveLength(6);
				} else if (name === '__proto__') {
					// zod leaves a `__proto__` key out of a record altogether: the file opens without it.
					expect(result.ok).toBe(true);
					if (result.ok) {
						expect(Object.hasOwn(result.scenario.weights, name)).toBe(false);
						expect(Object.hasOwn(result.scenario.edits.values, name)).toBe(false);
					}
				} else {
					// The file opens without the key, and says why it was left out.
					expect(result.ok).toBe(true);
					if (result.ok) {
						expect(Object.hasOwn(result.scenario.weights, name)).toBe(false);
						expect(Object.hasOwn(result.scenario.edits.values, name)).toBe(false);
						expect(Object.hasOwn(result.scenario.edits.scales, name)).toBe(false);
						expect(result.notices.join(' ')).toMatch(/reserved|an id uses/);
						expect(evaluate(cloud, result.scenario).ranking).toHaveLength(6);
					}
				}
				expectStillHealthy();
			});

			it('as a provider name and a criterion name in a CSV file', () => {
				const csv = `Provider,${name},Entry price\n${name},5,0.1\nAmazon EC2,3,0.085\n`;
				const result = importMatrixCsv(csv, { scenario: defaultScenario(cloud), base: cloud });
				expect(result.ok).toBe(true);
				if (result.ok) {
					const effective = effectiveDataset(cloud, result.scenario.edits);
					expect(effective.providers.map((p) => p.name)).toContain(name);
					expect(effective.criteria.map((c) => c.name)).toContain(name);
					expect(evaluate(cloud, result.scenario).ranking).toHaveLength(7);
				}
				expectStillHealthy();
			});
		});
	}
});
