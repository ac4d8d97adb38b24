/**
 * "Why #1 wins": one paragraph, generated from what the core computed, for the page and the PDF.
 * It names the leader and its margin over the runner-up, the criteria that give most of that margin
 * (from the contributions), where the runner-up is better, and the smallest change of one weight
 * that would change the leader (from the weight stability intervals).
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatScore } from './format';
import { isolate, possessive } from './bidi';
import { formatPercent, stabilityOf } from './stability';

const points = (x: number) => `${x.toFixed(1)} point${x.toFixed(1) === '1.0' ? '' : 's'}`;

function list(items: string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface WhyView {
	heading: 'Why #1 wins';
	text: string;
}

export function whyFirst(evaluation: Evaluation): WhyView | undefined {
	const [first, second] = evaluation.ranking;
	if (!first) return undefined;
	const heading = 'Why #1 wins' as const;
	const leader = isolate(first.provider.name);
	if (!second)
		return { heading, text: `${leader} is the only provider compared, so it is first by default.` };
	const runnerUp = isolate(second.provider.name);
	const { criteria, method } = evaluation;
	const mine = evaluation.result.contributions?.[first.index] ?? [];
	const theirs = evaluation.result.contributions?.[second.index] ?? [];
	const diffs = criteria.map((c, j) => ({ name: isolate(c.name), d: (mine[j] ?? 0) - (theirs[j] ?? 0) }));
	const margin = first.score - second.score;
	const sentences: string[] = [];

	if (formatScore(first.score) === formatScore(second.score))
		sentences.push(
			`${leader} and ${runnerUp} tie at ${formatScore(first.score)}; ${leader} is listed first only because it comes first in the data.`
		);
	else
		sentences.push(
			`${leader} is first with ${formatScore(first.score)}, ${points(margin)} ahead of ${runnerUp} (${formatScore(second.score)}).`
		);

	// The fewest criteria (at most three) giving two thirds of what the leader gains over the runner-up.
	const gains = diffs.filter((x) => x.d >= 0.05).sort((a, b) => b.d - a.d);
	const gained = gains.reduce((s, x) => s + x.d, 0);
	const main: typeof gains = [];
	for (const g of gains) {
		if (main.length === 3 || main.reduce((s, x) => s + x.d, 0) >= (2 / 3) * gained) break;
		main.push(g);
	}
	const split = method.additive === false ? ' (as the contributions chart splits its score)' : '';
	if (main.length)
		sentences.push(
			`Most of ${possessive(first.provider.name)} lead${split} comes from ${list(main.map((g, i) => `${g.name} (${i === 0 ? `${points(g.d)} more` : points(g.d)})`))}` +
				(method.additive === false
					? '.'
					: ': a point is one of the 100 a provider can score, and each criterion gives its share of the weight times the provider’s value score on it.')
		);
	const losses = diffs.filter((x) => x.d <= -0.05).sort((a, b) => a.d - b.d);
	if (losses.length)
		sentences.push(
			`${runnerUp} does better on ${list(losses.slice(0, 2).map((l) => `${l.name} (${points(-l.d)})`))}${losses.length > 2 ? `, and on ${losses.length - 2} more` : ''}.`
		);
	else sentences.push(`${runnerUp} is nowhere better than ${leader} by a tenth of a point or more.`);

	const { intervals, exact } = stabilityOf(evaluation);
	const total = evaluation.totalWeight;
	let best: { j: number; to: number; who: number; change: number } | undefined;
	for (const { criterion: j, interval, below, above } of intervals) {
		const now = total > 0 ? (evaluation.weights[j] ?? 0) / total : 0;
		if (below !== undefined && (!best || now - interval[0] < best.change))
			best = { j, to: interval[0], who: below, change: now - interval[0] };
		if (above !== undefined && (!best || interval[1] - now < best.change))
			best = { j, to: interval[1], who: above, change: interval[1] - now };
	}
	if (best) {
		const now = total > 0 ? (evaluation.weights[best.j] ?? 0) / total : 0;
		const verb = best.to < now ? 'lowering' : 'raising';
		sentences.push(
			`The smallest change of one weight that would change the leader: ${verb} ` +
				`${criteria[best.j]!.name} from ${formatPercent(now)} to ${exact ? '' : 'about '}${formatPercent(best.to)} of the total weight ` +
				`(the other weights keeping their proportions) would put ${evaluation.providers[best.who]?.name ?? 'another provider'} first.`
		);
	} else if (intervals.length)
		sentences.push(`No change of a single weight alone would put another provider first.`);
	return { heading, text: sentences.join(' ') };
}
