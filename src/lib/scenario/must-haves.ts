/**
 * Must-haves: hard requirements no weight can express ("at least 16 GB", "SLA at least 99.9 %").
 * A provider that fails one, or whose value for it is unknown (not confirmed), is ruled out: it is
 * not ranked, and each failure is kept so the page can say why.
 *
 * A must-have is set per criterion in the criterion's own terms: a number in its unit ("at least"
 * for a criterion where more is better, "at most" where less is better), or a rating level (that
 * level or better). Pure TypeScript.
 */
import { ownValue } from '$lib/data/ids';
import { isKnown, type EffectiveCriterion, type EffectiveDataset, type EffectiveProvider } from './effective';
import { scaleKind, scoreOn } from './scale-kinds';
import type { Scenario } from './schema';

/** The required value per criterion id: a number in the criterion's unit, or a level id. */
export type MustHaves = Readonly<Record<string, number | string>>;

export interface MustHave {
	criterion: EffectiveCriterion;
	required: number | string;
}

export interface MustHaveFailure extends MustHave {
	/** The provider's value, or undefined when it is unknown (or does not fit the scale). */
	value: number | string | undefined;
}

export interface RuledOut {
	provider: EffectiveProvider;
	failures: MustHaveFailure[];
}

/** "at least" where more is better (and for ratings), "at most" where less is better. */
export function mustBound(
	criterion: Pick<EffectiveCriterion, 'direction' | 'scale'>
): 'at least' | 'at most' {
	return scaleKind(criterion.scale).raw === 'number' && criterion.direction === 'lower'
		? 'at most'
		: 'at least';
}

/** True when `required` fits the criterion: a finite number on a number scale, a level it has. */
export function fitsCriterion(criterion: EffectiveCriterion, required: unknown): required is number | string {
	return (
		(typeof required === 'number' || typeof required === 'string') &&
		scoreOn(criterion.scale, required) !== undefined
	);
}

/** The must-haves that apply to these criteria, in the criteria's order (others are ignored). */
export function activeMustHaves(
	criteria: readonly EffectiveCriterion[],
	musts: MustHaves | undefined
): MustHave[] {
	if (!musts) return [];
	return criteria.flatMap((criterion) => {
		const required = ownValue(musts, criterion.id);
		return required !== undefined && fitsCriterion(criterion, required) ? [{ criterion, required }] : [];
	});
}

/** True when `value` meets the must-have. An unknown value never does. */
export function meets(must: MustHave, value: number | string | undefined): boolean {
	const { criterion, required } = must;
	if (value === undefined) return false;
	// Numbers compare as numbers, the way the criterion says is better (whatever they score:
	// "at least 16 GB" stays that on a scale that rewards 16 GB less than 8); levels by their scores.
	if (scaleKind(criterion.scale).raw === 'number') {
		if (typeof value !== 'number' || typeof required !== 'number') return false;
		return criterion.direction === 'lower' ? value <= required : value >= required;
	}
	const have = scoreOn(criterion.scale, value);
	const need = scoreOn(criterion.scale, required);
	return typeof have === 'number' && typeof need === 'number' && have >= need;
}

/** A provider's value for a criterion as the check reads it: known and fitting the scale, or undefined. */
function valueFor(provider: EffectiveProvider, criterion: EffectiveCriterion): number | string | undefined {
	const value = ownValue(provider.values, criterion.id);
	if (!isKnown(value)) return undefined;
	return fitsCriterion(criterion, value.raw) ? value.raw : undefined;
}

/** The providers ruled out by the must-haves, in data set order, each with every must-have it fails. */
export function ruledOutBy(dataset: EffectiveDataset, musts: MustHaves | undefined): RuledOut[] {
	const active = activeMustHaves(dataset.criteria, musts);
	if (!active.length) return [];
	return dataset.providers.flatMap((provider) => {
		const failures = active.flatMap((must) => {
			const value = valueFor(provider, must.criterion);
			return meets(must, value) ? [] : [{ ...must, value }];
		});
		return failures.length ? [{ provider, failures }] : [];
	});
}

/**
 * With every provider ruled out: the must-have that rules out the fewest of `candidates` (the
 * providers not left out by hand), the one to relax first; ties go to the first in criteria order.
 */
export function mustHaveToRelax(
	ruledOut: readonly RuledOut[],
	active: readonly MustHave[]
): { must: MustHave; rulesOut: number } | undefined {
	let best: { must: MustHave; rulesOut: number } | undefined;
	for (const must of active) {
		const rulesOut = ruledOut.filter((r) =>
			r.failures.some((f) => f.criterion.id === must.criterion.id)
		).length;
		if (!best || rulesOut < best.rulesOut) best = { must, rulesOut };
	}
	return best;
}

/** The scenario with a must-have set (`undefined` removes it). */
export function withMustHave(
	scenario: Scenario,
	criterionId: string,
	required: number | string | undefined
): Scenario {
	const musts: Record<string, number | string> = { ...scenario.musts };
	if (required === undefined) delete musts[criterionId];
	else musts[criterionId] = required;
	const next: Scenario = { ...scenario, musts };
	if (!Object.keys(musts).length) delete next.musts;
	return next;
}
