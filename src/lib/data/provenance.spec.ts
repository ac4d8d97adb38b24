import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeProvenance, splitProvenance } from './provenance';
import type { Dataset } from './schema';

/** Every published file as it is in `data/` (what vite.config.ts cuts in two for the browser). */
const files = readdirSync('data')
	.filter((f) => f.endsWith('.json'))
	.map((f) => [f, JSON.parse(readFileSync(`data/${f}`, 'utf8')) as Dataset] as const);

describe('a data set file cut into its values and their provenance text', () => {
	it.each(files)('%s: the two parts make the file again, exactly', (_, file) => {
		const { values, provenance } = splitProvenance(structuredClone(file));
		mergeProvenance(values, provenance);
		expect(values).toEqual(file);
	});

	it.each(files)('%s: the values part keeps every figure and kind, and no source, rationale or reason', (_, file) => {
		const { values } = splitProvenance(file);
		for (const [p, provider] of values.providers.entries())
			for (const [id, value] of Object.entries(provider.values)) {
				const whole = file.providers[p]!.values[id]!;
				expect(value).toEqual('raw' in whole ? { kind: whole.kind, raw: whole.raw } : { kind: whole.kind });
			}
		// What the first screen reads besides the values stays: names, scales, descriptions, the data
		// set's notes; of a provider, all but its notes (shown nowhere on the page or in the PDF).
		expect({ ...values, providers: [] }).toEqual({ ...file, providers: [] });
		expect(values.providers.map((p) => ({ ...p, values: {} }))).toEqual(
			file.providers.map((p) => ({ ...p, notes: undefined, values: {} }))
		);
	});

	it('moves the text of cloud-2010 version 3, its first value a libcloud source', () => {
		const file = files.find(([f]) => f === 'cloud-2010.v3.json')![1];
		const { values, provenance } = splitProvenance(file);
		// data/cloud-2010.v3.json, providers[0] (amazon-ec2), values["entry-price"]: $0.02/h, sourced.
		expect(values.providers[0]!.values['entry-price']).toEqual({ kind: 'sourced', raw: 0.02 });
		expect(provenance.values['amazon-ec2']!['entry-price']).toMatchObject({
			source: { date: '2010-11-07', title: expect.stringContaining('libcloud EC2 driver') }
		});
		// The file itself is untouched.
		expect(file.providers[0]!.values['entry-price']).toHaveProperty('source');
	});

	it('puts the text back into the same value objects, so what holds them reads it', () => {
		const file = files.find(([f]) => f === 'cloud-2010.v3.json')![1];
		const { values, provenance } = splitProvenance(file);
		const held = values.providers[0]!.values['entry-price']!;
		const provider = values.providers[0]!;
		mergeProvenance(values, provenance);
		expect(values.providers[0]!.values['entry-price']).toBe(held);
		expect(held).toEqual(file.providers[0]!.values['entry-price']);
		expect(values.providers[0]).toBe(provider);
		expect(provider.notes).toMatch(/^Amazon’s IaaS service/);
	});

	it('leaves out a value with no text, and a provider with none; merging keeps notes it has no word on', () => {
		const file = structuredClone(files.find(([f]) => f === 'cloud-2010.v3.json')![1]);
		const [first, second] = file.providers;
		// Hypothetical values with a figure and no provenance (the schema requires one; the cut does not).
		const criteria = Object.keys(first!.values);
		first!.values = { ...first!.values, 'entry-price': { kind: 'sourced', raw: 0.085 } as never };
		second!.values = { 'entry-price': { kind: 'sourced', raw: 0.1 } as never };
		const { values, provenance } = splitProvenance(file);
		expect(Object.keys(provenance.values[first!.id]!)).toEqual(criteria.filter((c) => c !== 'entry-price'));
		expect(Object.hasOwn(provenance.values, second!.id)).toBe(false);

		// Provenance that names no notes for a provider leaves the notes it already has.
		values.providers[0]!.notes = 'kept';
		mergeProvenance(values, { values: provenance.values, notes: {} });
		expect(values.providers[0]!.notes).toBe('kept');
		expect(values.providers[1]!.values['entry-price']).toEqual({ kind: 'sourced', raw: 0.1 });
	});
});
