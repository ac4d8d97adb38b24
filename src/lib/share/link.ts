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
 * This module writes links and holds no validator, so the page's first load carries none (issue
 * 16); reading one back is `codec.ts`, fetched with zod and the schemas only when there is a link
 * to read (`openLink`). Pure TypeScript: no Svelte, no DOM.
 */
import { CATALOGUE, DEFAULT_DATASET_ID, loadedDatasets } from '$lib/data/catalogue';
import type { Dataset } from '$lib/data/schema';
import { effectiveDataset, type EffectiveDataset } from '$lib/scenario/effective';
import { hasEdits, type Scenario } from '$lib/scenario/model';
import { activeMustHaves } from '$lib/scenario/must-haves';
import { defaultScenario } from '$lib/scenario/presets';
import { DEFAULT_METHOD } from '$lib/scenario/registry';
import { judgement, pairsOf, pairwiseMatrices, toSigned } from '$lib/scenario/weighting';
import { encodeEdits } from './payload-encode';
import { MAX_QUERY_LENGTH, NO_SCRIPT_PARAM, TRACKING_PARAM } from './page-key.js';
import { loadDecoderFor } from './readers';

export const FORMAT_VERSION = 2;
// The link's parameters, its length limit and the tracking parameters it ignores live with the
// page cache's key (page-key.js), which must read links exactly as the decoder does.
export { MAX_QUERY_LENGTH, TRACKING_PARAM };
/**
 * Not part of the comparison: `nojs` asks for the page a reader without JavaScript is sent to,
 * which carries every section as plain HTML (components/noscript-copy.ts). Ignored without a word.
 */
export { NO_SCRIPT_PARAM };
/** Whether a query parameter is not part of the comparison (tracking, or the no-script page). */
export const isPageParam = (key: string): boolean => key === NO_SCRIPT_PARAM || TRACKING_PARAM.test(key);

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
	/** What the query is called in the gate's sentences: "the link" unless it is saved work. */
	from?: string;
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

/** The data set a query without a usable `d` opens on: the default one's newest version, else the first's. */
export function fallbackOf(catalogue: readonly Dataset[]): Dataset {
	const fallback =
		latestOf(catalogue, DEFAULT_DATASET_ID) ?? (catalogue[0] && latestOf(catalogue, catalogue[0].id));
	if (!fallback) throw new Error('decodeScenario: no data sets to decode against');
	return fallback;
}

/**
 * A link's query read as `decodeScenario` reads it, fetching the decoder (zod and the schemas)
 * only when there is something to read: `/` opens the default comparison without it, as the
 * decoder would (codec.spec.ts checks both give the same).
 */
export async function openLink(query: string, options: DecodeOptions = {}): Promise<DecodedLink> {
	if (query.replace(/^\?/, '') === '') {
		const dataset = fallbackOf(options.datasets ?? loadedDatasets());
		return { scenario: defaultScenario(dataset), dataset, problems: [] };
	}
	const { decodeScenario } = await loadDecoderFor(query);
	return decodeScenario(query, options);
}

/** True when a query holds anything besides tracking parameters: a link to open rather than `/`. */
export function isLink(params: URLSearchParams): boolean {
	return [...params.keys()].some((key) => !isPageParam(key));
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
