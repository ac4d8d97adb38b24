import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { effectiveDataset } from '$lib/scenario/effective';
import { emptyEdits } from '$lib/scenario/model';
import { tiny } from '$testing/tiny';
import { platformSources, SOURCES_PRINT, sourceDetail, sourcesView, valueView } from './sources';

/**
 * Tiny (see src/testing/tiny.ts), with A's price read off a later page (a note on how the figure was
 * read, and why a fact dated after the as-of date 2010-05 is used), and the person's changes: B's
 * price replaced with a quote (note and link), C's unknown price marked unknown by them, a provider
 * of their own ("Mine", on VMware, which the data set does not list) with a price and nothing else,
 * and two criteria of their own: "Wait" in hours and "Score" with no unit.
 */
const later = {
	title: 'Price list',
	url: 'https://example.org/a',
	date: '2011-01-18',
	note: '$0.08/h ÷ 4',
	appliesAfterAsOf: 'the 2011 page quotes the 2010 price'
};
const [a, b, c] = tiny.providers;
const base: Dataset = {
	...tiny,
	providers: [
		{ ...a!, values: { ...a!.values, price: { kind: 'sourced', raw: 0.02, source: later } } },
		b!,
		c!
	]
};
const edits = {
	...emptyEdits(),
	values: {
		b: {
			price: { kind: 'user' as const, raw: 0.09, note: 'Quote by email', url: 'https://example.org/quote' }
		},
		c: { price: { kind: 'user' as const, raw: null } },
		mine: { price: { kind: 'user' as const, raw: 0.05 } }
	},
	providers: [{ id: 'mine', name: 'Mine', platform: 'VMware' }],
	criteria: [
		{
			id: 'wait',
			name: 'Wait',
			group: 'cost',
			unit: 'h',
			direction: 'lower' as const,
			scale: { kind: 'linear' as const, worst: 48, best: 1 }
		},
		{
			id: 'score',
			name: 'Score',
			group: 'cost',
			unit: '',
			direction: 'higher' as const,
			scale: { kind: 'linear' as const, worst: 0, best: 10 },
			description: 'Our own score.'
		}
	]
};
const effective = effectiveDataset(base, edits);
const tinySource = { title: 'Test', url: 'https://example.org/', date: '2010-05' };

