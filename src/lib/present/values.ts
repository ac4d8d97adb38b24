/**
 * A value and a criterion in words, as the weights form, the tables and the PDF say them. Where
 * each value comes from is `sources.ts`, the value scales table `scales.ts` (apart, so the first
 * screen's code does not carry the tables below it: issue 16).
 */
import type { EffectiveCriterion, EffectiveValue } from '$lib/scenario/effective';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { quantity } from './units';

/** A raw value as people read it: "0.1 $/h", "3 data centres", a level's label, or "unknown". */
export function rawText(
	criterion: Pick<EffectiveCriterion, 'id' | 'scale' | 'unit'>,
	value: EffectiveValue | undefined
): string {
	if (!value || value.kind === 'unknown' || value.raw === null) return 'unknown';
	return scaleKind(criterion.scale).rawText(criterion.scale, value.raw, (n) => quantity(criterion, n));
}

/**
 * A description's first sentence without its longer asides in brackets, for the line under a
 * criterion's name; the full text is under "Data and sources".
 */
export function shortDescription(description: string): string {
	const match = /^(.+?[.!?])(\s+[A-Z(“"‘]|$)/s.exec(description.trim());
	const sentence = match ? match[1]! : description.trim();
	return sentence.replace(/\s*\([^()]{25,}\)/g, '');
}

export function directionText(criterion: Pick<EffectiveCriterion, 'direction'>): string {
	return criterion.direction === 'higher' ? 'more is better' : 'less is better';
}
