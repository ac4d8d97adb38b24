import { deflateRawSync } from 'node:zlib';
import { seededRandom } from '../../src/lib/mcda/random';

/**
 * Mutated links for the server fuzz test: real links the app writes, broken in the ways links break
 * (bytes, escapes, numbers, versions, ids, duplicates, bidi marks, length). Seeded, so a failure
 * repeats. To cover a new link format, add its links to SEED_LINKS (e.g. `v=2&e=<payload>`) and, if it
 * has new kinds of value, a mutation to MUTATIONS.
 */

/** Queries (without `?`) as the app writes them. */
export const SEED_LINKS: readonly string[] = [
	'v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt',
	'v=1&d=cloud-2010.1&w=50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50,50',
	'v=1&d=cloud-2010.1&w=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0&x=amazon-ec2,gogrid',
	'v=1&d=cloud-2010.1&w=20,100,40,10,80,60,30,90,0,100,50,40,20,70,10,100,5&x=the-planet,ibm,ntt',
	'v=1&d=cloud-2010.1&w=2.5,97,1e1,0.001,100,0,0,0,0,0,0,0,0,0,0,0,1',
	'v=1&d=cloud-2010.1&m=weighted-sum&w=10,20,30,40,50,60,70,80,90,100,0,10,20,30,40,50,60',
	// Format 2, as the app writes it today: the newest data set, a treatment of unknowns, a preset,
	// and the person's own provider and criterion in the deflated `e` payload.
	'v=2&d=cloud-2010.2&w=50,60,30,20,30,30,20,50,30,40,40,30,40,40,20,40,40&u=middle&p=balanced',
	'v=2&d=cloud-2010.1&w=0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,50&x=ntt&u=omit&e=VY-xDsIwDET_xXOQYOjSXwAmJBbUITQGWbRJ5SStUJV_xw2JEJt9ucs9rzDrIaKHdoW4G8g6g2XWAW3_hrZpUlIwsZvJIIvztgIZaH9-BVaPEoNT3SdJPxyPoh2vZ0idgp4pIJPO-eovHQqe7OKU__QTohElWgoijF5mQ4x9IGdFGNyCLJrv9ZBRX2Q3GmFBvT0sjr0kD_u9gjt-RzmgIpfKDSmX_h1UywvfJa-pSx8',
	// A piecewise-linear scale in its compact link form (Largest server: 1/8/64 GB → 0/70/100).
	'v=2&d=cloud-2010.3&w=25,0,0,0,75,0,0,0,0,0,0,0,0,0,0,0,0&e=q1YqTk7MSS1WsqpWykksSk8tLtEtSsxVsopWKshMTU4tzyxOVdIx1DHQsdAxN9AxM9ExNDCIra0FAA'
];

/** The app's own seeded generator (mulberry32): deterministic across runs and machines. */
export const random = seededRandom;

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const at = (rand: Rand, s: string) => Math.floor(rand() * (s.length + 1));

const NUMBERS = [
	'1e309',
	'-1e308',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'0x10',
	'1_000',
	'1e-400',
	'9'.repeat(400),
	'',
	' 5',
	'5 ',
	'+7',
	'.',
	'--1',
	'1,5'
];
const WEIRD = [
	'\u202e',
	'\u200f',
	'\u200e',
	'\u2066',
	'\ufeff',
	'\u0000',
	'\r\n',
	'\t',
	'\ud800',
	'😀',
	'é',
	'\u00a0',
	'%',
	'%2',
	'%ZZ',
	'%E0%A4%A',
	'%C0%AF',
	'%00',
	'%u202e',
	'&',
	'=',
	'#',
	'+',
	';',
	'?',
	'/',
	'\\',
	'"',
	"'",
	'<',
	'>',
	'`'
];
const PARAMS = ['v', 'd', 'w', 'x', 'm', 'e', '__proto__', 'constructor', 'utm_source', 'W', 'v[]', ''];

/** Each takes a query and returns it broken one way. */
export const MUTATIONS: readonly ((q: string, rand: Rand) => string)[] = [
	// a random byte inserted, replaced or deleted
	(q, r) => {
		const i = at(r, q);
		const byte = String.fromCharCode(Math.floor(r() * 256));
		return pick(r, [
			q.slice(0, i) + byte + q.slice(i),
			q.slice(0, i) + byte + q.slice(i + 1),
			q.slice(0, i) + q.slice(i + 1)
		]);
	},
	// an awkward character or a broken %-escape somewhere
	(q, r) => {
		const i = at(r, q);
		return q.slice(0, i) + pick(r, WEIRD) + q.slice(i);
	},
	// a number replaced by a huge, tiny, non-finite or malformed one
	(q, r) => {
		const numbers = [...q.matchAll(/\d+(\.\d+)?(e-?\d+)?/g)];
		if (!numbers.length) return q;
		const m = pick(r, numbers);
		return q.slice(0, m.index) + pick(r, NUMBERS) + q.slice(m.index! + m[0].length);
	},
	// an unknown format version, data set or provider id
	(q, r) =>
		pick(r, [
			() => q.replace(/v=\d+/, `v=${pick(r, ['0', '2', '99', '-1', '1.5', 'x', ''])}`),
			() =>
				q.replace(
					/d=[^&]*/,
					`d=${pick(r, ['cloud-2010.0', 'cloud-2010.999', 'nope.1', 'cloud-2010', '.1', '../../etc/passwd'])}`
				),
			() => q.replace(/(&x=[^&]*)?$/, `&x=${pick(r, ['nope', 'ntt,ntt', ',,', 'NTT', '__proto__'])}`),
			() => `${q}&m=${pick(r, ['topsis', '', 'javascript:alert(1)'])}`
		])(),
	// a parameter duplicated, dropped, emptied, or an unknown one added
	(q, r) => {
		const parts = q.split('&');
		const part = pick(r, parts);
		return pick(r, [
			() => `${q}&${part}`,
			() => parts.filter((p) => p !== part).join('&'),
			() => q.replace(part, `${part.split('=')[0]}=`),
			() => `${q}&${pick(r, PARAMS)}=${pick(r, NUMBERS)}`,
			() => [...parts].reverse().join('&')
		])();
	},
	// own data that is hostile: reserved keys, duplicate ids, oversized comparisons
	(q, r) => withHostilePayload(q, r),
	// a very long value (under the 64 KiB head limit)
	(q, r) =>
		`${q}&${pick(r, PARAMS)}=${pick(r, ['9', ',', 'a', '%41', '\u202e'.repeat(1)]).repeat(1 + Math.floor(r() * 12_000))}`
];

