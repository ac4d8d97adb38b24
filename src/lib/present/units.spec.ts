import { describe, expect, it } from 'vitest';
import { grouped, quantity, unitWords } from './units';

describe('units in words', () => {
	it('shows a unit typed as a property name of Object as written (issue 21)', () => {
		for (const unit of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
			expect(quantity({ id: 'u-mine', unit }, 2)).toBe(`2 ${unit}`);
	});

	it.each([
		[{ id: 'data-centres', unit: 'count' }, 1, '1 data centre'],
		[{ id: 'data-centres', unit: 'count' }, 4, '4 data centres'],
		[{ id: 'tooling', unit: 'count' }, 3, '3 libraries'],
		[{ id: 'compliance', unit: 'count' }, 0, '0 audits'],
		[{ id: 'api-maturity', unit: 'years' }, 4, '4 years since the API launched'],
		[{ id: 'billing-increment', unit: 'h' }, 1, '1 hour'],
		[{ id: 'billing-increment', unit: 'h' }, 0.5, '0.5 hours'],
		[{ id: 'startup-time', unit: 's' }, 100, '100 seconds'],
		[{ id: 'u-mine', unit: 'count' }, 2, '2'],
		[{ id: 'entry-price', unit: '$/h' }, 0.02, '0.02 $/h'],
		[{ id: 'u-latency', unit: 'ms' }, 80, '80 ms'],
		[{ id: 'u-plain', unit: '' }, 7, '7']
	])('%o %d → %s', (criterion, amount, text) => {
		expect(quantity(criterion, amount)).toBe(text);
	});

	it('a unit without an amount is plural, and "level" has no words', () => {
		expect(unitWords({ id: 'data-centres', unit: 'count' })).toBe('data centres');
		expect(unitWords({ id: 'support', unit: 'level' })).toBe('');
	});
});

describe('shortDescription', () => {
	it('keeps the first sentence without its long asides', async () => {
		const { shortDescription } = await import('./values');
		expect(
			shortDescription(
				"Hourly on-demand price of the provider's smallest Linux server (US price where there are several). More."
			)
		).toBe("Hourly on-demand price of the provider's smallest Linux server.");
		expect(shortDescription('Hourly price of a mid-size (2-8 GB) Linux server. Second.')).toBe(
			'Hourly price of a mid-size (2-8 GB) Linux server.'
		);
		expect(shortDescription('No full stop')).toBe('No full stop');
	});
});

describe('grouped', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[10_000, '10,000'],
		[1_234_567, '1,234,567'],
		[-8000, '-8,000']
	])('writes %d as %s, as English does', (n, text) => {
		expect(grouped(n)).toBe(text);
		// The same as the browser's English formatting, which it replaces.
		expect(grouped(n)).toBe(n.toLocaleString('en'));
	});
});
