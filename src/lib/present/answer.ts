/**
 * The answer in a few lines, for the page (beside the ranking) and page 1 of the PDF: who comes
 * first and by how much, why (one sentence read off the contributions the method returned), how
 * robust that is, how much of each score rests on known values, and which weights were used.
 * Plain TypeScript over an `Evaluation`; nothing here recomputes a score.
 */
import { formatScore, type Evaluation, type RankedProvider } from '$lib/mcda/evaluate';
import { evidenceOf } from '$lib/mcda/evidence';
import { robustnessOf, ROBUSTNESS_SPREAD } from '$lib/mcda/robustness';
import { isolate } from './bidi';
import { mustHavesView } from './must-haves';
import { presetView } from './preset';
import { rankingView } from './results';

/** Differences below this many points do not show at one decimal and are not named. */
const NOTICEABLE = 0.05;
/** Criteria that explain this share of the pick's lead are named ("mostly on …"), at most three. */
const EXPLAINED = 0.6;
/** The weight perturbation of the robustness line: the page's robustness check, computed once for both. */
export const ANSWER_SPREAD = ROBUSTNESS_SPREAD;

/** Words that start a name but are not lower-cased inside a sentence. */
const PROPER = new Set(['Windows', 'Linux', 'Xen', 'Amazon', 'Red', 'Microsoft', 'Google']);

