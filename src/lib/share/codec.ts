/**
 * What a shared link contains: a scenario as a short, readable query string, and back.
 *
 * Format version 2 (`v=2`, written today), e.g. `v=2&d=cloud-2010.2&w=50,60,30,…&x=ntt&u=middle&e=…`:
 * - `v`: format version. A link without `v` is read as version 1.
 * - `d`: data set id and version, `<id>.<version>`. Published data sets are immutable, so a link
 *   reopens on the figures it was made with, years later.
 * - `w`: one weight per criterion, comma-separated, in the effective criteria order: the data set's
 *   criteria (safe because the named data set version never changes), then the person's own in the
 *   order `e` lists them. Always written, so a later change of the default weights never changes
 *   what an old link shows.
 * - `m`: scoring method id (see the registry); left out for the weighted sum.
 * - `x`: ids of the providers left out, comma-separated; left out when none are.
 * - `u`: treatment of unknown values (registry id); left out for "worst".
 * - `p`: the preset the weights started from; left out when none.
 * - `e`: the person's own data (providers, criteria, values, scales): see `payload.ts`; left out
 *   when there is none.
 * - `k`: the way the weights were set (`rank` or `pairwise`); left out for sliders. The weights
 *   used are always those in `w`; the inputs below are kept so the person can go on editing them.
 * - `o`: the rank order, criterion positions (as in `w`, from 0) most important first,
 *   comma-separated; left out when the person never ranked the criteria.
 * - `rk`: `rank-sum` when the ranking gives rank-sum weights; left out for rank order centroid.
 * - `j`: pairwise judgements, one per pair in the order of `pairwiseMatrices` (within each group of
 *   two or more criteria, then between the groups; upper triangles row by row), each a signed whole
 *   number: 3 = the first 3× as important, −3 = the second 3×, 1 = equal. Left out when none.
 * - `r`: must-haves, `position:value` comma-separated (position as in `w`; value a number in the
 *   criterion's unit, or a rating level id), e.g. `r=4:16,9:iso`; left out when none.
 *
 * Version 1 (`v=1`) is the same without `u`, `p` and `e`, and with weights in the data set's
 * criteria order; it is still read, forever, exactly as before.
 *
 * Adding an optional parameter whose absence means what links meant before does not need a new
 * version. A change of meaning does: it gets `v=2` and its own decoder beside `decodeV1`, which
 * stays for as long as links made today exist (forever). Content that does not fit readable
 * parameters (custom providers, say) would go in a v2 payload compressed with a library such as
 * lz-string, never a home-made encoding.
 *
 * Decoding never throws: whatever the query, it returns a valid scenario (zod-checked) and plain
 * sentences that say what was ignored. Pure TypeScript: no Svelte, no DOM.
 */
import { CATALOGUE, DEFAULT_DATASET_ID, loadedDatasets } from '$lib/data/catalogue';
import { defaultScenario } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';
import { effectiveDataset, type EffectiveDataset } from '$lib/scenario/effective';
import { activeMustHaves, fitsCriterion } from '$lib/scenario/must-haves';
import { uniqueEdits } from '$lib/scenario/resolve';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { fromSigned, judgement, pairsOf, pairwiseMatrices, toSigned } from '$lib/scenario/weighting';
import {
	DEFAULT_METHOD,
	methodIds,
	unknownTreatmentIds,
	weightingIds,
	type MethodId,
	type UnknownTreatmentId
} from '$lib/scenario/registry';
import {
	emptyEdits,
	hasEdits,
	IdSchema,
	MAX_WEIGHT,
	ScenarioSchema,
	type Edits,
	type Scenario
} from '$lib/scenario/schema';
import { decodeEdits, encodeEdits, PayloadError } from './payload';
import { grouped } from '$lib/present/units';

export const FORMAT_VERSION = 2;
/**
 * Longest query (characters, without `?`) a link may have; longer links open the default
 * comparison with a notice. 8,000 is what common proxies and CDNs pass in a request line; the page
 * says when a comparison is too large for a link and offers Export JSON instead.
 */
export const MAX_QUERY_LENGTH = 8000;
/** At most this many problems are listed; the rest are counted in a last sentence. */
export const MAX_PROBLEMS = 8;

