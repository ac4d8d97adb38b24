import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { rankingView, valueScoresView } from '$lib/present/results';
import { setIncluded } from '$lib/scenario/actions';
import { addCriterion, addProvider, setValue } from '$lib/scenario/data-edits';
import { effectiveDataset } from '$lib/scenario/effective';
import { LIMITS, type Scenario } from '$lib/scenario/schema';
import {
	csvImportSummary,
	exportMatrixCsv,
	exportResultsCsv,
	importMatrixCsv,
	unescapeCell,
	type ColumnChoice
} from './csv';
import { failure, imported } from '$testing/csv';

// Pinned to version 1: the expected rows below were worked out on its criteria and values.
const cloud = findDataset('cloud-2010', 1)!;
const fresh = (base: Dataset = cloud) => defaultScenario(base);
const importInto = (
	text: string,
	scenario: Scenario = fresh(),
	base: Dataset = cloud,
	choices: Record<string, ColumnChoice> = {}
) => importMatrixCsv(text, { scenario, base }, choices);
const exportOf = (scenario: Scenario, base: Dataset = cloud) =>
	exportMatrixCsv(effectiveDataset(base, scenario.edits));

/** Provider name → criterion name → raw value as people read it (level label, number, or null). */
function matrix(scenario: Scenario, base: Dataset = cloud) {
	const d = effectiveDataset(base, scenario.edits);
	return Object.fromEntries(
		d.providers.map((p) => [
			p.name,
			Object.fromEntries(
				d.criteria.map((c) => {
					const v = p.values[c.id];
					const raw = !v || v.kind === 'unknown' ? null : v.raw;
					const label = c.scale.kind === 'levels' ? c.scale.levels.find((l) => l.id === raw)?.label : raw;
					return [c.name, label ?? null];
				})
			)
		])
	);
}
const ranking = (scenario: Scenario, base: Dataset = cloud) =>
	rankingView(evaluate(base, scenario)).rows.map((r) => `${r.rank}|${r.provider}|${r.platform}|${r.score}`);
/** The cells of a CSV text as a spreadsheet would read them (no unescaping). */
const cells = (csv: string) => Papa.parse<string[]>(csv).data;

describe('exportMatrixCsv', () => {
	it('writes the header, numbers with String(n), levels as labels and unknowns as empty cells', () => {
		const lines = exportOf(fresh()).split('\r\n');
		expect(lines[0]).toBe(
			// Each header carries its criterion's unit (data/cloud-2010.v1.json), a rating's "level" left out.
			'Provider,Entry price ($/h),Price per GB RAM ($/GB-h),Outbound transfer ($/GB),Billing increment (h),' +
				'Largest server (GB),I/O virtualisation,SLA uptime (%),SLA credit for 1 h outage (% of monthly fee),' +
				'Data centres (count),Compliance audits (count),Guest isolation,API maturity (years),' +
				'Library support (count),Windows servers,Support included,Hypervisor trajectory,Xen→KVM migration'
		);
		expect(lines[1]).toBe(
			'Amazon EC2,0.02,0.0453,0.15,1,68.4,SR-IOV,99.95,0,4,2,"MAC available, usually off",4.21,4,Yes,' +
				'Paid plans only,Xen,"Proprietary images, no export"'
		);
		expect(lines[5]).toBe('NTT Communications,,,,,,,,,,,,,0,,,KVM on another distribution,Already on KVM');
		expect(lines).toHaveLength(7);
	});

	it('includes left-out providers and the person’s own providers, criteria and values', () => {
		let s = setIncluded(fresh(), 'ibm', false);
		s = setValue(s, 'ntt', 'entry-price', { kind: 'user', raw: 0.05 });
		s = addProvider(s, cloud, { name: 'Linode', platform: 'Xen' }).scenario;
		s = addCriterion(s, cloud, {
			name: 'Latency',
			group: 'Mine',
			unit: 'ms',
			direction: 'lower',
			scale: { kind: 'linear', worst: 100, best: 10 }
		}).scenario;
		const rows = cells(exportOf(s));
		expect(rows[0]?.at(-1)).toBe('Latency (ms)');
		expect(rows.map((r) => r[0])).toEqual([
			'Provider',
			'Amazon EC2',
			'Rackspace Cloud Servers',
			'GoGrid',
			'IBM',
			'NTT Communications',
			'The Planet',
			'Linode'
		]);
		expect(rows[5]?.[1]).toBe('0.05');
	});
});

