import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { tiny } from '$testing/tiny';
import type { Dataset } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { setValue } from '$lib/scenario/data-edits';
import { defaultScenario } from '$lib/scenario/presets';
import { LIMITS, type Scenario, type UserCriterion } from '$lib/scenario/schema';
import {
	csvImportSummary,
	exportResultsCsv,
	importMatrixCsv,
	type ColumnChoice,
	type CsvImportResult
} from './csv';
import { failure, imported } from '$testing/csv';

// Pinned to version 1 (data/cloud-2010.v1.json): six providers, amazon-ec2 … the-planet; NTT's
// entry price is unknown there.
const cloud = findDataset('cloud-2010', 1)!;
const fresh = (): Scenario => defaultScenario(cloud);
const importInto = (text: string, scenario: Scenario = fresh(), choices: Record<string, ColumnChoice> = {}) =>
	importMatrixCsv(text, { scenario, base: cloud as Dataset }, choices);

const withEdits = (edits: Partial<Scenario['edits']>): Scenario => {
	const s = fresh();
	return { ...s, edits: { ...s.edits, ...edits } };
};
const latency = (id: string, name: string, group = 'u-mine'): UserCriterion => ({
	id,
	name,
	group,
	unit: 'ms',
	direction: 'lower',
	scale: { kind: 'linear', worst: 100, best: 0 }
});

describe('which separator a file uses', () => {
	// One comma and one ";" a row: papaparse's guess is "," (each reads two cells a row, and it
	// keeps the first it tries), so only the character after "Provider" tells that it is ";".
	const tricky = (first: string) => `${first};Entry price, USD\nAcme, Inc;0.1\n`;

	it.each([['Provider'], ['"Provider"'], ['  Provider'], ['Provider  '], ['" Provider "']])(
		'reads the character after %j as the separator',
		(first) => {
			const result = imported(importInto(tricky(first)));
			expect(result.scenario.edits.providers).toEqual([
				{ id: 'u-acme-inc', name: 'Acme, Inc', platform: '' }
			]);
			expect(result.scenario.edits.values['u-acme-inc']).toEqual({
				'entry-price': { kind: 'user', raw: 0.1 }
			});
			expect(result.plan.matched).toEqual([{ header: 'Entry price, USD', criterion: 'Entry price' }]);
		}
	);

	it('looks only at the very start of the file for "Provider"', () => {
		// Commas separate this file; a "Provider;" later on must not make ";" the separator.
		expect(failure(importInto('Name,Provider;x,y\nA,B;C,D\n'))).toBe(
			'Row 1: the first column must be headed “Provider” (found “Name”). ' +
				'The file should have a header row: Provider, then one column per criterion.'
		);
	});

	it.each([
		['";"', 'Name;SLA uptime\nAcme;99\n', 'Name'],
		['a tab', 'Name\tSLA uptime\nAcme\t99\n', 'Name'],
		// "|" is not a separator this app reads: the file is read with commas, one cell a row.
		// (No line break at the end: an empty last line would spoil papaparse's guess of "|".)
		['"|", which it does not read', 'Name|SLA uptime\nAcme|99', 'Name|SLA uptime']
	])(
		'guesses %s in a file that does not start with "Provider", and names its first header',
		(_, file, found) => {
			expect(failure(importInto(file))).toBe(
				`Row 1: the first column must be headed “Provider” (found “${found}”). ` +
					'The file should have a header row: Provider, then one column per criterion.'
			);
		}
	);
});

describe('files that are not a matrix', () => {
	it('a file of blank lines and spaces is empty', () => {
		expect(failure(importInto('  \r\n\n \t\n'))).toBe('The file is empty.');
		expect(failure(importInto('\ufeff\n'))).toBe('The file is empty.');
	});

	it('a quote mark in the middle of a quoted cell is named with its row', () => {
		expect(failure(importInto('Provider,SLA uptime\nAcme,99\n"Beta"x,98\n'))).toBe(
			'Row 3 has a quote mark in the wrong place: inside a quoted cell, write a quote as "".'
		);
	});

	it('a byte-order mark is dropped at the start only; inside a name it is kept', () => {
		const result = imported(importInto('Provider,SLA uptime\nAc\ufeffme,99\n'));
		expect(result.scenario.edits.providers.map((p) => p.name)).toEqual(['Ac\ufeffme']);
	});

	it('a line of separators and spaces is skipped like a blank line', () => {
		const result = imported(importInto('Provider,SLA uptime\n , \nAcme,99\n'));
		expect(result.counts).toEqual({ providers: 1, criteria: 0, values: 0 });
	});
});

