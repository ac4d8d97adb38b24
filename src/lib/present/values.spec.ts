import { describe, expect, it } from 'vitest';
import { tiny } from '$testing/tiny';
import { directionText, rawText, shortDescription } from './values';

// Tiny's two criteria: Price ($/h, a linear scale, less is better) and Future (levels Xen, KVM).
const price = tiny.criteria[0]!;
const future = tiny.criteria[1]!;

describe('a raw value in words', () => {
	it('a number with its unit, a level by its label', () => {
		// "$/h" has no words of its own in units.ts: it is shown as written.
		const source = { title: 'Test', url: 'https://example.org/', date: '2010-05' };
		expect(rawText(price, { kind: 'sourced', raw: 0.02, source })).toBe('0.02 $/h');
		expect(rawText(future, { kind: 'judgement', raw: 'kvm', rationale: 'test' })).toBe('KVM');
		expect(rawText(price, { kind: 'user', raw: 0.5 })).toBe('0.5 $/h');
	});

	it('says "unknown" for no value, an unknown one, and the person’s “unknown” (raw null)', () => {
		// Each of the three reaches the scale otherwise, which would write "undefined" or "null".
		expect(rawText(price, undefined)).toBe('unknown');
		expect(rawText(price, { kind: 'unknown', reason: 'no source' })).toBe('unknown');
		expect(rawText(price, { kind: 'user', raw: null })).toBe('unknown');
		expect(rawText(future, { kind: 'user', raw: null })).toBe('unknown');
	});
});

describe('which way is better', () => {
	it('in words, for each direction', () => {
		expect(directionText({ direction: 'higher' })).toBe('more is better');
		expect(directionText({ direction: 'lower' })).toBe('less is better');
	});
});

describe('the line under a criterion’s name', () => {
	it.each([
		// The first sentence ends at ". " before a capital letter, an opening bracket or a quote.
		['Cost per hour. Billed monthly.', 'Cost per hour.'],
		['Cost per hour! (Billed monthly.)', 'Cost per hour!'],
		['Is there an SLA? “Yes” counts.', 'Is there an SLA?'],
		// Several spaces after the full stop still end the sentence.
		['Cost per hour.   Billed monthly.', 'Cost per hour.'],
		// A full stop before a small letter does not ("e.g. this").
		['Price e.g. of the smallest server. More.', 'Price e.g. of the smallest server.'],
		// Leading and trailing spaces go, whether or not a sentence end is found.
		['   Cost per hour. Billed monthly.', 'Cost per hour.'],
		['  no sentence end here  ', 'no sentence end here'],
		// An aside in brackets of 25 characters or more goes with the spaces before it…
		['Entry price  (billed per hour, on demand, in US $) of a server.', 'Entry price of a server.'],
		// … even with no space before it …
		['Entry price(billed per hour, on demand, in US $) of a server.', 'Entry price of a server.'],
		// … but a short one stays (“(per hour)” is 10 characters).
		['Entry price (per hour) of a server.', 'Entry price (per hour) of a server.']
	])('%j → %j', (description, line) => {
		expect(shortDescription(description)).toBe(line);
	});
});
