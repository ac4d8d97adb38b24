import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';
import { syntheticDataset } from '$testing/synthetic';
import { evaluate } from '$lib/evaluation/evaluate';
import { rankingView } from '$lib/present/results';
import { setIncluded } from '$lib/scenario/actions';
import { addCriterion, addProvider, setScale, setValue } from '$lib/scenario/data-edits';
import type { Scenario } from '$lib/scenario/schema';
import {
	COMPARISON_FORMAT,
	exportComparisonJson,
	exportFileName,
	datasetNamedIn,
	importComparisonJson,
	isJsonFile,
	type JsonImportResult
} from './json-file';

// Pinned to version 1: the expected rows below were worked out on its criteria and values.
const cloud = findDataset('cloud-2010', 1)!;

function opened(result: JsonImportResult) {
	if (!result.ok) throw new Error(`expected the import to succeed: ${result.error}`);
	return result;
}
function failure(result: JsonImportResult): string {
	if (result.ok) throw new Error('expected the import to fail');
	return result.error;
}

/** A comparison using every part of the scenario: weights, choices, and the person's own data. */
function richScenario(): Scenario {
	let s: Scenario = { ...defaultScenario(cloud), unknowns: 'middle', preset: 'balanced' };
	s = { ...s, weights: { ...s.weights, 'entry-price': 1 / 3 } };
	s = setIncluded(s, 'ntt', false);
	s = setValue(s, 'ibm', 'sla-uptime', {
		kind: 'user',
		raw: 99.9,
		note: 'SLA page, May 2010',
		url: 'https://example.org/sla'
	});
	s = setScale(s, cloud, 'largest-ram', { kind: 'linear', worst: 2, best: 32 });
	s = addProvider(s, cloud, {
		name: '=Linode, "Newark"',
		platform: 'Xen',
		values: { 'entry-price': { kind: 'user', raw: 0.015 }, windows: { kind: 'user', raw: null } }
	}).scenario;
	s = addCriterion(s, cloud, {
		name: 'Tier',
		group: 'Mine',
		unit: '',
		direction: 'higher',
		scale: {
			kind: 'levels',
			levels: [
				{ id: 'low', label: 'Low', score: 0 },
				{ id: 'high', label: 'High', score: 100 }
			]
		}
	}).scenario;
	return s;
}
const rankingOf = (s: Scenario) => rankingView(evaluate(cloud, s)).rows;

/** An export with one change, as text. */
function edited(change: (file: Record<string, unknown> & { scenario: Record<string, unknown> }) => void) {
	const file = JSON.parse(exportComparisonJson(defaultScenario(cloud)));
	change(file);
	return JSON.stringify(file);
}

describe('exportComparisonJson', () => {
	it('writes the format, version, time and the scenario, pretty-printed', () => {
		const text = exportComparisonJson(defaultScenario(cloud), new Date('2026-11-26T10:00:00Z'));
		const file = JSON.parse(text);
		expect(file).toEqual({
			format: COMPARISON_FORMAT,
			version: 1,
			exportedAt: '2026-11-26T10:00:00.000Z',
			scenario: defaultScenario(cloud)
		});
		expect(text.startsWith('{\n\t"format": "cloud-scorecard-comparison",\n\t"version": 1,')).toBe(true);
	});
});

