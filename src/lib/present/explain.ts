import { unknownTreatments, type UnknownTreatment } from '$lib/scenario/registry';
import type { ScoringMethod } from '$lib/mcda/method';

/**
 * "How it's scored" in plain words, for the page and the PDF alike: the method's own explanation
 * and formula, then what holds for every method here (fixed scales, ties, unknowns, judgements).
 * `sourcesHeading` names where the reader finds the judgements' reasons; `unknowns` is the
 * treatment of unknown values in use (each treatment is explained in one sentence, the chosen first).
 */
export function howItsScored(
	method: ScoringMethod,
	sourcesHeading: string,
	unknowns: UnknownTreatment = unknownTreatments.worst
): string[] {
	const others = Object.values(unknownTreatments).filter((t) => t.id !== unknowns.id);
	const scales = method.dependsOnAlternatives
		? 'The value scales are fixed in the data set, but this method then compares the providers with each ' +
			'other, so a provider’s score can change when another one is added or left out, and the order of ' +
			'the others can flip because of it (rank reversal).'
		: 'The scales are fixed in the data set, not stretched between the best and worst provider compared, ' +
			'so a provider’s score does not change when another one is added or removed, and the order of the ' +
			'others never flips because of it.';
	return [
		method.explanation,
		`${method.formula} ${scales} Providers whose scores read the same to one decimal share a rank (1, 2, 2, 4).`,
		...(method.weakness ? [`Its known weakness: ${method.weakness}`] : []),
		`Unknown values (chosen: “${unknowns.label}”). ${unknowns.explanation} The other choices: ` +
			`${others.map((t) => t.explanation).join(' ')} Unknown values are marked wherever they appear.`,
		`Values marked Judgement are our assessment, with the reason given under “${sourcesHeading}”; values ` +
			'marked Your value were entered by you and are shown beside the data set’s.'
	];
}