/** The `e=` payload as the app writes it: deflated JSON in base64url. */
export const packed = (json: unknown): string =>
	deflateRawSync(Buffer.from(JSON.stringify(json), 'utf8')).toString('base64url');

/** Property names of Object and Object.prototype, and the ids reserved because of them (issue 21). */
const OBJECT_KEYS = [
	'constructor',
	'prototype',
	'__proto__',
	'keys',
	'values',
	'entries',
	'assign',
	'create',
	'is',
	'toString',
	'valueOf',
	'hasOwnProperty'
];
/** A criterion of one's own in the payload's form: 0 to 10 units, more is better. */
export const criterionOf = (id: string, name: string) => ({
	id,
	name,
	group: 'cost',
	unit: 'GB',
	direction: 'higher' as const,
	scale: { kind: 'linear' as const, worst: 0, best: 10 }
});

/**
 * Own-data payloads that once broke the server or the page (issue 21): ids that are property names
 * of Object, duplicate ids, and oversized comparisons (up to 200 providers × 77 criteria with long
 * names, which still fit in a link because they compress well).
 */
export const HOSTILE_PAYLOADS: readonly ((rand: Rand) => unknown)[] = [
	(r) => ({ values: { [pick(r, OBJECT_KEYS)]: { [pick(r, OBJECT_KEYS)]: 1 } } }),
	(r) => {
		const id = pick(r, OBJECT_KEYS);
		return { providers: [{ id, name: 'Hostile', platform: '' }], values: { [id]: { 'entry-price': 1 } } };
	},
	(r) => ({
		criteria: [criterionOf(pick(r, OBJECT_KEYS), 'Hostile')],
		scales: { [pick(r, OBJECT_KEYS)]: 1 }
	}),
	(r) => ({ scales: { [pick(r, OBJECT_KEYS)]: { kind: 'linear', worst: -1e308, best: 1e308 } } }),
	(r) => ({
		providers: [
			{ id: 'dup', name: 'One', platform: 'KVM' },
			{ id: pick(r, ['dup', 'gogrid', 'amazon-ec2']), name: 'Two', platform: 'KVM' }
		],
		criteria: [criterionOf('disk', 'Disk'), criterionOf(pick(r, ['disk', 'entry-price']), 'Again')],
		groups: [
			{ id: 'g', name: 'G' },
			{ id: 'g', name: 'G again' }
		]
	}),
	(r) => {
		const providers = pick(r, [20, 60, 200]);
		const criteria = pick(r, [10, 40, 77]);
		const long = 'a very long name for a comparison '.repeat(2);
		return {
			providers: Array.from({ length: providers }, (_, i) => ({
				id: `p${i}`,
				name: `P${i} ${long}`,
				platform: 'KVM'
			})),
			criteria: Array.from({ length: criteria }, (_, i) => criterionOf(`c${i}`, `C${i} ${long}`)),
			values: { p0: { c0: 5 } }
		};
	}
];

/** A query with its `e=` replaced by a hostile payload. */
export function withHostilePayload(query: string, rand: Rand): string {
	const e = `e=${packed(pick(rand, HOSTILE_PAYLOADS)(rand))}`;
	const v2 = query.replace(/^v=1&d=cloud-2010\.1/, 'v=2&d=cloud-2010.2').replace(/&?w=[^&]*/, '');
	return /(^|&)e=/.test(v2) ? v2.replace(/e=[^&]*/, e) : `${v2}&${e}`;
}

/**
 * `count` mutated queries from `seed`: each a seed link with one to three mutations. Characters a
 * request line cannot carry (outside U+0021–U+00FF) are %-encoded; latin-1 bytes go raw.
 */
export function mutatedLinks(count: number, seed: number, seeds: readonly string[] = SEED_LINKS): string[] {
	const rand = random(seed);
	const links: string[] = [];
	for (let n = 0; n < count; n++) {
		let q = pick(rand, seeds);
		const times = 1 + Math.floor(rand() * 3);
		for (let i = 0; i < times; i++) q = pick(rand, MUTATIONS)(q, rand);
		links.push(sendable(q));
	}
	return links;
}

/** What node:http will put in a request line: U+0021–U+00FF as is, anything else %-encoded UTF-8. */
export function sendable(query: string): string {
	return query.replace(/[^\u0021-\u00ff]/gu, (c) => {
		try {
			return encodeURIComponent(c);
		} catch {
			return '%EF%BF%BD'; // a lone surrogate: send U+FFFD
		}
	});
}
