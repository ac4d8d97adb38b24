/**
 * The gate's rules for one input, each written once, and the words its sentences quote outside
 * text with. The gate (`resolve.ts`) applies them to a link, a file or saved work; the page's forms
 * apply the same functions to what a person types or picks. Apart from the gate because the page's
 * first load uses these and no validator (the gate's last word is a zod check; issue 16).
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import type { Dataset } from '$lib/data/schema';
import type { EffectiveCriterion } from './effective';
import { MAX_WEIGHT, type Edits } from './model';
import { fitsCriterion } from './must-haves';
import {
	methodIds,
	unknownTreatmentIds,
	weightingIds,
	type MethodId,
	type UnknownTreatmentId,
	type WeightingId
} from './registry';
import { scaleKind } from './scale-kinds';
import { fromSigned, type RankKind } from './weighting';

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Outside text quoted in a problem sentence: cut short, with control and bidirectional-override
 * characters shown as "�" so input cannot reorder or hide the words around it. (Svelte escapes
 * it for HTML; this is about what a reader sees.)
 */
export function quote(text: string, max = 40): string {
	const clean = text.replace(INVISIBLE, '\ufffd');
	const chars = Array.from(clean);
	return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : clean}”`;
}

/** "a, b and 2 more". */
export function list(items: string[], max = 3): string {
	const shown = items.slice(0, max);
	const more = items.length - shown.length;
	const head = more > 0 ? [...shown, `${more} more`] : shown;
	return head.length < 2 ? (head[0] ?? '') : `${head.slice(0, -1).join(', ')} and ${head.at(-1)}`;
}

/** A plain decimal number as `String(number)` writes it (signed, so "-1" is out of range, not "not a number"). */
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A position or a signed judgement: at most three digits. */
export const INTEGER = /^[+-]?\d{1,3}$/;

/*
 * The rules for one input, each written once: the gate applies them to a link, a file or saved
 * work, and the page's forms apply the same functions to what a person types or picks (the
 * weight boxes, the must-have boxes, the pairwise selects, the rank-weighting and other choices).
 */

/** A number in outside text: a plain decimal (spaces around ignored) that is finite; else undefined. */
export function readDecimal(text: string): number | undefined {
	const t = text.trim();
	const n = NUMBER.test(t) ? Number(t) : NaN;
	return Number.isFinite(n) ? n : undefined;
}

/**
 * A weight under Sliders: a whole number from 0 to `MAX_WEIGHT` (what the form shows is what the
 * ranking uses). Anything else is brought into range; a value that is not a number counts 0.
 */
export function wholeWeight(weight: number): number {
	if (!Number.isFinite(weight)) return 0;
	return Math.min(MAX_WEIGHT, Math.max(0, Math.round(weight)));
}

export interface TypedWeight {
	/** The weight to use; absent when the text is kept as the person's draft (empty, not a number). */
	weight?: number;
	/** What was wrong with the text, for the person; empty when nothing was. */
	problem: string;
}

/**
 * A weight typed in a Sliders box. Empty is the person mid-edit (the weight stays); text that is
 * not a number is refused; a number outside 0–100 or with decimals is brought to the nearest whole
 * weight in range, and the sentence says so ("-5 was set to 0").
 */
export function typedWeight(text: string, current: number): TypedWeight {
	const t = text.trim();
	if (t === '') return { problem: '' };
	const n = readDecimal(t);
	if (n === undefined) return { problem: `${quote(t)} is not a number; the weight stays ${current}.` };
	const weight = wholeWeight(n);
	return {
		weight,
		problem:
			weight === n ? '' : `Weights go from 0 to ${MAX_WEIGHT} in whole numbers; ${t} was set to ${weight}.`
	};
}

/**
 * A must-have's required value: for a criterion on numbers a number in its unit (text is read as
 * a decimal), else one of its levels. Undefined when it does not fit the criterion.
 */
export function readMust(criterion: EffectiveCriterion, value: unknown): number | string | undefined {
	const required =
		typeof value === 'string' && scaleKind(criterion.scale).raw === 'number' ? readDecimal(value) : value;
	return fitsCriterion(criterion, required) ? required : undefined;
}

/**
 * A signed pairwise judgement ("3": the first is 3× as important; "-3": the second is; "1": equal)
 * as a Saaty value (3, 1/3, 1); undefined when it is not a whole number from −9 to −1 or 1 to 9
 * (−1, which the page never writes, reads as 1: equal).
 */
export function readJudgement(text: string): number | undefined {
	if (!INTEGER.test(text)) return undefined;
	const n = Number(text);
	return Math.abs(n) >= 1 && Math.abs(n) <= 9 ? fromSigned(n) : undefined;
}

/** A method id Cloud Scorecard knows, or undefined. */
export const readMethod = (text: string): MethodId | undefined => methodIds.find((id) => id === text);
/** An unknown-values treatment Cloud Scorecard knows, or undefined. */
export const readUnknowns = (text: string): UnknownTreatmentId | undefined =>
	unknownTreatmentIds.find((id) => id === text);
/** A way of setting the weights Cloud Scorecard knows, or undefined. */
export const readWeighting = (text: string): WeightingId | undefined =>
	weightingIds.find((id) => id === text);
/** A rank weighting Cloud Scorecard knows, or undefined. */
export const readRankKind = (text: string): RankKind | undefined =>
	text === 'roc' || text === 'rank-sum' ? text : undefined;

/**
 * Rules a change set must keep that no schema of one item can check: ids are unique, and a
 * person's provider, criterion or group never takes an id the data set already uses. A link, a file
 * or saved work can break either (two providers called `acme`, a criterion called `entry-price`),
 * and the page's keyed lists would then stop working. The later duplicate is dropped and named;
 * everything else is kept.
 */
export interface UniqueEdits {
	edits: Edits;
	/** Plain sentences, one per dropped item. */
	problems: string[];
}

type Kind = 'provider' | 'criterion' | 'group';

function keepFirst<T extends { id: string; name: string }>(
	items: readonly T[],
	taken: ReadonlySet<string>,
	kind: Kind,
	problems: string[]
): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		if (taken.has(item.id)) {
			problems.push(
				`Dropped your ${kind} “${item.name}”: its id “${item.id}” is already one of the data set’s ${kind === 'criterion' ? 'criteria' : `${kind}s`}.`
			);
			return false;
		}
		if (seen.has(item.id)) {
			problems.push(
				`Dropped your ${kind} “${item.name}”: another ${kind} before it has the id “${item.id}”.`
			);
			return false;
		}
		seen.add(item.id);
		return true;
	});
}

/** The change set with every id unique and apart from the data set's; the same object when nothing clashes. */
export function uniqueEdits(edits: Edits, base: Dataset): UniqueEdits {
	const problems: string[] = [];
	const providers = keepFirst(
		edits.providers,
		new Set(base.providers.map((p) => p.id)),
		'provider',
		problems
	);
	const criteria = keepFirst(edits.criteria, new Set(base.criteria.map((c) => c.id)), 'criterion', problems);
	const groups = keepFirst(edits.groups, new Set(base.groups.map((g) => g.id)), 'group', problems);
	if (!problems.length) return { edits, problems };
	return { edits: { ...edits, providers, criteria, groups }, problems };
}
