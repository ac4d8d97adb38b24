/**
 * The person's own data in a link: the change set (`Edits`) as compact JSON, deflated (fflate) and
 * written in base64url, so a 10-provider × 12-criterion comparison fits in well under 2,000
 * characters. Reading it back is bounded: the compressed text is capped by the link length, the
 * inflated JSON by `MAX_PAYLOAD_BYTES` (a "zip bomb" stops there), and every item is checked with
 * the scenario's zod schemas on its own, so one bad provider does not cost the rest.
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
import { z } from '$lib/zod';
import {
	EditsSchema,
	IdSchema,
	LIMITS,
	UserCriterionSchema,
	UserGroupSchema,
	UserProviderSchema,
	UserValueSchema,
	emptyEdits,
	type Edits
} from '$lib/scenario/schema';
import { scaleFromLink } from '$lib/scenario/scale-kinds';
import { ScaleSchema } from '$lib/scenario/scale-schema';

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

const where = (path: readonly PropertyKey[]) => path.map(String).join('.');
function firstIssue(error: z.core.$ZodError): string {
	const issue = error.issues[0];
	return issue ? `${where(issue.path) || 'the value'}: ${issue.message}` : 'invalid';
}

export interface DecodedEdits {
	edits: Edits;
	/** Plain sentences: what was dropped and why. */
	problems: string[];
}

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

const isId = (text: string) => IdSchema.safeParse(text).success;
const record = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The link's criteria with each scale in its full form (anything else is left for the schema to judge). */
function expandScales(criteria: unknown): unknown {
	if (!Array.isArray(criteria)) return criteria;
	return criteria.map((c: unknown) =>
		c && typeof c === 'object' && !Array.isArray(c) && 'scale' in c
			? { ...c, scale: scaleFromLink(c.scale) }
			: c
	);
}

/** Compact JSON → edits, item by item. */
function validateEdits(json: unknown): DecodedEdits {
	const problems: string[] = [];
	const edits = emptyEdits();
	const root = record(json);
	if (json === null || typeof json !== 'object' || Array.isArray(json))
		return { edits, problems: ['The data added to this comparison is not in the expected shape.'] };
	const parts = ['values', 'providers', 'criteria', 'groups', 'scales', 'removed', 'names', 'order'];
	const strange = Object.keys(root).filter((k) => !parts.includes(k));
	if (strange.length)
		problems.push(
			`Ignored ${strange.length} unknown part${strange.length === 1 ? '' : 's'} of the link’s data.`
		);
	for (const key of ['values', 'scales'])
		if (
			root[key] !== undefined &&
			(typeof root[key] !== 'object' || root[key] === null || Array.isArray(root[key]))
		)
			problems.push(`The link’s ${key} are not in the expected shape; ignored.`);

	const keep = <T>(schema: z.ZodMiniType<T>, items: unknown, label: string, max: number): T[] => {
		const list = Array.isArray(items) ? items : [];
		if (items !== undefined && !Array.isArray(items))
			problems.push(`The ${label}s in the link are not a list; ignored.`);
		if (list.length > max) problems.push(`The link has ${list.length} ${label}s; kept the first ${max}.`);
		const kept: T[] = [];
		list.slice(0, max).forEach((item, i) => {
			const parsed = schema.safeParse(item);
			if (parsed.success) kept.push(parsed.data);
			else problems.push(`Dropped ${label} ${i + 1} of the link: ${firstIssue(parsed.error)}.`);
		});
		return kept;
	};
	edits.providers = keep(UserProviderSchema, root.providers, 'provider', LIMITS.providers);
	edits.criteria = keep(UserCriterionSchema, expandScales(root.criteria), 'criterion', LIMITS.criteria);
	edits.groups = keep(UserGroupSchema, root.groups, 'group', LIMITS.groups);
	edits.scales = Object.create(null);
	for (const [criterion, scale] of Object.entries(record(root.scales))) {
		const parsed = ScaleSchema.safeParse(scaleFromLink(scale));
		if (parsed.success && isId(criterion)) edits.scales[criterion] = parsed.data;
		else problems.push(`Dropped the changed scale of one criterion: it is not a valid scale.`);
	}
	let dropped = 0;
	// Keys come from the link: rows are built without a prototype and looked up with `Object.hasOwn`,
	// so no id can reach an inherited property (`constructor` once reached `Object` itself).
	const values: Edits['values'] = Object.create(null);
	for (const [provider, row] of Object.entries(record(root.values))) {
		for (const [criterion, compact] of Object.entries(record(row))) {
			const parsed = UserValueSchema.safeParse(expandValue(compact));
			if (parsed.success && isId(provider) && isId(criterion)) {
				if (!Object.hasOwn(values, provider)) values[provider] = Object.create(null);
				values[provider]![criterion] = parsed.data;
			} else dropped++;
		}
	}
	edits.values = values;
	// Rows and columns the person removed, renamed or reordered: each part read on its own.
	const shaped = <K extends 'removed' | 'names' | 'order'>(key: K, label: string) => {
		if (root[key] === undefined) return;
		const parsed = EditsSchema.shape[key].safeParse(root[key]);
		if (parsed.success) edits[key] = parsed.data as Edits[K];
		else problems.push(`Dropped the ${label} of the link: ${firstIssue(parsed.error)}.`);
	};
	shaped('removed', 'removed providers and criteria');
	shaped('names', 'new names');
	shaped('order', 'order of rows and columns');
	if (dropped)
		problems.push(`Dropped ${dropped} value${dropped === 1 ? '' : 's'} of the link that could not be read.`);
	// One final check of the whole: what the rest of the app relies on.
	return { edits: EditsSchema.parse(edits), problems };
}