describe('exportResultsCsv', () => {
	it('writes rank, provider, platform, score and value scores as the view models show them', () => {
		const evaluation = evaluate(cloud, fresh());
		const rows = cells(exportResultsCsv(evaluation));
		const view = rankingView(evaluation);
		const scores = valueScoresView(evaluation);
		expect(rows[0]?.slice(0, 5)).toEqual(['Rank', 'Provider', 'Platform', 'Score', 'Entry price']);
		expect(rows.slice(1).map((r) => r.slice(0, 4).join('|'))).toEqual(
			view.rows.map((r) => `${r.rank}|${r.provider}|${r.platform}|${r.score}`)
		);
		expect(rows[1]?.slice(4)).toEqual(scores.rows.map((r) => r.cells[0]?.text));
		expect(rows[1]?.join(',')).toBe(
			'1,Amazon EC2,Xen,74.2,95,97,60,100,100,70,95,0,75,67,40,100,100,100,50,50,20'
		);
	});

	it('leaves rank and score empty when nothing is ranked, and escapes formulas in names', () => {
		const s = addProvider({ ...fresh(), weights: {} }, cloud, {
			name: '=HYPERLINK("http://evil")',
			platform: '@bad'
		}).scenario;
		const rows = cells(exportResultsCsv(evaluate(cloud, s)));
		expect(rows[1]?.slice(0, 4)).toEqual(['', 'Amazon EC2', 'Xen', '']);
		expect(rows.at(-1)?.slice(0, 3)).toEqual(['', `'=HYPERLINK("http://evil")`, `'@bad`]);
	});
});

