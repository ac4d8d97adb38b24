/**
 * The one gate from raw input to a scenario. A link, a comparison file, saved work in this browser
 * and a form each parse their own text into `RawScenario` (texts and ids, nothing decided); this
 * module alone decides what it means: the defaults for what is missing, the 0–100 range of a
 * weight, whole-number weights under Sliders, the rank-order and pairwise checks, unknown ids and
 * "a method nobody knows → the weighted sum". It never throws on bad input: each bad part is
 * replaced by its default or dropped, on its own, and named in a plain sentence.
 *
 * Positions (a link's weights, rank order, judgements and must-haves) count in the comparison's
 * criteria order: the data set's criteria, then the person's own (`effectiveDataset`).
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import type { Dataset } from '$lib/data/schema';
import { effectiveDataset, type EffectiveDataset } from './effective';
import { defaultScenario } from './presets';
import { DEFAULT_METHOD, type MethodId, type UnknownTreatmentId } from './registry';
import {
	emptyEdits,
	IdSchema,
	LIMITS,
	MAX_WEIGHT,
	PairKeySchema,
	ScenarioSchema,
	type Edits,
	type Scenario
} from './schema';
import {
	INTEGER,
	NUMBER,
	list,
	quote,
	readJudgement,
	readMethod,
	readMust,
	readRankKind,
	readUnknowns,
	readWeighting,
	uniqueEdits,
	wholeWeight
} from './rules';
import { isSaaty, pairsOf, pairwiseMatrices } from './weighting';

/** The rules for one input, applied here and by the page's forms (`rules.ts`, without zod). */
export * from './rules';

/**
 * A scenario as a source wrote it, before any rule is applied. Every part is optional: what is
 * missing takes its default. List forms count positions in the comparison's criteria order (a
 * link); record forms are keyed by id (a file, saved work, a form).
 */
export interface RawScenario {
	/** The person's own data, each item already read on its own by the source (ids may still clash). */
	edits?: Edits;
	/** Weight texts by position, or weights by criterion id. Missing: the data set's default weights. */
	weights?: readonly string[] | Readonly<Record<string, unknown>>;
	method?: string;
	weighting?: string;
	unknowns?: string;
	/** Criteria most important first: position texts (a link) or criterion ids. */
	rankOrder?: { positions: readonly string[] } | readonly string[];
	rankKind?: string;
	/** Signed judgement texts (3, −3, 1) in the order of the comparison's pairs (a link). */
	judgements?: readonly string[];
	/** Judgements keyed "a|b" (Saaty, 1/9…9), as a file holds them. */
	pairwise?: Readonly<Record<string, number>>;
	/** Must-haves: `position:value` texts (a link), or value by criterion id. */
	musts?: readonly string[] | Readonly<Record<string, number | string>>;
	excluded?: readonly string[];
	preset?: string;
	/**
	 * The source named a data set that is not here, so its weights cannot be matched: the defaults
	 * are used, and no preset is claimed for them.
	 */
	unmatched?: boolean;
}

export interface Resolved {
	scenario: Scenario;
	/** Plain sentences, one per part replaced or dropped; empty for good input. */
	problems: string[];
}

