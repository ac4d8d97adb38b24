/**
 * Must-haves in words, for the page and the PDF alike: what is required ("Largest server at least
 * 16 GB"), who is ruled out and why ("Largest server 8 GB, below the 16 GB you require"; "SLA
 * uptime unknown"), and, when no provider is left, which must-have to relax first.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import {
	activeMustHaves,
	mustBound,
	mustHaveToRelax,
	type MustHave,
	type MustHaveFailure
} from '$lib/scenario/must-haves';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { rawText } from './values';

export interface MustHavesView {
	/** One phrase per must-have in force, e.g. "Largest server at least 16 GB". */
	requirements: string[];
	/** "Must-haves: …; …." or undefined when none is set. */
	sentence: string | undefined;
	heading: string;
	ruledOut: { id: string; name: string; reasons: string[] }[];
	/** Said when every provider not left out by hand is ruled out. */
	noneLeft: string | undefined;
}

const text = (must: MustHave, raw: number | string) => rawText(must.criterion, { kind: 'user', raw });

export function requirementText(must: MustHave): string {
	return `${must.criterion.name} ${mustBound(must.criterion)} ${text(must, must.required)}`;
}

export function failureText(failure: MustHaveFailure): string {
	const { criterion, value } = failure;
	if (value === undefined) return `${criterion.name} unknown`;
	const numbers = scaleKind(criterion.scale).raw === 'number';
	const side = numbers && criterion.direction === 'lower' ? 'above' : 'below';
	const required = numbers
		? `the ${text(failure, failure.required)}`
		: `“${text(failure, failure.required)}”, the level`;
	return `${criterion.name} ${text(failure, value)}, ${side} ${required} you require`;
}

export function mustHavesView(evaluation: Evaluation): MustHavesView {
	const active = activeMustHaves(evaluation.criteria, evaluation.scenario.musts);
	const requirements = active.map(requirementText);
	const ruledOut = evaluation.ruledOut.map((r) => ({
		id: r.provider.id,
		name: r.provider.name,
		reasons: r.failures.map(failureText)
	}));
	let noneLeft: string | undefined;
	if (active.length && !evaluation.providers.length && evaluation.ruledOut.length) {
		const relax = mustHaveToRelax(evaluation.ruledOut, active);
		noneLeft =
			`No provider meets every must-have.` +
			(relax
				? ` Relax “${requirementText(relax.must)}” first: it rules out the fewest (${relax.rulesOut} of ${evaluation.ruledOut.length}).`
				: '');
	}
	return {
		requirements,
		sentence: requirements.length ? `Must-haves: ${requirements.join('; ')}.` : undefined,
		heading: 'Ruled out',
		ruledOut,
		noneLeft
	};
}
