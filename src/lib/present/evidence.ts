/**
 * The evidence behind the ranking as text: the Ranking table's "Known" and "Range" cells, what the
 * two columns mean, and which providers cannot be told apart because their score ranges overlap.
 * Read by the Ranking table, the score chart's caption and the PDF alike.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatScore, percent } from './format';
import { evidenceOf, overlaps, type ScoreRange } from '$lib/evaluation/evidence';
import type { Coverage } from '$lib/mcda/uncertainty';
import { isolate, possessive } from './bidi';

export interface EvidenceCellsView {
	/** "3 of 17": criteria with a value (sourced, judgement or the person's) of all criteria. */
	known: string;
	/** "2 sourced, 1 judgement, 14 unknown; 64 % of the weight rests on unknown values." */
	knownDetail: string;
	/** "9.0–85.3": the score with every unknown at the worst and at the best level. */
	range: string;
	/** More than half of the weight behind the score rests on unknown values. */
	mostlyUnknown: boolean;
}

export function rangeText(range: ScoreRange): string {
	return `${formatScore(range.low)}–${formatScore(range.high)}`;
}

export function coverageDetail(c: Coverage): string {
	const yours = c.known - c.sourced - c.judgement;
	const counts = [
		`${c.sourced} sourced`,
		`${c.judgement} judgement`,
		...(yours ? [`${yours} yours`] : []),
		`${c.unknown} unknown`
	].join(', ');
	const weight = c.unknown
		? `${percent(c.unknownWeightShare)} of the weight rests on unknown values`
		: 'no weight rests on unknown values';
	return `${counts}; ${weight}.`;
}

/** The Known and Range cells of the provider in row `index` of `evaluation.providers`. */
export function evidenceCells(evaluation: Evaluation, index: number): EvidenceCellsView {
	const e = evidenceOf(evaluation).providers[index]!;
	return {
		known: `${e.coverage.known} of ${e.coverage.total}`,
		knownDetail: coverageDetail(e.coverage),
		range: rangeText(e.range),
		mostlyUnknown: e.coverage.unknownWeightShare > 0.5
	};
}

/** A range as shown (one decimal), so "overlap" means what a reader sees in the table. */
const shown = (r: ScoreRange): ScoreRange => ({
	low: Number(formatScore(r.low)),
	high: Number(formatScore(r.high))
});

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Which providers the leader cannot be told apart from: those whose score range overlaps its own.
 * Undefined when fewer than two providers are ranked.
 */
export function overlapSentence(evaluation: Evaluation): string | undefined {
	const [leader, ...rest] = evaluation.ranking;
	if (!leader || !rest.length) return undefined;
	const { providers } = evidenceOf(evaluation);
	const range = (index: number) => shown(providers[index]!.range);
	const close = rest
		.filter((r) => overlaps(range(leader.index), range(r.index)))
		.map((r) => isolate(r.provider.name));
	const name = isolate(leader.provider.name);
	if (!close.length)
		return `No other provider’s score range overlaps ${possessive(leader.provider.name)} (${rangeText(range(leader.index))}): its lead does not rest on the unknown values.`;
	if (close.length === 1)
		return `${name} and ${close[0]} cannot be told apart on the evidence: their ranges overlap.`;
	return `${name} cannot be told apart on the evidence from ${listText(close)}: their ranges overlap ${possessive(leader.provider.name)}.`;
}

/**
 * A name inside a sentence: "Weighted sum" → "weighted sum", but an acronym keeps its capitals
 * ("TOPSIS", never "topsis").
 */
export function inSentence(name: string): string {
	return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** What the Known and Range columns mean, under this scenario's method and treatment of unknowns. */
export function evidenceColumnsNote(evaluation: Evaluation): string {
	const omitted = evaluation.unknowns.score === null;
	return (
		'Known: how many of the criteria have a value for the provider (sourced, judgement or yours). ' +
		`Range: the score (${inSentence(evaluation.method.name)}) with every unknown value at the worst level ` +
		`and at the best level${omitted ? ', even though unknown values are left out of the score itself' : ''}; ` +
		(evaluation.method.dependsOnAlternatives
			? // TOPSIS measures each provider against the best and worst values among all of them, so another
				// provider's unknown value moves even a fully known provider's score: say so, or the range looks wrong.
				`a provider with every value known can still have a range under ${inSentence(evaluation.method.name)}, ` +
				'because its score is measured against the best and worst values of all providers, which move with ' +
				'the other providers’ unknown values.'
			: 'a provider with every value known has a single point.')
	);
}

/** Added to the score chart's caption on the page and in the PDF. */
export const SCORE_RANGE_CAPTION =
	'the thin grey bar over each score is its range, with every unknown value at the worst and at the best level';