describe('importMatrixCsv: round trips', () => {
	it('re-importing an export into the same comparison changes nothing', () => {
		let s = setValue(fresh(), 'rackspace', 'egress-price', { kind: 'user', raw: 0.18, note: 'from a quote' });
		s = addProvider(s, cloud, { name: 'Linode', platform: 'Xen' }).scenario;
		s = setIncluded(s, 'gogrid', false);
		const result = imported(importInto(exportOf(s), s));
		expect(result.scenario).toBe(s);
		expect(result.counts).toEqual({ providers: 0, criteria: 0, values: 0 });
		expect(csvImportSummary(result.counts, 'm.csv')).toBe(
			'Nothing to import from m.csv: it matches your comparison.'
		);
	});

	it('export → import into a fresh comparison gives the same values and the same ranking', () => {
		let s = fresh();
		s = setValue(s, 'ntt', 'entry-price', { kind: 'user', raw: 0.03 });
		s = setValue(s, 'the-planet', 'windows', { kind: 'user', raw: 'yes' });
		s = setValue(s, 'amazon-ec2', 'sla-credit', { kind: 'user', raw: 5 });
		s = addProvider(s, cloud, {
			name: 'Linode, "the one"\nin Newark',
			platform: '',
			values: {
				'entry-price': { kind: 'user', raw: 0.015 },
				'largest-ram': { kind: 'user', raw: -1 },
				support: { kind: 'user', raw: '24x7-included' },
				'guest-isolation': { kind: 'user', raw: 'apparmor' }
			}
		}).scenario;
		s = addProvider(s, cloud, { name: 'Slicehost', platform: '' }).scenario;
		const result = imported(importInto(exportOf(s)));
		expect(matrix(result.scenario)).toEqual(matrix(s));
		expect(ranking(result.scenario)).toEqual(ranking(s));
		expect(result.counts).toEqual({ providers: 2, criteria: 0, values: 3 });
	});

	it('a comparison whose criteria came from a file re-imports to the identical ranking', () => {
		const file = [
			'Provider,Latency (ms),Tier,Entry price',
			'Amazon EC2,40,Gold,',
			'Linode,12,Silver,0.02',
			'Slicehost,80,Bronze,0.03'
		].join('\n');
		const first = imported(importInto(file)).scenario;
		const again = imported(importInto(exportOf(first))).scenario;
		expect(matrix(again)).toEqual(matrix(first));
		expect(ranking(again)).toEqual(ranking(first));
		// The headers carry the units ("Latency (ms)"), so the criteria come back whole, unit included.
		expect(again.edits.criteria).toEqual(first.edits.criteria);
		expect(again.edits.criteria.find((c) => c.name === 'Latency')?.unit).toBe('ms');
	});

	it.each([
		['cloud-2010', 3],
		['cloud-2026', 1],
		['starter', 1]
	] as const)(
		'every header of a %s v%i export, unit and all, reads back as its own criterion',
		(id, version) => {
			const base = findDataset(id, version)!;
			// A provider of the person's own, so the starter (which has none) has a row too.
			const s = addProvider(fresh(base), base, { name: 'Acme', platform: '' }).scenario;
			const csv = exportOf(s, base);
			const headers = cells(csv)[0]!.slice(1);
			const names = effectiveDataset(base, s.edits).criteria.map((c) => c.name);
			const result = imported(importInto(csv, s, base));
			expect(result.plan.added).toEqual([]);
			expect(result.plan.matched).toEqual(headers.map((header, i) => ({ header, criterion: names[i] })));
			expect(result.counts).toEqual({ providers: 0, criteria: 0, values: 0 });
		}
	);

	it('headers say the unit where it adds something: "Smallest VM per month (USD/month)", not "Regions (regions)"', () => {
		const base = findDataset('cloud-2026', 1)!;
		const headers = cells(exportOf(fresh(base), base))[0]!;
		// Units from data/cloud-2026.v1.json.
		expect(headers).toContain('Smallest VM per month (USD/month)');
		expect(headers).toContain('Largest VM memory (GiB)');
		expect(headers).toContain('Regions');
		expect(headers).toContain('Certifications (of 3)');
		expect(headers).toContain('Arm VMs');
		const starter = findDataset('starter', 1)!;
		// data/starter.v1.json: Monthly price is in "$ per month", Support a rating.
		expect(cells(exportOf(fresh(starter), starter))[0]).toEqual([
			'Provider',
			'Monthly price ($ per month)',
			'Outbound traffic price ($ per GB)',
			'SLA uptime (% per month)',
			'Regions',
			'Support',
			'Automation'
		]);
	});
});