/** A criterion's name inside a sentence: "Entry price" → "entry price"; "API maturity", "Windows servers" stay. */
export function inSentence(name: string): string {
	const first = name.split(/\s/, 1)[0] ?? '';
	return /^[A-Z][a-z]+$/.test(first) && !PROPER.has(first) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface Lead {
	pick: RankedProvider;
	runnerUp: RankedProvider;
	/** Difference of the scores as shown (one decimal), so it agrees with the ranking table. */
	margin: number;
	/** Criteria that give the pick most of its lead, biggest first. */
	ahead: string[];
	/** Criteria on which the runner-up gets more points, biggest first (at most two). */
	behind: string[];
}

/** The pick's lead over the runner-up, criterion by criterion; undefined without two ranked providers. */
export function lead(evaluation: Evaluation): Lead | undefined {
	const [pick, runnerUp] = evaluation.ranking;
	if (!pick || !runnerUp) return undefined;
	const { contributions } = evaluation.result;
	const diffs = evaluation.criteria.map((c, j) => ({
		name: c.name,
		d: (contributions[pick.index]?.[j] ?? 0) - (contributions[runnerUp.index]?.[j] ?? 0)
	}));
	const gains = diffs.filter((x) => x.d >= NOTICEABLE).sort((a, b) => b.d - a.d);
	const totalGain = gains.reduce((s, x) => s + x.d, 0);
	const ahead: string[] = [];
	let explained = 0;
	for (const gain of gains) {
		if (ahead.length === 3 || (ahead.length > 0 && explained >= EXPLAINED * totalGain)) break;
		ahead.push(gain.name);
		explained += gain.d;
	}
	const behind = diffs
		.filter((x) => x.d <= -NOTICEABLE)
		.sort((a, b) => a.d - b.d)
		.slice(0, 2)
		.map((x) => x.name);
	const shown = (score: number) => Number(formatScore(score));
	return { pick, runnerUp, margin: shown(pick.score) - shown(runnerUp.score), ahead, behind };
}

/** "21.0 points", "less than 0.1 points". */
function points(margin: number): string {
	return margin < NOTICEABLE ? 'less than 0.1 points' : `${formatScore(margin)} points`;
}

/**
 * Why the pick wins, in one sentence: "Amazon EC2 leads GoGrid by 21.0 points, mostly on API
 * maturity and price per GB RAM; GoGrid is better on SLA uptime." Read off the method's
 * contributions (for the weighted sum, weight share × value score per criterion).
 */
export function answerSentence(evaluation: Evaluation): string {
	const ranking = rankingView(evaluation);
	if (ranking.empty) return ranking.empty;
	const [first] = evaluation.ranking;
	if (!first) return ranking.empty ?? '';
	const tied = evaluation.ranking.filter((r) => r.rank === 1);
	if (tied.length > 1) {
		const names = tied.slice(0, 3).map((r) => isolate(r.provider.name));
		const more = tied.length > 3 ? ` and ${tied.length - 3} more` : '';
		return `${list(names)}${more} tie for first with ${formatScore(first.score)} points each.`;
	}
	const l = lead(evaluation);
	if (!l)
		return `${isolate(first.provider.name)} is the only provider compared, with ${formatScore(first.score)} points.`;
	const pick = isolate(l.pick.provider.name);
	const runner = isolate(l.runnerUp.provider.name);
	const named = (names: string[]) => list(names.map((n) => isolate(inSentence(n))));
	const why = l.ahead.length ? `, mostly on ${named(l.ahead)}` : '';
	const against = l.behind.length
		? `; ${runner} is better on ${named(l.behind)}`
		: `; ${runner} is not better on any criterion`;
	return `${pick} leads ${runner} by ${points(l.margin)}${why}${against}.`;
}

export interface KnownCount {
	providerId: string;
	provider: string;
	known: number;
	total: number;
}

/** Per provider (ranking order when ranked), how many of its values are known. */
export function knownCounts(evaluation: Evaluation): KnownCount[] {
	const rows = evaluation.ranked
		? evaluation.ranking.map((r) => r.index)
		: evaluation.providers.map((_, i) => i);
	// The same coverage the Known column shows (one count of what is known, in `evidenceOf`).
	const { providers } = evidenceOf(evaluation);
	return rows.map((i) => ({
		providerId: evaluation.providers[i]?.id ?? '',
		provider: evaluation.providers[i]?.name ?? '',
		known: providers[i]?.coverage.known ?? 0,
		total: providers[i]?.coverage.total ?? 0
	}));
}

/** "Known values: Amazon EC2 15 of 17, GoGrid 14 of 17." */
export function knownText(evaluation: Evaluation): string {
	const counts = knownCounts(evaluation);
	if (!counts.length) return '';
	return `Known values: ${counts.map((c) => `${isolate(c.provider)} ${c.known} of ${c.total}`).join(', ')}.`;
}

/** "Amazon EC2 came first in 94 % of 500 trials with every weight varied ±25 %." */
export function robustnessText(evaluation: Evaluation): string {
	const [first] = evaluation.ranking;
	if (!first) return '';
	const stability = robustnessOf(evaluation);
	const share = Math.round((stability.first[first.index] ?? 0) * 100);
	return (
		`${isolate(first.provider.name)} came first in ${share} % of ${stability.trials} trials ` +
		`with every weight varied ±${ANSWER_SPREAD * 100} %.`
	);
}

export interface AnswerView {
	/** "Amazon EC2 comes first with 74.4 points, 20.7 points ahead of Rackspace Cloud Servers (53.7)." */
	headline: string;
	/** Why, in one sentence (`answerSentence`). */
	sentence: string;
	robustness: string;
	known: string;
	/** "Weights: the Balanced preset, modified." */
	weights: string;
	/** "Must-haves: Largest server at least 16 GB. Ruled out: GoGrid and NTT." or undefined when none. */
	musts: string | undefined;
}

export function answerView(evaluation: Evaluation): AnswerView {
	const sentence = answerSentence(evaluation);
	const [first] = evaluation.ranking;
	const l = lead(evaluation);
	const tie = l && l.runnerUp.rank === 1;
	const headline = !first
		? sentence
		: l && !tie
			? `${isolate(first.provider.name)} comes first with ${formatScore(first.score)} points, ` +
				`${points(l.margin)} ahead of ${isolate(l.runnerUp.provider.name)} (${formatScore(l.runnerUp.score)}).`
			: tie
				? `No single pick: ${sentence}`
				: `${isolate(first.provider.name)} comes first with ${formatScore(first.score)} points.`;
	const preset = presetView(evaluation.scenario, evaluation.dataset.base);
	return {
		headline,
		sentence,
		robustness: evaluation.ranked ? robustnessText(evaluation) : '',
		known: knownText(evaluation),
		weights: preset.preset ? `Weights: ${preset.phrase}.` : 'Weights: your own, no preset.',
		musts: mustsText(evaluation)
	};
}

function mustsText(evaluation: Evaluation): string | undefined {
	const view = mustHavesView(evaluation);
	if (!view.sentence) return undefined;
	const out = view.ruledOut.map((r) => r.name);
	return `${view.sentence} ${out.length ? `Ruled out: ${list(out)}.` : 'Every provider meets them.'}`;
}

/** Reference levels the person set, beside the answer sentence's mention of their criterion. */
export interface ScaleNote {
	criterionId: string;
	name: string;
	/** "Latency: 0 at 90 ms, 100 at 0 ms, your choice." */
	text: string;
}

/**
 * The person's reference levels (of a criterion they added or whose levels they changed) for each
 * number criterion the answer sentence names, in the order it names them: a score depends on them,
 * so they are shown where the score is explained, with a way to change them.
 */
export function scaleNotes(evaluation: Evaluation): ScaleNote[] {
	const l = lead(evaluation);
	if (!l) return [];
	const named = [...l.ahead, ...l.behind];
	return named.flatMap((name) => {
		const c = evaluation.criteria.find((x) => x.name === name);
		if (!c || c.scale.kind !== 'linear' || (c.origin !== 'user' && !c.originalScale)) return [];
		const unit = c.unit ? ` ${c.unit}` : '';
		return [
			{
				criterionId: c.id,
				name: c.name,
				text: `${isolate(c.name)}: 0 at ${c.scale.worst}${unit}, 100 at ${c.scale.best}${unit}, your choice.`
			}
		];
	});
}
