import { describe, expect, test } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { effectiveDataset } from './effective';
import { ScenarioSchema } from './schema';
import { candidates, ownProblem, startFromScratch } from './start';

const starter = findDataset('starter', 1)!;
const cloud2026 = findDataset('cloud-2026', 1)!;

describe('the criteria offered', () => {
	test('the starter’s six, then the current data set’s that the starter does not name', () => {
		const list = candidates(starter, cloud2026);
		expect(list.slice(0, 6).map((c) => c.criterion.name)).toEqual(starter.criteria.map((c) => c.name));
		// "Regions" is in both (data/starter.v1.json, data/cloud-2026.v1.json): offered once, the starter's.
		expect(list.filter((c) => c.criterion.name === 'Regions').map((c) => c.datasetId)).toEqual(['starter']);
		expect(list.map((c) => c.criterion.name)).toContain('Arm VMs');
		expect(new Set(list.map((c) => c.key)).size).toBe(list.length);
	});

	test('on the starter itself, its six', () => {
		expect(candidates(starter, starter)).toHaveLength(6);
	});
});

describe('startFromScratch', () => {
	test('holds only the picked criteria, each at weight 50, and no providers', () => {
		const list = candidates(starter, cloud2026);
		const pick = (name: string) => list.find((c) => c.criterion.name === name)!;
		const scenario = ScenarioSchema.parse(
			startFromScratch(
				starter,
				[pick('Monthly price'), pick('SLA uptime'), pick('Arm VMs')],
				[{ name: 'Latency', unit: 'ms', direction: 'lower', worst: 200, best: 10 }]
			)
		);
		const d = effectiveDataset(starter, scenario.edits);
		expect(d.criteria.map((c) => c.name)).toEqual(['Monthly price', 'SLA uptime', 'Arm VMs', 'Latency']);
		expect(d.providers).toEqual([]);
		expect(scenario.edits.removed).toEqual(['egress-price', 'regions', 'support', 'automation']);
		expect(Object.values(scenario.weights)).toEqual([50, 50, 50, 50]);
		// The 2026 set's "Arm VMs" keeps its levels; the own criterion its unit, direction and levels.
		expect(d.criteria[2]?.scale).toEqual(cloud2026.criteria.find((c) => c.id === 'arm')!.scale);
		expect(d.criteria[3]).toMatchObject({
			unit: 'ms',
			direction: 'lower',
			scale: { kind: 'linear', worst: 200, best: 10 }
		});
		expect(scenario.preset).toBeUndefined();
	});
});

test.each([
	[{ name: '', unit: '', direction: 'higher', worst: 0, best: 1 }, 'Give the criterion a name.'],
	[
		{ name: 'X', unit: '', direction: 'higher', worst: 3, best: 3 },
		'The values scoring 0 and 100 must differ.'
	],
	[
		{ name: 'X', unit: '', direction: 'lower', worst: 1, best: 9 },
		'Less is better: the value scoring 0 is the higher one.'
	],
	[
		{ name: 'X', unit: '', direction: 'higher', worst: NaN, best: 9 },
		'Give the value that scores 0 and the value that scores 100.'
	],
	[{ name: 'X', unit: 'ms', direction: 'lower', worst: 9, best: 1 }, '']
] as const)('own criterion %j → %j', (own, problem) => {
	expect(ownProblem(own)).toBe(problem);
});

test.each([
	[{ name: '   ', unit: '', direction: 'higher', worst: 0, best: 1 }, 'Give the criterion a name.'],
	[
		{ name: 'x'.repeat(81), unit: '', direction: 'higher', worst: 0, best: 1 },
		'A name has at most 80 characters.'
	],
	[{ name: ` ${'x'.repeat(80)} `, unit: '', direction: 'higher', worst: 0, best: 1 }, ''],
	[
		{ name: 'X', unit: 'u'.repeat(31), direction: 'higher', worst: 0, best: 1 },
		'A unit has at most 30 characters.'
	],
	[{ name: 'X', unit: ` ${'u'.repeat(30)} `, direction: 'higher', worst: 0, best: 1 }, ''],
	[
		{ name: 'X', unit: '', direction: 'higher', worst: 0, best: Infinity },
		'Give the value that scores 0 and the value that scores 100.'
	],
	[
		{ name: 'X', unit: '', direction: 'higher', worst: 9, best: 1 },
		'More is better: the value scoring 100 is the higher one.'
	],
	[{ name: 'X', unit: 'GB', direction: 'higher', worst: 1, best: 9 }, '']
] as const)('own criterion, limits and direction: %j → %j', (own, problem) => {
	expect(ownProblem(own)).toBe(problem);
});

describe('startFromScratch: the other cases', () => {
	test('picking all of the starter removes nothing; an own criterion is tidied into “My criteria”', () => {
		const scenario = startFromScratch(starter, candidates(starter, undefined), [
			{ name: '  Latency ', unit: ' ms ', direction: 'lower', worst: 200, best: 10 }
		]);
		expect(scenario.edits).not.toHaveProperty('removed');
		const d = effectiveDataset(starter, scenario.edits);
		const latency = d.criteria.at(-1)!;
		expect(latency).toMatchObject({ name: 'Latency', unit: 'ms' });
		expect(d.groups.find((g) => g.id === latency.group)?.name).toBe('My criteria');
		expect(Object.keys(scenario.weights)).toHaveLength(starter.criteria.length + 1);
	});

	test('refuses an own criterion the form would refuse', () => {
		expect(() =>
			startFromScratch(starter, [], [{ name: 'X', unit: '', direction: 'higher', worst: 3, best: 3 }])
		).toThrow('The values scoring 0 and 100 must differ.');
	});

	test('a criterion from another data set keeps its group’s name, or goes to “My criteria” without one', () => {
		const arm = candidates(starter, cloud2026).find((c) => c.criterion.name === 'Arm VMs')!;
		const groupName = cloud2026.groups.find((g) => g.id === arm.criterion.group)!.name;
		expect(arm.groupName).toBe(groupName);
		const orphan = candidates(starter, { ...cloud2026, groups: [] }).find((c) => c.key === arm.key)!;
		expect(orphan.groupName).toBe('My criteria');
		const d = effectiveDataset(starter, startFromScratch(starter, [arm], []).edits);
		expect(d.criteria.map((c) => c.name)).toEqual(['Arm VMs']);
		expect(d.groups.find((g) => g.id === d.criteria[0]!.group)?.name).toBe(groupName);
	});
});