const KNOWN_PARAMS = new Set(['v', 'd', 'w', 'm', 'x', 'u', 'p', 'e', 'k', 'o', 'rk', 'j', 'r']);
/** Added by mail clients, chat apps and ad networks; ignored without a word. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|msclkid|mc_eid|ref)$/i;
/** A plain decimal number as `String(number)` writes it (optionally signed, so "-1" is out of range, not "not a number"). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATASET_REF = /^([a-z0-9][a-z0-9-]*)\.([1-9]\d{0,8})$/;

export interface DecodedLink {
	scenario: Scenario;
	/** The data set the scenario refers to (always one of the catalogue's). */
	dataset: Dataset;
	/** What in the link was ignored or replaced, in plain sentences; empty for a good link. */
	problems: string[];
}

export interface DecodeOptions {
	/**
	 * The data sets a link may be read against: those loaded so far by default (the page loads the
	 * one a link names first, `entryForRef`); tests pass synthetic ones.
	 */
	datasets?: readonly Dataset[];
	/** Longest query read; saved work in this browser is not a link and may be longer. */
	maxLength?: number;
	/**
	 * Told what the last-resort catch swallowed before it showed the default comparison. Every
	 * expected fault is a problem sentence instead, so the fuzz tests use this to see (and fail on)
	 * an exception that would otherwise pass for a handled bad link.
	 */
	onUnexpected?: (error: unknown) => void;
}

/** The newest version of a data set id in the catalogue. */
export function latestOf<T extends { id: string; version: number }>(
	catalogue: readonly T[],
	id: string
): T | undefined {
	return catalogue
		.filter((d) => d.id === id)
		.reduce<T | undefined>((a, d) => (!a || d.version > a.version ? d : a), undefined);
}

/** A newer version of the same data set, if one is published (the page then says so). */
export function newerDataset<T extends { id: string; version: number }>(
	dataset: { id: string; version: number },
	catalogue: readonly T[] = CATALOGUE as unknown as readonly T[]
): T | undefined {
	const latest = latestOf(catalogue, dataset.id);
	return latest && latest.version > dataset.version ? latest : undefined;
}

/** True when a query holds anything besides tracking parameters: a link to open rather than `/`. */
export function isLink(params: URLSearchParams): boolean {
	return [...params.keys()].some((key) => !TRACKING_PARAM.test(key));
}

/** A weight as the shortest text that reads back as the same number ("50", "33.5", "1e-7"). */
function formatWeight(weight: number): string {
	return Object.is(weight, -0) ? '0' : String(weight);
}

/**
 * The query string (without `?`) for a scenario on its data set. `dataset` must be the one the
 * scenario names (its criteria order gives the weights' positions). Provider ids not in the data
 * set cannot be linked and are left out.
 */
export function encodeScenario(
	scenario: Scenario,
	dataset: Dataset,
	effective: EffectiveDataset = effectiveDataset(dataset, scenario.edits)
): string {
	if (scenario.dataset.id !== dataset.id || scenario.dataset.version !== dataset.version)
		throw new Error(
			`encodeScenario: the scenario is on ${scenario.dataset.id} v${scenario.dataset.version}, not ${dataset.id} v${dataset.version}`
		);
	const parts = [
		`v=${FORMAT_VERSION}`,
		`d=${dataset.id}.${dataset.version}`,
		`w=${effective.criteria.map((c) => formatWeight(scenario.weights[c.id] ?? 0)).join(',')}`
	];
	if (scenario.method !== DEFAULT_METHOD) parts.push(`m=${encodeURIComponent(scenario.method)}`);
	const providerIds = new Set(effective.providers.map((p) => p.id));
	const excluded = scenario.excluded.filter((id) => providerIds.has(id));
	if (excluded.length) parts.push(`x=${excluded.join(',')}`);
	if (scenario.unknowns !== 'worst') parts.push(`u=${scenario.unknowns}`);
	if (scenario.preset) parts.push(`p=${scenario.preset}`);
	if (hasEdits(scenario.edits)) parts.push(`e=${encodeEdits(scenario.edits)}`);
	if (scenario.weighting !== 'direct') parts.push(`k=${scenario.weighting}`);
	const position = new Map(effective.criteria.map((c, i) => [c.id, i]));
	const order = (scenario.rankOrder ?? []).flatMap((id) => position.get(id) ?? []);
	if (order.length) parts.push(`o=${order.join(',')}`);
	if (scenario.rankKind === 'rank-sum') parts.push('rk=rank-sum');
	const musts = activeMustHaves(effective.criteria, scenario.musts);
	if (musts.length)
		parts.push(
			`r=${musts.map((m) => `${position.get(m.criterion.id)}:${typeof m.required === 'number' ? formatWeight(m.required) : m.required}`).join(',')}`
		);
	if (scenario.pairwise && Object.keys(scenario.pairwise).length) {
		const pairs = pairsOf(pairwiseMatrices(effective));
		if (pairs.length)
			parts.push(`j=${pairs.map(([a, b]) => toSigned(judgement(scenario.pairwise, a, b))).join(',')}`);
	}
	return parts.join('&');
}

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Link text quoted in a problem sentence: cut short, with control and bidirectional-override
 * characters shown as "�" so a link cannot reorder or hide the words around it. (Svelte escapes
 * it for HTML; this is about what a reader sees.)
 */
