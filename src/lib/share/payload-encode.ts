/**
 * Writing the person's own data into a link's `e` parameter: the change set as compact JSON,
 * deflated (fflate) and written in base64url. The format, and reading it back, is `payload.ts`
 * (fetched with the link decoder; this half is in the first load, the link is written on every change).
 *
 * The deflater itself is not: `/` on a first visit has no data of its own, so it never compresses.
 * `deflate.ts` hands it over, and is imported by everything through which data of one's own can
 * arrive: the link decoder (links, saved work, files) and the "Your data" section (the grid, the
 * editors, import). A comparison with data of its own exists only after one of those has loaded.
 * Should a new way in forget that import, the link is still written, uncompressed (`stored`), and
 * compressed from the next change on once `deflate.ts` has loaded: longer, never wrong, never a throw.
 */
import type { Edits, UserValue } from '$lib/scenario/model';
import { scaleToLink } from '$lib/scenario/scale-kinds';

type CompactValue = UserValue['raw'] | [UserValue['raw'], string?, string?];

function compactValue(value: UserValue): CompactValue {
	if (!value.note && !value.url) return value.raw;
	return value.url ? [value.raw, value.note ?? '', value.url] : [value.raw, value.note ?? ''];
}

let deflate: ((bytes: Uint8Array) => Uint8Array) | undefined;

/** Called once by `deflate.ts` with fflate's `deflateSync` (level 9); by a test with none. */
export function useDeflate(deflater: ((bytes: Uint8Array) => Uint8Array) | undefined): void {
	deflate = deflater;
}

/**
 * Bytes as a deflate stream of stored (uncompressed) blocks, RFC 1951 §3.2.4: per block of at most
 * 65,535 bytes, a header byte (BFINAL on the last, BTYPE 00), LEN and its one's complement NLEN
 * (little-endian), then the bytes. Any inflater reads it as it reads fflate's output.
 */
export function stored(bytes: Uint8Array): Uint8Array {
	const blocks = Math.max(1, Math.ceil(bytes.length / 0xffff));
	const out = new Uint8Array(bytes.length + 5 * blocks);
	let at = 0;
	for (let b = 0; b < blocks; b++) {
		const part = bytes.subarray(b * 0xffff, (b + 1) * 0xffff);
		out[at] = b === blocks - 1 ? 1 : 0;
		out[at + 1] = part.length & 0xff;
		out[at + 2] = part.length >> 8;
		out[at + 3] = ~part.length & 0xff;
		out[at + 4] = (~part.length >> 8) & 0xff;
		out.set(part, at + 5);
		at += 5 + part.length;
	}
	return out;
}

/** base64url without padding (RFC 4648 §5), for bytes; works in Node and the browser alike. */
function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Edits → the `e` parameter's text. Memoised by the edits' identity (a scenario's edits are replaced,
 * never changed): the link is rewritten on every weight change, and compressing a 200 × 40
 * comparison's own data again each time cost about 20 ms per slider step.
 */
const encoded = new WeakMap<Edits, string>();
export function encodeEdits(edits: Edits): string {
	let text = encoded.get(edits);
	if (text === undefined) {
		text = compress(edits);
		// Uncompressed for want of the deflater: not kept, so the next call compresses once it is here.
		if (deflate) encoded.set(edits, text);
	}
	return text;
}

function compress(edits: Edits): string {
	const compact = {
		...(Object.keys(edits.values).length
			? {
					values: Object.fromEntries(
						Object.entries(edits.values).map(([p, row]) => [
							p,
							Object.fromEntries(Object.entries(row).map(([c, v]) => [c, compactValue(v)]))
						])
					)
				}
			: {}),
		...(edits.providers.length ? { providers: edits.providers } : {}),
		...(edits.criteria.length
			? { criteria: edits.criteria.map((c) => ({ ...c, scale: scaleToLink(c.scale) })) }
			: {}),
		...(edits.groups.length ? { groups: edits.groups } : {}),
		...(Object.keys(edits.scales).length
			? {
					scales: Object.fromEntries(
						Object.entries(edits.scales).map(([c, scale]) => [c, scaleToLink(scale)])
					)
				}
			: {}),
		...(edits.removed?.length ? { removed: edits.removed } : {}),
		...(edits.names && Object.keys(edits.names).length ? { names: edits.names } : {}),
		...(edits.order?.providers?.length || edits.order?.criteria?.length ? { order: edits.order } : {})
	};
	// UTF-8, as fflate's strToU8 gives it.
	const bytes = new TextEncoder().encode(JSON.stringify(compact));
	return toBase64Url(deflate ? deflate(bytes) : stored(bytes));
}