describe('importMatrixCsv: reading spreadsheets', () => {
	it('reads quoted cells with commas, doubled quotes and line breaks', () => {
		const file =
			'Provider,"SLA uptime","Guest isolation"\r\n' +
			'"Acme, Inc. ""Cloud""",99.9,"MAC available, usually off"\r\n' +
			'"Two\nlines",99,\r\n';
		const result = imported(importInto(file));
		expect(result.scenario.edits.providers.map((p) => p.name)).toEqual(['Acme, Inc. "Cloud"', 'Two\nlines']);
		expect(matrix(result.scenario)['Acme, Inc. "Cloud"']?.['Guest isolation']).toBe(
			'MAC available, usually off'
		);
		expect(matrix(result.scenario)['Two\nlines']?.['SLA uptime']).toBe(99);
	});

	it('ignores a UTF-8 BOM, case and spaces in headers, and blank lines', () => {
		const file = '\ufeff provider , sla UPTIME \n\nAcme, 99.5 \n\n';
		const result = imported(importInto(file));
		expect(matrix(result.scenario)['Acme']?.['SLA uptime']).toBe(99.5);
	});

	it('reads ";" separators with decimal commas, as European spreadsheets write them', () => {
		const file = 'Provider;Entry price;Windows servers\nAcme;0,085;yes\nBeta;1.5;No\nAmazon EC2;0,02;Yes\n';
		const result = imported(importInto(file));
		const m = matrix(result.scenario);
		expect(m['Acme']?.['Entry price']).toBe(0.085);
		expect(m['Acme']?.['Windows servers']).toBe('Yes');
		expect(m['Beta']?.['Entry price']).toBe(1.5);
		// Equal to the data set's value: left alone (it keeps its source).
		expect(result.scenario.edits.values['amazon-ec2']).toBeUndefined();
	});

	it('reads tab separators', () => {
		const result = imported(importInto('Provider\tEntry price\tSLA uptime\nAcme\t0,1\t99.9\n'));
		expect(matrix(result.scenario)['Acme']).toMatchObject({ 'Entry price': 0.1, 'SLA uptime': 99.9 });
	});

	it('does not read a decimal comma when commas separate cells', () => {
		expect(failure(importInto('Provider,Entry price\nAcme,"0,085"\n'))).toBe(
			'Row 2, column “Entry price”: “0,085” is not a number.'
		);
	});

	it('matches levels by label or id, whatever the case', () => {
		const result = imported(importInto('Provider,Support included\nA,paid plans ONLY\nB,24x7-included\n'));
		expect(result.scenario.edits.values['u-a']?.support?.raw).toBe('paid');
		expect(result.scenario.edits.values['u-b']?.support?.raw).toBe('24x7-included');
	});

	it('updates providers already in the comparison; their empty cells keep the current value', () => {
		const file = 'Provider,Entry price,SLA uptime,Windows servers\namazon ec2,0.03,,\nNew,,,\n';
		const result = imported(importInto(file));
		expect(result.scenario.edits.values['amazon-ec2']).toEqual({
			'entry-price': { kind: 'user', raw: 0.03 }
		});
		expect(matrix(result.scenario)['Amazon EC2']?.['SLA uptime']).toBe(99.95);
		// A new provider's empty cells are unknown.
		expect(matrix(result.scenario)['New']?.['Entry price']).toBeNull();
		expect(result.notices).toContain(
			'2 empty cells of providers already in the comparison kept their current values ' +
				'(an empty cell means unknown only for a new provider).'
		);
		expect(result.counts).toEqual({ providers: 1, criteria: 0, values: 1 });
		expect(csvImportSummary(result.counts, 'prices.csv')).toBe(
			'Imported 1 new provider and 1 changed value from prices.csv.'
		);
	});

	it('keeps weights, exclusions and the treatment of unknowns of the comparison', () => {
		const before: Scenario = { ...setIncluded(fresh(), 'ibm', false), unknowns: 'middle', preset: 'startup' };
		const after = imported(importInto('Provider,Entry price\nAcme,0.1\n', before)).scenario;
		expect(after).toMatchObject({
			method: before.method,
			preset: 'startup',
			unknowns: 'middle',
			excluded: ['ibm'],
			weights: before.weights
		});
	});
});