describe('the header row', () => {
	it('a second "Provider" column is refused, naming both columns', () => {
		expect(failure(importInto('Provider,SLA uptime,provider\nAcme,99,x\n'))).toBe(
			'Row 1: the column “provider” appears twice (columns 1 and 3).'
		);
	});

	it('takes a column name of 80 characters and refuses one of 81', () => {
		const ok = imported(importInto(`Provider,${'n'.repeat(80)}\nAcme,1\nBeta,2\n`));
		expect(ok.scenario.edits.criteria.map((c) => c.name)).toEqual(['n'.repeat(80)]);
		expect(failure(importInto(`Provider,${'n'.repeat(81)}\nAcme,1\n`))).toBe(
			`Row 1: the column name “${'n'.repeat(40)}…” is 81 characters long; at most 80.`
		);
	});

	it('trims spaces around a header: a blank last header is dropped, a new column named without them', () => {
		const result = imported(importInto('Provider, Jitter , \nAcme,1, \nBeta,2,\n'));
		expect(result.plan.added.map((a) => a.header)).toEqual(['Jitter']);
		expect(result.scenario.edits.criteria.map((c) => c.name)).toEqual(['Jitter']);
	});

	it('takes a provider name of 80 characters', () => {
		const result = imported(importInto(`Provider,SLA uptime\n${'p'.repeat(80)},99\n`));
		expect(result.scenario.edits.providers[0]?.name).toBe('p'.repeat(80));
	});

	it('tells names apart as lower case does: "Straße" and "STRASSE" are two providers', () => {
		// Upper case would make both "STRASSE".
		const result = imported(importInto('Provider,SLA uptime\nStraße,99\nSTRASSE,98\n'));
		expect(result.scenario.edits.providers.map((p) => p.name)).toEqual(['Straße', 'STRASSE']);
	});
});

describe('a new numeric column: the notice says which way and why', () => {
	const file = 'Provider,Carbon intensity (gCO2/kWh)\nA,50\nB,400\n';
	const header = 'Carbon intensity (gCO2/kWh)';
	// 50…400: span 350, step 100 (columns.ts proposeLevels): lower is worst 500, best 0.
	const choose = (choice: ColumnChoice) => imported(importInto(file, fresh(), { [header]: choice }));
	const notice = (result: CsvImportResult & { ok: true }) =>
		result.notices.find((n) => n.startsWith('New criterion'));

	it('a choice that keeps the proposed levels is still the proposal', () => {
		const result = choose({ direction: 'lower', worst: 500, best: 0 });
		expect(notice(result)).toBe(
			'New criterion “Carbon intensity”: less is better, 500 gCO2/kWh scores 0 and 0 gCO2/kWh scores 100 ' +
				'(proposed from the values, rounded); change them under Your data.'
		);
		// The person chose the direction: it did not come from the name.
		expect(result.plan.added[0]).toMatchObject({ direction: 'lower', inferred: false });
	});

	it.each([
		[{ direction: 'lower', worst: 600, best: 0 }, '600', '0'],
		[{ direction: 'lower', worst: 500, best: 10 }, '500', '10']
	] as const)('a changed level is the person’s choice (%j)', (choice, worst, best) => {
		expect(notice(choose(choice))).toBe(
			`New criterion “Carbon intensity”: less is better, ${worst} gCO2/kWh scores 0 and ${best} gCO2/kWh scores 100 ` +
				'(your choice); change them under Your data.'
		);
	});

	it('more is better when the person says so', () => {
		expect(notice(choose({ direction: 'higher', worst: 0, best: 500 }))).toBe(
			'New criterion “Carbon intensity”: more is better, 0 gCO2/kWh scores 0 and 500 gCO2/kWh scores 100 ' +
				'(proposed from the values, rounded); change them under Your data.'
		);
	});

	it('refuses levels that are the same number', () => {
		expect(failure(importInto(file, fresh(), { [header]: { direction: 'higher', worst: 5, best: 5 } }))).toBe(
			'Column “Carbon intensity”: the 0 and 100 levels must differ (both are 5).'
		);
	});

	it('a column with no unit says its levels without one; its direction is left to the person', () => {
		// 1…2: span 1, step 0.5; 0.9 → 0.5, 2.1 → 2.5. "Jitter" says nothing of its direction.
		const result = imported(importInto('Provider,Jitter\nA,1\nB,2\n'));
		expect(notice(result)).toBe(
			'New criterion “Jitter”: more is better, 0.5 scores 0 and 2.5 scores 100 ' +
				'(proposed from the values, rounded); change them under Your data.'
		);
		expect(result.plan.added[0]).toMatchObject({ unit: '', inferred: false });
		expect(result.plan.added[0]).not.toHaveProperty('direction');
		expect(result.plan.undecided).toEqual(['Jitter']);
	});

	it('a direction against the name’s is not inferred', () => {
		// "Latency" says less is better; the person chose more.
		const result = imported(
			importInto('Provider,Latency (ms)\nA,10\nB,20\n', fresh(), {
				'Latency (ms)': { direction: 'higher', worst: 0, best: 30 }
			})
		);
		expect(result.plan.added[0]).toMatchObject({ direction: 'higher', inferred: false });
	});

	it('cuts a long unit to 30 characters', () => {
		const unit = 'grams of CO2 per kilowatt-hour of power'; // 39 characters
		const result = imported(importInto(`Provider,Carbon (${unit})\nA,50\nB,400\n`));
		expect(result.scenario.edits.criteria[0]?.name).toBe('Carbon');
		expect(result.scenario.edits.criteria[0]?.unit).toBe('grams of CO2 per kilowatt-hour');
	});
});

