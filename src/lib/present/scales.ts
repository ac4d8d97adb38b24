/** The value scales table (what scores 0 and what scores 100 on each criterion), on the page and in the PDF. */
import type { EffectiveCriterion } from '$lib/scenario/effective';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { quantity } from './units';

/** A criterion's scale in words: "0 at 0.2 $/h, 100 at 0.01 $/h", its levels or its points. */
export function scaleText(criterion: Pick<EffectiveCriterion, 'id' | 'scale' | 'unit'>): string {
	return scaleKind(criterion.scale).text(criterion.scale, (n) => quantity(criterion, n));
}

/** The value scales table, on the page and in the PDF. */
export const SCALES_TABLE = {
	caption: 'Value scales',
	columns: ['Criterion', 'Scores 0 at', 'Scores 100 at', 'Why'],
	summary: (count: number) =>
		`Each criterion’s value scale: what scores 0 and what scores 100 (${count} criteria)`
} as const;

export interface ScaleView {
	criterionId: string;
	criterion: string;
	/** For a scale with just two reference levels: the ones that score 0 and 100; else undefined. */
	worst?: string;
	best?: string;
	/** Any other scale in words (its levels or points with their scores), across both columns. */
	levels?: string;
	text: string;
	why: string;
	/** "Changed by you (the data set has …)" when the person changed the reference levels. */
	changed?: string;
	origin: 'dataset' | 'user';
}

export function scalesView(criteria: readonly EffectiveCriterion[]): ScaleView[] {
	return criteria.map((c) => {
		const changed = c.originalScale
			? `Changed by you; the data set has ${scaleText({ id: c.id, scale: c.originalScale, unit: c.unit })}.`
			: undefined;
		const ends = scaleKind(c.scale).ends?.(c.scale, (n) => quantity(c, n));
		return {
			criterionId: c.id,
			criterion: c.name,
			...(ends ?? { levels: scaleText(c) }),
			text: scaleText(c),
			why: c.scaleRationale,
			...(changed ? { changed } : {}),
			origin: c.origin
		};
	});
}
