import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import { effectiveDataset } from './effective';
import {
	applyPaste,
	describeProblem,
	newCriterionScale,
	parseTsv,
	readCell,
	readNumber,
	toTsv
} from './paste';
import { ScenarioSchema } from './schema';
import { candidates, startFromScratch } from './start';

const start = defaultScenario(tiny);
const TAB = '\t';

describe('parseTsv / toTsv', () => {
	it('reads rows and cells as a spreadsheet copies them (CRLF, final newline, quoted cells)', () => {
		expect(parseTsv('a\tb\r\n1\t2\r\n')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(parseTsv('"x\ty"\t"say ""hi"""\n"two\nlines"\tz')).toEqual([
			['x\ty', 'say "hi"'],
			['two\nlines', 'z']
		]);
		expect(parseTsv('')).toEqual([]);
		expect(parseTsv('5" disk\t1')).toEqual([['5" disk', '1']]);
	});
	it('writes what it reads back', () => {
		const rows = [
			['Provider', 'Note'],
			['A', 'tab\there'],
			['B', 'a "quote"']
		];
		expect(parseTsv(toTsv(rows))).toEqual(rows);
		expect(toTsv([[1, 'x']])).toBe('1\tx');
	});
});

describe('reading cells', () => {
	it('reads numbers as spreadsheets show them', () => {
		expect(readNumber('1,234.5')).toBe(1234.5);
		expect(readNumber('$12')).toBe(12);
		expect(readNumber('12 %')).toBe(12);
		expect(readNumber('9.99 €')).toBe(9.99);
		expect(readNumber('12,5')).toBe(12.5);
		expect(readNumber('-0.5')).toBe(-0.5);
		expect(readNumber('twelve')).toBeUndefined();
		expect(readNumber('1.2.3')).toBeUndefined();
	});
	it('reads rating levels by label or id and "?" as unknown', () => {
		const future = tiny.criteria[1]!.scale;
		expect(readCell('KVM', future)).toEqual({ raw: 'kvm' });
		expect(readCell(' xen ', future)).toEqual({ raw: 'xen' });
		expect(readCell('?', future)).toEqual({ raw: null });
		expect(readCell('vmware', future)).toEqual({ error: 'is not one of its levels (Xen, KVM)' });
	});
	it('reads "y", "true" and other yes/no spellings into a Yes/No rating', () => {
		const yesNo = {
			kind: 'levels' as const,
			levels: [
				{ id: 'n', label: 'No', score: 0 },
				{ id: 'y', label: 'Yes', score: 100 }
			]
		};
		expect(readCell('true', yesNo)).toEqual({ raw: 'y' });
		expect(readCell('nein', yesNo)).toEqual({ raw: 'n' });
	});
	it('infers a new column as the import does: direction from name and unit, round levels with a margin', () => {
		// 5…24: span 19, step 5 (columns.ts proposeLevels: 19 < 2 × 10); 5 − 1.9 = 3.1 → 0,
		// 24 + 1.9 = 25.9 → 30. Less is better (a price, "$"): 30 scores 0, 0 scores 100.
		expect(newCriterionScale('Monthly price', '$', ['5', '24', '7.99'])).toMatchObject({
			direction: 'lower',
			scale: { kind: 'linear', worst: 30, best: 0 }
		});
		// 25…80: span 55, step 10; 25 − 5.5 = 19.5 → 10, 80 + 5.5 = 85.5 → 90. Storage: more is better.
		expect(newCriterionScale('Storage', 'GB', ['25', '80'])).toMatchObject({
			direction: 'higher',
			scale: { kind: 'linear', worst: 10, best: 90 }
		});
		// "Response time, ms": time and ms say less is better; 120…400 (span 280, step 100) → 500 to 0.
		const time = newCriterionScale('Response time', 'ms', ['120', '400']);
		expect(time).toMatchObject({ direction: 'lower', scale: { worst: 500, best: 0 } });
		expect('notice' in time && time.notice).toBe(
			'New criterion “Response time”: less is better (from its name), 500 ms scores 0 and 0 ms scores 100 ' +
				'(proposed from the pasted values, rounded; your choice, so change them under Your data).'
		);
		// A name that does not say which way: more is assumed, and the notice says it was assumed.
		const vague = newCriterionScale('Widgets', '', ['3', '7']);
		expect(vague).toMatchObject({ direction: 'higher' });
		expect('notice' in vague && vague.notice).toMatch(
			/^New criterion “Widgets”: assumed more is better \(its name does not say\)/
		);
		const eu = newCriterionScale('EU region', '', ['yes', 'Yes', 'YES']);
		expect(eu).toMatchObject({ scale: { kind: 'levels', levels: [{ id: 'no' }, { id: 'yes' }] } });
		expect('notice' in eu && eu.notice).toMatch(/cannot separate/);
		expect(newCriterionScale('Colour', '', ['red', 'red'])).toHaveProperty('error');
	});
});

describe('applyPaste', () => {
	it('fills the grid from the focused cell when the block has no names', () => {
		// Focus on B × Price (row 1, column 0): a 2 × 2 block covers B and C, Price and Future.
		const r = applyPaste(start, tiny, `0.05${TAB}xen\n0.07${TAB}KVM`, { row: 1, col: 0 });
		expect(r.problems).toEqual([]);
		expect(r.written).toBe(4);
		const e = effectiveDataset(tiny, r.scenario.edits);
		const b = e.providers.find((p) => p.id === 'b')!;
		expect(b.values.price).toMatchObject({ kind: 'user', raw: 0.05, original: { raw: 0.105 } });
		expect(b.values.future).toMatchObject({ raw: 'xen' });
		expect(e.providers.find((p) => p.id === 'c')!.values.future).toMatchObject({ raw: 'kvm' });
		expect(() => ScenarioSchema.parse(r.scenario)).not.toThrow();
	});

	it('recognises names, adds the providers and criteria it does not know, and reports unreadable cells', () => {
		const block = [
			['Provider', 'price ($/h)', 'Monthly cost (USD)', 'EU region'],
			['a', '0.03', '12', 'yes'],
			['Hetzner', '0.01', '4.5', 'yes'],
			['B', 'cheap', '20', 'yes']
		];
		const r = applyPaste(start, tiny, toTsv(block), { row: 2, col: 1 });
		expect(r.addedProviders).toEqual(['Hetzner']);
		expect(r.addedCriteria).toEqual(['Monthly cost', 'EU region']);
		expect(r.problems).toEqual([{ row: 4, column: 2, text: 'cheap', message: 'is not a number' }]);
		expect(describeProblem(r.problems[0]!, 'price ($/h)')).toBe(
			'Row 4, column 2 (“price ($/h)”): “cheap” is not a number.'
		);
		// 4 columns × 3 rows = 12 cells, one unreadable.
		expect(r.written).toBe(8);
		const e = effectiveDataset(tiny, r.scenario.edits);
		const cost = e.criteria.find((c) => c.name === 'Monthly cost')!;
		// 4.5…20: span 15.5, step 5; 4.5 − 1.55 → 0, 20 + 1.55 = 21.55 → 25 (not the pasted 20 and 4.5).
		expect(cost).toMatchObject({ unit: 'USD', direction: 'lower', scale: { worst: 25, best: 0 } });
		const hetzner = e.providers.find((p) => p.name === 'Hetzner')!;
		expect(hetzner.values.price).toMatchObject({ raw: 0.01 });
		expect(hetzner.values[cost.id]).toMatchObject({ raw: 4.5 });
		// B's price was unreadable: it keeps the data set's value.
		expect(e.providers.find((p) => p.id === 'b')!.values.price).toMatchObject({
			kind: 'sourced',
			raw: 0.105
		});
		expect(() => ScenarioSchema.parse(r.scenario)).not.toThrow();
	});

	it('reports a block that runs past the grid without names, and changes nothing then', () => {
		const r = applyPaste(start, tiny, '1\n2', { row: 2, col: 1 });
		expect(r.problems.map((p) => [p.row, p.column, p.text])).toEqual([
			[1, 1, '1'],
			[2, 1, '2']
		]);
		expect(r.problems[0]!.message).toMatch(/not one of its levels/);
		expect(r.written).toBe(0);
		expect(r.scenario).toBe(start);
		const below = applyPaste(start, tiny, '0.1\n0.2', { row: 2, col: 0 });
		expect(below.problems).toEqual([
			{ row: 2, column: 1, text: '0.2', message: expect.stringMatching(/below the last row/) }
		]);
	});
});

describe('a new user pastes their providers', () => {
	const starter = findDataset('starter', 1)!;
	const offered = candidates(starter, starter);
	const pick = (name: string) => offered.find((c) => c.criterion.name === name)!;
	const fresh = startFromScratch(
		starter,
		[pick('Monthly price'), pick('SLA uptime'), pick('Regions'), pick('Support')],
		[]
	);
	const scores = (scenario: typeof fresh) => {
		const e = evaluate(starter, scenario);
		return Object.fromEntries(
			e.providers.map((p, i) => [
				p.name,
				Object.fromEntries(e.criteria.map((c, j) => [c.name, e.cells[i]![j]!.score]))
			])
		);
	};

	it('headers with units match the picked criteria, and the cheaper provider scores higher on price', () => {
		const block =
			'Provider\tMonthly price ($)\tSLA uptime (%)\tRegions\tSupport\n' +
			'Hetzner Cloud\t7.99\t99.9\t6\tBusiness hours\n' +
			'DigitalOcean\t12\t99.99\t13\t24/7\n' +
			'AWS Lightsail\t24\t99.99\t16\t24/7\n';
		const r = applyPaste(fresh, starter, block, { row: 0, col: 0 });
		expect(r.problems).toEqual([]);
		expect(r.addedCriteria).toEqual([]);
		expect(r.addedProviders).toEqual(['Hetzner Cloud', 'DigitalOcean', 'AWS Lightsail']);
		expect(r.written).toBe(12);
		// The starter's levels (data/starter.v1.json): price 100 $ → 0, 5 $ → 100, v = 100 (100 − x) / 95:
		// 7.99 → 96.85, 12 → 92.63, 24 → 80.00. SLA 99 → 0, 99.99 → 100: 99.9 → 90.91.
		// Regions 1 → 0, 20 → 100: 6 → 26.32, 13 → 63.16, 16 → 78.95. Support: business hours 50, 24/7 100.
		const s = scores(r.scenario);
		expect(s['Hetzner Cloud']!['Monthly price']).toBeCloseTo(96.85, 2);
		expect(s['DigitalOcean']!['Monthly price']).toBeCloseTo(92.63, 2);
		expect(s['AWS Lightsail']!['Monthly price']).toBeCloseTo(80, 2);
		expect(s['Hetzner Cloud']!['SLA uptime']).toBeCloseTo(90.91, 2);
		expect(s['DigitalOcean']!['Regions']).toBeCloseTo(63.16, 2);
		expect(s['Hetzner Cloud']!['Support']).toBe(50);
		// Equal weights (50 each): Lightsail (80 + 100 + 78.95 + 100) / 4 = 89.74,
		// DigitalOcean (92.63 + 100 + 63.16 + 100) / 4 = 88.95, Hetzner (96.85 + 90.91 + 26.32 + 50) / 4 = 66.02.
		const e = evaluate(starter, r.scenario);
		expect(e.ranking.map((x) => [x.provider.name, Number(x.score.toFixed(2))])).toEqual([
			['AWS Lightsail', 89.74],
			['DigitalOcean', 88.95],
			['Hetzner Cloud', 66.02]
		]);
	});

	it('a new numeric column gets its direction from its name and round levels, not the pasted min and max', () => {
		const block =
			'Provider\tMonthly price, USD\tLatency (ms)\n' +
			'Hetzner Cloud\t7.99\t35\n' +
			'DigitalOcean\t12\t20\n' +
			'AWS Lightsail\t24\t80\n';
		const r = applyPaste(fresh, starter, block, { row: 0, col: 0 });
		expect(r.problems).toEqual([]);
		// "Monthly price, USD" is the starter's Monthly price; "Latency (ms)" is new.
		expect(r.addedCriteria).toEqual(['Latency']);
		const latency = effectiveDataset(starter, r.scenario.edits).criteria.find((c) => c.name === 'Latency')!;
		// 20…80: span 60, step 10; 20 − 6 = 14 → 10, 80 + 6 = 86 → 90. Less is better (latency, ms).
		expect(latency).toMatchObject({
			unit: 'ms',
			direction: 'lower',
			scale: { kind: 'linear', worst: 90, best: 10 }
		});
		expect(r.notices).toEqual([
			'New criterion “Latency”: less is better (from its name), 90 ms scores 0 and 10 ms scores 100 ' +
				'(proposed from the pasted values, rounded; your choice, so change them under Your data).'
		]);
		// v = 100 (90 − x) / 80: 35 → 68.75, 20 → 87.5, 80 → 12.5 (min–max would have given 75, 100, 0).
		const s = scores(r.scenario);
		expect(s['Hetzner Cloud']!['Latency']).toBeCloseTo(68.75, 10);
		expect(s['DigitalOcean']!['Latency']).toBeCloseTo(87.5, 10);
		expect(s['AWS Lightsail']!['Latency']).toBeCloseTo(12.5, 10);
		expect(() => ScenarioSchema.parse(r.scenario)).not.toThrow();
	});
});