describe('a new column of words', () => {
	it('true/false is a Yes/No rating in the file’s own words: false scores 0, true 100', () => {
		const result = imported(importInto('Provider,Backups\nA,true\nB,false\nC,TRUE\n'));
		expect(result.scenario.edits.criteria[0]?.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'no', label: 'false', score: 0 },
				{ id: 'yes', label: 'true', score: 100 }
			]
		});
		expect(result.plan.added).toEqual([
			{ header: 'Backups', name: 'Backups', unit: '', kind: 'rating', levels: 'false 0, true 100' }
		]);
		expect(result.notices).toContain('New criterion “Backups”: false scores 0, true scores 100.');
		expect(result.scenario.edits.values['u-c']).toEqual({ 'u-backups': { kind: 'user', raw: 'yes' } });
	});

	it('an all-"no" column names the missing Yes level "Yes"', () => {
		const result = imported(importInto('Provider,Backups\nA,no\nB,No\n'));
		expect(result.scenario.edits.criteria[0]?.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'no', label: 'no', score: 0 },
				{ id: 'yes', label: 'Yes', score: 100 }
			]
		});
		expect(result.plan.added[0]).toMatchObject({ kind: 'rating', levels: 'no 0, Yes 100' });
	});

	it('"Yes" with a word that is not yes or no is an ordinary rating', () => {
		const result = imported(importInto('Provider,Backups\nA,Yes\nB,Maybe\n'));
		expect(result.scenario.edits.criteria[0]?.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'yes', label: 'Yes', score: 0 },
				{ id: 'maybe', label: 'Maybe', score: 100 }
			]
		});
		expect(result.plan.added).toEqual([
			{ header: 'Backups', name: 'Backups', unit: '', kind: 'rating', levels: 'Yes 0, Maybe 100' }
		]);
	});

	it('takes 10 different words, scored evenly, and rounds the scores', () => {
		const rows = Array.from({ length: 10 }, (_, i) => `P${i},L${i}`).join('\n');
		const result = imported(importInto(`Provider,Tier\n${rows}\n`));
		const scale = result.scenario.edits.criteria[0]?.scale;
		// 100 × i / 9, rounded: 11.1 → 11, 55.6 → 56, 88.9 → 89.
		expect(scale?.kind === 'levels' && scale.levels.map((l) => l.score)).toEqual([
			0, 11, 22, 33, 44, 56, 67, 78, 89, 100
		]);
	});

	it('takes a word of 80 characters and refuses one of 81, naming the column', () => {
		const ok = imported(importInto(`Provider,Tier\nA,${'w'.repeat(80)}\nB,short\n`));
		expect(ok.scenario.edits.criteria).toHaveLength(1);
		expect(failure(importInto(`Provider,Tier\nA,${'w'.repeat(81)}\nB,short\n`))).toBe(
			`Column “Tier”: the value “${'w'.repeat(40)}…” is longer than 80 characters.`
		);
	});

	it('words whose ids would be alike get -2, -3', () => {
		const result = imported(importInto('Provider,Tier\nA,Gold!\nB,Gold?\nC,Gold.\n'));
		const scale = result.scenario.edits.criteria[0]?.scale;
		expect(scale?.kind === 'levels' && scale.levels.map((l) => l.id)).toEqual(['gold', 'gold-2', 'gold-3']);
		expect(result.scenario.edits.values['u-c']).toEqual({ 'u-tier': { kind: 'user', raw: 'gold-3' } });
	});

	it('plans a rating of other words with its levels', () => {
		const result = imported(importInto('Provider,Tier\nA,Bronze\nB,Silver\n'));
		expect(result.plan.added).toEqual([
			{ header: 'Tier', name: 'Tier', unit: '', kind: 'rating', levels: 'Bronze 0, Silver 100' }
		]);
	});
});

