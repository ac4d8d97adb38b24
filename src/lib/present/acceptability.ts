/**
 * SMAA rank acceptability for the page: the request sent to the worker (built from an evaluation)
 * and the result as a table and a chart's data. Pure: no worker, no DOM.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import type { SmaaRequest, SmaaResult } from '$lib/mcda';
import { isolate } from './bidi';
import { listText } from './evidence';
import { grouped } from './units';

/** Samples per run: 10,000 draws of the weights (and of the unknown values when they are uncertain). */
export const SMAA_SAMPLES = 10_000;
/** Ranks shown one by one; lower ranks are added up in one last column. */
export const MAX_RANK_COLUMNS = 10;

/** How the weights are drawn: around the person's own (the default) or any weights at all. */
export type WeightDraw = 'around' | 'any';

/** Around the person's weights, each weight is drawn within ± this share of its own value. */
export const WEIGHT_SPREAD = 0.25;

export interface SmaaInput {
	/** Equal keys, equal requests: the runner only starts a new run when this changes. */
	key: string;
	request: Omit<SmaaRequest, 'id'>;
	/** Provider ids, rows of the request. */
	providerIds: string[];
	/** Unknown values drawn (on criteria with weight above 0). */
	uncertain: number;
	draw: WeightDraw;
	/** Criteria left out because their weight is 0, by name. */
	leftOut: string[];
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
 * The SMAA request for an evaluation. Criteria whose weight is 0 are left out: they play no part in
 * the person's ranking, so neither their weights nor their unknown values are drawn. Weights are
 * drawn around the person's own (each within ±25 %, then rescaled) or, with `draw` 'any', uniformly
 * over every way of sharing them. Values are the value scores; with `uncertainUnknowns` an unknown
 * value is drawn uniformly from 0–100 in every sample. Otherwise an unknown scores as the treatment
 * says, and one "left out" counts as the provider's average value score on its known criteria (a
 * fixed stand-in, as the weights vary).
 */
export function smaaInput(
	evaluation: Evaluation,
	uncertainUnknowns: boolean,
	draw: WeightDraw = 'around'
): SmaaInput {
	const kept = evaluation.criteria.flatMap((_, j) => ((evaluation.weights[j] ?? 0) > 0 ? [j] : []));
	const leftOut = evaluation.criteria
		.filter((_, j) => !((evaluation.weights[j] ?? 0) > 0))
		.map((c) => c.name);
	const cells = evaluation.cells.map((row) => kept.map((j) => row[j]!));
	const values = cells.map((row) => {
		const known = row.filter((c) => !c.omitted);
		const mean = known.length ? known.reduce((s, c) => s + c.score, 0) / known.length : 0;
		return row.map((c) => (c.omitted ? mean : c.score));
	});
	let uncertain = 0;
	const ranges = uncertainUnknowns
		? {
				low: cells.map((row) => row.map((c) => (c.unknown ? 0 : c.score))),
				high: cells.map((row) =>
					row.map((c) => {
						if (c.unknown) uncertain++;
						return c.unknown ? 100 : c.score;
					})
				)
			}
		: undefined;
	const centre = kept.map((j) => evaluation.weights[j]!);
	const around = draw === 'around' && kept.length ? { centre, spread: WEIGHT_SPREAD } : undefined;
	const key = JSON.stringify([values, uncertainUnknowns ? ranges?.high : 0, SMAA_SAMPLES, around ?? 'any']);
	const request: Omit<SmaaRequest, 'id'> = {
		values,
		samples: SMAA_SAMPLES,
		seed: seedOf(key),
		...(ranges && uncertain ? { ranges } : {}),
		...(around ? { around } : {})
	};
	return { key, request, providerIds: evaluation.providers.map((p) => p.id), uncertain, draw, leftOut };
}

/**
 * How the "Treat unknown values as uncertain" switch relates to the Unknown values rule, in one
 * sentence naming the rule in force.
 */
export function uncertainSwitchNote(evaluation: Evaluation): string {
	return (
		`Switched on, each unknown value is drawn anywhere on its 0–100 scale in every draw, whatever the ` +
		`Unknown values rule; switched off, unknown values count as that rule says (now “${evaluation.unknowns.label}”).`
	);
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
	uncertainUnknowns: boolean,
	draw: WeightDraw = 'around'
): string {
	const weights =
		draw === 'around'
			? `the weights moved up to ${Math.round(WEIGHT_SPREAD * 100)} % either way from yours`
			: 'the weights could be anything';
	return (
		`How often would each provider take each place if ${weights}${uncertainUnknowns ? ' and the unknown values could be anything' : ''}?` +
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
	const how =
		input.draw === 'around'
			? `each weight within ±${Math.round(WEIGHT_SPREAD * 100)} % of yours`
			: 'every way of sharing the weight equally likely';
	const text =
		`We drew ${grouped(SMAA_SAMPLES)} sets of weights at random, ${how}${drawn}, ` +
		`and ranked the providers by weighted sum each time. ` +
		(firsts.length
			? `${firsts
					.slice(0, 3)
					.map((f) => `${isolate(f.name)} came first in ${f.first} %`)
					.join(', ')}${firsts.length > 3 ? ', …' : ''} of the draws` +
				(never ? `; ${never} provider${never === 1 ? '' : 's'} never did.` : '.')
			: '');
	const leftOut = input.leftOut.length
		? ` ${listText(input.leftOut.map(isolate))} ${input.leftOut.length === 1 ? 'has' : 'have'} weight 0 and ${input.leftOut.length === 1 ? 'was' : 'were'} left out.`
		: '';
	return { ranks, columns: ['Provider', ...ranks], rows, text: text + leftOut };
}
