/**
 * A group decision's result: each participant's weights applied to the decision's comparison, the
 * group's weights, the group's ranking, and how much the participants agree. Pure: the facilitator's
 * page, the participants' page after closing, the CSV and the PDF all read this one result.
 */
import type { Dataset } from '$lib/data/schema';
import { evaluate, type Evaluation, type RankedProvider } from './evaluate';
import {
	firstChoices,
	geometricMeanJudgements,
	kendallW,
	meanWeights,
	midRanks,
	mostDisputedCriterion,
	type Concordance
} from '$lib/mcda/group';
import { syncWeights, weightingContext } from '$lib/scenario/actions';
import type { EffectiveCriterion, EffectiveProvider } from '$lib/scenario/effective';
import { withParticipant, type ParticipantWeights } from '$lib/scenario/participant';
import type { Scenario } from '$lib/scenario/schema';
import {
	judgement,
	pairKey,
	pairwiseMatrices,
	pairwiseWeights,
	type MatrixResult
} from '$lib/scenario/weighting';

export interface MemberResult {
	/** The decision's comparison under this person's weights. */
	evaluation: Evaluation;
	/** Their weights as shares of their total (0–1), in the comparison's criterion order. */
	shares: number[];
	/** Their first choice(s): every provider ranked 1 (none when they gave no weight). */
	first: RankedProvider[];
}

export type Aggregation =
	/** Nobody has answered (or nobody gave any weight). */
	| 'none'
	/** The mean of everyone's normalised weights (AIP). */
	| 'mean'
	/** Everyone answered with pairwise comparisons: the geometric mean of the judgements (AIJ). */
	| 'judgements';

export interface GroupResult {
	members: MemberResult[];
	aggregation: Aggregation;
	/** The group's weights, 0–100 per criterion id (shares × 100). */
	weights: Record<string, number>;
	/** With `judgements`: each pairwise matrix of the group's judgements and its consistency ratio. */
	consistency: MatrixResult[];
	/** How many answered with pairwise comparisons. */
	pairwiseAnswers: number;
	/** The comparison under the group's weights. */
	evaluation: Evaluation;
	/** Kendall's W over the rankings of those who gave weight (NaN with fewer than two). */
	agreement: Concordance;
	/** How many of those put each provider first, most first; providers nobody put first are left out. */
	firstCounts: { provider: EffectiveProvider; count: number }[];
	/** Participants whose weights rank the providers (not all zero). */
	ranking: number;
	/** The criterion whose share varies most between participants, and its standard deviation (0–1). */
	disputed?: { criterion: EffectiveCriterion; spread: number };
}

/**
 * The group's pairwise judgements: per pair, the geometric mean of everyone's (Aczél & Saaty 1983,
 * via `geometricMeanJudgements`), matrix by matrix as the page asks them (within each group, then
 * between the groups).
 */
function groupJudgements(scenario: Scenario, base: Dataset, answers: readonly ParticipantWeights[]) {
	const context = weightingContext(scenario, base);
	const pairwise: Record<string, number> = {};
	for (const matrix of pairwiseMatrices(context)) {
		const keys = matrix.items.map((i) => i.key);
		const tables = answers.map((a) =>
			keys.map((x) => keys.map((y) => (x === y ? 1 : judgement(a.pairwise, x, y))))
		);
		const mean = geometricMeanJudgements(tables);
		keys.forEach((x, i) => keys.forEach((y, j) => j > i && (pairwise[pairKey(x, y)] = mean[i]![j]!)));
	}
	return pairwiseWeights(context, pairwise);
}

export function groupDecision(
	scenario: Scenario,
	base: Dataset,
	answers: readonly ParticipantWeights[]
): GroupResult {
	const members = answers.map((answer): MemberResult => {
		// The weights its way gives, whatever the answer holds (the server stores them so already).
		const evaluation = evaluate(base, syncWeights(withParticipant(scenario, answer), base));
		const total = evaluation.totalWeight;
		return {
			evaluation,
			shares: evaluation.weights.map((w) => (total > 0 ? w / total : 0)),
			first: evaluation.ranking.filter((r) => r.rank === 1)
		};
	});
	const criteria = evaluate(base, scenario).criteria;
	const pairwiseAnswers = answers.filter((a) => a.weighting === 'pairwise').length;
	const weighing = members.filter((m) => m.evaluation.totalWeight > 0);

	let aggregation: Aggregation = 'none';
	let weights: Record<string, number> = Object.fromEntries(criteria.map((c) => [c.id, 0]));
	let consistency: MatrixResult[] = [];
	if (weighing.length > 0 && pairwiseAnswers === answers.length) {
		aggregation = 'judgements';
		const group = groupJudgements(scenario, base, answers);
		weights = group.weights;
		consistency = group.matrices;
	} else if (weighing.length > 0) {
		aggregation = 'mean';
		const mean = meanWeights(members.map((m) => m.evaluation.weights));
		weights = Object.fromEntries(criteria.map((c, j) => [c.id, (mean[j] ?? 0) * 100]));
	}
	const groupScenario: Scenario = { ...scenario, weighting: 'direct', weights };
	delete groupScenario.preset;
	delete groupScenario.rankOrder;
	delete groupScenario.rankKind;
	delete groupScenario.pairwise;
	const evaluation = evaluate(base, groupScenario);

	const rankings = weighing.map((m) => midRanks(m.evaluation.result.scores));
	const counts = firstChoices(rankings);
	const firstCounts = evaluation.providers
		.map((provider, i) => ({ provider, count: counts[i] ?? 0 }))
		.filter((f) => f.count > 0)
		.sort((a, b) => b.count - a.count);
	const spread = mostDisputedCriterion(weighing.map((m) => m.evaluation.weights));
	return {
		members,
		aggregation,
		weights,
		consistency,
		pairwiseAnswers,
		evaluation,
		agreement: kendallW(rankings),
		firstCounts,
		ranking: weighing.length,
		...(spread ? { disputed: { criterion: criteria[spread.criterion]!, spread: spread.spread } } : {})
	};
}
