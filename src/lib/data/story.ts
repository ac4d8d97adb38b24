/**
 * A data set's story: what the code must not know about any one data set. Its weighting presets,
 * and how its providers are grouped (by the platform each runs on), with the groups' name, the
 * summary's title and each group's colours in the light and dark themes. Every version of a data
 * set id shares one story file, `data/stories/<id>.story.json` (published data set files are never
 * edited, so a story added later cannot live inside them); a preset keeps, per version, only the
 * weights of that version's criteria. A data set with no story (the starter, one's own comparison)
 * has no presets and no group summary.
 */
import { lazySchema, z } from '../zod.ts';
import { IdSchema } from './schema.ts';

const hex = lazySchema(() => z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'a colour is written #rrggbb')));
const nonEmpty = () => z.string().check(z.minLength(1));
const ColourSchema = lazySchema(() => z.strictObject({
	fill: hex,
	border: hex,
	/** Lines drawn on the theme's background. */
	line: hex,
	/** The colour in words, for captions ("dark blue"). */
	name: nonEmpty()
}));

export const PresetSchema = lazySchema(() => z.strictObject({
	id: IdSchema,
	name: nonEmpty(),
	/** Who would choose it, in one sentence. */
	description: nonEmpty(),
	/** 0–100 per criterion id; a criterion left out has weight 0. */
	weights: z.record(IdSchema, z.number().check(z.minimum(0), z.maximum(100)))
}));

export const StorySchema = lazySchema(() => z.strictObject({
	datasetId: IdSchema,
	/** The first is the default: a new comparison on the data set starts from it. */
	presets: z.array(PresetSchema),
	/** How providers are grouped by their platform (the data set's `hypervisors`). */
	grouping: z.optional(
		z.strictObject({
			/** What a group is, as a column heading: "Hypervisor". */
			label: nonEmpty(),
			/** The group summary's heading: "Xen vs KVM". */
			title: nonEmpty(),
			/** Per platform id; a platform not listed (a person's own) is drawn grey. */
			colours: z.record(IdSchema, z.strictObject({ light: ColourSchema, dark: ColourSchema }))
		})
	)
}));

export type Story = z.infer<typeof StorySchema>;
export type Colour = z.infer<typeof ColourSchema>;

export class StoryError extends Error {
	override name = 'StoryError';
}

/** Parse one story file; the message names the file, the field and the problem. */
export function parseStory(file: string, json: unknown): Story {
	const result = StorySchema.safeParse(json);
	if (!result.success)
		throw new StoryError(
			`Invalid story ${file}:\n${result.error.issues.map((i) => `  ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`
		);
	if (!file.endsWith(`${result.data.datasetId}.story.json`))
		throw new StoryError(`Invalid story ${file}: the file must be named ${result.data.datasetId}.story.json`);
	return result.data;
}