describe('what is merged into the comparison, and what is kept', () => {
	it('keeps the person’s providers, criteria and values, and gives new ones ids not taken', () => {
		let before = withEdits({
			providers: [{ id: 'u-acme', name: 'Acme Old', platform: 'KVM' }],
			criteria: [latency('u-latency', 'Delay')],
			groups: [{ id: 'u-mine', name: 'Mine' }]
		});
		before = setValue(before, 'ntt', 'entry-price', { kind: 'user', raw: 0.05 });
		before = setValue(before, 'u-acme', 'u-latency', { kind: 'user', raw: 20 });
		before = { ...before, weights: { ...before.weights, 'u-latency': 30 } };
		const result = imported(
			importInto('Provider,Latency,SLA uptime\nAcme,15,99\nNTT Communications,,99.5\n', before)
		);
		const edits = result.scenario.edits;
		expect(edits.providers).toEqual([
			{ id: 'u-acme', name: 'Acme Old', platform: 'KVM' },
			{ id: 'u-acme-2', name: 'Acme', platform: '' }
		]);
		expect(edits.criteria.map((c) => [c.id, c.name, c.group])).toEqual([
			['u-latency', 'Delay', 'u-mine'],
			['u-latency-2', 'Latency', 'u-imported']
		]);
		expect(edits.groups).toEqual([
			{ id: 'u-mine', name: 'Mine' },
			{ id: 'u-imported', name: 'Imported' }
		]);
		expect(edits.values).toEqual({
			ntt: { 'entry-price': { kind: 'user', raw: 0.05 }, 'sla-uptime': { kind: 'user', raw: 99.5 } },
			'u-acme': { 'u-latency': { kind: 'user', raw: 20 } },
			'u-acme-2': { 'u-latency-2': { kind: 'user', raw: 15 }, 'sla-uptime': { kind: 'user', raw: 99 } }
		});
		expect(result.scenario.weights).toMatchObject({ 'u-latency': 30, 'u-latency-2': 50 });
	});

	it('a group of the person’s with the id "u-imported" but another name is kept; the new one gets -2', () => {
		const before = withEdits({ groups: [{ id: 'u-imported', name: 'Old imports' }] });
		const result = imported(importInto('Provider,Jitter\nA,1\nB,2\n', before));
		expect(result.scenario.edits.groups).toEqual([
			{ id: 'u-imported', name: 'Old imports' },
			{ id: 'u-imported-2', name: 'Imported' }
		]);
		expect(result.scenario.edits.criteria[0]?.group).toBe('u-imported-2');
	});

	it('gives new ones ids the data set’s own do not have either', () => {
		// The tiny data set (src/testing/tiny.ts) with ids a new criterion or provider would get.
		const base: Dataset = structuredClone(tiny);
		base.criteria[0]!.id = 'u-jitter';
		for (const p of base.providers) {
			p.values['u-jitter'] = p.values['price']!;
			delete p.values['price'];
		}
		base.providers[0]!.id = 'u-acme';
		const result = imported(
			importMatrixCsv('Provider,Jitter\nAcme,1\nBeta,2\n', { scenario: defaultScenario(base), base })
		);
		expect(result.scenario.edits.criteria.map((c) => c.id)).toEqual(['u-jitter-2']);
		expect(result.scenario.edits.providers.map((p) => p.id)).toEqual(['u-acme-2', 'u-beta']);
	});

	it('a row shorter than the header has empty cells at its end', () => {
		const result = imported(importInto('Provider,SLA uptime,Jitter\nAcme,99\nBeta,98,2\nGamma,97,3\n'));
		// Jitter 2…3: span 1, step 0.5; 1.9 → 1.5, 3.1 → 3.5, and Acme's is unknown.
		expect(result.scenario.edits.criteria[0]?.scale).toEqual({ kind: 'linear', worst: 1.5, best: 3.5 });
		expect(result.scenario.edits.values['u-acme']).toEqual({ 'sla-uptime': { kind: 'user', raw: 99 } });
	});

	it('adds no group when the file adds no criterion', () => {
		const result = imported(importInto('Provider,SLA uptime\nAcme,99\n'));
		expect(result.scenario.edits.groups).toEqual([]);
		expect(result.scenario.edits.criteria).toEqual([]);
	});

	it('updates a provider of the data set in place: it does not become one of the person’s', () => {
		const result = imported(importInto('Provider,SLA uptime\nGoGrid,99.99\n'));
		expect(result.scenario.edits.providers).toEqual([]);
		expect(result.scenario.edits.values).toEqual({ gogrid: { 'sla-uptime': { kind: 'user', raw: 99.99 } } });
		expect(result.counts).toEqual({ providers: 0, criteria: 0, values: 1 });
		expect(result.notices).toEqual([]);
	});

	it('an empty cell where the value is unknown anyway changes nothing and says nothing', () => {
		// NTT's entry price is unknown in v1.
		const before = fresh();
		const result = imported(importInto('Provider,Entry price\nNTT Communications,\n', before));
		expect(result.scenario).toBe(before);
		expect(result.notices).toEqual([]);
	});

	it('says when one empty cell kept its value, and when new providers lack a platform', () => {
		const result = imported(importInto('Provider,Entry price,SLA uptime\nAmazon EC2,,99.9\nAcme,0.1,\n'));
		expect(result.notices).toEqual([
			'1 new provider has no platform stated; you can add it under Your data.',
			'1 empty cell of providers already in the comparison kept its current value ' +
				'(an empty cell means unknown only for a new provider).'
		]);
		const two = imported(importInto('Provider,SLA uptime\nAcme,99\nBeta,98\n'));
		expect(two.notices).toEqual(['2 new providers have no platform stated; you can add it under Your data.']);
	});

	it('the one gate’s sentences speak of "the file"', () => {
		// resolve.ts resolveExcluded: a left-out id that is no provider is named and ignored.
		const result = imported(importInto('Provider,SLA uptime\nAcme,99\n', { ...fresh(), excluded: ['nope'] }));
		expect(result.notices).toEqual([
			'1 new provider has no platform stated; you can add it under Your data.',
			'The file leaves out “nope”, which is not a provider in this data; ignored.'
		]);
	});
});