describe('importMatrixCsv: new criteria', () => {
	it('a column of numbers becomes a linear criterion, unit from the header, direction from its name, round levels', () => {
		const file = 'Provider,Latency (ms)\nAmazon EC2,80\nAcme,12\nBeta,\nGamma,33.5\n';
		const result = imported(importInto(file));
		// 12…80: span 68, step 10 (columns.ts proposeLevels); 12 − 6.8 = 5.2 → 0, 80 + 6.8 = 86.8 → 90.
		expect(result.scenario.edits.criteria).toEqual([
			{
				id: 'u-latency',
				name: 'Latency',
				group: 'u-imported',
				unit: 'ms',
				direction: 'lower',
				scale: { kind: 'linear', worst: 90, best: 0 }
			}
		]);
		expect(result.plan.undecided).toEqual([]);
		expect(result.plan.added[0]).toMatchObject({
			header: 'Latency (ms)',
			direction: 'lower',
			inferred: true
		});
		expect(result.scenario.edits.groups).toEqual([{ id: 'u-imported', name: 'Imported' }]);
		expect(result.scenario.weights['u-latency']).toBe(50);
		expect(result.notices).toContain(
			'New criterion “Latency”: less is better, 90 ms scores 0 and 0 ms scores 100 ' +
				'(proposed from the values, rounded); change them under Your data.'
		);
		expect(result.scenario.edits.values['amazon-ec2']).toEqual({ 'u-latency': { kind: 'user', raw: 80 } });
		expect(csvImportSummary(result.counts, 'prices.csv')).toBe(
			'Imported 3 new providers, 1 new criterion and 1 changed value from prices.csv.'
		);
	});

	it('a column of labels becomes a rating, levels scored evenly in order of first appearance', () => {
		const result = imported(importInto('Provider,Tier\nA,Bronze\nB,gold\nC,Silver\nD,Gold\n'));
		const criterion = result.scenario.edits.criteria[0];
		expect(criterion?.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'bronze', label: 'Bronze', score: 0 },
				{ id: 'gold', label: 'gold', score: 50 },
				{ id: 'silver', label: 'Silver', score: 100 }
			]
		});
		expect(result.scenario.edits.values['u-d']?.['u-tier']?.raw).toBe('gold');
		expect(result.notices[0]).toBe(
			'New criterion “Tier”: assumed more is better, levels scored in the order they first appear ' +
				'(Bronze 0, gold 50, Silver 100); check its direction and scale under Your data.'
		);
	});

	it('a column mixing numbers and labels is a rating; one number throughout gets round levels around it', () => {
		const result = imported(importInto('Provider,Mixed,Same\nA,1,5\nB,high,5\n'));
		// "Same" says nothing of its direction: the person is asked; the draft assumes more is better.
		expect(result.plan.undecided).toEqual(['Same']);
		expect(result.scenario.edits.criteria.map((c) => c.scale)).toEqual([
			{
				kind: 'levels',
				levels: [
					{ id: '1', label: '1', score: 0 },
					{ id: 'high', label: 'high', score: 100 }
				]
			},
			// One value 5: the span is 5 itself, step 1; 4.5 → 4, 5.5 → 6.
			{ kind: 'linear', worst: 4, best: 6 }
		]);
	});

	it('an empty new column is not added, and a second import reuses the group "Imported"', () => {
		const first = imported(importInto('Provider,Nothing,Latency\nA,,3\nB,,4\n'));
		expect(first.notices[0]).toBe('The column “Nothing” has no values, so it was not added as a criterion.');
		expect(first.scenario.edits.criteria.map((c) => c.name)).toEqual(['Latency']);
		const second = imported(importInto('Provider,Jitter\nA,1\nB,2\n', first.scenario)).scenario;
		expect(second.edits.groups).toEqual([{ id: 'u-imported', name: 'Imported' }]);
		expect(second.edits.criteria.map((c) => c.group)).toEqual(['u-imported', 'u-imported']);
	});
});

