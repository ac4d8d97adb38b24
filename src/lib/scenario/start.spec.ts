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
