import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { evidenceCells, evidenceColumnsNote, inSentence, listText, overlapSentence } from './evidence';
import { rankingView } from './results';

// Tiny data set, weights price 3, future 1: A 83.553 and B 62.5 fully known (single points);
// C's price unknown: range (0 + 100)/4 = 25 to (300 + 100)/4 = 100.
const base = scenarioWith(tiny, { price: 3, future: 1 });

describe('inSentence', () => {
	it.each([
		['Weighted sum', 'weighted sum'],
		['Weighted product', 'weighted product'],
		['TOPSIS', 'TOPSIS'],
		['', '']
	])('%j → %j', (name, expected) => {
		expect(inSentence(name)).toBe(expected);
	});
});

describe('the Known and Range cells', () => {
	it('gives counts, details and the range (hand calculation)', () => {
		const e = evaluate(tiny, base);
		expect(evidenceCells(e, 2)).toEqual({
			known: '1 of 2',
			knownDetail: '0 sourced, 1 judgement, 1 unknown; 75 % of the weight rests on unknown values.',
			range: '25.0–100.0',
			mostlyUnknown: true
		});
		expect(evidenceCells(e, 0)).toEqual({
			known: '2 of 2',
			knownDetail: '1 sourced, 1 judgement, 0 unknown; no weight rests on unknown values.',
			range: '83.6–83.6',
			mostlyUnknown: false
		});
	});

	it('counts the person’s values as “yours”', () => {
		const edits = { ...base.edits, values: { c: { price: { kind: 'user' as const, raw: 0.2 } } } };
		const e = evaluate(tiny, { ...base, edits });
		expect(evidenceCells(e, 2).knownDetail).toBe(
			'0 sourced, 1 judgement, 1 yours, 0 unknown; no weight rests on unknown values.'
		);
	});

	it('are part of the ranking view, in ranking order, with the notes under the table', () => {
		const view = rankingView(evaluate(tiny, base));
		expect(view.rows.map((r) => `${r.provider}|${r.score}|${r.known}|${r.range}`)).toEqual([
			'A|83.6|2 of 2|83.6–83.6',
			'B|62.5|2 of 2|62.5–62.5',
			'C|25.0|1 of 2|25.0–100.0'
		]);
		expect(view.notes).toEqual([
			evidenceColumnsNote(evaluate(tiny, base)),
			'A and C cannot be told apart on the evidence: their ranges overlap.'
		]);
	});

	it('say why a fully known provider has a range under TOPSIS (issue 19), and not under the other methods', () => {
		const topsis = evaluate(tiny, { ...base, method: 'topsis' });
		// A is fully known, yet C's unknown price moves the best and worst prices A is measured against.
		const a = evidenceCells(topsis, 0);
		expect(a.known).toBe('2 of 2');
		const [low, high] = a.range.split('–').map(Number);
		expect(high! - low!).toBeGreaterThan(0);
		expect(evidenceColumnsNote(topsis)).toContain(
			'a provider with every value known can still have a range under TOPSIS, because its score is ' +
				'measured against the best and worst values of all providers'
		);
		expect(evidenceColumnsNote(evaluate(tiny, { ...base, method: 'weighted-product' }))).toContain(
			'a provider with every value known has a single point.'
		);
	});

	it('explain that “Left out” still ranges over 0 and 100', () => {
		expect(evidenceColumnsNote(evaluate(tiny, base))).toBe(
			'Known: how many of the criteria have a value for the provider (sourced, judgement or yours). ' +
				'Range: the score (weighted sum) with every unknown value at the worst level and at the best level; ' +
				'a provider with every value known has a single point.'
		);
		expect(evidenceColumnsNote(evaluate(tiny, { ...base, unknowns: 'omit' }))).toContain(
			'at the best level, even though unknown values are left out of the score itself;'
		);
	});
});

describe('overlapSentence', () => {
	it('says when no range overlaps the leader’s', () => {
		expect(overlapSentence(evaluate(tiny, { ...base, excluded: ['c'] }))).toBe(
			'No other provider’s score range overlaps A’s (83.6–83.6): its lead does not rest on the unknown values.'
		);
	});

	it('lists every provider the leader cannot be told apart from', () => {
		// The person marks B's price unknown: B ranges from (0 + 100)/4 = 25 to 100, like C; both include 83.6.
		const edits = { ...base.edits, values: { b: { price: { kind: 'user' as const, raw: null } } } };
		expect(overlapSentence(evaluate(tiny, { ...base, edits }))).toBe(
			'A cannot be told apart on the evidence from B and C: their ranges overlap A’s.'
		);
	});

	it('has nothing to say with one provider or none ranked', () => {
		expect(overlapSentence(evaluate(tiny, { ...base, excluded: ['b', 'c'] }))).toBeUndefined();
		expect(overlapSentence(evaluate(tiny, scenarioWith(tiny, { price: 0, future: 0 })))).toBeUndefined();
	});

	it('lists names in plain English', () => {
		expect([listText([]), listText(['A']), listText(['A', 'B']), listText(['A', 'B', 'C'])]).toEqual([
			'',
			'A',
			'A and B',
			'A, B and C'
		]);
	});
});
