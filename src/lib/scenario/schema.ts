/**
 * The comparison a person sets up, as one serialisable value: which published data set it starts
 * from, the person's own changes on top of it (the change set), and how it is weighed and scored.
 * Page, link, saved work, JSON export and PDF all read and write this one shape; the zod schemas
 * here are the boundary every outside copy (a link, a file, storage) is checked against. Its bounds
 * and helpers are in `model.ts`, without zod: the page's first load uses them and checks nothing.
 */
import { lazySchema, z } from '$lib/zod';
import { notReserved, RESERVED_MESSAGE } from '$lib/data/schema';
import { methodIds, unknownTreatmentIds, weightingIds } from './registry';
import { LIMITS, MAX_WEIGHT } from './model';
import { scaleKind } from './scale-kinds';
import { ScaleSchema } from './scale-schema';
import { isSaaty } from './weighting';

export { emptyEdits, hasEdits, LIMITS, MAX_WEIGHT } from './model';

/** Lists of ids key the page's keyed lists: a repeat would break them. */
const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

const id = lazySchema(() =>
	z
		.string()
		.check(
			z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id uses lower-case letters, digits and hyphens (64 at most)'),
			z.refine(notReserved, RESERVED_MESSAGE)
		)
);
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Optional free text, trimmed, at most `max` characters. */
const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));
/** Links a person adds are only ever http(s): a `javascript:` address can never become a link. */
export const HttpUrlSchema = lazySchema(() => z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)));

/**
 * A value the person entered: a number in the criterion's unit, a rating level's id, or null for
 * "unknown" (they know nobody knows). Note and link say where they got it, if they wish.
 */
export const UserValueSchema = lazySchema(() =>
	z.strictObject({
		kind: z.literal('user'),
		raw: z.nullable(z.union([z.number(), id])),
		note: z.optional(trimmed(LIMITS.note)),
		url: z.optional(HttpUrlSchema)
	})
);

export const UserProviderSchema = lazySchema(() =>
	z.strictObject({
		id,
		name: text(LIMITS.name),
		/** Platform or hypervisor as free text ("KVM", "VMware", "bare metal"). */
		platform: trimmed(LIMITS.name),
		notes: z.optional(trimmed(LIMITS.note))
	})
);

export const UserCriterionSchema = lazySchema(() =>
	z
		.strictObject({
			id,
			name: text(LIMITS.name),
			/** A group id: one of the data set's, or one in `Edits.groups`. */
			group: id,
			unit: trimmed(LIMITS.unit),
			direction: z.enum(['higher', 'lower']),
			scale: ScaleSchema,
			description: z.optional(trimmed(LIMITS.note))
		})
		.check(
			z.superRefine((c, ctx) => {
				for (const { path, message } of scaleKind(c.scale).userProblems(c.scale))
					ctx.addIssue({ code: 'custom', path: ['scale', ...path], message });
			})
		)
);

/** "a|b": two criterion ids, or two group ids marked "@" (the groups compared with each other). */
export const PairKeySchema = lazySchema(() =>
	z.string().check(z.regex(/^@?[a-z0-9][a-z0-9-]{0,63}\|@?[a-z0-9][a-z0-9-]{0,63}$/, 'a pair is "a|b"'))
);
export const JudgementSchema = lazySchema(() =>
	z.number().check(z.refine(isSaaty, 'a judgement is on Saaty’s scale: 1 to 9 or 1/2 to 1/9'))
);

export const UserGroupSchema = lazySchema(() => z.strictObject({ id, name: text(LIMITS.name) }));
export const IdSchema = id;

/**
 * The person's changes on top of the published data set. Keyed by ids, never by position, so a
 * change set reads the same whatever order things are shown in.
 */
export const EditsSchema = lazySchema(() =>
	z.strictObject({
		/** providerId → criterionId → the person's value (edits of data set cells and values of their own). */
		values: z._default(z.record(id, z.record(id, UserValueSchema)), {}),
		providers: z._default(z.array(UserProviderSchema).check(z.maxLength(LIMITS.providers)), []),
		criteria: z._default(z.array(UserCriterionSchema).check(z.maxLength(LIMITS.criteria)), []),
		groups: z._default(z.array(UserGroupSchema).check(z.maxLength(LIMITS.groups)), []),
		/** Reference levels the person changed on the data set's own criteria (criterion id → scale). */
		scales: z._default(z.record(id, ScaleSchema), {}),
		/**
		 * Ids of the data set's own providers and criteria the person removed from the comparison (a
		 * removed criterion can be brought back). Optional: links made before it read as before.
		 */
		removed: z.optional(
			z.array(id).check(z.maxLength(LIMITS.removed), z.refine(unique, 'an id is named twice'))
		),
		/** New names the person gave the data set's own providers and criteria (id → name). */
		names: z.optional(z.record(id, text(LIMITS.name))),
		/** The order the person put rows and columns in: ids first in this order, the rest after as before. */
		order: z.optional(
			z.strictObject({
				providers: z.optional(
					z.array(id).check(z.maxLength(LIMITS.removed), z.refine(unique, 'a provider is named twice'))
				),
				criteria: z.optional(
					z.array(id).check(z.maxLength(LIMITS.removed), z.refine(unique, 'a criterion is named twice'))
				)
			})
		)
	})
);

export const ScenarioSchema = lazySchema(() =>
	z.strictObject({
		dataset: z.strictObject({ id, version: z.int().check(z.minimum(1)) }),
		method: z.enum(methodIds),
		/** How the weights were set; the weights themselves are always in `weights`. */
		weighting: z._default(z.enum(weightingIds), 'direct'),
		/**
		 * "Rank the criteria": criterion ids, most important first, and how weights follow from the order.
		 * Kept (with `pairwise`) whatever the way chosen, so switching back finds the person's input.
		 */
		rankOrder: z.optional(
			z.array(id).check(z.maxLength(LIMITS.criteria * 4), z.refine(unique, 'a criterion is named twice'))
		),
		rankKind: z.optional(z.enum(['roc', 'rank-sum'])),
		/** "Pairwise comparison": "a|b" → how much more important a is than b (Saaty, 1/9…9). */
		pairwise: z.optional(z.record(PairKeySchema, JudgementSchema)),
		/** Weight per criterion id, 0–100. A criterion missing here has weight 0. */
		weights: z.record(id, z.number().check(z.minimum(0), z.maximum(MAX_WEIGHT))),
		/** What an unknown value scores. */
		unknowns: z._default(z.enum(unknownTreatmentIds), 'worst'),
		/** The preset the weights started from, if any (the page says "(modified)" once they differ). */
		preset: z.optional(id),
		/**
		 * Must-haves: criterion id → the value a provider must reach (a number in the criterion's unit,
		 * at least or at most by its direction; or a rating level id, that level or better). A provider
		 * that fails one, or whose value is unknown, is ruled out. See `must-haves.ts`.
		 */
		musts: z.optional(z.record(id, z.union([z.number(), id]))),
		/** Provider ids left out of the comparison. */
		excluded: z.array(z.string()).check(z.refine(unique, 'a provider is named twice')),
		edits: z._default(EditsSchema, { values: {}, providers: [], criteria: [], groups: [], scales: {} })
	})
);

export type UserValue = z.infer<typeof UserValueSchema>;
export type UserProvider = z.infer<typeof UserProviderSchema>;
export type UserCriterion = z.infer<typeof UserCriterionSchema>;
export type Edits = z.infer<typeof EditsSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
/** What callers may pass: defaults filled in by `ScenarioSchema.parse`. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