describe('importMatrixCsv: the CSVs of issue 18, on "Start from scratch"', () => {
	const starter = findDataset('starter', 1)!;
	const priceScores = (scenario: Scenario) =>
		valueScoresView(evaluate(starter, scenario))
			.rows.find((r) => r.criterion === 'Monthly price')
			?.cells.map((c) => c.text);

	it('“Monthly price ($)” fills the starter’s Monthly price, so the cheaper provider scores higher', () => {
		const file = 'Provider,Monthly price ($)\nHetzner Cloud,7.99\nDigitalOcean,12\nAWS Lightsail,24\n';
		const result = imported(importInto(file, fresh(starter), starter));
		expect(result.plan).toEqual({
			matched: [{ header: 'Monthly price ($)', criterion: 'Monthly price' }],
			added: [],
			undecided: []
		});
		expect(result.counts.criteria).toBe(0);
		// The starter's scale: worst 100, best 5 (data/starter.v1.json): 7.99 → 100 × (100 − 7.99)/95 =
		// 96.9, 12 → 92.6, 24 → 80: the cheapest scores highest.
		expect(priceScores(result.scenario)).toEqual(['97', '93', '80']);
	});

	it('a new “Price (€)” column is less is better, levels 5 to 30; “monthly price, USD” matches', () => {
		const file = 'Provider,Price (€),"monthly price, USD"\nHetzner,7.99,8\nDO,12,12\nLightsail,24,24\n';
		const result = imported(importInto(file, fresh(starter), starter));
		expect(result.plan.matched).toEqual([{ header: 'monthly price, USD', criterion: 'Monthly price' }]);
		const price = result.scenario.edits.criteria[0]!;
		// 7.99…24: span 16.01, step 5; 6.39 → 5 (best), 25.6 → 30 (worst).
		expect(price).toMatchObject({ name: 'Price', unit: '€', direction: 'lower' });
		expect(price.scale).toEqual({ kind: 'linear', worst: 30, best: 5 });
	});

	it('an all-“yes” EU-region column is a flat criterion with a note; the import goes through', () => {
		const file = 'Provider,EU region\nHetzner,yes\nDO,Yes\nLightsail,yes\n';
		const result = imported(importInto(file, fresh(starter), starter));
		const eu = result.scenario.edits.criteria[0]!;
		expect(eu.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'no', label: 'No', score: 0 },
				{ id: 'yes', label: 'yes', score: 100 }
			]
		});
		expect(result.plan.added[0]?.flat).toBe(
			'Every provider has “yes” in “EU region”, so it cannot separate them: it adds the same to every score.'
		);
		expect(result.notices).toContain(result.plan.added[0]?.flat);
		expect(Object.values(result.scenario.edits.values).map((row) => row[eu.id]?.raw)).toEqual([
			'yes',
			'yes',
			'yes'
		]);
	});

	it('a column whose direction cannot be told waits for the person; their choice and levels are used', () => {
		const file = 'Provider,Carbon intensity (gCO2/kWh)\nA,50\nB,400\n';
		const draft = imported(importInto(file, fresh(starter), starter));
		expect(draft.plan.undecided).toEqual(['Carbon intensity (gCO2/kWh)']);
		expect(draft.plan.added[0]?.direction).toBeUndefined();
		// 50…400: span 350, step 100; 15 → 0, 435 → 500.
		expect(draft.plan.added[0]?.proposed).toEqual({
			lower: { worst: 500, best: 0 },
			higher: { worst: 0, best: 500 }
		});
		const chosen = imported(
			importInto(file, fresh(starter), starter, {
				'Carbon intensity (gCO2/kWh)': { direction: 'lower', worst: 600, best: 0 }
			})
		);
		expect(chosen.plan.undecided).toEqual([]);
		expect(chosen.scenario.edits.criteria[0]).toMatchObject({
			direction: 'lower',
			unit: 'gCO2/kWh',
			scale: { kind: 'linear', worst: 600, best: 0 }
		});
	});

	it('two columns naming one criterion are refused, naming both', () => {
		const file = 'Provider,Monthly price,Monthly price ($)\nA,1,2\n';
		expect(failure(importInto(file, fresh(starter), starter))).toBe(
			'Row 1: the columns “Monthly price” and “Monthly price ($)” both name the criterion “Monthly price”; keep one.'
		);
	});
});

