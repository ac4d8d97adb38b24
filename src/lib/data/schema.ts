/**
 * The shape of a data set file in `data/`. Every file is parsed with `DatasetSchema` where it is
 * loaded (see `datasets.ts`) and by a Vite plugin at build time, so a broken file never reaches a user.
 * Types are inferred from these schemas; nothing else declares them.
 */
import { lazySchema, z } from '../zod.ts';
import { notReserved, RESERVED_MESSAGE } from './ids.ts';

/** Ids and reading records by them: see ids.ts (no zod, so the page's first load can use them). */
export { notReserved, ownValue, RESERVED_IDS, RESERVED_MESSAGE } from './ids.ts';

export const IdSchema = lazySchema(() => z
	.string()
	.check(
		z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id uses lower-case letters, digits and hyphens'),
		z.refine(notReserved, RESERVED_MESSAGE)
	));
const id = IdSchema;

/** A date a fact applies to: YYYY, YYYY-MM or YYYY-MM-DD. */
export const FactDateSchema = lazySchema(() => z
	.string()
	.check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is written YYYY, YYYY-MM or YYYY-MM-DD')));
const factDate = FactDateSchema;
/** Text that may not be empty. */
const nonEmpty = () => z.string().check(z.minLength(1));

export const SourceSchema = lazySchema(() => z.strictObject({
	title: nonEmpty(),
	url: z.url({ protocol: /^https?$/ }),
	/** The date the fact applies to (not the date we read the page). */
	date: factDate,
	/** How the figure was read or computed from the source, e.g. "$0.12/h ÷ 2 GB". */
	note: z.optional(nonEmpty()),
	/**
	 * Why a fact dated after the data set's `asOf` date is used anyway (e.g. "the 2011 post quotes a
	 * study of 2010"). Required, in effect, for every such date: `datesAfterAsOf` lists those without it.
	 */
	appliesAfterAsOf: z.optional(nonEmpty())
}));

/** A raw value: a number in the criterion's unit (linear scale) or a level id (levels scale). */
const Raw = lazySchema(() => z.union([z.number(), id]));

export const ValueSchema = lazySchema(() => z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('sourced'), raw: Raw, source: SourceSchema }),
	/** Our own judgement or estimate: no source says it, so the reason must. */
	z.strictObject({ kind: z.literal('judgement'), raw: Raw, rationale: nonEmpty() }),
	/** No source found. Scored at the criterion's worst level and shown as "unknown". */
	z.strictObject({ kind: z.literal('unknown'), reason: nonEmpty() })
]));

export const LinearScaleSchema = lazySchema(() => z.strictObject({
	kind: z.literal('linear'),
	/** Raw value that scores 0. */
	worst: z.number(),
	/** Raw value that scores 100. */
	best: z.number()
}).check(
	// −1e308 to 1e308 is two finite numbers whose distance is Infinity: every score would be NaN.
	z.refine((s) => Number.isFinite(s.best - s.worst), {
		message: 'the distance between worst and best must be a finite number',
		path: ['best']
	})
));

export const LevelSchema = lazySchema(() => z.strictObject({
	id,
	label: nonEmpty(),
	score: z.number().check(z.minimum(0), z.maximum(100))
}));

export const LevelsScaleSchema = lazySchema(() => z.strictObject({
	kind: z.literal('levels'),
	// Level ids key the page's lists and the values' raw ids: two alike would be ambiguous.
	levels: z
		.array(LevelSchema)
		.check(
			z.minLength(2),
			z.refine((levels) => new Set(levels.map((l) => l.id)).size === levels.length, 'two levels have the same id')
		)
}));

export const ScaleSchema = lazySchema(() => z.discriminatedUnion('kind', [LinearScaleSchema, LevelsScaleSchema]));