export function quote(text: string, max = 40): string {
	const clean = text.replace(INVISIBLE, '\ufffd');
	const chars = Array.from(clean);
	return `“${chars.length > max ? `${chars.slice(0, max).join('')}…` : clean}”`;
}

function list(items: string[], max = 3): string {
	const shown = items.slice(0, max);
	const more = items.length - shown.length;
	const head = more > 0 ? [...shown, `${more} more`] : shown;
	return head.length < 2 ? (head[0] ?? '') : `${head.slice(0, -1).join(', ')} and ${head.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const describeDataset = (d: Dataset) => `${d.id} version ${d.version}`;

/** Problem sentences, without repeats, at most MAX_PROBLEMS listed. */
class Problems {
	readonly all: string[] = [];
	add = (sentence: string) => {
		if (!this.all.includes(sentence)) this.all.push(sentence);
	};
	list(): string[] {
		if (this.all.length <= MAX_PROBLEMS) return [...this.all];
		const rest = this.all.length - (MAX_PROBLEMS - 1);
		return [...this.all.slice(0, MAX_PROBLEMS - 1), `${rest} more parts of the link were ignored as well.`];
	}
}

/**
 * Read a link's query (with or without `?`, or parsed) into a scenario. Never throws: anything
 * invalid falls back to the default for that part, and `problems` says what was ignored.
 */
export function decodeScenario(query: string | URLSearchParams, options: DecodeOptions = {}): DecodedLink {
	const catalogue = options.datasets ?? loadedDatasets();
	const fallback =
		latestOf(catalogue, DEFAULT_DATASET_ID) ?? (catalogue[0] && latestOf(catalogue, catalogue[0].id));
	if (!fallback) throw new Error('decodeScenario: no data sets to decode against');
	const problems = new Problems();
	try {
		const decoded = decodeQuery(query, catalogue, fallback, problems, options.maxLength ?? MAX_QUERY_LENGTH);
		// Validate once at the boundary: whatever was read, the result is a schema-valid scenario.
		const checked = ScenarioSchema.safeParse(decoded.scenario);
		if (!checked.success) throw checked.error;
		return { scenario: checked.data, dataset: decoded.dataset, problems: problems.list() };
	} catch (error) {
		options.onUnexpected?.(error);
		return {
			scenario: defaultScenario(fallback),
			dataset: fallback,
			problems: ['This link could not be read, so the default comparison is shown.']
		};
	}
}

function decodeQuery(
	query: string | URLSearchParams,
	catalogue: readonly Dataset[],
	fallback: Dataset,
	problems: Problems,
	maxLength: number
): { scenario: Scenario; dataset: Dataset } {
	const text = typeof query === 'string' ? query.replace(/^\?/, '') : query.toString();
	const defaults = { scenario: defaultScenario(fallback), dataset: fallback };
	if (text.length > maxLength) {
		problems.add(
			`This link is too long (${grouped(text.length)} characters; a link holds at most ` +
				`${grouped(maxLength)}), so none of it was used and the default comparison is shown.`
		);
		return defaults;
	}
	const params = typeof query === 'string' ? new URLSearchParams(text) : query;

	const unknown = [...new Set(params.keys())].filter(
		(key) => !KNOWN_PARAMS.has(key) && !TRACKING_PARAM.test(key)
	);
	if (unknown.length)
		problems.add(
			`Ignored ${list(unknown.map((k) => quote(k, 20)))}: ${plural(unknown.length, 'it is', 'they are')} not part of a Cloud Scorecard link.`
		);

	/** The first value of a parameter; a repeated parameter is reported and its later copies ignored. */
	const single = (key: string): string | undefined => {
		const values = params.getAll(key);
		if (values.length > 1) problems.add(`The link gives “${key}” ${values.length} times; used the first.`);
		return values[0];
	};

	const version = single('v') ?? '1';
	if (version !== '1' && version !== '2') {
		problems.add(
			`This link is in format version ${quote(version, 12)}, which this version of Cloud Scorecard cannot read, ` +
				`so the default comparison is shown.`
		);
		return defaults;
	}
	return decodeParams(single, catalogue, fallback, problems, version === '2');
}

/**
 * Versions 1 and 2: readable parameters d, w, m, x, and in version 2 also u, p and e (see the
 * module comment). Version 1 links never carried u, p or e, so reading them there changes nothing.
 */
function decodeParams(
	single: (key: string) => string | undefined,
	catalogue: readonly Dataset[],
	fallback: Dataset,
	problems: Problems,
	v2: boolean
): { scenario: Scenario; dataset: Dataset } {
	let dataset = fallback;
	/** False when the link's data set is not here: its positional weights cannot be matched to criteria. */
	let weightsUsable = true;
	const ref = single('d');
	if (ref !== undefined) {
		const match = DATASET_REF.exec(ref);
		const found = match && catalogue.find((d) => d.id === match[1] && d.version === Number(match[2]));
		if (found) dataset = found;
		else {
			dataset = (match && latestOf(catalogue, match[1]!)) || fallback;
			weightsUsable = false;
			problems.add(
				`This link names the data set ${quote(ref, 30)}, which is not available, so ${describeDataset(dataset)} ` +
					`is used with its default weights.`
			);
		}
	}

	const read = v2 && weightsUsable ? readEdits(single('e'), problems) : emptyEdits();
	const unique = uniqueEdits(read, dataset);
	unique.problems.forEach(problems.add);
	const edits = unique.edits;
	const effective = effectiveDataset(dataset, edits);
	const base = defaultScenario(dataset);
	const weights: Record<string, number> = Object.fromEntries(
		effective.criteria.map((c) => [c.id, base.weights[c.id] ?? 0])
	);
	const w = single('w');
	if (w !== undefined && weightsUsable) {
		const parts = w === '' ? [] : w.split(',');
		const missing: string[] = [];
		effective.criteria.forEach((criterion, i) => {
			const part = parts[i];
			const kept = base.weights[criterion.id] ?? 0;
			if (part === undefined || part === '') {
				missing.push(criterion.name);
				return;
			}
			// "+50" arrives as " 50" (a "+" in a query is a space): surrounding spaces are not part of the number.
			const text = part.trim();
			const n = NUMBER.test(text) ? Number(text) : NaN;
			if (Number.isNaN(n))
				problems.add(
					`The weight for ${criterion.name}, ${quote(part, 20)}, is not a number; kept the default ${kept}.`
				);
			else if (!(n >= 0 && n <= MAX_WEIGHT))
				problems.add(
					`The weight for ${criterion.name}, ${quote(part, 20)}, is outside 0 to ${MAX_WEIGHT}; kept the default ${kept}.`
				);
			else weights[criterion.id] = n === 0 ? 0 : n;
		});
		if (missing.length)
			problems.add(
				`The link has no weight for ${list(missing)}; kept the default${plural(missing.length, '', 's')}.`
			);
		if (parts.length > effective.criteria.length)
			problems.add(
				`The link has ${parts.length} weights but the data has ${effective.criteria.length} criteria; ignored the extra ones.`
			);
	}

	let method: MethodId = DEFAULT_METHOD;
	const m = single('m');
	if (m !== undefined) {
		const known = methodIds.find((id) => id === m);
		if (known) method = known;
		else
			problems.add(
				`The scoring method ${quote(m, 30)} is not one Cloud Scorecard knows; used the weighted sum.`
			);
	}

	const excluded: string[] = [];
	const x = single('x');
	if (x) {
		const providerIds = new Set(effective.providers.map((p) => p.id));
		const unknownIds: string[] = [];
		for (const id of x.split(',')) {
			if (id === '') continue;
			if (!providerIds.has(id)) {
				if (!unknownIds.includes(id)) unknownIds.push(id);
			} else if (!excluded.includes(id)) excluded.push(id);
		}
		if (unknownIds.length)
			problems.add(
				`The link leaves out ${list(unknownIds.map((id) => quote(id, 30)))}, ` +
					`${plural(unknownIds.length, 'which is not a provider', 'which are not providers')} in this data; ignored.`
			);
	}

	let unknowns: UnknownTreatmentId = 'worst';
	const u = v2 ? single('u') : undefined;
	if (u !== undefined) {
		const known = unknownTreatmentIds.find((id) => id === u);
		if (known) unknowns = known;
		else
			problems.add(
				`The treatment of unknown values ${quote(u, 20)} is not one Cloud Scorecard knows; used “worst level”.`
			);
	}

	const weighting = readWeighting(v2, single, effective, problems);
	if (weighting.weighting === 'direct') roundToWhole(weights, effective.criteria, problems);

	const p = v2 ? single('p') : undefined;
	const preset = p !== undefined && IdSchema.safeParse(p).success ? p : undefined;
	if (p !== undefined && !preset) problems.add(`The preset name ${quote(p, 30)} is not valid; ignored.`);
	// A link names its own preset; one without `p` (every version 1 link) had none, unless it gives
	// no weights at all: then its weights are the default ones, and so is its preset.
	const named = preset ?? (w === undefined && weightsUsable ? base.preset : undefined);
	const musts = v2 ? readMustHaves(single('r'), effective, problems) : undefined;
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
	return { scenario, dataset };
}

const INTEGER = /^[+-]?\d{1,3}$/;

/** `r` (version 2): must-haves. Each entry is checked on its own; a bad one is ignored with a sentence. */
function readMustHaves(
	r: string | undefined,
	effective: EffectiveDataset,
	problems: Problems
): Record<string, number | string> | undefined {
	if (r === undefined || r === '') return undefined;
	const musts: Record<string, number | string> = {};
	const bad: string[] = [];
	for (const part of r.split(',')) {
		const [at, text = ''] = part.split(':', 2);
		const criterion = at !== undefined && INTEGER.test(at) ? effective.criteria[Number(at)] : undefined;
		if (!criterion || Object.hasOwn(musts, criterion.id)) {
			bad.push(part);
			continue;
		}
		const trimmed = text.trim();
		const required =
			scaleKind(criterion.scale).raw === 'number' ? (NUMBER.test(trimmed) ? Number(trimmed) : NaN) : trimmed;
		if (fitsCriterion(criterion, required)) musts[criterion.id] = required;
		else bad.push(part);
	}
	if (bad.length)
		problems.add(
			`The must-have${plural(bad.length, '', 's')} ${list(bad.map((b) => quote(b, 20)))} ${plural(bad.length, 'does', 'do')} not fit this comparison’s criteria; ignored.`
		);
	return Object.keys(musts).length ? musts : undefined;
}

/**
 * `k`, `o`, `rk` and `j` (version 2): the way the weights were set and its inputs. Each is checked
 * on its own; a bad one is ignored with a sentence, and the weights (`w`) are never recomputed here.
 */
function readWeighting(
	v2: boolean,
	single: (key: string) => string | undefined,
	effective: EffectiveDataset,
	problems: Problems
): Pick<Scenario, 'weighting' | 'rankOrder' | 'rankKind' | 'pairwise'> {
	const out: Pick<Scenario, 'weighting' | 'rankOrder' | 'rankKind' | 'pairwise'> = { weighting: 'direct' };
	if (!v2) return out;
	const k = single('k');
	if (k !== undefined) {
		const known = weightingIds.find((id) => id === k);
		if (known) out.weighting = known;
		else
			problems.add(
				`The way of setting the weights ${quote(k, 20)} is not one Cloud Scorecard knows; used the sliders.`
			);
	}
	const n = effective.criteria.length;
	const o = single('o');
	if (o !== undefined && o !== '') {
		const parts = o.split(',');
		const indices = parts.map((part) => (INTEGER.test(part) ? Number(part) : NaN));
		const bad = parts.filter((_, i) => !(indices[i]! >= 0 && indices[i]! < n));
		const repeated = indices.some((x, i) => indices.indexOf(x) !== i);
		if (bad.length)
			problems.add(
				`The rank order in the link names ${list(bad.map((b) => quote(b, 12)))}, which ${plural(bad.length, 'is not a criterion', 'are not criteria')} of this comparison (there are ${n}); ignored the rank order.`
			);
		else if (repeated)
			problems.add('The rank order in the link names a criterion twice; ignored the rank order.');
		else out.rankOrder = indices.map((i) => effective.criteria[i]!.id);
	}
	const rk = single('rk');
	if (rk === 'rank-sum') out.rankKind = 'rank-sum';
	else if (rk !== undefined)
		problems.add(
			`The rank weighting ${quote(rk, 20)} is not one Cloud Scorecard knows; used rank order centroid.`
		);
	const j = single('j');
	if (j !== undefined && j !== '') {
		const pairs = pairsOf(pairwiseMatrices(effective));
		const parts = j.split(',');
		const values = parts.map((part) => (INTEGER.test(part) ? Number(part) : NaN));
		const bad = parts.filter((_, i) => !(Math.abs(values[i]!) >= 1 && Math.abs(values[i]!) <= 9));
		if (parts.length !== pairs.length)
			problems.add(
				`The link has ${parts.length} pairwise judgement${plural(parts.length, '', 's')} but this comparison has ${pairs.length} pairs; ignored them.`
			);
		else if (bad.length)
			problems.add(
				`The pairwise judgement${plural(bad.length, '', 's')} ${list(bad.map((b) => quote(b, 12)))} ${plural(bad.length, 'is', 'are')} not on the 1–9 scale (−9 to 9); ignored the judgements.`
			);
		else out.pairwise = Object.fromEntries(pairs.map(([a, b], i) => [`${a}|${b}`, fromSigned(values[i]!)]));
	}
	return out;
}

/**
 * One rule for the link, the form and the ranking: with Sliders, weights are whole numbers from 0
 * to 100 (what the form shows is what the ranking uses). A link's fractional weight is rounded to
 * the nearest whole number, and the page says so. Weights from a ranking or pairwise judgements
 * keep their decimals: they are computed from those inputs, which the link carries.
 */
function roundToWhole(
	weights: Record<string, number>,
	criteria: readonly { id: string; name: string }[],
	problems: Problems
): void {
	const rounded: string[] = [];
	for (const c of criteria) {
		const w = weights[c.id];
		if (w === undefined || Number.isInteger(w)) continue;
		weights[c.id] = Math.round(w);
		rounded.push(`${c.name} ${Number(w.toPrecision(6))} → ${weights[c.id]}`);
	}
	if (rounded.length)
		problems.add(
			`Weights set with sliders are whole numbers from 0 to 100, so ${plural(rounded.length, 'one weight was', `${rounded.length} weights were`)} rounded: ${list(rounded)}.`
		);
}

/** The `e` parameter, or no edits (with a sentence saying why) when it cannot be read. */
function readEdits(e: string | undefined, problems: Problems): Edits {
	if (e === undefined || e === '') return emptyEdits();
	try {
		const decoded = decodeEdits(e);
		decoded.problems.forEach(problems.add);
		return decoded.edits;
	} catch (error) {
		const why = error instanceof PayloadError ? error.message : 'it could not be read';
		problems.add(
			`The providers, criteria and values added to this comparison could not be read (${why}); it opens without them.`
		);
		return emptyEdits();
	}
}
