import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCloud2026, readFrom, SOURCES_DIR } from '../../../data/build/cloud-2026.js';
import { datesAfterAsOf, isAfter } from './dates';
import { findDataset } from './datasets';
import type { Dataset, Source } from './schema';
import { parseDataset } from './validate';

const FILE = 'data/cloud-2026.v1.json';
const committed = (): unknown => JSON.parse(readFileSync(FILE, 'utf8'));
const read = readFrom(SOURCES_DIR);
/** The extracts with one file's text replaced, to show the build reads (and checks) what it cites. */
const readWith =
	(file: string, edit: (text: string) => string) =>
	(name: string): string =>
		name === file ? edit(read(name)) : read(name);

describe('cloud-2026 v1: rebuilt from its extracts', () => {
	it('the committed file is exactly what `npm run data:build` writes', () => {
		expect(readFileSync(FILE, 'utf8')).toBe(JSON.stringify(buildCloud2026(), null, '\t') + '\n');
	});

	it('passes the data set schema and is published under its id and version', () => {
		const dataset = parseDataset(FILE, committed());
		expect(findDataset('cloud-2026', 1)?.title).toBe(dataset.title);
	});

	it('takes its figures from the extracts: a changed price changes the value', () => {
		const edited = buildCloud2026(readWith('aws-ec2-prices.txt', (t) => t.replace('"t3.nano": 0.005200', '"t3.nano": 0.010000')));
		const ec2 = edited.providers.find((p) => p.id === 'amazon-ec2')!;
		// $0.01/h × 730 h = $7.30 a month.
		expect(ec2.values['entry-price']).toMatchObject({ kind: 'sourced', raw: 7.3 });
	});

	it('refuses an extract that no longer says what it is cited for, naming the file', () => {
		expect(() => buildCloud2026(readWith('linode-types.txt', (t) => t.replace('"g6-nanode-1"', '"g6-gone"')))).toThrowError(
			/linode-types\.txt: no plan g6-nanode-1/
		);
		expect(() => buildCloud2026(readWith('ecb-eurofxref.txt', () => 'Date, JPY\n13 April 2026, 186.75\n'))).toThrowError(
			/ecb-eurofxref\.txt/
		);
	});
});

describe('cloud-2026 v1: derivations, by hand', () => {
	const dataset = committed() as Dataset;
	const value = (provider: string, criterion: string) =>
		dataset.providers.find((p) => p.id === provider)!.values[criterion];

	it.each([
		// t3.nano $0.0052/h × 730 h = $3.796
		['amazon-ec2', 'entry-price', 3.8],
		// m7i.xlarge $0.2016/h × 730 h ÷ 16 GiB = $9.198
		['amazon-ec2', 'ram-price', 9.2],
		// $921.60 ÷ 10,240 GB
		['amazon-ec2', 'egress-price', 0.09],
		// Standard_D4s_v5 $0.192/h × 730 h ÷ 16 GiB = $8.76
		['azure-vms', 'ram-price', 8.76],
		// e2-standard-4 $0.13402284/h × 730 h ÷ 16 GB = $6.1148
		['google-compute-engine', 'ram-price', 6.11],
		// Nanode $0.0075/h × 730 h = $5.475, capped at $5 a month
		['akamai-linode', 'entry-price', 5],
		// Linode 16 GB capped at $96 a month ÷ 16 GB
		['akamai-linode', 'ram-price', 6],
		// €1/1024 per GB × 1.1684 USD/EUR (ECB, 2026-04-13) = $0.001141
		['hetzner-cloud', 'egress-price', 0.00114],
		// CX33 €6.49 ÷ 8 GB × 1.1684 = $0.9479 (a labelled estimate)
		['hetzner-cloud', 'ram-price', 0.95],
		// u7in-32tb.224xlarge: 33,554,432 MiB ÷ 1024
		['amazon-ec2', 'largest-ram', 32768]
	])('%s %s = %s', (provider, criterion, expected) => {
		const v = value(provider, criterion);
		expect(v && 'raw' in v ? v.raw : undefined).toBe(expected);
	});
});

describe('cloud-2026 v1: every value is dated, placed and honest about its kind', () => {
	const dataset = parseDataset(FILE, committed());
	const sources: [string, Source][] = dataset.providers.flatMap((p) => [
		[`${p.id}/hypervisor`, p.hypervisorSource] as [string, Source],
		...Object.entries(p.values).flatMap(([c, v]) => (v.kind === 'sourced' ? [[`${p.id}/${c}`, v.source] as [string, Source]] : []))
	]);

	it('has no date after the as-of date, and needs no exception to say so', () => {
		expect(dataset.asOf).toBe('2026-07-31');
		expect(sources.filter(([, s]) => isAfter(s.date, dataset.asOf)).map(([id]) => id)).toEqual([]);
		expect(sources.filter(([, s]) => s.appliesAfterAsOf).map(([id]) => id)).toEqual([]);
		expect(datesAfterAsOf(dataset)).toEqual([]);
	});

	it('has the six providers on their hypervisor families', () => {
		expect(Object.fromEntries(dataset.providers.map((p) => [p.name, p.hypervisor]))).toEqual({
			'Amazon EC2': 'nitro',
			'Microsoft Azure Virtual Machines': 'hyper-v',
			'Google Compute Engine': 'kvm',
			'Akamai Cloud (Linode)': 'kvm',
			'Hetzner Cloud': 'kvm',
			DigitalOcean: 'kvm'
		});
	});

	it('has at least 10 criteria across the six groups, and at least half of its values sourced', () => {
		expect(dataset.criteria.length).toBeGreaterThanOrEqual(10);
		expect(new Set(dataset.criteria.map((c) => c.group))).toEqual(
			new Set(['cost', 'performance', 'reliability', 'security', 'operations', 'platform'])
		);
		const values = dataset.providers.flatMap((p) => Object.values(p.values));
		const sourced = values.filter((v) => v.kind === 'sourced').length;
		expect(sourced * 2).toBeGreaterThanOrEqual(values.length);
	});

	it('names the region and currency of every value where the reader sees it', () => {
		const texts = dataset.providers.flatMap((p) =>
			Object.entries(p.values).map(([c, v]) => {
				const text = v.kind === 'sourced' ? (v.source.note ?? '') : v.kind === 'judgement' ? v.rationale : v.reason;
				return [`${p.id}/${c}`, text] as const;
			})
		);
		expect(texts.filter(([, t]) => !/Region: [^.]+\. Currency: [^.]+\./.test(t)).map(([id]) => id)).toEqual([]);
	});
});