export const CriterionSchema = lazySchema(() => z
	.strictObject({
		id,
		name: nonEmpty(),
		group: id,
		/** What is measured, in one or two sentences. */
		description: nonEmpty(),
		unit: nonEmpty(),
		direction: z.enum(['higher', 'lower']),
		scale: ScaleSchema,
		/** Why the worst and best reference levels were chosen. */
		scaleRationale: nonEmpty()
	})
	.check(
		z.superRefine((c, ctx) => {
			if (c.scale.kind !== 'linear') return;
			const { worst, best } = c.scale;
			const ok = c.direction === 'higher' ? best > worst : best < worst;
			if (!ok)
				ctx.addIssue({
					code: 'custom',
					path: ['scale'],
					message: `direction is "${c.direction}" but worst is ${worst} and best is ${best}`
				});
		})
	));

export const ProviderSchema = lazySchema(() => z.strictObject({
	id,
	name: nonEmpty(),
	offering: nonEmpty(),
	hypervisor: id,
	/** Where the provider's hypervisor is stated. */
	hypervisorSource: SourceSchema,
	notes: nonEmpty(),
	/** One value per criterion id; every criterion must have one (unknown is a value). */
	values: z.record(id, ValueSchema)
}));

export const DatasetSchema = lazySchema(() => z
	.strictObject({
		id,
		/** Data sets are immutable once published: a change makes a new version file. */
		version: z.int().check(z.minimum(1)),
		title: nonEmpty(),
		/** The moment the data describes; every value is checked against it (see `dates.ts`). */
		asOf: factDate,
		/** Why this moment was chosen (optional; files before version 2 have none). */
		asOfRationale: z.optional(nonEmpty()),
		description: nonEmpty(),
		/** What changed from the previous version, one sentence per change, for the page to list. */
		changes: z.optional(z.array(nonEmpty())),
		groups: z.array(z.strictObject({ id, name: nonEmpty() })).check(z.minLength(1)),
		hypervisors: z.array(z.strictObject({ id, name: nonEmpty() })).check(z.minLength(1)),
		criteria: z.array(CriterionSchema).check(z.minLength(1)),
		// A starter data set has none: the person adds their own.
		providers: z.array(ProviderSchema)
	})
	.check(z.superRefine((d, ctx) => {
		const unique = (items: { id: string }[], path: string) => {
			const seen = new Set<string>();
			items.forEach((item, i) => {
				if (seen.has(item.id))
					ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${item.id}"` });
				seen.add(item.id);
			});
		};
		unique(d.groups, 'groups');
		unique(d.hypervisors, 'hypervisors');
		unique(d.criteria, 'criteria');
		unique(d.providers, 'providers');

		const groups = new Set(d.groups.map((g) => g.id));
		const hypervisors = new Set(d.hypervisors.map((h) => h.id));
		d.criteria.forEach((c, i) => {
			if (!groups.has(c.group))
				ctx.addIssue({ code: 'custom', path: ['criteria', i, 'group'], message: `unknown group "${c.group}"` });
		});
		d.providers.forEach((p, i) => {
			if (!hypervisors.has(p.hypervisor))
				ctx.addIssue({
					code: 'custom',
					path: ['providers', i, 'hypervisor'],
					message: `unknown hypervisor "${p.hypervisor}"`
				});
			for (const c of d.criteria) {
				const value = p.values[c.id];
				const path = ['providers', i, 'values', c.id];
				if (!value) {
					ctx.addIssue({ code: 'custom', path, message: `missing a value for criterion "${c.id}"` });
					continue;
				}
				if (value.kind === 'unknown') continue;
				if (c.scale.kind === 'linear' && typeof value.raw !== 'number')
					ctx.addIssue({ code: 'custom', path: [...path, 'raw'], message: `expected a number, got "${value.raw}"` });
				if (c.scale.kind === 'levels' && !c.scale.levels.some((l) => l.id === value.raw))
					ctx.addIssue({
						code: 'custom',
						path: [...path, 'raw'],
						message: `"${value.raw}" is not one of the levels ${c.scale.levels.map((l) => l.id).join(', ')}`
					});
			}
			for (const key of Object.keys(p.values))
				if (!d.criteria.some((c) => c.id === key))
					ctx.addIssue({ code: 'custom', path: ['providers', i, 'values', key], message: `no criterion "${key}"` });
		});
	})));

export type Source = z.infer<typeof SourceSchema>;
export type Value = z.infer<typeof ValueSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Provider = z.infer<typeof ProviderSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