describe('importComparisonJson', () => {
	it('re-importing an export gives the identical scenario and ranking', () => {
		const s = richScenario();
		const result = opened(importComparisonJson(exportComparisonJson(s)));
		expect(result.scenario).toStrictEqual(s);
		// Version 1 has a successor: the file still opens on v1, and says so.
		expect(result.notices).toEqual([
			expect.stringMatching(/version 3 is published\. The file is opened on the figures it was saved with\./)
		]);
		expect(rankingOf(result.scenario)).toEqual(rankingOf(s));
	});

	it('reads a file with a BOM', () => {
		const s = defaultScenario(cloud);
		expect(opened(importComparisonJson(`\ufeff${exportComparisonJson(s)}`)).scenario).toEqual(s);
	});

	it.each([
		[
			'not JSON',
			'Provider,Entry price\nAcme,1',
			'This file is not JSON, so it is not a Cloud Scorecard comparison.'
		],
		[
			'JSON of another kind',
			'{"name": "package"}',
			'This JSON file is not a Cloud Scorecard comparison: its “format” should be “cloud-scorecard-comparison”.'
		],
		[
			'a JSON array',
			'[1, 2]',
			'This JSON file is not a Cloud Scorecard comparison: its “format” should be “cloud-scorecard-comparison”.'
		],
		[
			'the wrong format',
			edited((f) => (f.format = 'other-app')),
			'This JSON file is not a Cloud Scorecard comparison: its “format” should be “cloud-scorecard-comparison” but is “other-app”.'
		],
		[
			'a newer version',
			edited((f) => (f.version = 2)),
			'This comparison was saved by a newer version of Cloud Scorecard (file version 2); this version reads file version 1.'
		],
		[
			'no scenario',
			edited((f) => delete (f as Partial<typeof f>).scenario),
			'This comparison file has problems: scenario: Invalid input: expected object, received undefined.'
		],
		[
			'a data set that is not published',
			edited((f) => (f.scenario.dataset = { id: 'cloud-2010', version: 9 })),
			'scenario.dataset: the data set “cloud-2010” version 9 is not available in this version of Cloud Scorecard.'
		]
	])('refuses %s, naming the problem', (_, text, error) => {
		expect(failure(importComparisonJson(text))).toBe(error);
	});

	it('names the JSON path of the problem that makes it refuse a file', () => {
		const text = edited((f) => (f.scenario.dataset = { id: 'Cloud 2010', version: 0 }));
		expect(failure(importComparisonJson(text))).toMatch(
			/^This comparison file has problems: scenario\.dataset\.id: an id uses .*; scenario\.dataset\.version: Too small: expected number to be >=1\.$/
		);
		expect(failure(importComparisonJson(edited((f) => (f.version = 0))))).toBe(
			'This comparison file has problems: version: Invalid input: expected 1.'
		);
	});

	it('keeps every valid part of a file that fails its structure check, and names each part dropped', () => {
		// A file edited by hand: a weight as text, one out of range, an unknown method, a provider
		// with no name, a value that is not a number, a scale that turns back, an unknown field.
		const text = edited((f) => {
			const s = f.scenario as Record<string, unknown> & { weights: Record<string, unknown> };
			s.weights['entry-price'] = 'abc';
			s.weights['largest-ram'] = 150;
			s.weights['sla-uptime'] = 80;
			s.method = 'magic';
			s.unknowns = 'middle';
			s.excluded = ['ntt'];
			s.colour = 'blue';
			s.edits = {
				values: {
					ibm: {
						'sla-uptime': { kind: 'user', raw: 99.9 },
						'entry-price': { kind: 'user', raw: 'very cheap' }
					}
				},
				providers: [
					{ id: 'u-linode', name: 'Linode', platform: 'Xen' },
					{ id: 'u-nameless', name: '', platform: 'KVM' },
					{ id: 'u-vultr', name: 'Vultr', platform: 'KVM' }
				],
				criteria: [],
				groups: [],
				scales: {
					'largest-ram': { kind: 'linear', worst: 2, best: 32 },
					'storage-max': {
						kind: 'piecewise',
						points: [
							{ level: 1, score: 0 },
							{ level: 8, score: 70 },
							{ level: 4, score: 100 }
						]
					}
				}
			};
		});
		const result = opened(importComparisonJson(text));
		const defaults = defaultScenario(cloud);
		expect(result.scenario.weights).toEqual({
			...defaults.weights,
			'entry-price': defaults.weights['entry-price'],
			'largest-ram': defaults.weights['largest-ram'],
			'sla-uptime': 80
		});
		expect(result.scenario.method).toBe('weighted-sum');
		expect(result.scenario.unknowns).toBe('middle');
		expect(result.scenario.excluded).toEqual(['ntt']);
		expect(result.scenario.edits.providers.map((p) => p.name)).toEqual(['Linode', 'Vultr']);
		expect(result.scenario.edits.values).toEqual({ ibm: { 'sla-uptime': { kind: 'user', raw: 99.9 } } });
		expect(result.scenario.edits.scales).toEqual({ 'largest-ram': { kind: 'linear', worst: 2, best: 32 } });
		expect(result.notices).toEqual([
			'Ignored “colour” in the file: it is not part of a comparison.',
			'Dropped your provider 2 in the file: it has no name.',
			expect.stringMatching(/^Dropped the changed scale of “storage-max” in the file: points: /),
			'Dropped the value of “entry-price” for “ibm” in the file: “very cheap” is neither a number nor a level.',
			`The weight for Entry price, “abc”, is not a number; kept the default ${defaults.weights['entry-price']}.`,
			`The weight for Largest server, “150”, is outside 0 to 100; kept the default ${defaults.weights['largest-ram']}.`,
			'The scoring method “magic” is not one Cloud Scorecard knows; used the weighted sum.',
			// The file names version 1 of the data set (`cloud` is pinned to it), not the newest.
			expect.stringMatching(/^This comparison uses .* version 1; version \d+ is published\./)
		]);
	});

	it('names each part of the wrong shape and says what it used instead', () => {
		const text = edited((f) => {
			const s = f.scenario;
			f.exportedAt = 'yesterday';
			s.weights = 'heavy';
			s.method = 42;
			s.rankOrder = [1, 2];
			s.pairwise = { 'entry-price|sla-uptime': 'much more' };
			s.musts = { 'sla-uptime': 99, windows: true, 'entry-price': null };
			s.colour = 'blue';
			s.size = 'large';
		});
		const result = opened(importComparisonJson(text));
		expect(result.scenario.weights).toEqual(defaultScenario(cloud).weights);
		expect(result.scenario.method).toBe('weighted-sum');
		expect(result.scenario.musts).toEqual({ 'sla-uptime': 99 });
		expect(result.notices.slice(0, 7)).toEqual([
			'The time the file was exported is not a date and time; ignored it.',
			'Ignored “colour” and “size” in the file: they are not part of a comparison.',
			'The scoring method in the file is not text; used the weighted sum.',
			'The weights in the file are not a weight per criterion; used the default weights.',
			'The rank order in the file is not a list of ids; ignored it.',
			'The pairwise judgements in the file are not all numbers; ignored them.',
			'Ignored 2 must-haves in the file that are neither a number nor a level.'
		]);
	});

	it('says so in the singular, and for judgements and must-haves that are not a table at all', () => {
		const one = opened(
			importComparisonJson(
				edited((f) => {
					f.scenario.musts = { 'sla-uptime': 99, windows: false };
					f.scenario.extra = 1;
				})
			)
		);
		expect(one.notices.slice(0, 2)).toEqual([
			'Ignored “extra” in the file: it is not part of a comparison.',
			'Ignored 1 must-have in the file that is neither a number nor a level.'
		]);
		const flat = opened(
			importComparisonJson(
				edited((f) => {
					f.scenario.pairwise = 5;
					f.scenario.musts = 'all of them';
					f.scenario.excluded = 'ntt';
				})
			)
		);
		expect(flat.notices.slice(0, 3)).toEqual([
			'The list of providers left out in the file is not a list of ids; left none out.',
			'The pairwise judgements in the file are not a judgement per pair; ignored them.',
			'The must-haves in the file are not a value per criterion; ignored them.'
		]);
		expect(flat.scenario.excluded).toEqual([]);
	});

	it('shows at most 20 notices and counts the rest', () => {
		const text = edited((f) => {
			for (let i = 0; i < 25; i++) f.scenario[`extra${i}`] = i;
			f.scenario.method = 1;
			f.scenario.weighting = 2;
			f.scenario.unknowns = 3;
			f.scenario.rankKind = 4;
			f.scenario.preset = 5;
			f.scenario.weights = { 'entry-price': 'a', 'sla-uptime': 'b', windows: 'c' };
			f.scenario.edits = { providers: Array.from({ length: 20 }, (_, i) => ({ id: `u-${i}`, name: '' })) };
		});
		const { notices } = opened(importComparisonJson(text));
		const more = notices.find((n) => n.startsWith('And '));
		expect(notices.indexOf(more!)).toBe(20);
		// 1 sentence for the 25 unknown fields, 5 for the choices, 20 nameless providers, 3 weights: 29.
		expect(more).toBe('And 9 more parts of the file that could not be read.');
	});
	it('opens a comparison on an older data set version with a notice', () => {
		const v1: Dataset = { ...syntheticDataset(3, 2), id: 'small' };
		const v2: Dataset = { ...v1, version: 2, title: 'Small' };
		const s = defaultScenario(v1);
		const result = opened(importComparisonJson(exportComparisonJson(s), [v1, v2]));
		expect(result.scenario).toEqual(s);
		expect(result.notices).toEqual([
			'This comparison uses Synthetic version 1; version 2 is published. The file is opened on the figures it was saved with.'
		]);
	});
});