export interface ResolveOptions {
	/** What the input is called in a sentence: "the link" (default), "the file", "the saved comparison". */
	from?: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Raw input → a valid scenario on `dataset`, and what was replaced or dropped. `dataset` is the
 * one the source names (or the fallback, with `unmatched`); the result always passes
 * `ScenarioSchema`.
 */
export function resolveScenario(raw: RawScenario, dataset: Dataset, options: ResolveOptions = {}): Resolved {
	const from = options.from ?? 'the link';
	const problems: string[] = [];
	// A set beside the list: a hostile file can hold many thousands of bad parts.
	const said = new Set<string>();
	const add = (sentence: string) => {
		if (said.has(sentence)) return;
		said.add(sentence);
		problems.push(sentence);
	};
	const unique = uniqueEdits(raw.unmatched ? emptyEdits() : (raw.edits ?? emptyEdits()), dataset);
	unique.problems.forEach(add);
	const edits = unique.edits;
	const effective = effectiveDataset(dataset, edits);
	const base = defaultScenario(dataset);

	const weights = resolveWeights(raw.unmatched ? undefined : raw.weights, effective, base, from, add);
	const method = resolveMethod(raw.method, add);
	const excluded = resolveExcluded(raw.excluded, effective, from, add);
	const unknowns = resolveUnknowns(raw.unknowns, add);
	const weighting = resolveWeighting(raw, effective, from, add);
	// Sliders show whole numbers: weights written as text (a link) are rounded to what the form will
	// show. A comparison file is an exact copy (Export JSON promises the identical scenario back), so
	// its weights stay as saved.
	if (weighting.weighting === 'direct' && raw.weights !== undefined && isList(raw.weights))
		roundToWhole(weights, effective.criteria, add);

	const preset = raw.preset !== undefined && IdSchema.safeParse(raw.preset).success ? raw.preset : undefined;
	if (raw.preset !== undefined && !preset)
		add(`The preset name ${quote(raw.preset, 30)} is not valid; ignored.`);
	// A source names its own preset; one without (every version 1 link) had none, unless it gives
	// no weights at all: then its weights are the default ones, and so is its preset.
	const named = preset ?? (raw.weights === undefined && !raw.unmatched ? base.preset : undefined);
	const musts = resolveMusts(raw.musts, effective, add);
	const scenario: Scenario = {
		dataset: base.dataset,
		method,
		...weighting,
		weights,
		unknowns,
		...(musts ? { musts } : {}),
		...(named ? { preset: named } : {}),
		excluded,
		edits
	};
	// The last word: whatever was read, the result is a schema-valid scenario (a bug throws here,
	// and a source's last-resort catch says so).
	return { scenario: ScenarioSchema.parse(scenario), problems };
}

/**
 * Weights: each in 0–`MAX_WEIGHT`, else the default (the data set's default weight, 0 for the
 * person's own criteria). Positional texts fill the comparison's criteria in order; a weight by id
 * is kept under its id (a removed criterion keeps its weight, to have it back).
 */
function resolveWeights(
	given: RawScenario['weights'],
	effective: EffectiveDataset,
	base: Scenario,
	from: string,
	add: (sentence: string) => void
): Record<string, number> {
	const defaults = (): Record<string, number> =>
		Object.fromEntries(effective.criteria.map((c) => [c.id, base.weights[c.id] ?? 0]));
	if (given === undefined) return defaults();
	const check = (weights: Record<string, number>, id: string, name: string, value: unknown): void => {
		const kept = base.weights[id] ?? 0;
		// "+50" arrives as " 50" (a "+" in a query is a space): surrounding spaces are not part of the number.
		const text = typeof value === 'string' ? value.trim() : undefined;
		const n =
			typeof value === 'number' ? value : text !== undefined && NUMBER.test(text) ? Number(text) : NaN;
		const fits = n >= 0 && n <= MAX_WEIGHT;
		weights[id] = fits ? (n === 0 ? 0 : n) : kept;
		const shown = quote(typeof value === 'string' ? value : String(value), 20);
		if (Number.isNaN(n)) add(`The weight for ${name}, ${shown}, is not a number; kept the default ${kept}.`);
		else if (!fits)
			add(`The weight for ${name}, ${shown}, is outside 0 to ${MAX_WEIGHT}; kept the default ${kept}.`);
	};
	if (isList(given)) {
		const weights = defaults();
		const missing: string[] = [];
		effective.criteria.forEach((criterion, i) => {
			const part = given[i];
			if (part === undefined || part === '') missing.push(criterion.name);
			else check(weights, criterion.id, criterion.name, part);
		});
		if (missing.length)
			add(
				`${capital(from)} has no weight for ${list(missing)}; kept the default${plural(missing.length, '', 's')}.`
			);
		if (given.length > effective.criteria.length)
			add(
				`${capital(from)} has ${given.length} weights but the data has ${effective.criteria.length} criteria; ignored the extra ones.`
			);
		return weights;
	}
	// By id a source gives every weight it means (the schema's rule: a criterion missing has weight 0).
	const weights: Record<string, number> = {};
	const names = new Map(effective.criteria.map((c) => [c.id, c.name]));
	for (const [id, value] of Object.entries(given)) {
		if (IdSchema.safeParse(id).success) check(weights, id, names.get(id) ?? quote(id, 30), value);
		else
			add(
				`${capital(from)} gives a weight to ${quote(id, 20)}, which is not a criterion id (${IdSchema.safeParse(id).error?.issues[0]?.message}); ignored.`
			);
	}
	// Weights given, none of them to a criterion id: the part is unreadable as a whole, and all
	// zero (no ranking) is not what anyone wrote. The defaults, as for a missing part.
	if (Object.keys(given).length && !Object.keys(weights).length) {
		add(`None of the weights in ${from} could be read; used the default weights.`);
		return defaults();
	}
	return weights;
}

const isList = <T>(value: readonly T[] | object): value is readonly T[] => Array.isArray(value);

/** A method Cloud Scorecard does not know (a later version's, a typo) scores with the weighted sum. */
function resolveMethod(m: string | undefined, add: (sentence: string) => void): MethodId {
	if (m === undefined) return DEFAULT_METHOD;
	const known = readMethod(m);
	if (known) return known;
	add(`The scoring method ${quote(m, 30)} is not one Cloud Scorecard knows; used the weighted sum.`);
	return DEFAULT_METHOD;
}

/** Providers left out: each once, and only providers of the comparison. */
function resolveExcluded(
	x: readonly string[] | undefined,
	effective: EffectiveDataset,
	from: string,
	add: (sentence: string) => void
): string[] {
	if (!x) return [];
	const providerIds = new Set(effective.providers.map((p) => p.id));
	// Sets: a file's list can be long, and each id counts once.
	const excluded = new Set<string>();
	const unknown = new Set<string>();
	for (const id of x) {
		if (id === '') continue;
		(providerIds.has(id) ? excluded : unknown).add(id);
	}
	const unknownIds = [...unknown];
	if (unknownIds.length)
		add(
			`${capital(from)} leaves out ${list(unknownIds.map((id) => quote(id, 30)))}, ` +
				`${plural(unknownIds.length, 'which is not a provider', 'which are not providers')} in this data; ignored.`
		);
	return [...excluded];
}

function resolveUnknowns(u: string | undefined, add: (sentence: string) => void): UnknownTreatmentId {
	if (u === undefined) return 'worst';
	const known = readUnknowns(u);
	if (known) return known;
	add(
		`The treatment of unknown values ${quote(u, 20)} is not one Cloud Scorecard knows; used “worst level”.`
	);
	return 'worst';
}

type Weighting = Pick<Scenario, 'weighting' | 'rankOrder' | 'rankKind' | 'pairwise'>;

/**
 * The way the weights were set and its inputs. Each is checked on its own; a bad one is ignored
 * with a sentence, and the weights are never recomputed here (the source carries them).
 */
function resolveWeighting(
	raw: RawScenario,
	effective: EffectiveDataset,
	from: string,
	add: (sentence: string) => void
): Weighting {
	const out: Weighting = { weighting: 'direct' };
	const k = raw.weighting;
	if (k !== undefined) {
		const known = readWeighting(k);
		if (known) out.weighting = known;
		else
			add(
				`The way of setting the weights ${quote(k, 20)} is not one Cloud Scorecard knows; used the sliders.`
			);
	}
	const rankOrder = resolveRankOrder(raw.rankOrder, effective, from, add);
	if (rankOrder) out.rankOrder = rankOrder;
	const rk = raw.rankKind === undefined ? undefined : readRankKind(raw.rankKind);
	if (rk) out.rankKind = rk;
	else if (raw.rankKind !== undefined)
		add(
			`The rank weighting ${quote(raw.rankKind, 20)} is not one Cloud Scorecard knows; used rank order centroid.`
		);
	const pairwise = resolvePairwise(raw, effective, from, add);
	if (pairwise) out.pairwise = pairwise;
	return out;
}

const isPositions = (
	order: NonNullable<RawScenario['rankOrder']>
): order is { positions: readonly string[] } => !Array.isArray(order);

/**
 * A rank order names each criterion at most once, and only criteria of the comparison. By
 * position (a link) every position must be one; by id, an id no longer among the criteria is kept
 * (the page's rank list passes over it), so a criterion brought back finds its place again.
 */
function resolveRankOrder(
	order: RawScenario['rankOrder'],
	effective: EffectiveDataset,
	from: string,
	add: (sentence: string) => void
): string[] | undefined {
	if (order === undefined) return undefined;
	const n = effective.criteria.length;
	if (!isPositions(order)) {
		if (order.length > LIMITS.criteria * 4) {
			add(
				`The rank order in ${from} names ${order.length} criteria, more than a comparison can hold; ignored the rank order.`
			);
			return undefined;
		}
		if (order.some((id, i) => order.indexOf(id) !== i)) {
			add(`The rank order in ${from} names a criterion twice; ignored the rank order.`);
			return undefined;
		}
		const bad = order.filter((id) => !IdSchema.safeParse(id).success);
		if (bad.length) {
			add(
				`The rank order in ${from} names ${list(bad.map((b) => quote(b, 12)))}, which ${plural(bad.length, 'is not a criterion', 'are not criteria')} of this comparison; ignored the rank order.`
			);
			return undefined;
		}
		return [...order];
	}
	const parts = order.positions;
	if (!parts.length || (parts.length === 1 && parts[0] === '')) return undefined;
	const indices = parts.map((part) => (INTEGER.test(part) ? Number(part) : NaN));
	const bad = parts.filter((_, i) => !(indices[i]! >= 0 && indices[i]! < n));
	if (bad.length) {
		add(
			`The rank order in ${from} names ${list(bad.map((b) => quote(b, 12)))}, which ${plural(bad.length, 'is not a criterion', 'are not criteria')} of this comparison (there are ${n}); ignored the rank order.`
		);
		return undefined;
	}
	if (indices.some((x, i) => indices.indexOf(x) !== i)) {
		add(`The rank order in ${from} names a criterion twice; ignored the rank order.`);
		return undefined;
	}
	return indices.map((i) => effective.criteria[i]!.id);
}

/**
 * Pairwise judgements: one per pair of the comparison (`pairwiseMatrices`: within each group of two
 * or more criteria, then between the groups), each on Saaty's 1–9 scale either way.
 */
function resolvePairwise(
	raw: RawScenario,
	effective: EffectiveDataset,
	from: string,
	add: (sentence: string) => void
): Record<string, number> | undefined {
	if (raw.pairwise !== undefined) {
		// A key that is not a pair of ids ("a|b") cannot be a judgement of this comparison: left out alone.
		const entries = Object.entries(raw.pairwise).filter(([key]) => PairKeySchema.safeParse(key).success);
		const strays = Object.keys(raw.pairwise).filter((key) => !PairKeySchema.safeParse(key).success);
		if (strays.length)
			add(
				`${capital(from)} gives a pairwise judgement for ${list(strays.map((k) => quote(k, 20)))}, which ${plural(strays.length, 'is not a pair', 'are not pairs')} of criteria; ignored.`
			);
		const bad = entries.filter(([, v]) => !isSaaty(v));
		if (bad.length) {
			add(
				`The pairwise judgement${plural(bad.length, '', 's')} ${list(bad.map(([, v]) => quote(String(v), 12)))} ${plural(bad.length, 'is', 'are')} not on the 1–9 scale (1/9 to 9); ignored the judgements.`
			);
			return undefined;
		}
		return Object.fromEntries(entries);
	}
	const parts = raw.judgements;
	if (parts === undefined || !parts.length || (parts.length === 1 && parts[0] === '')) return undefined;
	const pairs = pairsOf(pairwiseMatrices(effective));
	const values = parts.map(readJudgement);
	const bad = parts.filter((_, i) => values[i] === undefined);
	if (parts.length !== pairs.length) {
		add(
			`${capital(from)} has ${parts.length} pairwise judgement${plural(parts.length, '', 's')} but this comparison has ${pairs.length} pairs; ignored them.`
		);
		return undefined;
	}
	if (bad.length) {
		add(
			`The pairwise judgement${plural(bad.length, '', 's')} ${list(bad.map((b) => quote(b, 12)))} ${plural(bad.length, 'is', 'are')} not on the 1–9 scale (−9 to 9); ignored the judgements.`
		);
		return undefined;
	}
	return Object.fromEntries(pairs.map(([a, b], i) => [`${a}|${b}`, values[i]!]));
}

/**
 * One rule for the link, the form and the ranking: with Sliders, weights are whole numbers from 0
 * to 100 (what the form shows is what the ranking uses). A fractional weight is rounded to the
 * nearest whole number, and the page says so. Weights from a ranking or pairwise judgements keep
 * their decimals: they are computed from those inputs, which the source carries.
 */
function roundToWhole(
	weights: Record<string, number>,
	criteria: readonly { id: string; name: string }[],
	add: (sentence: string) => void
): void {
	const rounded: string[] = [];
	const names = new Map(criteria.map((c) => [c.id, c.name]));
	for (const [id, w] of Object.entries(weights)) {
		if (Number.isInteger(w)) continue;
		weights[id] = wholeWeight(w);
		rounded.push(`${names.get(id) ?? id} ${Number(w.toPrecision(6))} → ${weights[id]}`);
	}
	if (rounded.length)
		add(
			`Weights set with sliders are whole numbers from 0 to 100, so ${plural(rounded.length, 'one weight was', `${rounded.length} weights were`)} rounded: ${list(rounded)}.`
		);
}

/**
 * Must-haves: each names a criterion of the comparison once, with a value that fits it (a number
 * in its unit, or one of its rating levels). A bad one is ignored with a sentence.
 */
function resolveMusts(
	given: RawScenario['musts'],
	effective: EffectiveDataset,
	add: (sentence: string) => void
): Record<string, number | string> | undefined {
	if (given === undefined) return undefined;
	const musts: Record<string, number | string> = {};
	const bad: string[] = [];
	const entries: [string, string | undefined, unknown][] = isList(given)
		? given
				.filter((part) => part !== '' || given.length > 1)
				.map((part) => {
					const [at, text = ''] = part.split(':', 2);
					const criterion = at !== undefined && INTEGER.test(at) ? effective.criteria[Number(at)] : undefined;
					return [part, criterion?.id, text.trim()];
				})
		: Object.entries(given).map(([id, value]) => [`${id}:${value}`, id, value]);
	for (const [part, id, value] of entries) {
		const criterion = id === undefined ? undefined : effective.criteria.find((c) => c.id === id);
		if (!criterion || Object.hasOwn(musts, criterion.id)) {
			bad.push(part);
			continue;
		}
		const required = readMust(criterion, value);
		if (required !== undefined) musts[criterion.id] = required;
		else bad.push(part);
	}
	if (bad.length)
		add(
			`The must-have${plural(bad.length, '', 's')} ${list(bad.map((b) => quote(b, 20)))} ${plural(bad.length, 'does', 'do')} not fit this comparison’s criteria; ignored.`
		);
	return Object.keys(musts).length ? musts : undefined;
}

/**
 * A scenario already in the schema's shape (a comparison file once its structure is checked, the
 * page's own state, a form) as raw input, so the gate's rules apply to it as to a link.
 */
export function rawOf(scenario: Scenario): RawScenario {
	return {
		edits: scenario.edits,
		weights: scenario.weights,
		method: scenario.method,
		weighting: scenario.weighting,
		unknowns: scenario.unknowns,
		excluded: scenario.excluded,
		...(scenario.rankOrder ? { rankOrder: scenario.rankOrder } : {}),
		...(scenario.rankKind ? { rankKind: scenario.rankKind } : {}),
		...(scenario.pairwise ? { pairwise: scenario.pairwise } : {}),
		...(scenario.musts ? { musts: scenario.musts } : {}),
		...(scenario.preset ? { preset: scenario.preset } : {})
	};
}