describe('importMatrixCsv: bad files name the row and column', () => {
	const levels = '“SR-IOV and NPIV”, “SR-IOV”, “PCI passthrough only”, “None”';
	it.each([
		['', 'The file is empty.'],
		['Provider,SLA uptime\n', 'The file has a header row but no providers under it.'],
		[
			'Provider,SLA uptime\nAcme,99.9\nBeta,ninety-nine\n',
			'Row 3, column “SLA uptime”: “ninety-nine” is not a number.'
		],
		[
			'Provider,SLA uptime\n\nAcme,99.9\n"Two\nlines",x\n',
			'Row 4, column “SLA uptime”: “x” is not a number.'
		],
		[
			'Provider,I/O virtualisation\nAcme,SR-IOV\nBeta,Virtio\n',
			`Row 3, column “I/O virtualisation”: “Virtio” is not one of its levels (${levels}).`
		],
		[
			'Provider,SLA uptime\nAcme,99\nBeta,98\nACME ,97\n',
			'Row 4: the provider “ACME” appears twice (rows 2 and 4).'
		],
		[
			'Name,SLA uptime\nAcme,99\n',
			'Row 1: the first column must be headed “Provider” (found “Name”). The file should have a header row: Provider, then one column per criterion.'
		],
		[
			'Provider,SLA uptime,sla uptime\nAcme,99,98\n',
			'Row 1: the column “sla uptime” appears twice (columns 2 and 3).'
		],
		['Provider,,SLA uptime\nAcme,,99\n', 'Row 1: column 2 has no name.'],
		[
			'Provider,SLA uptime\nAcme,99\nBeta,98,oops\n',
			'Row 3 has more cells than the header has columns (3 cells, 2 columns). Check for a separator inside a name that should have been quoted.'
		],
		['Provider,SLA uptime\nAcme,99\n,98\n', 'Row 3 has values but no provider name.'],
		['Provider,SLA uptime\n"Acme,99\n', 'Row 2 has a quoted cell that is never closed (a " is missing).'],
		[
			'Provider,Tier\nA,Gold\nB,gold\n',
			'Column “Tier”: every value is “Gold”; a rating needs at least two different values (or use numbers, or Yes/No).'
		],
		[
			`Provider,Tier\n${Array.from({ length: 11 }, (_, i) => `P${i},L${i}`).join('\n')}`,
			'Column “Tier” has 11 different values that are not all numbers; a rating has at most 10 levels (or use numbers).'
		],
		[
			`Provider,SLA uptime\n${'x'.repeat(81)},99\n`,
			`Row 2: the provider name “${'x'.repeat(40)}…” is 81 characters long; at most 80.`
		]
	])('%j → %s', (file, error) => {
		expect(failure(importInto(file))).toBe(error);
	});

	it('allows empty trailing cells that spreadsheets add', () => {
		expect(imported(importInto('Provider,SLA uptime,,\nAcme,99,,\n')).counts.providers).toBe(1);
	});

	it('refuses more providers or criteria than a comparison holds', () => {
		const rows = Array.from({ length: LIMITS.providers + 1 }, (_, i) => `P${i},99`);
		expect(failure(importInto(['Provider,SLA uptime', ...rows].join('\n')))).toBe(
			`The file would add ${LIMITS.providers + 1} providers to the 0 of your own; a comparison holds at most ${LIMITS.providers}.`
		);
		const names = Array.from({ length: LIMITS.criteria + 1 }, (_, i) => `C${i}`);
		expect(failure(importInto(`Provider,${names.join(',')}\nA,${names.map(() => 1).join(',')}\n`))).toBe(
			`The file would add ${LIMITS.criteria + 1} criteria to the 0 of your own; a comparison holds at most ${LIMITS.criteria}.`
		);
	});

	it('is never half-applied: a bad 5th row returns nothing to apply and leaves the comparison as it was', () => {
		const before = fresh();
		const snapshot = structuredClone(before);
		const file = [
			'Provider,Entry price,New column',
			'Amazon EC2,0.03,1',
			'Acme,0.05,2',
			'Beta,0.06,3',
			'Gamma,cheap,4',
			'Delta,0.07,5'
		].join('\n');
		const result = importInto(file, before);
		expect(result).toEqual({ ok: false, error: 'Row 5, column “Entry price”: “cheap” is not a number.' });
		expect(result).not.toHaveProperty('scenario');
		expect(before).toEqual(snapshot);
	});
});

