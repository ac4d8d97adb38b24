import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import { effectiveDataset } from './effective';
import {
	applyPaste,
	describeProblem,
	nameKey,
	newCriterionScale,
	parseTsv,
	readCell,
	readNumber,
	splitUnit,
	toTsv
} from './paste';
import { ScenarioSchema } from './schema';

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
	it('splits a unit off a header', () => {
		expect(splitUnit('Monthly price ($)')).toEqual({ name: 'Monthly price', unit: '$' });
		expect(splitUnit('  Latency,  ms ')).toEqual({ name: 'Latency', unit: 'ms' });
		expect(nameKey('PRICE  [$/h]')).toBe('price');
	});
	it('infers a new column: price-like is less-is-better, yes/no is a rating, even when all the same', () => {
		expect(newCriterionScale('Monthly price', '$', ['5', '24', '7.99'])).toMatchObject({
			direction: 'lower',
			scale: { kind: 'linear', worst: 24, best: 5 }
		});
		expect(newCriterionScale('Storage', 'GB', ['25', '80'])).toMatchObject({
			direction: 'higher',
			scale: { kind: 'linear', worst: 25, best: 80 }
		});
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
		expect(cost).toMatchObject({ unit: 'USD', direction: 'lower', scale: { worst: 20, best: 4.5 } });
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
