/**
 * SMAA rank acceptability for the page: the request sent to the worker (built from an evaluation)
 * and the result as a table and a chart's data. Pure: no worker, no DOM.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { smaa, type SmaaRequest, type SmaaResult } from '$lib/mcda';
import { isolate } from './bidi';
import { grouped } from './units';

/** Samples per run: 10,000 draws of the weights (and of the unknown values when they are uncertain). */
export const SMAA_SAMPLES = 10_000;
/** Ranks shown one by one; lower ranks are added up in one last column. */
export const MAX_RANK_COLUMNS = 10;

export interface SmaaInput {
	/** Equal keys, equal requests: the runner only starts a new run when this changes. */
	key: string;
	request: Omit<SmaaRequest, 'id'>;
	/** Provider ids, rows of the request. */
	providerIds: string[];
	uncertain: number;
}

/** FNV-1a over a string: a seed that the same comparison always gives (so a link reproduces the figures). */
export function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * The SMAA request for an evaluation. Weights are drawn uniformly over every way of sharing them
 * (the person's weights play no part: SMAA asks what happens under any weights). Values are the
 * value scores; with `uncertainUnknowns` an unknown value is drawn uniformly from 0–100 in every
 * sample. Otherwise an unknown scores as the treatment says, and one "left out" counts as the
 * provider's average value score on its known criteria (a fixed stand-in, as the weights vary).
 */
export function smaaInput(evaluation: Evaluation, uncertainUnknowns: boolean): SmaaInput {
	const values = evaluation.cells.map((row) => {
		const known = row.filter((c) => !c.omitted);
		const mean = known.length ? known.reduce((s, c) => s + c.score, 0) / known.length : 0;
		return row.map((c) => (c.omitted ? mean : c.score));
	});
	let uncertain = 0;
	const ranges = uncertainUnknowns
		? {
				low: evaluation.cells.map((row) => row.map((c) => (c.unknown ? 0 : c.score))),
				high: evaluation.cells.map((row) =>
					row.map((c) => {
						if (c.unknown) uncertain++;
						return c.unknown ? 100 : c.score;
					})
				)
			}
		: undefined;
	const key = JSON.stringify([values, uncertainUnknowns ? ranges?.high : 0, SMAA_SAMPLES]);
	const request: Omit<SmaaRequest, 'id'> = {
		values,
		samples: SMAA_SAMPLES,
		seed: seedOf(key),
		...(ranges && uncertain ? { ranges } : {})
	};
	return { key, request, providerIds: evaluation.providers.map((p) => p.id), uncertain };
}

/** Whole per cents that add up to exactly 100 (largest remainder), from shares that add up to 1. */
export function wholePercents(shares: readonly number[]): number[] {
	const raw = shares.map((s) => s * 100);
	const floors = raw.map(Math.floor);
	let left = Math.round(raw.reduce((a, b) => a + b, 0)) - floors.reduce((a, b) => a + b, 0);
	const order = raw.map((r, i) => i).sort((a, b) => raw[b]! - floors[b]! - (raw[a]! - floors[a]!) || a - b);
	for (const i of order) {
		if (left <= 0) break;
		floors[i]! += 1;
		left--;
	}
	return floors;
}

const ordinal = (r: number) => {
	const tens = r % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[r % 10] ?? 'th');
	return `${r}${suffix}`;
};

/** The section's words that do not wait for a result: heading, the question it answers, captions. */
export const ACCEPTABILITY = {
	heading: 'Rank acceptability',
	caption: 'Rank acceptability',
	chartCaption: 'Rank acceptability: share of the draws in which each provider takes each place',
	switchLabel: 'Treat unknown values as uncertain'
} as const;

/** "How often would each provider take each place …?", and that the weighted sum ranks whatever the method. */
export function acceptabilityIntro(
	evaluation: Pick<Evaluation, 'method'>,
	uncertainUnknowns: boolean
): string {
	return (
		`How often would each provider take each place if nobody knew the weights${uncertainUnknowns ? ' or the unknown values' : ''}?` +
		(!evaluation.method.capabilities?.weightedAverage
			? ' This analysis ranks by weighted sum whatever the method chosen above.'
			: '')
	);
}

export interface AcceptabilityView {
	/** Column headings: "1st", "2nd", …, and "11th or lower" when there are more providers. */
	ranks: string[];
	/** Every column heading: "Provider" and the ranks. */
	columns: string[];
	/** Rows in ranking order; `percents` add up to 100. */
	rows: { providerId: string; provider: string; percents: number[] }[];
	/** In words: who is first how often, what was drawn. */
	text: string;
}

export function acceptabilityView(
	evaluation: Evaluation,
	input: SmaaInput,
	result: SmaaResult
): AcceptabilityView {
	const m = result.acceptability.length;
	const shown = Math.min(m, MAX_RANK_COLUMNS);
	const ranks = Array.from({ length: shown }, (_, r) => ordinal(r + 1));
	if (m > shown) ranks.push(`${ordinal(shown + 1)} or lower`);
	const rowOf = new Map(input.providerIds.map((id, i) => [id, i]));
	const order = evaluation.ranked ? evaluation.ranking.map((r) => r.provider) : evaluation.providers;
	const rows = order.flatMap((provider) => {
		const i = rowOf.get(provider.id);
		const shares = i === undefined ? undefined : result.acceptability[i];
		if (!shares) return [];
		const columns = shares.slice(0, shown);
		if (m > shown) columns.push(shares.slice(shown).reduce((a, b) => a + b, 0));
		return [{ providerId: provider.id, provider: provider.name, percents: wholePercents(columns) }];
	});
	const firsts = rows
		.map((r) => ({ name: r.provider, first: r.percents[0] ?? 0 }))
		.filter((r) => r.first > 0)
		.sort((a, b) => b.first - a.first);
	const never = rows.length - firsts.length;
	const drawn = input.uncertain
		? ` and each of the ${input.uncertain} unknown value${input.uncertain === 1 ? '' : 's'} anywhere on its criterion’s 0–100 scale`
		: '';
	const text =
		`We drew ${grouped(SMAA_SAMPLES)} sets of weights at random, every way of sharing the weight ` +
		`equally likely${drawn}, and ranked the providers by weighted sum each time. ` +
		(firsts.length
			? `${firsts
					.slice(0, 3)
					.map((f) => `${isolate(f.name)} came first in ${f.first} %`)
					.join(', ')}${firsts.length > 3 ? ', …' : ''} of the draws` +
				(never ? `; ${never} provider${never === 1 ? '' : 's'} never did.` : '.')
			: '');
	return { ranks, columns: ['Provider', ...ranks], rows, text };
}

/**
 * The page's figures without its worker, for the PDF (which cannot wait for the section to scroll
 * into view). The run is seeded by the comparison (`smaaInput`), so the numbers equal the page's.
 */
export function acceptabilityNow(
	evaluation: Evaluation,
	uncertainUnknowns = true
): AcceptabilityView | undefined {
	const input = smaaInput(evaluation, uncertainUnknowns);
	if (!input.providerIds.length) return undefined;
	// The confidence factors are not shown: one draw for them (they come after, so the shares are the page's).
	const result = smaa(input.request.values, { ...input.request, confidenceSamples: 1 });
	return acceptabilityView(evaluation, input, result);
}
