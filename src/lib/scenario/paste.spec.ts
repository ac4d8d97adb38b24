import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import { effectiveDataset } from './effective';
import {
	applyPaste,
	cellText,
	describeProblem,
	newCriterionScale,
	parseTsv,
	readCell,
	readNumber,
	toTsv
} from './paste';
import { addCriterion, setValue } from './data-edits';
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

describe('paste: the edges of what a spreadsheet copies', () => {
	it('a quote counts only at the start of a cell and when closed before a tab or line end', () => {
		// Unclosed: the quote is text.
		expect(parseTsv('"abc')).toEqual([['"abc']]);
		// Closed but followed by more text: not a quoted cell, the quotes are text.
		expect(parseTsv('"a"b\tc')).toEqual([['"a"b', 'c']]);
		// A quote inside a cell is text, even when a tab follows a second one.
		expect(parseTsv('x"y"\tz')).toEqual([['x"y"', 'z']]);
		// Quoted cells at the end of a line and of the block, and an empty quoted cell.
		expect(parseTsv('"x"\n"y"\n')).toEqual([['x'], ['y']]);
		expect(parseTsv('a\t"b"')).toEqual([['a', 'b']]);
		expect(parseTsv('""\tx')).toEqual([['', 'x']]);
		// Old Mac line ends (a lone CR) end a line too.
		expect(parseTsv('a\rb\r\nc')).toEqual([['a'], ['b'], ['c']]);
		// A carriage return inside a cell is quoted on the way out, as spreadsheets do.
		expect(toTsv([['a\rb', 7]])).toBe('"a\rb"\t7');
		expect(toTsv([['plain'], ['two']])).toBe('plain\ntwo');
	});

	it('reads numbers with any of the usual currency signs, signs, separators and exponents', () => {
		const read = (texts: string[]) => texts.map(readNumber);
		expect(read(['£5', '¥100', '5$', '$-5', '+3', '.5', '1e3', '\u00a012\u00a0', '1 234,5'])).toEqual([
			5, 100, 5, -5, 3, 0.5, 1000, 12, 1234.5
		]);
		// Thousands separators (groups of three), else a decimal comma.
		expect(read(['1,234', '12,345', '1,234,567.89', '12,34', '-1,5'])).toEqual([
			1234, 12345, 1234567.89, 12.34, -1.5
		]);
		// Not numbers: a sign before the percent, commas in the wrong places, only a sign, overflow.
		const notNumbers = ['%5', '1,23,456', '$', '1e999', '0x10', '1.2.3e'];
		expect(read(notNumbers)).toEqual(notNumbers.map(() => undefined));
	});

	it('reads each way of writing "nobody knows" as unknown, and a number cell on a number scale', () => {
		const price = tiny.criteria[0]!.scale;
		for (const text of ['?', 'Unknown', 'N/A', 'na', '-', '–', '—', ' n/a '])
			expect(readCell(text, price)).toEqual({ raw: null });
		expect(readCell(' 1,234.5 ', price)).toEqual({ raw: 1234.5 });
		expect(readCell('cheap', price)).toEqual({ error: 'is not a number' });
	});

	it('reads yes and no into a rating whose levels say it with ticks and crosses', () => {
		const ticks = {
			kind: 'levels' as const,
			levels: [
				{ id: 'has', label: '✓', score: 100 },
				{ id: 'lacks', label: '✗', score: 0 }
			]
		};
		expect(readCell('Yes', ticks)).toEqual({ raw: 'has' });
		expect(readCell('n', ticks)).toEqual({ raw: 'lacks' });
		// A rating without yes/no levels does not take "yes".
		expect(readCell('yes', tiny.criteria[1]!.scale)).toEqual({
			error: 'is not one of its levels (Xen, KVM)'
		});
	});

	it('a new text column: levels scored evenly in the order they first appear, ids kept apart', () => {
		// Three distinct texts (case aside): 100 · i / 2 → 0, 50, 100.
		const tier = newCriterionScale('Tier', '', ['Gold', 'Silver', 'gold', 'Bronze', '?']);
		expect(tier).toEqual({
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'gold', label: 'Gold', score: 0 },
					{ id: 'silver', label: 'Silver', score: 50 },
					{ id: 'bronze', label: 'Bronze', score: 100 }
				]
			},
			direction: 'higher',
			notice:
				'New criterion “Tier”: levels scored in the order they first appear (Gold 0, Silver 50, Bronze 100); check it under Your data.'
		});
		// Four: 100 · 1/3 = 33.3 → 33, 100 · 2/3 = 66.7 → 67. "A+" and "A-" both slug to "a": the second is "a-2".
		const grade = newCriterionScale('Grade', '', ['A+', 'A-', 'B', 'C']);
		expect('scale' in grade && grade.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'a', label: 'A+', score: 0 },
				{ id: 'a-2', label: 'A-', score: 33 },
				{ id: 'b', label: 'B', score: 67 },
				{ id: 'c', label: 'C', score: 100 }
			]
		});
		// A label is cut to a name's 80 characters.
		const long = newCriterionScale('Note', '', ['y'.repeat(90), 'short']);
		expect('scale' in long && long.scale.kind === 'levels' && long.scale.levels[0]!.label).toBe(
			'y'.repeat(80)
		);
	});

	it('a new column that cannot be a criterion says why', () => {
		expect(newCriterionScale('Empty', '', ['', ' ? ', 'n/a'])).toEqual({
			error: 'has no values, so it was not added'
		});
		expect(newCriterionScale('Colour', '', ['red', 'RED'])).toEqual({
			error: 'has one text value throughout and no numbers, so it was not added (a rating needs two levels)'
		});
		const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`);
		expect(newCriterionScale('Code', '', eleven)).toEqual({
			error: 'has 11 different texts; a rating has at most 10 levels'
		});
		// Ten different texts are a rating of ten levels.
		expect(newCriterionScale('Code', '', eleven.slice(0, 10))).toMatchObject({ direction: 'higher' });
	});

	it('a new numeric column: unknowns left out, and the notice without a unit', () => {
		// 3 and 7: span 4, step 1 (4 ≥ 2 × 1); 3 − 0.4 = 2.6 → 2, 7 + 0.4 = 7.4 → 8.
		expect(newCriterionScale('Widgets', '', ['3', '?', '7', ''])).toEqual({
			scale: { kind: 'linear', worst: 2, best: 8 },
			direction: 'higher',
			notice:
				'New criterion “Widgets”: assumed more is better (its name does not say), 2 scores 0 and 8 scores 100 ' +
				'(proposed from the pasted values, rounded; your choice, so change them under Your data).'
		});
		// Two yes/no answers: No 0, Yes 100, said in one sentence.
		expect(newCriterionScale('EU region', '', ['yes', 'no'])).toMatchObject({
			notice: 'New criterion “EU region”: Yes scores 100, No 0.'
		});
	});

	it('says a problem without a column name or text as plainly', () => {
		expect(
			describeProblem({
				row: 3,
				column: 1,
				text: '',
				message: 'has no provider name, so the row was left out'
			})
		).toBe('Row 3, column 1: has no provider name, so the row was left out.');
	});

	it('shows a cell as the grid copies it: the number, the level’s label, or "?"', () => {
		const price = tiny.criteria[0]!.scale;
		const future = tiny.criteria[1]!.scale;
		expect(cellText(undefined, price)).toBe('?');
		expect(cellText({ kind: 'unknown' }, price)).toBe('?');
		expect(cellText({ kind: 'user', raw: null }, price)).toBe('?');
		expect(cellText({ kind: 'user' }, price)).toBe('?');
		expect(cellText({ kind: 'user', raw: 0 }, price)).toBe('0');
		expect(cellText({ kind: 'sourced', raw: 0.02 }, price)).toBe('0.02');
		expect(cellText({ kind: 'judgement', raw: 'kvm' }, future)).toBe('KVM');
		// A level the scale no longer has: its id, as it is.
		expect(cellText({ kind: 'user', raw: 'gone' }, future)).toBe('gone');
	});
});

describe('applyPaste: names, limits and the order problems are told in', () => {
	it('a lone row of text is values at the focused cell, not a header', () => {
		const r = applyPaste(start, tiny, 'Price', { row: 0, col: 0 });
		expect(r.problems).toEqual([{ row: 1, column: 1, text: 'Price', message: 'is not a number' }]);
		expect(r.written).toBe(0);
	});

	it('a first row under a "Name" corner is a header even when it names no criterion yet', () => {
		const r = applyPaste(start, tiny, 'Name\tColour\nA\tred\nB\tblue', { row: 0, col: 0 });
		expect(r.problems).toEqual([]);
		expect(r.addedProviders).toEqual([]);
		expect(r.addedCriteria).toEqual(['Colour']);
		expect(r.written).toBe(2);
		const e = effectiveDataset(tiny, r.scenario.edits);
		const colour = e.criteria.find((c) => c.name === 'Colour')!;
		expect(colour.scale).toEqual({
			kind: 'levels',
			levels: [
				{ id: 'red', label: 'red', score: 0 },
				{ id: 'blue', label: 'blue', score: 100 }
			]
		});
		expect(e.providers.find((p) => p.id === 'a')!.values[colour.id]).toMatchObject({ raw: 'red' });
		expect(e.providers.find((p) => p.id === 'b')!.values[colour.id]).toMatchObject({ raw: 'blue' });
	});

	it('new providers: spaces tidied, one provider per name however often it appears, a row without a name left out', () => {
		const block =
			'Provider\tPrice\t\n  Hetzner   Cloud \t0.03\tnote\nhetzner cloud\t0.04\t\n\t0.05\t\nA\t0.01\t';
		const r = applyPaste(start, tiny, block, { row: 0, col: 0 });
		expect(r.addedProviders).toEqual(['Hetzner Cloud']);
		expect(r.problems).toEqual([
			{ row: 4, column: 1, text: '', message: 'has no provider name, so the row was left out' }
		]);
		// Hetzner Cloud's two prices (the later wins) and A's: 3 cells; the column without a header is skipped.
		expect(r.written).toBe(3);
		const e = effectiveDataset(tiny, r.scenario.edits);
		expect(e.providers.filter((p) => p.name === 'Hetzner Cloud').map((p) => p.values.price)).toEqual([
			expect.objectContaining({ raw: 0.04 })
		]);
		expect(e.providers.find((p) => p.id === 'a')!.values.price).toMatchObject({ raw: 0.01 });
	});

	it('two columns with the same new name fill one new criterion', () => {
		const r = applyPaste(start, tiny, 'Provider\tDisk (GB)\tdisk\nA\t10\t20', { row: 0, col: 0 });
		expect(r.addedCriteria).toEqual(['Disk']);
		expect(r.written).toBe(2);
		const e = effectiveDataset(tiny, r.scenario.edits);
		const disk = e.criteria.find((c) => c.name === 'Disk')!;
		expect(e.providers.find((p) => p.id === 'a')!.values[disk.id]).toMatchObject({ raw: 20 });
	});

	it('problems come in reading order: row by row, then column by column', () => {
		// Focus on B × Price. Rows B and C take the block's first two rows; the third is below the
		// last provider. "foo" and "bar" are not levels of Future.
		const r = applyPaste(start, tiny, '0.1\tfoo\n0.2\tbar\n0.3\tbaz', { row: 1, col: 0 });
		expect(r.problems.map((p) => [p.row, p.column, p.text])).toEqual([
			[1, 2, 'foo'],
			[2, 2, 'bar'],
			[3, 1, '0.3']
		]);
		expect(r.written).toBe(2);
		// Focus on A × Future: the second and third columns run past the last criterion.
		// "foo" is found after the columns past the grid, and told before them.
		const right = applyPaste(start, tiny, 'foo\t2\t3', { row: 0, col: 1 });
		expect(right.problems).toEqual([
			{ row: 1, column: 1, text: 'foo', message: 'is not one of its levels (Xen, KVM)' },
			{ row: 1, column: 2, text: '2', message: expect.stringMatching(/right of the last column/) },
			{ row: 1, column: 3, text: '3', message: expect.stringMatching(/right of the last column/) }
		]);
		expect(right.written).toBe(0);
	});

	it('adds at most 200 providers and 60 criteria of one’s own, and names the first one left out', () => {
		const rows = Array.from({ length: 201 }, (_, i) => `P${i + 1}\t0.1`);
		const many = applyPaste(start, tiny, `Provider\tPrice\n${rows.join('\n')}`, { row: 0, col: 0 });
		expect(many.addedProviders).toHaveLength(200);
		expect(many.problems).toEqual([
			{
				row: 202,
				column: 1,
				text: 'P201',
				message: 'was not added: a comparison holds at most 200 providers of your own'
			}
		]);
		const headers = Array.from({ length: 61 }, (_, i) => `C${i + 1}`);
		const wide = applyPaste(
			start,
			tiny,
			`Provider\t${headers.join('\t')}\nA\t${headers.map(() => '1').join('\t')}`,
			{ row: 0, col: 0 }
		);
		expect(wide.addedCriteria).toHaveLength(60);
		expect(wide.problems).toEqual([
			{
				row: 1,
				column: 62,
				text: 'C61',
				message: 'was not added: a comparison holds at most 60 criteria of your own'
			}
		]);
	});
});

describe('applyPaste: telling names from values', () => {
	const e = (r: { scenario: typeof start }) => effectiveDataset(tiny, r.scenario.edits);
	const value = (r: { scenario: typeof start }, provider: string, criterion: string) =>
		e(r).providers.find((p) => p.id === provider)!.values[criterion];

	it('a first row naming a criterion is a header, whatever its corner says', () => {
		const r = applyPaste(start, tiny, 'Host\tPrice\nA\t0.03\nB\t0.04', { row: 2, col: 1 });
		expect(r.addedProviders).toEqual([]);
		expect(r.problems).toEqual([]);
		expect(r.written).toBe(2);
		expect(value(r, 'a', 'price')).toMatchObject({ raw: 0.03 });
		expect(value(r, 'b', 'price')).toMatchObject({ raw: 0.04 });
	});

	it('a corner " Provider " with spaces is still the providers’ corner', () => {
		const r = applyPaste(start, tiny, ' Provider \tColour\nA\tred\nB\tblue', { row: 0, col: 0 });
		expect(r.addedProviders).toEqual([]);
		expect(r.addedCriteria).toEqual(['Colour']);
		expect(r.written).toBe(2);
	});

	it('a first row with a number in it is values, not a header, even under an empty corner', () => {
		const r = applyPaste(start, tiny, '\t0.05\tkvm\nA\t0.03\txen', { row: 0, col: 0 });
		expect(r.addedCriteria).toEqual([]);
		expect(r.problems).toEqual([
			{ row: 1, column: 1, text: '', message: 'has no provider name, so the row was left out' }
		]);
		expect(r.written).toBe(2);
		expect(value(r, 'a', 'price')).toMatchObject({ raw: 0.03 });
		expect(value(r, 'a', 'future')).toMatchObject({ raw: 'xen' });
	});

	it('without a header row, a first column of unknown names is values, not new providers', () => {
		const r = applyPaste(start, tiny, 'Name\t0.5\nfoo\tkvm', { row: 0, col: 0 });
		expect(r.addedProviders).toEqual([]);
		expect(r.written).toBe(1);
		expect(value(r, 'b', 'future')).toMatchObject({ raw: 'kvm' });
	});

	it('a lone header naming one’s own criterion "Name" fills that column, it does not add providers', () => {
		const levels = [
			{ id: 'foo', label: 'foo', score: 0 },
			{ id: 'bar', label: 'bar', score: 100 }
		];
		const named = addCriterion(start, tiny, {
			name: 'Name',
			unit: '',
			direction: 'higher',
			scale: { kind: 'levels', levels },
			group: 'cost'
		});
		const r = applyPaste(named.scenario, tiny, 'Name\nfoo\nbar', { row: 0, col: 0 });
		expect(r.addedProviders).toEqual([]);
		expect(r.written).toBe(2);
		expect(value(r, 'a', named.id)).toMatchObject({ raw: 'foo' });
		expect(value(r, 'b', named.id)).toMatchObject({ raw: 'bar' });
	});

	it('a header may give a criterion’s id in any case', () => {
		const latency = addCriterion(start, tiny, {
			name: 'Latency',
			unit: 'ms',
			direction: 'lower',
			scale: { kind: 'linear', worst: 100, best: 10 },
			group: 'cost'
		});
		expect(latency.id).toBe('u-latency');
		const r = applyPaste(latency.scenario, tiny, 'Provider\tU-LATENCY\nA\t20', { row: 0, col: 0 });
		expect(r.addedCriteria).toEqual([]);
		expect(value(r, 'a', 'u-latency')).toMatchObject({ raw: 20 });
	});

	it('names in the first column with values after them fill from the first criterion on', () => {
		const r = applyPaste(start, tiny, 'A\t0.03\tkvm', { row: 2, col: 0 });
		expect(r.problems).toEqual([]);
		expect(r.written).toBe(2);
		expect(value(r, 'a', 'future')).toMatchObject({ raw: 'kvm' });
	});

	it('rows of different lengths: the longest sets the columns; a blank cell is no value', () => {
		const r = applyPaste(start, tiny, '0.1\n0.2\tkvm\n \t ', { row: 0, col: 0 });
		expect(r.problems).toEqual([]);
		expect(r.written).toBe(3);
		expect(value(r, 'b', 'future')).toMatchObject({ raw: 'kvm' });
		// C's cells were blank: its unknown price stays unknown.
		expect(value(r, 'c', 'price')).toMatchObject({ kind: 'unknown' });
	});

	it('a header of spaces is no column; a column that cannot be a criterion is named', () => {
		const r = applyPaste(start, tiny, 'Provider\t \tColour\tPrice\nA\tx\tred\t0.03\nB\ty\tred\t0.04', {
			row: 0,
			col: 0
		});
		expect(r.addedCriteria).toEqual([]);
		expect(r.problems).toEqual([
			{
				row: 1,
				column: 3,
				text: 'Colour',
				message:
					'the column has one text value throughout and no numbers, so it was not added (a rating needs two levels)'
			}
		]);
		expect(r.written).toBe(2);
	});

	it('long names are cut to 80 characters and units to 30; new criteria go to “My criteria”', () => {
		const name = 'N'.repeat(90);
		const r = applyPaste(start, tiny, `Provider\t${name} (${'u'.repeat(40)})\n${'P'.repeat(90)}\t5`, {
			row: 0,
			col: 0
		});
		const effective = e(r);
		const added = effective.criteria.at(-1)!;
		expect(added).toMatchObject({ name: 'N'.repeat(80), unit: 'u'.repeat(30) });
		expect(effective.groups.find((g) => g.id === added.group)?.name).toBe('My criteria');
		expect(effective.providers.at(-1)!.name).toBe('P'.repeat(80));
	});

	it('rows past the last provider under a header row are counted from the header', () => {
		const r = applyPaste(start, tiny, 'Price\n0.1\n0.2\n0.3\n0.4', { row: 1, col: 0 });
		expect(r.problems.map((p) => [p.row, p.column, p.text])).toEqual([
			[4, 1, '0.3'],
			[5, 1, '0.4']
		]);
		expect(r.written).toBe(2);
	});

	it('a paste keeps the values entered before, in the same row and in others', () => {
		let before = setValue(start, 'a', 'future', { kind: 'user', raw: 'kvm' });
		before = setValue(before, 'c', 'price', { kind: 'user', raw: 0.09 });
		const r = applyPaste(before, tiny, '0.05', { row: 0, col: 0 });
		expect(r.scenario.edits.values).toEqual({
			a: { future: { kind: 'user', raw: 'kvm' }, price: { kind: 'user', raw: 0.05 } },
			c: { price: { kind: 'user', raw: 0.09 } }
		});
	});
});

describe('paste: cells and new columns, the remaining cases', () => {
	it('numbers: a currency sign only at an end; thousands with a sign; a trailing comma is no number', () => {
		expect(['1$5', '1,', '+1,234', '.55', '1e10', '1e-3'].map(readNumber)).toEqual([
			undefined,
			undefined,
			1234,
			0.55,
			1e10,
			0.001
		]);
	});

	it('a rating level is found by its id when the label differs', () => {
		const support = {
			kind: 'levels' as const,
			levels: [
				{ id: 'business', label: 'Business hours', score: 50 },
				{ id: '24-7', label: '24/7', score: 100 }
			]
		};
		expect(readCell('24-7', support)).toEqual({ raw: '24-7' });
	});

	it('a column of numbers and text is a rating; of yes and something else, not Yes/No', () => {
		expect(newCriterionScale('Mixed', '', ['5', 'abc'])).toMatchObject({
			scale: {
				kind: 'levels',
				levels: [
					{ id: '5', label: '5', score: 0 },
					{ id: 'abc', label: 'abc', score: 100 }
				]
			}
		});
		expect(newCriterionScale('Answer', '', ['yes', 'maybe'])).toMatchObject({
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'yes', label: 'yes', score: 0 },
					{ id: 'maybe', label: 'maybe', score: 100 }
				]
			}
		});
	});
});
