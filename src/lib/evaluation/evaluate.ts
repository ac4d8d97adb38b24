/**
 * Evaluate a scenario against its data set: value scores, weights, the method's result and the
 * ranking, all in one plain object that the tables, charts, summary and PDF read from.
 */
import type { Dataset } from '$lib/data/schema';
import {
	effectiveDataset,
	isKnown,
	type EffectiveCriterion,
	type EffectiveDataset,
	type EffectiveProvider,
	type EffectiveValue
} from '$lib/scenario/effective';
import { ruledOutBy, type RuledOut } from '$lib/scenario/must-haves';
import { methods, unknownTreatments, type UnknownTreatment } from '$lib/scenario/registry';
import { scoreOn } from '$lib/scenario/scale-kinds';
import type { Scenario } from '$lib/scenario/schema';
import type { MethodResult, ScoringMethod } from '$lib/mcda/method';
import { competitionRanks, orderByScore } from '$lib/mcda/ranking';

export { methods };

export interface ValueCell {
	/** 0–100, as scored (an unknown gets what the scenario's treatment of unknowns gives it). */
	score: number;
	/** True when no value is known (none in the data set, or the person marked it unknown). */
	unknown: boolean;
	/** True when the cell is left out of the provider's score (unknowns "left out"). */
	omitted: boolean;
	value: EffectiveValue;
}

export interface RankedProvider {
	provider: EffectiveProvider;
	/** Row in `Evaluation.providers` and the method's matrices. */
	index: number;
	rank: number;
	score: number;
}

export interface HypervisorSummary {
	hypervisor: { id: string; name: string };
	count: number;
	best?: RankedProvider;
	mean?: number;
}

export interface Evaluation {
	/** The effective data set: the published one with the person's edits applied. */
	dataset: EffectiveDataset;
	scenario: Scenario;
	method: ScoringMethod;
	unknowns: UnknownTreatment;
	criteria: readonly EffectiveCriterion[];
	/** Providers compared, in data set order. */
	providers: EffectiveProvider[];
	/** Left out by the person. */
	excluded: EffectiveProvider[];
	/** Failing a must-have (and not left out): not ranked, each with its reasons. */
	ruledOut: RuledOut[];
	/** [provider][criterion], rows follow `providers`. */
	cells: ValueCell[][];
	weights: number[];
	totalWeight: number;
	result: MethodResult;
	/** False when every weight is zero: there is nothing to rank by. */
	ranked: boolean;
	/** Best first; empty when not ranked. */
	ranking: RankedProvider[];
	hypervisors: HypervisorSummary[];
}

/**
 * The 0–100 value score of a known value on a criterion's scale, or undefined when the value does
 * not fit the scale (a level the scale does not have, a number on a rating scale): such a value is
 * treated as unknown rather than silently scored.
 */
export function scoreOf(
	criterion: EffectiveCriterion,
	value: EffectiveValue | undefined
): number | undefined {
	return isKnown(value) ? scoreOn(criterion.scale, value.raw) : undefined;
}

/** One cell: its value score, or the treatment's score for an unknown. */
export function valueCell(
	criterion: EffectiveCriterion,
	value: EffectiveValue | undefined,
	treatment: UnknownTreatment = unknownTreatments.worst
): ValueCell {
	const known = scoreOf(criterion, value);
	const shown = value ?? { kind: 'unknown' as const, reason: 'no value' };
	if (known !== undefined) return { score: known, unknown: false, omitted: false, value: shown };
	return { score: treatment.score ?? 0, unknown: true, omitted: treatment.score === null, value: shown };
}

/**
 * Value scores depend on the data and the treatment of unknowns, never on the weights, so the
 * matrix is computed once per (effective data set, treatment) and reused while someone drags a
 * slider. The effective data set is a new object after any edit, so this cannot go stale.
 */
const matrixCache = new WeakMap<EffectiveDataset, Map<string, ValueCell[][]>>();
function valueMatrix(dataset: EffectiveDataset, treatment: UnknownTreatment): ValueCell[][] {
	let byTreatment = matrixCache.get(dataset);
	if (!byTreatment) matrixCache.set(dataset, (byTreatment = new Map()));
	let matrix = byTreatment.get(treatment.id);
	if (!matrix) {
		matrix = dataset.providers.map((p) =>
			dataset.criteria.map((c) => valueCell(c, p.values[c.id], treatment))
		);
		byTreatment.set(treatment.id, matrix);
	}
	return matrix;
}

/**
 * `dataset` is the effective data set (`base` with `scenario.edits` applied); the page derives it
 * once (state/Comparison) and hands the same one to the link encoder.
 */
export function evaluate(
	base: Dataset,
	scenario: Scenario,
	dataset: EffectiveDataset = effectiveDataset(base, scenario.edits)
): Evaluation {
	const method = methods[scenario.method];
	const unknowns = unknownTreatments[scenario.unknowns];
	const excludedIds = new Set(scenario.excluded);
	const ruledOut = ruledOutBy(dataset, scenario.musts).filter((r) => !excludedIds.has(r.provider.id));
	const ruledOutIds = new Set(ruledOut.map((r) => r.provider.id));
	const all = valueMatrix(dataset, unknowns);
	const rows = dataset.providers
		.map((_, i) => i)
		.filter((i) => !excludedIds.has(dataset.providers[i]!.id) && !ruledOutIds.has(dataset.providers[i]!.id));
	const providers = rows.map((i) => dataset.providers[i]!);
	const excluded = dataset.providers.filter((p) => excludedIds.has(p.id));
	const { criteria } = dataset;

	const cells = rows.map((i) => all[i]!);
	const weights = criteria.map((c) => scenario.weights[c.id] ?? 0);
	const totalWeight = weights.reduce((s, w) => s + w, 0);
	const values = cells.map((row) => row.map((cell) => cell.score));
	const included = unknowns.score === null ? cells.map((row) => row.map((cell) => !cell.omitted)) : undefined;
	const result = method.run(values, weights, included);

	const ranked = totalWeight > 0 && providers.length > 0;
	const ranks = competitionRanks(result.scores);
	const ranking: RankedProvider[] = ranked
		? orderByScore(result.scores).map((index) => ({
				provider: providers[index]!,
				index,
				rank: ranks[index]!,
				score: result.scores[index]!
			}))
		: [];

	const hypervisors = dataset.hypervisors.map((hypervisor): HypervisorSummary => {
		const group = ranking.filter((r) => r.provider.hypervisor === hypervisor.id);
		const count = providers.filter((p) => p.hypervisor === hypervisor.id).length;
		if (!group.length) return { hypervisor, count };
		const mean = group.reduce((s, r) => s + r.score, 0) / group.length;
		return { hypervisor, count, best: group[0], mean };
	});

	return {
		dataset,
		scenario,
		method,
		unknowns,
		criteria,
		providers,
		excluded,
		ruledOut,
		cells,
		weights,
		totalWeight,
		result,
		ranked,
		ranking,
		hypervisors
	};
}
