import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { formatScore } from '$lib/present/format';
import { setValue } from '$lib/scenario/data-edits';
import { syntheticOwnComparison } from '$testing/synthetic';
import { EditsSchema, ScenarioSchema, type Edits, type Scenario } from '$lib/scenario/schema';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from './codec';
import { decodeEdits, encodeEdits, MAX_PAYLOAD_BYTES, PayloadError } from './payload';

const cloud = latestDataset('cloud-2010');
const b64url = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const packed = (json: string) => b64url(deflateSync(strToU8(json), { level: 9 }));

/** A comparison of the person's own: `providers` × `criteria` with names, every value filled. */
const custom = (providers: number, criteria: number) => syntheticOwnComparison(cloud, providers, criteria);

describe('the edits payload', () => {
	it('round-trips a change set exactly', () => {
		const s = custom(3, 2);
		const withNote = setValue(s, 'amazon-ec2', 'entry-price', {
			kind: 'user',
			raw: 0.085,
			note: 'm1.small, March 2010',
			url: 'https://example.org/price'
		});
		expect(decodeEdits(encodeEdits(withNote.edits))).toEqual({ edits: withNote.edits, problems: [] });
	});

	it('fits a 10 × 12 comparison with names in well under 2,000 characters of link', () => {
		const s = custom(10, 12);
		const query = encodeScenario(s, cloud);
		expect(query.length).toBeLessThan(2000);
		const back = decodeScenario(query);
		expect(back.problems).toEqual([]);
		expect(back.scenario).toEqual(s);
		const rank = (x: Scenario) =>
			evaluate(cloud, x).ranking.map((r) => `${r.provider.name} ${formatScore(r.score)}`);
		expect(rank(back.scenario)).toEqual(rank(s));
	});

	it('says plainly when a comparison is too large for a link', { timeout: 30_000 }, () => {
		const query = encodeScenario(custom(200, 40), cloud);
		expect(query.length).toBeGreaterThan(MAX_QUERY_LENGTH);
		expect(decodeScenario(query).problems.join(' ')).toMatch(/too long/);
		// Saved work in this browser is not bound by the link limit.
		expect(decodeScenario(query, { maxLength: 2_000_000 }).problems).toEqual([]);
	});

	it('stops inflating a "zip bomb" at the cap instead of hanging or running out of memory', () => {
		const bomb = packed(`{"providers":[{"id":"a","name":"${'x'.repeat(MAX_PAYLOAD_BYTES * 4)}"}]}`);
		expect(bomb.length).toBeLessThan(MAX_QUERY_LENGTH);
		expect(() => decodeEdits(bomb)).toThrow(PayloadError);
		expect(() => decodeEdits(bomb)).toThrow(/unpacks to more than 512 KB/);
		const { problems, scenario } = decodeScenario(`v=2&e=${bomb}`);
		expect(problems.join(' ')).toMatch(/could not be read \(it unpacks to more than 512 KB\)/);
		expect(scenario.edits).toEqual(EditsSchema.parse({}));
	});

	it('refuses deeply nested, truncated, non-deflate and non-base64 payloads with a sentence', () => {
		const deep = packed(`{"values":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
		for (const bad of [
			deep,
			packed('{"values":').slice(0, 10),
			'AAAA',
			'not*base64',
			packed('[1,2,3]'),
			packed('null')
		]) {
			const { problems, scenario } = decodeScenario(`v=2&d=cloud-2010.${cloud.version}&e=${bad}`);
			expect(ScenarioSchema.parse(scenario)).toEqual(scenario);
			expect(problems.length, bad).toBeGreaterThan(0);
		}
	});

	it('keeps the valid items of a payload and names the ones it dropped', () => {
		const json = JSON.stringify({
			providers: [
				{ id: 'u-good', name: '<script>alert(1)</script>', platform: 'KVM' },
				{ id: 'BAD ID', name: 'x', platform: '' },
				{ id: 'u-long', name: 'y'.repeat(500), platform: '' }
			],
			values: { 'u-good': { 'entry-price': 0.05, tooling: { evil: true } } }
		});
		const { edits, problems } = decodeEdits(packed(json));
		// Markup in a name is just text: kept as typed, and the page only ever renders it as text.
		expect(edits.providers.map((p) => p.name)).toEqual(['<script>alert(1)</script>']);
		expect(edits.values['u-good']).toEqual({ 'entry-price': { kind: 'user', raw: 0.05 } });
		expect(problems).toEqual([
			'Dropped your provider 2 “x” in the link: id: an id uses lower-case letters, digits and hyphens (64 at most).',
			'Dropped your provider 3 “yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…” in the link: name: Too big: expected string to have <=80 characters.',
			'Dropped the value of “tooling” for “u-good” in the link: “{"evil":true}” is neither a number nor a level.'
		]);
	});
});

describe('link format v2: properties', () => {
	const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
	const text = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0);
	const userValue = fc.record(
		{
			kind: fc.constant('user' as const),
			// JSON has no -0: it reads back as 0, the same value.
			raw: fc.oneof(
				fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
				idArb,
				fc.constant(null)
			),
			// An empty note is no note: the link leaves it out.
			note: fc
				.string({ minLength: 1, maxLength: 40 })
				.map((t) => t.trim())
				.filter(Boolean),
			url: fc.constantFrom('https://example.org/a?b=1', 'http://x.test/')
		},
		{ requiredKeys: ['kind', 'raw'] }
	);
	const edits: fc.Arbitrary<Edits> = fc
		.record({
			values: fc.dictionary(idArb, fc.dictionary(idArb, userValue, { minKeys: 1, maxKeys: 4 }), {
				maxKeys: 4
			}),
			providers: fc.uniqueArray(
				fc.record({
					id: idArb,
					name: text.map((t) => t.trim()),
					platform: fc.string({ maxLength: 20 }).map((t) => t.trim())
				}),
				{ selector: (p) => p.id, maxLength: 4 }
			)
		})
		.map((e) => EditsSchema.parse(e));

	it('encode → decode is the identity for any change set', () => {
		fc.assert(
			fc.property(edits, (e) => {
				const parsed = EditsSchema.parse(e);
				expect(decodeEdits(encodeEdits(parsed)).edits).toEqual(parsed);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('decoding never throws on a mutated payload and always gives a valid scenario', () => {
		const good = encodeScenario(custom(3, 3), cloud);
		fc.assert(
			fc.property(fc.nat(), fc.nat({ max: 12 }), fc.string({ maxLength: 6 }), (at, cut, insert) => {
				const i = at % good.length;
				const query = good.slice(0, i) + insert + good.slice(i + cut);
				const { scenario } = decodeScenario(query);
				expect(ScenarioSchema.parse(scenario)).toEqual(scenario);
			}),
			{ numRuns: 3000 }
		);
	}, 60_000);
});
