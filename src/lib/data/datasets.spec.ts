import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateRange, datesAfterAsOf, isAfter } from './dates';
import { datasets, findDataset, latestDataset } from './datasets';
import { presetsFor } from '$lib/scenario/presets';
import { storyOf } from './stories';
import type { Dataset } from './schema';
import { parseDataset } from './validate';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const cloud = datasets.filter((d) => d.id === 'cloud-2010');

describe('the published data sets', () => {
	it('pass the schema, every file in data/, and parse to exactly their JSON', () => {
		expect(cloud.map((d) => d.version)).toEqual([1, 2, 3]);
		const files = readdirSync('data').filter((f) => f.endsWith('.json'));
		expect(files).toHaveLength(datasets.length);
		for (const name of files) {
			const file = `data/${name}`;
			// The browser takes the bundled files without parsing them again (datasets.ts): that is only
			// right while parsing drops, defaults and changes nothing.
			expect(parseDataset(file, readJson(file))).toStrictEqual(readJson(file));
		}
	});

	it('never edit a published version: v1 is byte for byte the file published with it', () => {
		const hash = createHash('sha256').update(readFileSync('data/cloud-2010.v1.json')).digest('hex');
		expect(hash).toBe('ca59dc15081e3f35f49f456bbc1d8718e9d4dac957414b85b88b8d8d103c56a5');
	});

	it('the newest cloud-2010 is version 3', () => {
		expect(latestDataset('cloud-2010').version).toBe(3);
	});

	describe.each(cloud.map((d) => [`v${d.version}`, d] as const))('cloud-2010 %s', (_, dataset) => {
		it('has the six providers of the article on their hypervisors', () => {
			const hv = Object.fromEntries(dataset.providers.map((p) => [p.name, p.hypervisor]));
			expect(hv).toEqual({
				'Amazon EC2': 'xen',
				'Rackspace Cloud Servers': 'xen',
				GoGrid: 'xen',
				IBM: 'kvm',
				'NTT Communications': 'kvm',
				'The Planet': 'kvm'
			});
		});

		it('has at least 10 criteria covering the six groups', () => {
			expect(dataset.criteria.length).toBeGreaterThanOrEqual(10);
			const groups = new Set(dataset.criteria.map((c) => c.group));
			for (const g of ['cost', 'performance', 'reliability', 'security', 'operations', 'strategy'])
				expect(groups.has(g), g).toBe(true);
		});

		it('gives every value a source with a date, a judgement with a reason, or an explicit unknown', () => {
			for (const p of dataset.providers)
				for (const c of dataset.criteria) {
					const v = p.values[c.id];
					expect(v, `${p.id}/${c.id}`).toBeDefined();
					if (v?.kind === 'sourced') expect(v.source.date).toMatch(/^\d{4}/);
					if (v?.kind === 'judgement') expect(v.rationale.length).toBeGreaterThan(10);
					if (v?.kind === 'unknown') expect(v.reason.length).toBeGreaterThan(10);
				}
		});

		it('names every criterion uniquely (names label the form and head the tables)', () => {
			const names = dataset.criteria.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
		});

		it('has presets that weight only its own criteria, within 0–100', () => {
			const ids = new Set(dataset.criteria.map((c) => c.id));
			const presets = presetsFor(dataset);
			expect(presets.map((p) => p.id)).toEqual(['balanced', 'startup', 'rhel-kvm', 'security']);
			for (const preset of presets) {
				// Every criterion of this version has a weight: none is left at 0 by a missing entry.
				expect(Object.keys(preset.weights).sort(), preset.id).toEqual([...ids].sort());
				for (const w of Object.values(preset.weights)) {
					expect(w).toBeGreaterThanOrEqual(0);
					expect(w).toBeLessThanOrEqual(100);
				}
			}
		});
	});

	it('presets name only criteria that exist in some version of their data set', () => {
		for (const [id, presets] of ['cloud-2010', 'cloud-2026'].map((d) => [d, storyOf(d)!.presets] as const)) {
			const known = new Set(datasets.filter((d) => d.id === id).flatMap((d) => d.criteria.map((c) => c.id)));
			for (const preset of presets)
				for (const criterion of Object.keys(preset.weights))
					expect(known.has(criterion), `${preset.id}: ${criterion}`).toBe(true);
		}
	});

	it('keeps v1 presets as they were published (the default weights of old links)', () => {
		const v1 = findDataset('cloud-2010', 1)!;
		expect(Object.values(presetsFor(v1)[0]!.weights)).toEqual([
			50, 60, 30, 20, 30, 20, 50, 30, 40, 40, 30, 40, 40, 20, 40, 30, 30
		]);
	});
});

