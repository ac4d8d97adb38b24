/**
 * A participant's answer to a group decision is the weighting part of a scenario (the way of
 * weighting, its input, the weights); everything else — providers, criteria, values, method,
 * unknowns, must-haves — is the decision's. These are the rules that tie the two together, used by
 * the server before it stores an answer and by every page that shows one.
 */
import type { Dataset } from '$lib/data/schema';
import { syncWeights, weightingContext } from './actions';
import type { Scenario } from './schema';
import { groupKey } from './weighting';

/** The weighting fields of a scenario (share/decision.ts's AnswerWeights has this shape). */
export interface ParticipantWeights {
	weighting: Scenario['weighting'];
	rankOrder?: string[] | undefined;
	rankKind?: Scenario['rankKind'];
	pairwise?: Record<string, number> | undefined;
	weights: Record<string, number>;
}

/** The decision's comparison weighed as this participant weighs it (their way, input and weights). */
export function withParticipant(scenario: Scenario, answer: ParticipantWeights): Scenario {
	const next: Scenario = { ...scenario, weighting: answer.weighting, weights: answer.weights };
	delete next.preset;
	delete next.rankOrder;
	delete next.rankKind;
	delete next.pairwise;
	if (answer.rankOrder) next.rankOrder = answer.rankOrder;
	if (answer.rankKind) next.rankKind = answer.rankKind;
	if (answer.pairwise) next.pairwise = answer.pairwise;
	return next;
}

/** The weighting fields of a scenario, as an answer stores them. */
export function participantWeights(scenario: Scenario): ParticipantWeights {
	const { weighting, rankOrder, rankKind, pairwise, weights } = scenario;
	return {
		weighting,
		weights,
		...(rankOrder ? { rankOrder } : {}),
		...(rankKind ? { rankKind } : {}),
		...(pairwise ? { pairwise } : {})
	};
}

export type CheckedAnswer = { ok: true; weights: ParticipantWeights } | { ok: false; problem: string };

/**
 * Check an answer against the decision's comparison: every criterion it names is one of the
 * comparison's (a pairwise key may name its groups), and the weights are the ones its way of weighting
 * gives (recomputed here from the rank order or the judgements, so a stored answer never holds
 * weights its own input contradicts).
 */
export function checkParticipant(
	scenario: Scenario,
	base: Dataset,
	answer: ParticipantWeights
): CheckedAnswer {
	const context = weightingContext(scenario, base);
	const criteria = new Set(context.criteria.map((c) => c.id));
	const keys = new Set([...criteria, ...context.groups.map((g) => groupKey(g.id))]);
	const stranger = (ids: Iterable<string>, allowed: Set<string>) => [...ids].find((id) => !allowed.has(id));
	const weight = stranger(Object.keys(answer.weights), criteria);
	if (weight !== undefined) return { ok: false, problem: `“${weight}” is not a criterion of this decision.` };
	const ranked = stranger(answer.rankOrder ?? [], criteria);
	if (ranked !== undefined) return { ok: false, problem: `“${ranked}” is not a criterion of this decision.` };
	const pair = Object.keys(answer.pairwise ?? {}).find((key) => stranger(key.split('|'), keys) !== undefined);
	if (pair !== undefined)
		return { ok: false, problem: `The pair “${pair}” is not one this decision compares.` };
	return { ok: true, weights: participantWeights(syncWeights(withParticipant(scenario, answer), base)) };
}