describe('Data and sources', () => {
	it('what each criterion measures, its unit in words (or "none") and which way is better', () => {
		expect(sourcesView(effective).map((c) => [c.criterionId, c.criterion, c.about])).toEqual([
			// "$/h" has no words: shown as written.
			['price', 'Price', '$/h Unit: $/h; less is better.'],
			// "level" has no words either (unitWords gives ''): the unit code is shown.
			['future', 'Future', 'rating Unit: level; more is better.'],
			// "h" reads "hours"; a criterion with no description is "A criterion you added."
			['wait', 'Wait', 'A criterion you added. Unit: hours; less is better.'],
			// No unit at all: "none".
			['score', 'Score', 'Our own score. Unit: none; more is better.']
		]);
	});

	it('a sourced value with its source, the note on how it was read, its date and why a later date is used', () => {
		const [rowA] = sourcesView(effective)[0]!.rows;
		expect(rowA).toStrictEqual({
			providerId: 'a',
			provider: 'A',
			value: '0.02 $/h',
			basis: 'Sourced',
			detail: 'Price list ($0.08/h ÷ 4)',
			url: 'https://example.org/a',
			date: '2011-01-18',
			appliesNote: 'applies to 2011-01-18: the 2011 page quotes the 2010 price'
		});
	});

	it('the person’s values: their note and link, or what they did, beside the data set’s value they replaced', () => {
		const [, rowB, rowC, rowMine] = sourcesView(effective)[0]!.rows;
		expect(rowB).toStrictEqual({
			providerId: 'b',
			provider: 'B',
			value: '0.09 $/h',
			basis: 'Your value',
			detail: 'Quote by email',
			url: 'https://example.org/quote',
			date: '',
			original: {
				value: '0.105 $/h',
				basis: 'Sourced',
				detail: 'Test',
				url: 'https://example.org/',
				date: '2010-05'
			}
		});
		// Marked unknown, no note: said in words; the data set's value was unknown too, with its reason.
		expect(rowC).toStrictEqual({
			providerId: 'c',
			provider: 'C',
			value: 'unknown',
			basis: 'Your value',
			detail: 'You marked this unknown.',
			date: '',
			original: { value: 'unknown', basis: 'Unknown', detail: 'no source', date: '' }
		});
		// Their own provider: nothing replaced, so no original.
		expect(rowMine).toStrictEqual({
			providerId: 'mine',
			provider: 'Mine',
			value: '0.05 $/h',
			basis: 'Your value',
			detail: 'Entered by you.',
			date: ''
		});
	});

	it('judgements with their rationale and unknowns with their reason, undated and without a link', () => {
		const future = sourcesView(effective)[1]!.rows;
		expect(
			future.map(({ provider, value, basis, detail, date }) => [provider, value, basis, detail, date])
		).toEqual([
			['A', 'Xen', 'Judgement', 'test', ''],
			['B', 'KVM', 'Judgement', 'test', ''],
			['C', 'KVM', 'Judgement', 'test', ''],
			// The person's provider has no value here yet: the effective data set says so.
			['Mine', 'unknown', 'Unknown', 'No value entered yet.', '']
		]);
		expect(future.map((r) => [r.url, r.original])).toEqual([
			[undefined, undefined],
			[undefined, undefined],
			[undefined, undefined],
			[undefined, undefined]
		]);
		expect(
			valueView(effective.criteria[1]!, { kind: 'judgement', raw: 'kvm', rationale: 'roadmap' })
		).toStrictEqual({
			value: 'KVM',
			basis: 'Judgement',
			detail: 'roadmap',
			date: ''
		});
		expect(valueView(effective.criteria[0]!, { kind: 'unknown', reason: 'not published' })).toStrictEqual({
			value: 'unknown',
			basis: 'Unknown',
			detail: 'not published',
			date: ''
		});
	});

	it('a missing value is unknown, "no value"', () => {
		expect(valueView(effective.criteria[0]!, undefined)).toStrictEqual({
			value: 'unknown',
			basis: 'Unknown',
			detail: 'no value',
			date: ''
		});
	});

	it('a source’s title, with how the figure was read when there is a note', () => {
		expect(sourceDetail(tinySource)).toBe('Test');
		expect(sourceDetail(later)).toBe('Price list ($0.08/h ÷ 4)');
	});
});

describe('where each provider’s platform is stated', () => {
	it('the data set’s source for its providers, “as you entered it” for the person’s own', () => {
		expect(platformSources(effective)).toStrictEqual([
			{ provider: 'A', platform: 'Xen', detail: 'Test', url: 'https://example.org/', date: '2010-05' },
			{ provider: 'B', platform: 'KVM', detail: 'Test', url: 'https://example.org/', date: '2010-05' },
			{ provider: 'C', platform: 'KVM', detail: 'Test', url: 'https://example.org/', date: '2010-05' },
			{ provider: 'Mine', platform: 'VMware', detail: 'Your provider: platform as you entered it.', date: '' }
		]);
	});

	it('a platform the data set does not name is shown by its id', () => {
		const odd = { ...effective, providers: [{ ...effective.providers[0]!, hypervisor: 'bhyve' }] };
		expect(platformSources(odd).map((p) => p.platform)).toEqual(['bhyve']);
	});

	it('the print tables’ captions and columns', () => {
		expect(SOURCES_PRINT.platformsCaption('Hypervisor')).toBe('Hypervisor of each provider');
		expect(SOURCES_PRINT.platformsColumns('Hypervisor')).toEqual([
			'Provider',
			'Hypervisor',
			'Source',
			'Date'
		]);
		expect(SOURCES_PRINT.valuesCaption).toBe('Values');
		expect(SOURCES_PRINT.valuesColumns).toEqual([
			'Provider',
			'Value',
			'Basis',
			'Source, rationale or reason',
			'Date'
		]);
	});
});