describe('how much a comparison holds', () => {
	it('takes exactly 200 new providers', () => {
		const rows = Array.from({ length: LIMITS.providers }, (_, i) => `P${i},99`);
		expect(imported(importInto(['Provider,SLA uptime', ...rows].join('\n'))).counts.providers).toBe(200);
	});

	it('takes exactly 60 new criteria', () => {
		const names = Array.from({ length: LIMITS.criteria }, (_, i) => `C${i}`);
		const result = imported(importInto(`Provider,${names.join(',')}\nA,${names.map(() => 1).join(',')}\n`));
		expect(result.counts.criteria).toBe(60);
	});

	it('refuses new criteria when the person already has 20 groups', () => {
		const groups = Array.from({ length: LIMITS.groups }, (_, i) => ({ id: `u-g${i}`, name: `G${i}` }));
		expect(failure(importInto('Provider,Jitter\nA,1\nB,2\n', withEdits({ groups })))).toBe(
			'The file adds criteria, but the comparison already has 20 groups of your own.'
		);
	});
});

describe('csvImportSummary', () => {
	it.each([
		[{ providers: 1, criteria: 0, values: 0 }, 'Imported 1 new provider from a.csv.'],
		[{ providers: 0, criteria: 2, values: 0 }, 'Imported 2 new criteria from a.csv.'],
		[{ providers: 0, criteria: 1, values: 0 }, 'Imported 1 new criterion from a.csv.'],
		[{ providers: 0, criteria: 0, values: 3 }, 'Imported 3 changed values from a.csv.'],
		[{ providers: 2, criteria: 0, values: 1 }, 'Imported 2 new providers and 1 changed value from a.csv.']
	])('%j → %s', (counts, sentence) => {
		expect(csvImportSummary(counts, 'a.csv')).toBe(sentence);
	});
});

describe('exportResultsCsv with unknowns left out', () => {
	it('leaves a left-out cell empty, not a dash', () => {
		const s: Scenario = { ...fresh(), unknowns: 'omit' };
		const csv = exportResultsCsv(evaluate(cloud, s));
		const ntt = csv.split('\r\n').find((line) => line.includes(',NTT Communications,'))!;
		// NTT's entry price (the first criterion) is unknown in v1: left out, so its cell is empty.
		expect(ntt.split(',')[4]).toBe('');
		expect(ntt).not.toContain('–');
	});
});
