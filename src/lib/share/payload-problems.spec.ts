import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeEdits, MAX_PAYLOAD_BYTES, PayloadError } from './payload';

const b64url = (bytes: Uint8Array) => {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
/** A link's `e` parameter holding this JSON text, as the page writes it (deflate, base64url). */
const packed = (json: string, level: 0 | 9 = 9) => b64url(deflateSync(strToU8(json), { level }));
const decoded = (value: unknown) => decodeEdits(packed(JSON.stringify(value)));

/** The error `decodeEdits` throws for a text, or a note that it threw none. */
function refusal(text: string): { name: string; message: string } | string {
	try {
		decodeEdits(text);
		return 'no error';
	} catch (error) {
		return error instanceof PayloadError ? { name: error.name, message: error.message } : String(error);
	}
}
const damaged = {
	name: 'PayloadError',
	message: 'it is not a Cloud Scorecard payload (damaged or cut short)'
};

describe('decodeEdits: a payload it cannot read at all says why', () => {
	it.each([
		['a character base64url never has', 'not*base64'],
		['a character at the start', '*AAA'],
		['a character at the end', 'AAA*'],
		['padding, which the page never writes', 'AAA='],
		['a space', 'AA AA']
	])('%s', (_, text) => {
		expect(refusal(text)).toEqual({
			name: 'PayloadError',
			message: 'it has characters a link payload never has'
		});
	});

	it.each([
		// One base64 character is not a whole byte: atob refuses it.
		['base64url of no whole byte', 'A'],
		// Three zero bytes: a deflate block header with nothing after it.
		['bytes that are not deflate', 'AAAA'],
		['deflate of text that is not JSON', packed('{"values":')],
		['JSON cut off in the middle', packed('{"values":{"a":{"b":1}}}').slice(0, 12)]
	])('%s: damaged or cut short', (_, text) => {
		expect(refusal(text)).toEqual(damaged);
	});

	it('refuses a stream cut short even when what arrived is valid JSON', () => {
		// Stored (level 0) blocks hold 65,535 bytes each: the first holds the JSON and spaces, the cut
		// falls in the second, so only the missing end of the stream says it is incomplete.
		const whole = packed(`{"names":{}}${' '.repeat(70_000)}`, 0);
		expect(decodeEdits(whole).problems).toEqual([]);
		expect(refusal(whole.slice(0, -40))).toEqual(damaged);
	});

	it('reads a payload of exactly 512 KB and refuses one byte more', () => {
		// `{"names":{},"pad":"` is 19 characters and `"}` 2: 21 around the padding.
		const text = (size: number) => `{"names":{},"pad":"${'x'.repeat(size - 21)}"}`;
		expect(text(MAX_PAYLOAD_BYTES)).toHaveLength(524_288);
		expect(decodeEdits(packed(text(MAX_PAYLOAD_BYTES))).problems).toEqual([
			'Ignored “pad” in your own data in the link: it is not part of a comparison.'
		]);
		expect(refusal(packed(text(MAX_PAYLOAD_BYTES + 1)))).toEqual({
			name: 'PayloadError',
			message: 'it unpacks to more than 512 KB'
		});
	});
});

describe('decodeEdits: a payload of the wrong shape keeps what it can and names the rest', () => {
	const empty = { values: {}, providers: [], criteria: [], groups: [], scales: {} };

	it.each([['[1,2,3]'], ['null'], ['"text"'], ['42']])('%s is not a change set', (json) => {
		expect(decodeEdits(packed(json))).toEqual({
			edits: empty,
			problems: ['Your own data in the link is not in the expected shape; none of it was read.']
		});
	});

	it('names unknown parts, one or several, and still reads the known ones', () => {
		expect(decoded({ colour: 'red', groups: [{ id: 'g', name: 'Mine' }] })).toEqual({
			edits: { ...empty, groups: [{ id: 'g', name: 'Mine' }] },
			problems: ['Ignored “colour” in your own data in the link: it is not part of a comparison.']
		});
		expect(decoded({ colour: 'red', size: 3, weights: {} }).problems).toEqual([
			'Ignored “colour”, “size”, “weights” in your own data in the link: they are not part of a comparison.'
		]);
	});

	it.each([
		['a list', [{ 'entry-price': 1 }]],
		// A string's characters are entries too ("0" → "a"): it must not be read as rows of values.
		['a string', 'abc'],
		['a number', 5],
		['null', null]
	])('values that are %s are ignored, with a sentence', (_, values) => {
		expect(decoded({ values })).toEqual({
			edits: empty,
			problems: ['The values in the link are not in the expected shape; none of them was read.']
		});
	});

	it('scales that are a list are ignored, with a sentence', () => {
		expect(decoded({ scales: [['linear', 0, 10]] })).toEqual({
			edits: empty,
			problems: ['The changed scales in the link are not in the expected shape; none of them was read.']
		});
	});

	it.each([['providers'], ['criteria'], ['groups']])(
		'%s that are not a list are ignored, with a sentence',
		(key) => {
			expect(decoded({ [key]: { id: 'x' } })).toEqual({
				edits: empty,
				problems: [`Your ${key} in the link are not a list; none of them was read.`]
			});
		}
	);

	it('keeps the first 200 providers of a longer list and says how many there were', () => {
		const providers = Array.from({ length: 203 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, platform: '' }));
		const { edits, problems } = decoded({ providers });
		expect(problems).toEqual(['The link has 203 providers of your own; kept the first 200.']);
		expect(edits.providers).toHaveLength(200);
		expect(edits.providers.at(-1)).toEqual({ id: 'p199', name: 'P199', platform: '' });
	});

	it('keeps exactly 20 groups without a word', () => {
		const groups = Array.from({ length: 20 }, (_, i) => ({ id: `g${i}`, name: `G${i}` }));
		expect(decoded({ groups })).toEqual({ edits: { ...empty, groups }, problems: [] });
	});

	it('names a dropped group by its place in the list and its name', () => {
		const { edits, problems } = decoded({
			groups: [
				{ id: 'ok', name: 'Fine' },
				{ id: 'Not Ok', name: 'x' }
			]
		});
		expect(edits.groups).toEqual([{ id: 'ok', name: 'Fine' }]);
		expect(problems).toEqual([
			'Dropped your group 2 “x” in the link: id: an id uses lower-case letters, digits and hyphens (64 at most).'
		]);
	});

	it('names criteria that are not objects by their place in the list', () => {
		const { edits, problems } = decoded({ criteria: [null, 5, 'text', ['linear', 0, 1]] });
		expect(edits.criteria).toEqual([]);
		expect(problems).toEqual([
			'Dropped your criterion 1 in the link: it is not an object.',
			'Dropped your criterion 2 in the link: it is not an object.',
			'Dropped your criterion 3 in the link: it is not an object.',
			'Dropped your criterion 4 in the link: it is not an object.'
		]);
	});

	it('names each value it could not read, and why', () => {
		expect(decoded({ values: { a: { b: { x: 1 } } } }).problems).toEqual([
			'Dropped the value of “b” for “a” in the link: “{"x":1}” is neither a number nor a level.'
		]);
		const { edits, problems } = decoded({ values: { a: { b: 1, C: 2, d: 'Not An Id' }, E: { f: 3 } } });
		// Kept: a/b = 1. Dropped: a/C (criterion id), a/d (raw is neither a number nor an id), row E (provider id).
		expect(edits.values).toEqual({ a: { b: { kind: 'user', raw: 1 } } });
		expect(problems).toEqual([
			'Dropped the value of “C” for “a” in the link: “C” is not a criterion id (an id uses lower-case letters, digits and hyphens (64 at most)).',
			'Dropped the value of “d” for “a” in the link: “Not An Id” is neither a number nor a level.',
			'Dropped a row of values in the link: “E” is not a provider id (an id uses lower-case letters, digits and hyphens (64 at most)).'
		]);
	});

	// The first issue zod finds, with its path where it is inside the part.
	it.each([
		['removed', 'x', 'Dropped the providers and criteria you removed in the link: it is not a list.'],
		[
			'removed',
			['a', 'a'],
			'Dropped the providers and criteria you removed in the link: an id is named twice.'
		],
		['names', ['x'], 'The new names in the link are not in the expected shape; none of them was read.'],
		[
			'order',
			{ providers: ['a', 'a'] },
			'Dropped the order of rows and columns in the link: providers: a provider is named twice.'
		]
	])('a bad %s part is dropped on its own, saying what was wrong', (key, value, problem) => {
		const { edits, problems } = decoded({ [key]: value, groups: [{ id: 'g', name: 'G' }] });
		expect(problems).toEqual([problem]);
		expect(Object.keys(edits).sort()).toEqual(['criteria', 'groups', 'providers', 'scales', 'values']);
		expect(edits.groups).toEqual([{ id: 'g', name: 'G' }]);
	});

	it('keeps good removed, names and order parts as they are, and adds none that are absent', () => {
		const parts = { removed: ['ibm'], names: { gogrid: 'GoGrid Cloud' }, order: { criteria: ['b', 'a'] } };
		expect(decoded(parts)).toEqual({ edits: { ...empty, ...parts }, problems: [] });
		expect(Object.keys(decoded({}).edits).sort()).toEqual([
			'criteria',
			'groups',
			'providers',
			'scales',
			'values'
		]);
	});
});
