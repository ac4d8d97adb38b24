/**
 * The two charts' captions, page and PDF alike: apart from the result tables (results.ts), so the
 * first screen's code does not carry the charts' words (issue 16).
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { SCORE_RANGE_CAPTION } from './evidence';
import { groupLabel } from './group-summary';

/** The contributions chart's caption: points added up, or what the split is for a method that does not add. */
export function contributionsCaption(evaluation: Evaluation): string {
	const { method } = evaluation;
	const colours = 'one colour per criterion group, shades within a group';
	return method.additive === false
		? `${method.name} is not additive. ${method.contributionsNote ?? ''} Bars: ${colours}.`.replace(
				/\s+/g,
				' '
			)
		: `Why each provider scores what it does: the points each criterion contributes (weight share × value score), ${colours}`;
}

/**
 * The two charts' captions, page and PDF alike. `key` names each platform's colour ("Xen blue,
 * KVM orange"), from the chart code that picks the colours.
 */
export function chartCaptions(evaluation: Evaluation, key: string): { score: string; contributions: string } {
	const by = groupLabel(evaluation).toLowerCase();
	return {
		score: `Total score per provider, coloured by ${by} (${key}); ${SCORE_RANGE_CAPTION}`,
		contributions: contributionsCaption(evaluation)
	};
}
