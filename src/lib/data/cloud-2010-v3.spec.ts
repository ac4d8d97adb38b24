import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesAfterAsOf, isAfter } from './dates';
import { findDataset, latestDataset } from './datasets';
import { presetsFor } from '$lib/scenario/presets';
import { parseDataset } from './validate';

const FILE = 'data/cloud-2010.v3.json';
const v3 = parseDataset(FILE, JSON.parse(readFileSync(FILE, 'utf8')));
const v2 = findDataset('cloud-2010', 2)!;
const value = (provider: string, criterion: string) => v3.providers.find((p) => p.id === provider)!.values[criterion];

describe('cloud-2010 v3: the audit of v2 answered', () => {
	it('is version 3 of the same providers, hypervisors and criteria, so presets, timeline and links carry over', () => {
		expect(v3.version).toBe(3);
		expect(v3.asOf).toBe(v2.asOf);
		for (const key of ['providers', 'hypervisors', 'criteria'] as const)
			expect(v3[key].map((x) => x.id)).toEqual(v2[key].map((x) => x.id));
		expect(Object.keys(presetsFor(v3)[0]!.weights).sort()).toEqual(v3.criteria.map((c) => c.id).sort());
	});

	it('is published: / opens version 3, and version 2 stays for its links', () => {
		expect(findDataset('cloud-2010', 3)).toBeDefined();
		expect(latestDataset('cloud-2010').version).toBe(3);
		expect(findDataset('cloud-2010', 2)).toBeDefined();
	});

	it('answers every finding of the audit in its changes list', () => {
		const changes = v3.changes ?? [];
		for (const finding of [...Array.from({ length: 15 }, (_, i) => `F${i + 1}`), 'T1'])
			expect(
				changes.some((c) => c.startsWith(`${finding} `) || c.startsWith(`${finding},`) || c.startsWith(`${finding}–`)),
				finding
			).toBe(true);
	});

	it.each([
		// F1: two sites, from the post already trusted for GoGrid's SLA.
		['gogrid', 'data-centres', 'sourced', 2],
		// F3: libcloud only; jclouds' IBM driver was in the sandbox.
		['ibm', 'tooling', 'sourced', 1],
		// F5: 31 Dec 2009 → 10 Nov 2010 = 314 days; 314 / 365.25 = 0.8597.
		['ibm', 'api-maturity', 'sourced', 0.86],
		// F6: 16 Jul 2009 → 10 Nov 2010 = 482 days; 482 / 365.25 = 1.3196.
		['rackspace', 'api-maturity', 'sourced', 1.32],
		// F14: the cited guide could not be opened.
		['rackspace', 'billing-increment', 'judgement', 1]
	])('%s %s is %s %s', (provider, criterion, kind, raw) => {
		expect(value(provider, criterion)).toMatchObject({ kind, raw });
	});

	it('leaves NTT’s hypervisor outlook unknown, as its guest isolation (F2)', () => {
		expect(value('ntt', 'hypervisor-outlook')?.kind).toBe('unknown');
		expect(value('ntt', 'guest-isolation')?.kind).toBe('unknown');
	});

	it('uses later-dated sources only with a reason: the GoGrid post of January 2011', () => {
		expect(datesAfterAsOf(v3)).toEqual([]);
		const late = v3.providers.flatMap((p) =>
			Object.entries(p.values).flatMap(([c, v]) => (v.kind === 'sourced' && isAfter(v.source.date, v3.asOf) ? [`${p.id}/${c}`] : []))
		);
		expect(late.sort()).toEqual(['gogrid/data-centres', 'gogrid/sla-credit', 'gogrid/sla-uptime']);
	});
});
