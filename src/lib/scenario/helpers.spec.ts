import { describe, expect, it } from 'vitest';
import { clampWeight } from './actions';
import { freshId } from './data-edits';
import { platformOf, slug } from './effective';
import { readNumber } from './scale-input';
import {
	consistencyAdvice,
	fromSigned,
	isSaaty,
	judgementWords,
	nearestSaaty,
	rankedWeights,
	rankOrderOf,
	toSigned,
	type MatrixResult
} from './weighting';

/** The small rules of the scenario, table by table, with the expected value written out. */
describe('clampWeight: the form’s whole numbers 0–100', () => {
	it.each([
		[50, 50],
		[49.5, 50], // Math.round: halves up
		[49.4, 49],
		[-3, 0],
		[-0.4, 0],
		[100, 100],
		[100.4, 100],
		[250, 100],
		[Number.NaN, 0],
		[Number.POSITIVE_INFINITY, 0],
		[Number.NEGATIVE_INFINITY, 0]
	])('%s → %s', (input, clamped) => {
		expect(clampWeight(input)).toBe(clamped);
	});
});

describe('Saaty judgements', () => {
	it.each([
		[1, 1],
		[3, 3],
		[9, 9],
		[1 / 3, -3],
		[1 / 9, -9],
		[2.6, 3],
		[0.45, -2] // 1/0.45 = 2.22 → 2
	])('toSigned(%s) = %s', (value, signed) => {
		expect(toSigned(value)).toBe(signed);
	});

	it.each([
		[1, 1],
		[5, 5],
		[-2, 1 / 2],
		[-9, 1 / 9],
		// 0 and −1 are not judgements a link writes; both mean "equal".
		[0, 1],
		[-1, 1]
	])('fromSigned(%s) = %s', (signed, value) => {
		expect(fromSigned(signed)).toBe(value);
	});

	it.each([
		[1, 1],
		[2.4, 2],
		[2.5, 3],
		[12, 9],
		[0.3, 1 / 3], // 1/0.3 = 3.33 → 3
		[0.05, 1 / 9], // 20 → clamped to 9
		[0.8, 1], // 1.25 → 1, not "1/1"
		[0, 1 / 9],
		[-2, 1 / 9],
		[Number.NaN, 1 / 9],
		[Number.POSITIVE_INFINITY, 9]
	])('nearestSaaty(%s) = %s', (ratio, saaty) => {
		expect(nearestSaaty(ratio)).toBe(saaty);
	});

	it.each([
		[1, true],
		[9, true],
		[1 / 7, true],
		[10, false],
		[2.5, false],
		[0, false],
		[1 / 10, false]
	])('isSaaty(%s) is %s', (value, saaty) => {
		expect(isSaaty(value)).toBe(saaty);
	});

	it.each([
		[1, 'Price and Speed equally important'],
		[1 + 1e-12, 'Price and Speed equally important'],
		[3, 'Price 3× as important as Speed'],
		[1 / 5, 'Speed 5× as important as Price']
	])('judgementWords(Price, Speed, %s)', (value, words) => {
		expect(judgementWords('Price', 'Speed', value)).toBe(words);
	});

	it('advises which judgement to revisit only when the matrix is inconsistent', () => {
		const base = { cr: 0.2567 } as MatrixResult;
		expect(consistencyAdvice(base)).toBeUndefined();
		expect(
			consistencyAdvice({ ...base, revisit: { a: 'Price', b: 'Speed', fits: 1 / 3.2 } } as MatrixResult)
		).toBe(
			'Your judgements are inconsistent (CR 0.26). Revisit Price vs Speed: a value near 1/3 ' +
				'(Speed 3× as important as Price) would fit your other answers.'
		);
		expect(
			consistencyAdvice({ ...base, revisit: { a: 'Price', b: 'Speed', fits: 4.6 } } as MatrixResult)
		).toBe(
			'Your judgements are inconsistent (CR 0.26). Revisit Price vs Speed: a value near 5 ' +
				'(Price 5× as important as Speed) would fit your other answers.'
		);
	});
});

describe('rank order', () => {
	const context = {
		criteria: [
			{ id: 'a', name: 'A', group: 'g' },
			{ id: 'b', name: 'B', group: 'g' },
			{ id: 'c', name: 'C', group: 'g' },
			{ id: 'd', name: 'D', group: 'g' }
		],
		groups: [{ id: 'g', name: 'G' }]
	};

	it('keeps the stored order (known ids, once each), then the rest by weight, ties in data set order', () => {
		expect(rankOrderOf(context, ['c', 'gone', 'c', 'a'], { b: 10, d: 30 })).toEqual(['c', 'a', 'd', 'b']);
		expect(rankOrderOf(context, undefined, { a: 5, b: 5, c: 7, d: 0 })).toEqual(['c', 'a', 'b', 'd']);
		expect(rankOrderOf(context, [], {})).toEqual(['a', 'b', 'c', 'd']);
	});

	it('ROC and rank-sum weights as whole hundredths (Barron & Barrett 1996)', () => {
		// ROC for 3: (1 + 1/2 + 1/3)/3 = 0.6111, (1/2 + 1/3)/3 = 0.2778, (1/3)/3 = 0.1111.
		expect(rankedWeights(['x', 'y', 'z'])).toEqual({ x: 61.11, y: 27.78, z: 11.11 });
		// Rank sum for 3: 3/6, 2/6, 1/6.
		expect(rankedWeights(['x', 'y', 'z'], 'rank-sum')).toEqual({ x: 50, y: 33.33, z: 16.67 });
		expect(rankedWeights([])).toEqual({});
	});
});

describe('ids and names people type', () => {
	it.each([
		['VMware ESX', 'vmware-esx'],
		['  Ünïcode  Cloud ', 'unicode-cloud'],
		['--a--b--', 'a-b'],
		['!!!', 'x'],
		['', 'x'],
		['a'.repeat(60), 'a'.repeat(40)]
	])('slug(%j) = %j', (text, id) => {
		expect(slug(text)).toBe(id);
	});

	it('freshId adds -2, -3, … until the id is free, within 50 characters', () => {
		expect(freshId('My Host', [])).toBe('u-my-host');
		expect(freshId('My Host', ['u-my-host'])).toBe('u-my-host-2');
		expect(freshId('My Host', ['u-my-host', 'u-my-host-2'])).toBe('u-my-host-3');
		expect(freshId('b'.repeat(60), [])).toBe(`u-${'b'.repeat(40)}`);
	});

	it('platformOf matches a known platform by name or id, else names a new one', () => {
		const known = [{ id: 'kvm', name: 'KVM' }];
		expect(platformOf(' kvm ', known)).toBe(known[0]);
		expect(platformOf('KVM', known)).toBe(known[0]);
		expect(platformOf('VMware ESX ', known)).toEqual({ id: 'other-vmware-esx', name: 'VMware ESX' });
		expect(platformOf('   ', known)).toEqual({ id: 'unspecified', name: '–' });
	});

	it.each([
		['0.085', 0.085],
		['0,085', 0.085],
		[' 12 ', 12],
		['+3', 3],
		['-1.5', -1.5],
		['.5', 0.5],
		['5.', 5],
		['1e3', 1000],
		['1E-2', 0.01],
		['1e999', undefined],
		['', undefined],
		['abc', undefined],
		['1,000.5', undefined],
		['0x10', undefined]
	])('readNumber(%j) = %s', (text, n) => {
		expect(readNumber(text)).toBe(n);
	});
});
