/**
 * "Why #1 wins": one paragraph, generated from what the core computed, for the page and the PDF.
 * It names the leader and its margin over the runner-up, the criteria that give most of that margin
 * (from the contributions), where the runner-up is better, and the smallest change of one weight
 * that would change the leader (from the weight stability intervals).
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatPoints, formatScore } from './format';
import { lead, unknownCaveat } from './answer';
import { isolate, possessive } from './bidi';
import { formatPercent, stabilityOf } from './stability';

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
	// The one margin and the one split of the lead, shared with the answer (so both say 20.7).
	const l = lead(evaluation)!;
	const sentences: string[] = [];

	if (l.margin === 0)
		sentences.push(
			`${leader} and ${runnerUp} tie at ${formatScore(first.score)}; ${leader} is listed first only because it comes first in the data.`
		);
	else
		sentences.push(
			`${leader} is first with ${formatScore(first.score)}, ${formatPoints(l.margin)} ahead of ${runnerUp} (${formatScore(second.score)}).`
		);

	const split = method.additive === false ? ' (as the contributions chart splits its score)' : '';
	// "Most of" only when the criteria named give at least half the lead: under the weighted product
	// the contributions need not add up to the score, and three criteria can give a third of it.
	const most = l.explained >= 0.5 ? 'Most of' : 'The largest parts of';
	const named = l.ahead.map(
		(g, i) => `${isolate(g.name)} (${i === 0 ? `${formatPoints(g.points)} more` : formatPoints(g.points)})`
	);
	const caveat = unknownCaveat(evaluation, l);
	if (l.ahead.length)
		sentences.push(
			`${most} ${possessive(first.provider.name)} lead${split} ${l.explained >= 0.5 ? 'comes' : 'come'} from ${list(named)}` +
				(method.additive === false
					? '.'
					: ': a point is one of the 100 a provider can score, and each criterion gives its share of the weight times the provider’s value score on it.') +
				(caveat
					? ` ${caveat}: those points come from the unknown-value rule (${evaluation.unknowns.label}), not from evidence.`
					: '')
		);
	const losses = l.behind;
	if (losses.length)
		sentences.push(
			`${runnerUp} does better on ${list(losses.slice(0, 2).map((g) => `${isolate(g.name)} (${formatPoints(g.points)})`))}${losses.length > 2 ? `, and on ${losses.length - 2} more` : ''}.`
		);
	else sentences.push(`${runnerUp} is nowhere better than ${leader} by a tenth of a point or more.`);

	const { intervals, exact } = stabilityOf(evaluation);
	const total = evaluation.totalWeight;
	// The direction is the side of the interval the other provider waits on, not `to` against `now`:
	// in a tie the two are equal, and lowering, not raising, is what puts the other one first.
	let best: { j: number; to: number; who: number; change: number; lower: boolean } | undefined;
	for (const { criterion: j, interval, below, above } of intervals) {
		const now = total > 0 ? (evaluation.weights[j] ?? 0) / total : 0;
		if (below !== undefined && (!best || now - interval[0] < best.change))
			best = { j, to: interval[0], who: below, change: now - interval[0], lower: true };
		if (above !== undefined && (!best || interval[1] - now < best.change))
			best = { j, to: interval[1], who: above, change: interval[1] - now, lower: false };
	}
	if (best) {
		const now = total > 0 ? (evaluation.weights[best.j] ?? 0) / total : 0;
		const verb = best.lower ? 'lowering' : 'raising';
		const name = criteria[best.j]!.name;
		const who = evaluation.providers[best.who]?.name ?? 'another provider';
		// "from 50 % to 50 %" says nothing: when the change is too small to show, say so.
		const change =
			formatPercent(now) === formatPercent(best.to)
				? `${verb} ${name} even slightly ${best.lower ? 'below' : 'above'} ${formatPercent(now)} of the total weight`
				: `${verb} ${name} from ${formatPercent(now)} to ${exact ? '' : 'about '}${formatPercent(best.to)} of the total weight`;
		sentences.push(
			`The smallest change of one weight that would change the leader: ${change} ` +
				`(the other weights keeping their proportions) would put ${who} first.`
		);
	} else if (intervals.length)
		sentences.push(`No change of a single weight alone would put another provider first.`);
	return { heading, text: sentences.join(' ') };
}