describe('cloud-2010 v2: one as-of date', () => {
	const v2 = findDataset('cloud-2010', 2)!;

	it('is as of RHEL 6 GA and says why', () => {
		expect(v2.asOf).toBe('2010-11-10');
		expect(v2.asOfRationale).toMatch(/RHEL 6|Red Hat Enterprise Linux 6/);
		expect(v2.changes?.length).toBeGreaterThanOrEqual(13);
	});

	it('has no value dated after the as-of date without a note saying why it is used', () => {
		expect(datesAfterAsOf(v2)).toEqual([]);
	});

	it('uses later-dated sources only with a note (GoGrid’s SLA is the one)', () => {
		const late = v2.providers.flatMap((p) =>
			Object.entries(p.values).flatMap(([c, v]) =>
				v.kind === 'sourced' && isAfter(v.source.date, v2.asOf) ? [`${p.id}/${c}`] : []
			)
		);
		expect(late).toEqual(['gogrid/sla-uptime', 'gogrid/sla-credit']);
	});

	it('flags a later-dated value added without a note', () => {
		const copy = structuredClone(v2) as Dataset;
		const value = copy.providers[0]!.values['entry-price']!;
		if (value.kind !== 'sourced') throw new Error('EC2 entry price is sourced');
		value.source.date = '2010-11-30';
		copy.providers[1]!.hypervisorSource.date = '2011';
		const sla = copy.providers[2]!.values['sla-uptime']!;
		if (sla.kind === 'sourced') delete sla.source.appliesAfterAsOf;
		expect(datesAfterAsOf(copy)).toEqual([
			{ providerId: 'amazon-ec2', field: 'entry-price', date: '2010-11-30' },
			{ providerId: 'rackspace', field: 'hypervisorSource', date: '2011' },
			{ providerId: 'gogrid', field: 'sla-uptime', date: '2011-01-18' }
		]);
	});

	it('v1 (as of mid-2010) has such values: the audit’s finding, kept as published', () => {
		const v1 = findDataset('cloud-2010', 1)!;
		expect(datesAfterAsOf(v1).length).toBeGreaterThan(0);
	});
});

describe('fact dates', () => {
	it.each([
		['2010', ['2010-01-01', '2010-12-31']],
		['2010-02', ['2010-02-01', '2010-02-28']],
		['2012-02', ['2012-02-01', '2012-02-29']],
		['2010-11-10', ['2010-11-10', '2010-11-10']]
	])('%s covers %j', (date, range) => {
		expect(dateRange(date)).toEqual(range);
	});

	it.each([
		['2010-11-11', '2010-11-10', true],
		['2010-11-10', '2010-11-10', false],
		['2010-11', '2010-11-10', false],
		['2010', '2010-11-10', false],
		['2011', '2010-11-10', true],
		['2010-06-01', '2010-05', true],
		['2010-05-31', '2010-05', false]
	])('%s after %s: %s', (date, asOf, after) => {
		expect(isAfter(date, asOf)).toBe(after);
	});
});

describe('a broken data file', () => {
	const broken = readJson('src/lib/data/fixtures/broken-values.v1.json');

	it('fails with the file, the field path and what was wrong', () => {
		expect(() => parseDataset('data/cloud-2010.v1.json', broken)).toThrowError(
			/data\/cloud-2010\.v1\.json: providers\.1\.values\.sla-uptime\.raw: expected a number, got "ninety-nine"/
		);
		expect(() => parseDataset('data/cloud-2010.v1.json', broken)).toThrowError(
			/providers\.0\.values\.tooling: missing a value for criterion "tooling"/
		);
	});

	it('rejects a wrong type deep in the file with its path', () => {
		const data = readJson('data/cloud-2010.v2.json') as { criteria: { unit: unknown }[] };
		data.criteria[2]!.unit = 42;
		expect(() => parseDataset('data/x.json', data)).toThrowError(/data\/x\.json: criteria\.2\.unit: .*expected string/i);
	});

	it('rejects a file whose name does not match its id and version', () => {
		expect(() => parseDataset('data/cloud-2010.v2.json', readJson('data/cloud-2010.v1.json'))).toThrowError(
			/must be named cloud-2010\.v1\.json/
		);
	});
});
