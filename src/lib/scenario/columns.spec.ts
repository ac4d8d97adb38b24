import { describe, expect, test } from 'vitest';
import { headerOf, inferDirection, matchHeader, proposeLevels, splitHeader, yesNo } from './columns';

// The starter's and the 2026 data set's criterion names (data/starter.v1.json, data/cloud-2026.v1.json).
const criteria = [
	'Monthly price',
	'Outbound traffic price',
	'SLA uptime',
	'Regions',
	'Support',
	'Certifications (of 3)',
	'Single-VM SLA uptime'
].map((name) => ({ name }));

describe('headers people write match the criterion they mean', () => {
	test.each([
		['Monthly price', 'Monthly price'],
		['Monthly price ($)', 'Monthly price'],
		['monthly price, USD', 'Monthly price'],
		['  MONTHLY   PRICE  ', 'Monthly price'],
		['Monthly price [USD/month]', 'Monthly price'],
		['Monthly-price (€)', 'Monthly price'],
		['SLA uptime (%)', 'SLA uptime'],
		['SLA Uptime, %', 'SLA uptime'],
		['regions', 'Regions'],
		['Certifications (of 3)', 'Certifications (of 3)'],
		['certifications', 'Certifications (of 3)'],
		['Single VM SLA uptime', 'Single-VM SLA uptime'],
		['Outbound traffic price ($ per GB)', 'Outbound traffic price']
	])('%j → %s', (header, name) => {
		expect(matchHeader(header, criteria)?.name).toBe(name);
	});

	test.each(['Latency (ms)', 'Price', 'EU region', 'Monthly prices per VM'])(
		'%j matches nothing',
		(header) => {
			expect(matchHeader(header, criteria)).toBeUndefined();
		}
	);
});

describe('the unit is read from brackets or after a comma', () => {
	test.each([
		['Monthly price ($)', 'Monthly price', '$'],
		['monthly price, USD', 'monthly price', 'USD'],
		['Latency (ms)', 'Latency', 'ms'],
		['Egress [$/GB]', 'Egress', '$/GB'],
		['Storage, GB', 'Storage', 'GB'],
		['Uptime, % per month', 'Uptime', '% per month'],
		// A comma inside a name that is not followed by a unit stays part of the name.
		['Price, monthly discounted', 'Price, monthly discounted', ''],
		['EU region', 'EU region', '']
	])('%j → name %j, unit %j', (header, name, unit) => {
		expect(splitHeader(header)).toEqual({ name, unit });
	});
});

describe('direction of a new numeric column', () => {
	test.each([
		['Monthly price', '$', 'lower'],
		['Cost', '', 'lower'],
		['Latency', 'ms', 'lower'],
		['Boot time', 's', 'lower'],
		['Setup fee', '', 'lower'],
		['Egress', '$/GB', 'lower'],
		['Storage', 'GB', 'higher'],
		['Uptime', '%', 'higher'],
		['Regions', '', 'higher'],
		['RAM', 'GiB', 'higher'],
		['Free egress', 'GB', 'higher'],
		// Neither kind of word: the person is asked.
		['Billing increment', '', undefined],
		['Carbon intensity', 'gCO2/kWh', undefined],
		['Score from my team', '', 'higher']
	])('%j (%j) → %s', (name, unit, direction) => {
		expect(inferDirection(name, unit)).toBe(direction);
	});
});

describe('proposed reference levels: margin of 10 % of the span, rounded outwards to steps of 10ⁿ or 5 × 10ⁿ⁻¹', () => {
	test.each([
		// 7.99…24: span 16.01, step 5; 7.99 − 1.6 = 6.39 → 5, 24 + 1.6 = 25.6 → 30 (the prices).
		[[7.99, 12, 24], 'lower', '$', { worst: 30, best: 5 }],
		[[7.99, 12, 24], 'higher', '$', { worst: 5, best: 30 }],
		// 20…80 ms: span 60, step 10; 20 − 6 = 14 → 10, 80 + 6 = 86 → 90.
		[[20, 45, 80], 'lower', 'ms', { worst: 90, best: 10 }],
		// 1…3: span 2, step 1; 0.8 → 0, 3.2 → 4.
		[[1, 2, 3], 'higher', '', { worst: 0, best: 4 }],
		// Percentages stay within 0–100: 99.5…99.99, span 0.49, step 0.1; 99.451 → 99.4, 100.039 → 100.1 → 100.
		[[99.5, 99.9, 99.99], 'higher', '%', { worst: 99.4, best: 100 }],
		// Non-negative values never get a negative end: 0…4, span 4, step 1; −0.4 → −1 → 0, 4.4 → 5.
		[[0, 2, 4], 'higher', '', { worst: 0, best: 5 }],
		// One value throughout: the span is the value itself: 50, step 10; 45 → 40, 55 → 60.
		[[50, 50], 'higher', '', { worst: 40, best: 60 }],
		// Negative values keep their sign: −10…10, span 20, step 10; −12 → −20, 12 → 20.
		[[-10, 0, 10], 'higher', '°C', { worst: -20, best: 20 }]
	] as const)('%j %s → %j', (values, direction, unit, levels) => {
		expect(proposeLevels(values, direction, unit)).toEqual(levels);
	});
});

test.each([
	['Yes', 'yes'],
	[' no ', 'no'],
	['TRUE', 'yes'],
	['false', 'no'],
	['maybe', undefined],
	['', undefined]
])('yes/no cell %j → %s', (text, meaning) => {
	expect(yesNo(text)).toBe(meaning);
});

describe('headerOf: the header a criterion is exported under', () => {
	const list = [
		{ name: 'Monthly price', unit: '$ per month' },
		{ name: 'Regions', unit: 'regions' },
		{ name: 'Certifications (of 3)', unit: 'of 3' },
		{ name: 'Arm VMs', unit: 'level' },
		{ name: 'Bandwidth', unit: 'h' },
		{ name: 'Odd', unit: 'USD (excl. VAT)' },
		{ name: 'Price', unit: 'EUR' },
		{ name: 'Price (EUR)', unit: '' }
	];
	test.each([
		// The unit in brackets, which splitHeader reads back as the unit.
		[0, 'Monthly price ($ per month)'],
		// A unit the name already says, and a rating's "level", add nothing.
		[1, 'Regions'],
		[2, 'Certifications (of 3)'],
		[3, 'Arm VMs'],
		// "h" is not the end of the word "Bandwidth": the unit is written.
		[4, 'Bandwidth (h)'],
		// A unit with brackets of its own would not read back as one: the name alone.
		[5, 'Odd'],
		// "Price (EUR)" would name the other criterion: the name alone.
		[6, 'Price']
	])('%i → %j, which matchHeader reads back as the same criterion', (i, header) => {
		expect(headerOf(list[i]!, list)).toBe(header);
		expect(matchHeader(header, list)).toBe(list[i]);
	});
});
