/**
 * What the facilitator's page, the participants' page after closing, the CSV and the PDF say about
 * a group decision: one view model from `groupDecision`'s result. Names from participants and the
 * data are marked with `isolate` inside sentences (Sentence.svelte makes each a `<bdi>`); a
 * participant's own name is a field of its own, always shown as text.
 */
import type { GroupResult } from '$lib/evaluation/group-decision';
import { formatScore } from './format';
import { weightingModes } from '$lib/scenario/registry';
import { answerView } from './answer';
import { isolate } from './bidi';

export interface MemberInput {
	name: string;
	/** ISO time of the last change. */
	updatedAt?: string;
}

export interface MemberRow {
	/** As typed, or "Participant 3" when left empty. */
	name: string;
	/** True when no name was given (the page shows the stand-in in italics). */
	anonymous: boolean;
	updatedAt?: string;
	way: string;
	/** "Amazon EC2" (ties joined with " and "); "no pick (no weight given)". */
	first: string;
	/** Share per criterion as shown: "23 %". */
	shares: string[];
}

export interface GroupView {
	/** "4 answers." */
	count: string;
	/** How the group's weights were made, in a sentence. */
	weightsRule: string;
	/** Per criterion: name and the group's share, "23 %". */
	weights: { id: string; name: string; share: string }[];
	/** Per pairwise matrix, with aggregation 'judgements': "Within Cost: CR 0.04". */
	consistency: string[];
	/** The group's answer (the same sentence as the main page's), empty when nothing is ranked. */
	headline: string;
	robustness: string;
	/** Kendall's W in a sentence, with its reading. */
	agreement: string;
	/** "3 of 4 put Amazon EC2 first." */
	firstChoice: string;
	/** "They disagree most on Entry price: shares from 5 % to 40 %." */
	disputed: string;
	members: MemberRow[];
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Schmidt's reading of Kendall's W (R. C. Schmidt 1997, "Managing Delphi surveys using
 * nonparametric statistical techniques", Decision Sciences 28(3), 763–774, table 3).
 */
export function agreementWords(w: number): string {
	if (w >= 0.9) return 'unusually strong agreement';
	if (w >= 0.7) return 'strong agreement';
	if (w >= 0.5) return 'moderate agreement';
	if (w >= 0.3) return 'weak agreement';
	if (w >= 0.1) return 'very weak agreement';
	return 'no agreement to speak of';
}

export const memberName = (name: string, index: number) => name || `Participant ${index + 1}`;

export function groupView(result: GroupResult, inputs: readonly MemberInput[]): GroupView {
	const { evaluation } = result;
	const criteria = evaluation.criteria;
	const total = criteria.reduce((s, c) => s + (result.weights[c.id] ?? 0), 0);
	const n = result.members.length;
	const weightsRule =
		result.aggregation === 'none'
			? 'No group weights yet: nobody has given any weight.'
			: result.aggregation === 'judgements'
				? 'Everyone compared the criteria in pairs, so the group’s weights come from the geometric mean of their judgements, pair by pair (as AHP group practice does), with the group’s consistency ratio.'
				: `The group’s weights are the mean of everyone’s weights, each person’s scaled to add up to 100 %${
						result.pairwiseAnswers > 0
							? ` (${plural(result.pairwiseAnswers, 'answer')} used pairwise comparison and ${plural(n - result.pairwiseAnswers, 'other')} did not, so their weights are averaged as they are)`
							: ''
					}.`;
	const answer = evaluation.ranked ? answerView(evaluation) : undefined;
	const top = result.firstCounts[0];
	const ranking = result.ranking;
	const w = result.agreement.w;
	const disputed = result.disputed;
	return {
		count: n === 0 ? 'No answers yet.' : `${plural(n, 'answer')}.`,
		weightsRule,
		weights: criteria.map((c) => ({
			id: c.id,
			name: c.name,
			share: total > 0 ? pct((result.weights[c.id] ?? 0) / total) : '–'
		})),
		consistency:
			result.aggregation === 'judgements'
				? result.consistency.map(
						(m) =>
							`${m.matrix.name}: consistency ratio ${m.cr.toFixed(2)}${m.cr > 0.1 ? ' (above 0.10: the group’s judgements are inconsistent here)' : ''}`
					)
				: [],
		headline: answer?.headline ?? '',
		robustness: answer?.robustness ?? '',
		agreement: Number.isFinite(w)
			? `Kendall’s W = ${w.toFixed(2)} over ${ranking} people’s rankings (0: no agreement, 1: all rank alike): ${agreementWords(w)}.`
			: 'Agreement needs at least two people who gave weights, and two providers.',
		firstChoice:
			top && ranking > 0
				? `${top.count} of ${ranking} put ${isolate(top.provider.name)} first${
						result.firstCounts.length > 1
							? `; ${result.firstCounts
									.slice(1)
									.map((f) => `${f.count} ${isolate(f.provider.name)}`)
									.join(', ')}`
							: ''
					}.`
				: '',
		disputed:
			disputed && disputed.spread > 0
				? (() => {
						const j = criteria.indexOf(disputed.criterion);
						const shares = result.members
							.filter((m) => m.evaluation.totalWeight > 0)
							.map((m) => m.shares[j] ?? 0);
						return `They disagree most on ${isolate(disputed.criterion.name)}: shares from ${pct(Math.min(...shares))} to ${pct(Math.max(...shares))} (standard deviation ${Math.round(disputed.spread * 100)} points).`;
					})()
				: '',
		members: result.members.map((m, i) => ({
			name: memberName(inputs[i]?.name ?? '', i),
			anonymous: !inputs[i]?.name,
			...(inputs[i]?.updatedAt ? { updatedAt: inputs[i]!.updatedAt } : {}),
			way: weightingModes[m.evaluation.scenario.weighting].name,
			first: m.first.length
				? m.first.map((r) => `${r.provider.name} (${formatScore(r.score)})`).join(' and ')
				: 'no pick (no weight given)',
			shares: m.shares.map((s) => (m.evaluation.totalWeight > 0 ? pct(s) : '–'))
		}))
	};
}
