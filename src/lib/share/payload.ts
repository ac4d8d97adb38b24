/**
 * The person's own data in a link: the change set (`Edits`) as compact JSON, deflated (fflate) and
 * written in base64url, so a 10-provider × 12-criterion comparison fits in well under 2,000
 * characters. Reading it back is bounded: the compressed text is capped by the link length, the
 * inflated JSON by `MAX_PAYLOAD_BYTES` (a "zip bomb" stops there), and every item is checked with
 * the scenario's zod schemas on its own, so one bad provider does not cost the rest: by the reader a
 * comparison file's own data goes through too (`scenario/raw-edits.ts`), once the compact form is
 * written out in full.
 *
 * Compact form: a value the person entered is written as its raw value alone (`12.5`, `"high"`,
 * `null` for unknown), or `[raw, note, url]` when it has a note or link. A scale (changed, or of
 * the person's criterion) is written in its kind's compact form where it has one (`scaleToLink`,
 * e.g. `["piecewise", 1, 0, 8, 70, 64, 100]`), else as it is: links written before hold objects
 * only, so they read exactly as they did.
 *
 * This module reads a payload (zod, inflate) and is fetched with the link decoder; writing one is
 * `payload-encode.ts`, in the first load, since the page writes its link on every change. fflate
 * itself (the inflater, and the deflater that writes such a link back) is `inflate.ts`, fetched only
 * for a link that carries a payload (`readers.ts`).
 */
import type { Inflate, strFromU8 } from 'fflate';
import type { Edits } from '$lib/scenario/schema';
import { readEdits } from '$lib/scenario/raw-edits';
import { scaleFromLink } from '$lib/scenario/scale-kinds';

/** The largest inflated payload read (bytes); far above any real comparison (200 × 40 is ~60 KB). */
export const MAX_PAYLOAD_BYTES = 512 * 1024;

/** The writing half, for those that read and write (the tests). */
export { encodeEdits } from './payload-encode';

export class PayloadError extends Error {
	override name = 'PayloadError';
}

/**
 * fflate's inflater, handed over by `inflate.ts`. Apart from this module because fflate builds its
 * code tables as its module loads, about 45 ms of a phone's start-up task (Lighthouse's 4× CPU),
 * which every link paid though most carry no payload (issue 16).
 */
let inflater: { Inflate: typeof Inflate; strFromU8: typeof strFromU8 } | undefined;
export function useInflater(given: NonNullable<typeof inflater>): void {
	inflater = given;
}

/** A payload read before `inflate.ts` was loaded: a mistake in the app, never the link's fault. */
export class InflaterNotLoaded extends Error {
	override name = 'InflaterNotLoaded';
	constructor() {
		super('A link payload was read before its inflater (share/inflate.ts) was loaded');
	}
}

function expandValue(compact: unknown): unknown {
	if (!Array.isArray(compact)) return { kind: 'user', raw: compact };
	const [raw, note, url] = compact as unknown[];
	return { kind: 'user', raw, ...(note ? { note } : {}), ...(url ? { url } : {}) };
}

function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new PayloadError('it has characters a link payload never has');
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Inflate with a hard cap on the output: stops as soon as the text would pass `max` bytes. */
function inflateCapped(
	bytes: Uint8Array,
	max: number,
	{ Inflate, strFromU8 }: NonNullable<typeof inflater>
): string {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const stream = new Inflate((chunk) => {
		size += chunk.length;
		if (size > max) throw new PayloadError(`it unpacks to more than ${Math.round(max / 1024)} KB`);
		chunks.push(chunk);
	});
	try {
		stream.push(bytes, true);
	} catch (error) {
		if (error instanceof PayloadError) throw error;
		throw new PayloadError('it is not a Cloud Scorecard payload (damaged or cut short)');
	}
	const all = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		all.set(chunk, at);
		at += chunk.length;
	}
	return strFromU8(all);
}

export interface DecodedEdits {
	edits: Edits;
	/** Plain sentences: what was dropped and why. */
	problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/** Each entry of a record through `f`; keys from the link land on an object without a prototype. */
function mapEntries(
	record: Record<string, unknown>,
	f: (value: unknown) => unknown
): Record<string, unknown> {
	const out: Record<string, unknown> = Object.create(null);
	for (const [key, value] of Object.entries(record)) out[key] = f(value);
	return out;
}

/**
 * The link's compact JSON in the full form a comparison file holds (each value as
 * `{ kind: 'user', raw, … }`, each scale in its full form), so the one item-by-item reader of one's
 * own data (`readEdits`) reads both. A part not in the expected shape is passed on as it is, for
 * that reader to name.
 */
function expandCompact(json: unknown): unknown {
	if (!isRecord(json)) return json;
	const full: Record<string, unknown> = { ...json };
	if (Array.isArray(json.criteria))
		full.criteria = json.criteria.map((c: unknown) =>
			isRecord(c) && 'scale' in c ? { ...c, scale: scaleFromLink(c.scale) } : c
		);
	if (isRecord(json.scales)) full.scales = mapEntries(json.scales, scaleFromLink);
	if (isRecord(json.values))
		full.values = mapEntries(json.values, (row) => (isRecord(row) ? mapEntries(row, expandValue) : row));
	return full;
}

/** Compact JSON → edits, item by item: one bad item costs only itself, and is named. */
const validateEdits = (json: unknown): DecodedEdits => readEdits(expandCompact(json), 'the link');

/**
 * The `e` parameter's text → edits. Throws `PayloadError` when nothing can be read (not base64url,
 * not deflate, too large, not JSON); otherwise keeps every valid item and names what it dropped.
 */
export function decodeEdits(text: string): DecodedEdits {
	// Outside the `try`: the app's mistake is not said to be the link's.
	if (!inflater) throw new InflaterNotLoaded();
	let json: unknown;
	try {
		json = JSON.parse(inflateCapped(fromBase64Url(text), MAX_PAYLOAD_BYTES, inflater));
	} catch (error) {
		if (error instanceof PayloadError) throw error;
		// atob's DOMException or JSON.parse's SyntaxError (or a stack overflow on absurd nesting).
		throw new PayloadError('it is not a Cloud Scorecard payload (damaged or cut short)');
	}
	return validateEdits(json);
}
