import type { ScoringMethod } from './method';

/**
 * "How it's scored" in plain words, for the page and the PDF alike: the method's own explanation
 * and formula, then what holds for every method here (fixed scales, ties, unknowns, judgements).
 * `sourcesHeading` names where the reader finds the judgements' reasons.
 */
export function howItsScored(method: ScoringMethod, sourcesHeading: string): string[] {
	return [
		method.explanation,
		`${method.formula} The scales are fixed in the data set, not stretched between the best and worst ` +
			'provider compared, so a provider’s score does not change when another one is added or removed, and ' +
			'the order of the others never flips because of it. Providers whose scores read the same to one ' +
			'decimal share a rank (1, 2, 2, 4).',
		'Unknown values are scored 0, the criterion’s worst level, and are marked: a provider is not rewarded ' +
			`for what nobody could check. Values marked Judgement are our assessment, with the reason given under ` +
			`“${sourcesHeading}”.`
	];
}
