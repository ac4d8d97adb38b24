/**
 * The zod schemas of the scale kinds (scale-kinds.ts), for what comes from outside: a link, a file,
 * saved work. Apart from the registry because the page's first load scores with the registry and
 * checks nothing (issue 16); a new kind adds its entry there and its schema to the union here. The
 * rules a schema shares with the kind's form reader (`monotone`, `finiteSpan`) live in the registry.
 */
import { lazySchema, z } from '$lib/zod';
import { LevelsScaleSchema, LinearScaleSchema } from '$lib/data/schema';
import { finiteSpan, monotone, SCALE_LIMITS } from './scale-kinds';

/** One point of a piecewise-linear scale: a raw value in the criterion's unit and the score it gets. */
const PointSchema = lazySchema(() =>
	z.strictObject({
		level: z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
		score: z.number().check(z.gte(0), z.lte(100))
	})
);

export const PiecewiseScaleSchema = lazySchema(() =>
	z
		.strictObject({
			kind: z.literal('piecewise'),
			/** In the order of their levels, which rise (or fall) strictly from one point to the next. */
			points: z.array(PointSchema).check(z.minLength(2), z.maxLength(SCALE_LIMITS.points))
		})
		.check(
			z.refine((s) => monotone(s.points.map((p) => p.level)), {
				message: 'the levels must rise, or fall, strictly from one point to the next',
				path: ['points']
			}),
			z.refine((s) => finiteSpan(s.points), {
				message: 'the distance between the first and last level must be a finite number',
				path: ['points']
			})
		)
);

/** Every scale a comparison can hold: one schema per kind of the registry. */
export const ScaleSchema = lazySchema(() =>
	z.discriminatedUnion('kind', [LinearScaleSchema, LevelsScaleSchema, PiecewiseScaleSchema])
);
export type Scale = z.infer<typeof ScaleSchema>;
