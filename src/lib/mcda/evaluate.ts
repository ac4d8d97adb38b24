/**
 * Evaluate a scenario against its data set: value scores, weights, the method's result and the
 * ranking, all in one plain object that the tables, charts, summary and PDF read from.
 */
import type { Criterion, Dataset, Provider, Value } from '$lib/data/schema';
import type { MethodResult, ScoringMethod } from './method';
import { competitionRanks, orderByScore } from './ranking';
import type { MethodId, Scenario } from './scenario';
import { levelValue, linearValue } from './value';
import { weightedSum } from './weighted-sum';

export const methods: Record<MethodId, ScoringMethod> = { 'weighted-sum': weightedSum };

export interface ValueCell {
	/** 0–100. */
	score: number;
	/** True when the raw value is unknown and scored at the worst level. */
	unknown: boolean;
	value: Value;
}

export interface RankedProvider {
	provider: Provider;
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
	dataset: Dataset;
	scenario: Scenario;
	method: ScoringMethod;
	criteria: readonly Criterion[];
	/** Providers compared, in data set order. */
	providers: Provider[];
	excluded: Provider[];
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

/** The 0–100 value score of one value on one criterion's fixed scale. */
export function valueCell(criterion: Criterion, value: Value | undefined): ValueCell {
	if (!value || value.kind === 'unknown')
		return { score: 0, unknown: true, value: value ?? { kind: 'unknown', reason: 'no value' } };
	const { scale } = criterion;
	const score =
		scale.kind === 'linear'
			? linearValue(Number(value.raw), scale.worst, scale.best)
			: levelValue(String(value.raw), scale.levels);
	return { score, unknown: false, value };
}

/**
 * Value scores depend only on the data, never on the weights, so each provider's row is computed
 * once and reused while someone drags a slider (a data set is immutable once loaded).
 */
const rowCache = new WeakMap<Provider, ValueCell[]>();
function valueRow(criteria: readonly Criterion[], provider: Provider): ValueCell[] {
	let row = rowCache.get(provider);
	if (!row || row.length !== criteria.length) {
		row = criteria.map((c) => valueCell(c, provider.values[c.id]));
		rowCache.set(provider, row);
	}
	return row;
}

export function evaluate(dataset: Dataset, scenario: Scenario): Evaluation {
	const method = methods[scenario.method];
	const excludedIds = new Set(scenario.excluded);
	const providers = dataset.providers.filter((p) => !excludedIds.has(p.id));
	const excluded = dataset.providers.filter((p) => excludedIds.has(p.id));
	const { criteria } = dataset;

	const cells = providers.map((p) => valueRow(criteria, p));
	const weights = criteria.map((c) => scenario.weights[c.id] ?? 0);
	const totalWeight = weights.reduce((s, w) => s + w, 0);
	const result = method.run(
		cells.map((row) => row.map((cell) => cell.score)),
		weights
	);

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
		criteria,
		providers,
		excluded,
		cells,
		weights,
		totalWeight,
		result,
		ranked,
		ranking,
		hypervisors
	};
}

/** Score as shown everywhere: one decimal. */
export function formatScore(score: number): string {
	return score.toFixed(1);
}

/** Share of the total weight in whole per cent; "–" when all weights are zero. */
export function formatShare(weight: number, totalWeight: number): string {
	return totalWeight > 0 ? `${Math.round((100 * weight) / totalWeight)} %` : '–';
}
