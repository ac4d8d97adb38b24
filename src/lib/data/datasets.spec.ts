import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets, latestDataset } from './datasets';
import { presetsFor } from './presets';
import { parseDataset } from './validate';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the published data set', () => {
	const dataset = latestDataset('cloud-2010');

	it('passes the schema', () => {
		expect(datasets.length).toBeGreaterThan(0);
		expect(() => parseDataset('data/cloud-2010.v1.json', readJson('data/cloud-2010.v1.json'))).not.toThrow();
	});

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
			}
	});

	it('names every criterion uniquely (names label the form and head the tables)', () => {
		const names = dataset.criteria.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('presets only weight criteria that exist, within 0–100', () => {
		const ids = new Set(dataset.criteria.map((c) => c.id));
		const presets = presetsFor(dataset.id);
		expect(presets.length).toBeGreaterThanOrEqual(3);
		for (const preset of presets)
			for (const [id, w] of Object.entries(preset.weights)) {
				expect(ids.has(id), `${preset.id}: ${id}`).toBe(true);
				expect(w).toBeGreaterThanOrEqual(0);
				expect(w).toBeLessThanOrEqual(100);
			}
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
		const data = readJson('data/cloud-2010.v1.json') as { criteria: { unit: unknown }[] };
		data.criteria[2]!.unit = 42;
		expect(() => parseDataset('data/x.json', data)).toThrowError(/data\/x\.json: criteria\.2\.unit: .*expected string/i);
	});

	it('rejects a file whose name does not match its id and version', () => {
		expect(() => parseDataset('data/cloud-2010.v2.json', readJson('data/cloud-2010.v1.json'))).toThrowError(
			/must be named cloud-2010\.v1\.json/
		);
	});
});
