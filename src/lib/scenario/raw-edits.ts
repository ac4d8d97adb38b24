/**
 * The person's own data (a change set, `Edits`) read from outside JSON item by item: each provider,
 * criterion, group, value, scale and name is checked with its own schema, so one bad item costs
 * only itself. What is dropped is named in a plain sentence with its place and reason. The result
 * is raw input for the gate (`resolveScenario`), which then applies the rules across items (unique
 * ids, ids apart from the data set's).
 *
 * A comparison file uses it when its whole structure does not check out (`share/json-file.ts`), and
 * a link's own data always (`share/payload.ts`, its compact form written out in full first), so a
 * bad item is named the same way wherever it came from. Pure TypeScript: no Svelte, no DOM.
 */
import type { z } from '$lib/zod';
import { quote } from './resolve';
import { ScaleSchema } from './scale-schema';
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
} from './schema';

export interface ReadEdits {
	edits: Edits;
	/** One plain sentence per item or part dropped. */
	problems: string[];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isId = (text: string) => IdSchema.safeParse(text).success;
/** Why a key is not an id, in the schema's words ("… are reserved and cannot be ids"). */
const notAnId = (text: string, what: string) =>
	`${quote(text, 30)} is not ${what} id (${IdSchema.safeParse(text).error?.issues[0]?.message ?? 'invalid'})`;
const isRecord = (value: unknown): value is Record<string, unknown> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

/**
 * A zod issue as the reason an item was dropped: "it has no name" for the common case of a missing
 * or empty name, else the field and zod's message ("scale.points: …").
 */
export function reasonOf(error: z.core.$ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'it is not valid';
	const path = issue.path.map(String).join('.');
	if (path === 'name' && (issue.code === 'too_small' || issue.code === 'invalid_type'))
		return 'it has no name';
	if (path === 'id' && issue.code === 'invalid_type') return 'it has no id';
	if (path === '' && issue.code === 'invalid_type')
		return issue.expected === 'array' ? 'it is not a list' : 'it is not an object';
	const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
	return path ? `${path}: ${inner ?? issue.message}` : (inner ?? issue.message);
}

/** An item's name for a sentence, when it has one that reads as text. */
const named = (item: unknown): string =>
	isRecord(item) && typeof item.name === 'string' && item.name.trim() ? ` ${quote(item.name, 30)}` : '';

/**
 * `json` (the `edits` part of a comparison, in full form) → the items that pass their schemas.
 * `from` names the source in sentences ("the file").
 */
export function readEdits(json: unknown, from: string): ReadEdits {
	const problems: string[] = [];
	const edits = emptyEdits();
	if (json === undefined) return { edits, problems };
	if (!isRecord(json))
		return {
			edits,
			problems: [`Your own data in ${from} is not in the expected shape; none of it was read.`]
		};
	const parts = ['values', 'providers', 'criteria', 'groups', 'scales', 'removed', 'names', 'order'];
	const strange = Object.keys(json).filter((k) => !parts.includes(k));
	if (strange.length)
		problems.push(
			`Ignored ${strange.map((k) => quote(k, 20)).join(', ')} in your own data in ${from}: ${strange.length === 1 ? 'it is' : 'they are'} not part of a comparison.`
		);

	const list = <T>(schema: z.ZodMiniType<T>, items: unknown, kind: string, plural: string, max: number) => {
		if (items === undefined) return [];
		if (!Array.isArray(items)) {
			problems.push(`Your ${plural} in ${from} are not a list; none of them was read.`);
			return [];
		}
		if (items.length > max)
			problems.push(`${capital(from)} has ${items.length} ${plural} of your own; kept the first ${max}.`);
		const kept: T[] = [];
		items.slice(0, max).forEach((item, i) => {
			const parsed = schema.safeParse(item);
			if (parsed.success) kept.push(parsed.data);
			else
				problems.push(`Dropped your ${kind} ${i + 1}${named(item)} in ${from}: ${reasonOf(parsed.error)}.`);
		});
		return kept;
	};
	edits.providers = list(UserProviderSchema, json.providers, 'provider', 'providers', LIMITS.providers);
	edits.criteria = list(UserCriterionSchema, json.criteria, 'criterion', 'criteria', LIMITS.criteria);
	edits.groups = list(UserGroupSchema, json.groups, 'group', 'groups', LIMITS.groups);

	// Keys come from outside: records are built without a prototype, and every key must be an id.
	const record = (value: unknown, what: string): [string, unknown][] => {
		if (value === undefined) return [];
		if (isRecord(value)) return Object.entries(value);
		problems.push(`The ${what} in ${from} are not in the expected shape; none of them was read.`);
		return [];
	};
	const scales: Edits['scales'] = Object.create(null);
	for (const [criterion, scale] of record(json.scales, 'changed scales')) {
		const parsed = ScaleSchema.safeParse(scale);
		if (!isId(criterion))
			problems.push(`Dropped a changed scale in ${from}: ${notAnId(criterion, 'a criterion')}.`);
		else if (parsed.success) scales[criterion] = parsed.data;
		else
			problems.push(
				`Dropped the changed scale of ${quote(criterion, 30)} in ${from}: ${reasonOf(parsed.error)}.`
			);
	}
	edits.scales = scales;

	const values: Edits['values'] = Object.create(null);
	for (const [provider, row] of record(json.values, 'values')) {
		if (!isId(provider)) {
			problems.push(`Dropped a row of values in ${from}: ${notAnId(provider, 'a provider')}.`);
			continue;
		}
		if (!isRecord(row)) {
			problems.push(
				`Dropped the values of ${quote(provider, 30)} in ${from}: they are not in the expected shape.`
			);
			continue;
		}
		for (const [criterion, value] of Object.entries(row)) {
			const parsed = UserValueSchema.safeParse(value);
			const where = `the value of ${quote(criterion, 30)} for ${quote(provider, 30)}`;
			if (!isId(criterion))
				problems.push(`Dropped ${where} in ${from}: ${notAnId(criterion, 'a criterion')}.`);
			else if (!parsed.success) {
				const raw = isRecord(value) ? value.raw : undefined;
				const reason =
					parsed.error.issues[0]?.path[0] === 'raw' && raw !== undefined
						? `${quote(typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''), 20)} is neither a number nor a level`
						: reasonOf(parsed.error);
				problems.push(`Dropped ${where} in ${from}: ${reason}.`);
			} else {
				if (!Object.hasOwn(values, provider)) values[provider] = Object.create(null);
				values[provider]![criterion] = parsed.data;
			}
		}
	}
	edits.values = values;

	const names: NonNullable<Edits['names']> = Object.create(null);
	for (const [id, name] of record(json.names, 'new names')) {
		const ok =
			isId(id) && typeof name === 'string' && EditsSchema.shape.names.safeParse({ [id]: name }).success;
		if (ok) names[id] = name.trim();
		else
			problems.push(
				`Dropped the new name of ${quote(id, 30)} in ${from}: it is not a name of at most ${LIMITS.name} characters for an id.`
			);
	}
	if (Object.keys(names).length) edits.names = names;

	// Removed rows and columns, and their order: each a whole part (a list read in part would say
	// something else).
	const whole = <K extends 'removed' | 'order'>(key: K, label: string) => {
		if (json[key] === undefined) return;
		const parsed = EditsSchema.shape[key].safeParse(json[key]);
		if (parsed.success) edits[key] = parsed.data as Edits[K];
		else problems.push(`Dropped ${label} in ${from}: ${reasonOf(parsed.error)}.`);
	};
	whole('removed', 'the providers and criteria you removed');
	whole('order', 'the order of rows and columns');
	// The last word on the whole: what the rest of the app relies on.
	return { edits: EditsSchema.parse(edits), problems };
}