describe('formula injection', () => {
	const triggers = ['=', '+', '-', '@', '\t', '\r'];

	it.each(triggers)(
		'a provider name and a level label starting with %j are written as text and read back',
		(c) => {
			const evil: Dataset = structuredClone(cloud);
			evil.id = 'evil';
			evil.providers[0]!.name = `${c}cmd|' /C calc'!A0`;
			const windows = evil.criteria.find((x) => x.id === 'windows')!;
			if (windows.scale.kind !== 'levels') throw new Error('windows is a rating');
			windows.scale.levels[0]!.label = `${c}HYPERLINK("http://evil","Yes")`;
			const csv = exportOf(fresh(evil), evil);
			const row = cells(csv)[1]!;
			expect(row[0]).toBe(`'${c}cmd|' /C calc'!A0`);
			expect(row[14]).toBe(`'${c}HYPERLINK("http://evil","Yes")`);
			// Read back: the same provider and the same level, so nothing changes.
			const same = imported(importInto(csv, fresh(evil), evil));
			expect(same.counts).toEqual({ providers: 0, criteria: 0, values: 0 });
			// As a new provider's value, the label is read as its level.
			const renamed = Papa.unparse([cells(csv)[0]!, ['Copy', ...row.slice(1)]]);
			const copy = imported(importInto(renamed, fresh(evil), evil));
			expect(copy.scenario.edits.values['u-copy']?.windows?.raw).toBe('yes');
			expect(unescapeCell(row[0]!)).toBe(evil.providers[0]!.name);
		}
	);

	it.each(['=', '+', '-', '@'])('a new provider named "%sSUM(A1)" keeps its name exactly', (c) => {
		const s = addProvider(fresh(), cloud, { name: `${c}SUM(A1)`, platform: '' }).scenario;
		const again = imported(importInto(exportOf(s)));
		expect(again.scenario.edits.providers.map((p) => p.name)).toEqual([`${c}SUM(A1)`]);
	});

	it('never prefixes numbers, negative ones included, and reads them back as numbers', () => {
		const s = addProvider(fresh(), cloud, {
			name: 'Neg',
			platform: '',
			values: { 'largest-ram': { kind: 'user', raw: -1 }, 'sla-credit': { kind: 'user', raw: -0.5e-7 } }
		}).scenario;
		const csv = exportOf(s);
		expect(csv.split('\r\n').at(-1)).toBe('Neg,,,,,-1,,,-5e-8,,,,,,,,,');
		const again = imported(importInto(csv)).scenario;
		expect(again.edits.values['u-neg']).toEqual({
			'largest-ram': { kind: 'user', raw: -1 },
			'sla-credit': { kind: 'user', raw: -5e-8 }
		});
	});

	it('escaping is reversible for text that already starts with quotes', () => {
		expect(unescapeCell("'=1")).toBe('=1');
		expect(unescapeCell("''=1")).toBe("'=1");
		expect(unescapeCell("'plain")).toBe("'plain");
		const s = addProvider(fresh(), cloud, { name: "'=already quoted", platform: '' }).scenario;
		expect(cells(exportOf(s)).at(-1)?.[0]).toBe("''=already quoted");
		expect(imported(importInto(exportOf(s))).scenario.edits.providers[0]?.name).toBe("'=already quoted");
	});
});

describe('property: export → import keeps every provider name and number exactly', () => {
	const char = fc.constantFrom(
		...[
			'a',
			'Z',
			'é',
			'→',
			'0',
			'.',
			' ',
			',',
			';',
			'"',
			"'",
			'\n',
			'\r',
			'\t',
			'=',
			'-',
			'+',
			'@',
			'|',
			'\u00a0'
		]
	);
	const name = fc
		.array(char, { minLength: 1, maxLength: 16 })
		.map((chars) => chars.join('').trim())
		.filter((n) => n.length > 0 && !cloud.providers.some((p) => p.name.toLowerCase() === n.toLowerCase()));
	const entry = fc.record({ name, price: fc.double({ noNaN: true, noDefaultInfinity: true }) });

	it('holds for arbitrary names (commas, quotes, line breaks, leading = and -) and doubles', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(entry, {
					minLength: 1,
					maxLength: 6,
					selector: (e) => e.name.normalize('NFC').toLowerCase()
				}),
				(entries) => {
					let s = fresh();
					for (const e of entries)
						s = addProvider(s, cloud, {
							name: e.name,
							platform: '',
							values: { 'entry-price': { kind: 'user', raw: e.price } }
						}).scenario;
					const result = importInto(exportOf(s));
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					expect(result.scenario.edits.providers.map((p) => p.name)).toEqual(entries.map((e) => e.name));
					expect(
						result.scenario.edits.providers.map(
							(p) => result.scenario.edits.values[p.id]?.['entry-price']?.raw
						)
					).toEqual(entries.map((e) => (e.price === 0 ? 0 : e.price)));
				}
			),
			{ numRuns: 200 }
		);
		// A loaded CI machine can take several seconds for 200 round trips; the property, not the clock, is tested.
	}, 60_000);
});