describe('file names and kinds', () => {
	it('dates export file names in local time', () => {
		const day = new Date(2026, 10, 26, 23, 30);
		expect(exportFileName('comparison', day)).toBe('cloud-scorecard-2026-11-26.json');
		expect(exportFileName('matrix', day)).toBe('cloud-scorecard-2026-11-26-matrix.csv');
		expect(exportFileName('results', day)).toBe('cloud-scorecard-2026-11-26-results.csv');
	});

	it.each([
		['a.json', 'Provider', true],
		['a.JSON', '', true],
		['a.csv', '{"format":1}', false],
		['clipboard', '\ufeff  {"format":1}', true],
		['clipboard', 'Provider,Entry price', false]
	])('%s starting %j is JSON: %s', (name, text, json) => {
		expect(isJsonFile(name, text)).toBe(json);
	});
});

describe('datasetNamedIn', () => {
	it('reads the data set a file names, leniently, and nothing from anything else', () => {
		const text = exportComparisonJson(defaultScenario(cloud));
		expect(datasetNamedIn(text)).toEqual({ id: 'cloud-2010', version: 1 });
		expect(datasetNamedIn(`\ufeff${text}`)).toEqual({ id: 'cloud-2010', version: 1 });
		expect(datasetNamedIn('{"scenario":{"dataset":{"id":"x","version":"2"}}}')).toBeUndefined();
		expect(datasetNamedIn('{"scenario":{"dataset":"cloud-2010"}}')).toBeUndefined();
		expect(datasetNamedIn('{"scenario":null}')).toBeUndefined();
		expect(datasetNamedIn('null')).toBeUndefined();
		expect(datasetNamedIn('Provider,Price')).toBeUndefined();
	});
});
