// The link writer before `deflate.ts` has loaded (the tests' setup loads it, so the test takes it
// away): a comparison with data of its own still gets a link that reopens it.
import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { syntheticOwnComparison } from '$testing/synthetic';
import { levelNine } from './deflate';
import { decodeEdits } from './payload';
import { encodeEdits, stored, useDeflate } from './payload-encode';

const fromBase64Url = (text: string) =>
	Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

describe('stored: deflate without compression (RFC 1951 §3.2.4)', () => {
	it('writes one final block as header 1, LEN, NLEN, bytes', () => {
		// "ab": LEN 2 = 02 00, NLEN = ~2 = fd ff.
		expect([...stored(new TextEncoder().encode('ab'))]).toEqual([1, 2, 0, 0xfd, 0xff, 97, 98]);
		expect([...stored(new Uint8Array())]).toEqual([1, 0, 0, 0xff, 0xff]);
	});

	it('splits at 65,535 bytes, only the last block final, and inflates back byte for byte', () => {
		const bytes = Uint8Array.from({ length: 140_000 }, (_, i) => (i * 7919) % 251);
		const out = stored(bytes);
		// Three blocks: 65,535 + 65,535 + 8,930 bytes, each with its 5-byte header.
		expect(out.length).toBe(140_000 + 15);
		expect([out[0], out[65_540], out[131_080]]).toEqual([0, 0, 1]);
		expect([out[131_081], out[131_082]]).toEqual([8930 & 0xff, 8930 >> 8]);
		const back = inflateSync(out);
		expect(back.length).toBe(bytes.length);
		expect(back.findIndex((b, i) => b !== bytes[i])).toBe(-1);
	});
});

describe('a link written before the deflater has loaded', () => {
	const cloud = latestDataset('cloud-2010');

	it('is uncompressed but reopens the same data, and is compressed once the deflater is here', () => {
		const { edits } = syntheticOwnComparison(cloud, 5, 4);
		let plain: string;
		useDeflate(undefined);
		try {
			plain = encodeEdits(edits);
		} finally {
			useDeflate(levelNine);
		}
		// Stored blocks: the JSON itself follows the 5-byte block header.
		const bytes = fromBase64Url(plain);
		expect(bytes[0]).toBe(1);
		const json = new TextDecoder().decode(bytes.subarray(5));
		expect(JSON.parse(json).providers).toHaveLength(edits.providers.length);
		expect(decodeEdits(plain)).toEqual({ edits, problems: [] });
		// The same edits, asked again, are now compressed (the uncompressed text was not kept).
		const packed = encodeEdits(edits);
		expect(packed.length).toBeLessThan(plain.length / 2);
		expect(decodeEdits(packed)).toEqual({ edits, problems: [] });
	});
});
