/**
 * The answer in a few lines, for the page (beside the ranking) and page 1 of the PDF: who comes
 * first and by how much, why (one sentence read off the contributions the method returned), how
 * robust that is, how much of each score rests on known values, and which weights were used.
 * Plain TypeScript over an `Evaluation`; nothing here recomputes a score.
 */
import { evaluate, type Evaluation, type RankedProvider } from '$lib/evaluation/evaluate';
import { formatPoints, formatScore } from './format';
import { scaleKind } from '$lib/scenario/scale-kinds';
import { CR_LIMIT, pairwiseWeights } from '$lib/scenario/weighting';
import { unknownTreatments, type UnknownTreatment, type UnknownTreatmentId } from '$lib/scenario/registry';
import { evidenceOf, overlaps, type ScoreRange } from '$lib/evaluation/evidence';
import { robustnessOf, ROBUSTNESS_SPREAD } from '$lib/evaluation/robustness';
import { isolate } from './bidi';
import { mustHavesView } from './must-haves';
import { presetView } from './preset';
import { rankingView } from './results';

/** Differences below this many points do not show at one decimal and are not named. */
const NOTICEABLE = 0.05;
/** Criteria that give this share of what the pick gains are named ("mostly on …"), at most three: the fewest that do. */
const EXPLAINED = 2 / 3;
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

/** One criterion's part in the lead: points the pick gains (or, in `behind`, loses) on it. */
export interface Gain {
	/** Index in `evaluation.criteria`. */
	criterion: number;
	name: string;
	/** Points of the score (contribution difference), always positive. */
	points: number;
	/** The other provider's value is unknown here: part of this gain rests on the unknown-value rule. */
	rivalUnknown: boolean;
}

export interface Lead {
	pick: RankedProvider;
	runnerUp: RankedProvider;
	/**
	 * Difference of the scores as shown (one decimal), so it agrees with the ranking table. The one
	 * margin of the page and the PDF: the answer and "Why #1 wins" both read it.
	 */
	margin: number;
	/** Criteria that give the pick most of its lead, biggest first (at most three). */
	ahead: Gain[];
	/** Every criterion on which the runner-up gets more points, biggest first. */
	behind: Gain[];
	/** Share of the margin the criteria in `ahead` account for (their points over the margin). */
	explained: number;
}

/** The pick's lead over the runner-up, criterion by criterion; undefined without two ranked providers. */
export function lead(evaluation: Evaluation): Lead | undefined {
	const [pick, runnerUp] = evaluation.ranking;
	if (!pick || !runnerUp) return undefined;
	const contributions = evaluation.result.contributions;
	const diffs = evaluation.criteria.map((c, j) => {
		const d = (contributions?.[pick.index]?.[j] ?? 0) - (contributions?.[runnerUp.index]?.[j] ?? 0);
		const other = d >= 0 ? runnerUp : pick;
		return {
			criterion: j,
			name: c.name,
			d,
			rivalUnknown: evaluation.cells[other.index]?.[j]?.unknown ?? false
		};
	});
	const gain = ({ criterion, name, d, rivalUnknown }: (typeof diffs)[number]): Gain => ({
		criterion,
		name,
		points: Math.abs(d),
		rivalUnknown
	});
	const gains = diffs.filter((x) => x.d >= NOTICEABLE).sort((a, b) => b.d - a.d);
	const totalGain = gains.reduce((s, x) => s + x.d, 0);
	const ahead: Gain[] = [];
	let explained = 0;
	for (const g of gains) {
		if (ahead.length === 3 || (ahead.length > 0 && explained >= EXPLAINED * totalGain)) break;
		ahead.push(gain(g));
		explained += g.d;
	}
	const behind = diffs
		.filter((x) => x.d <= -NOTICEABLE)
		.sort((a, b) => a.d - b.d)
		.map(gain);
	const shown = (score: number) => Number(formatScore(score));
	const margin = Math.round((shown(pick.score) - shown(runnerUp.score)) * 10) / 10;
	const exact = pick.score - runnerUp.score;
	return { pick, runnerUp, margin, ahead, behind, explained: exact > 0 ? explained / exact : 0 };
}

/**
 * "GoGrid’s values for compliance audits and network throughput are unknown": the criteria of the lead where
 * the rival's value is unknown, so the points gained there come from the unknown-value rule.
 */
export function unknownCaveat(evaluation: Evaluation, l: Lead): string | undefined {
	const rested = l.ahead.filter((g) => g.rivalUnknown).map((g) => isolate(inSentence(g.name)));
	if (!rested.length) return undefined;
	// "value for …" keeps the verb right whatever the criterion's name ("compliance audits is" would not).
	const one = rested.length === 1;
	return `${isolate(l.runnerUp.provider.name)}’s ${one ? 'value' : 'values'} for ${list(rested)} ${one ? 'is' : 'are'} unknown`;
}

/** "21.0 points", "1.0 point", "less than 0.1 points". */
function points(margin: number): string {
	return margin < NOTICEABLE ? 'less than 0.1 points' : formatPoints(margin);
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
	const named = (gains: Gain[]) => list(gains.map((g) => isolate(inSentence(g.name))));
	// "mostly" only when the named criteria give at least half of the lead (not so under the weighted
	// product, whose contributions need not add up to the score).
	const word = l.explained >= 0.5 ? 'mostly on' : 'most on';
	const why = l.ahead.length ? `, ${word} ${named(l.ahead)}` : '';
	const caveat = unknownCaveat(evaluation, l);
	const unknown = caveat ? ` (${caveat}${ruleWords(evaluation.unknowns)})` : '';
	const against = l.behind.length
		? `; ${runner} is better on ${named(l.behind.slice(0, 2))}`
		: `; ${runner} is not better on any criterion`;
	return `${pick} leads ${runner} by ${points(l.margin)}${why}${unknown}${against}.`;
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

/** How an unknown counts under a rule, after "is unknown": " and scored 0, the worst level". */
function ruleWords(rule: UnknownTreatment): string {
	return rule.score === null
		? ' and left out of its score'
		: ` and scored ${rule.score}, the ${inSentence(rule.label)}`;
}

/** Who comes first under one unknown-value rule, everything else as the person set it. */
export interface RuleWinner {
	rule: UnknownTreatment;
	/** Tied for first (one name when there is a single winner). */
	first: string[];
}

const byRule = new WeakMap<Evaluation, RuleWinner[]>();
/** The first place under each unknown-value rule (the rule in force first); computed once per evaluation. */
export function winnersByRule(evaluation: Evaluation): RuleWinner[] {
	let found = byRule.get(evaluation);
	if (!found) {
		const rules = [
			evaluation.unknowns,
			...Object.values(unknownTreatments).filter((t) => t.id !== evaluation.unknowns.id)
		];
		found = rules.map((rule) => {
			const other =
				rule.id === evaluation.unknowns.id
					? evaluation
					: // The same effective data set (it depends on the edits, not on the rule): not rebuilt.
						evaluate(
							evaluation.dataset.base,
							{ ...evaluation.scenario, unknowns: rule.id as UnknownTreatmentId },
							evaluation.dataset
						);
			return { rule, first: other.ranking.filter((r) => r.rank === 1).map((r) => r.provider.name) };
		});
		byRule.set(evaluation, found);
	}
	return found;
}

const sameFirst = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x) => b.includes(x));

/**
 * "Under Middle of the scale: GoGrid; under Left out: GoGrid." — the other rules' first place when
 * it differs from the first place under the rule in force; undefined when every rule agrees.
 */
export function otherRulesText(evaluation: Evaluation): string | undefined {
	const [inForce, ...others] = winnersByRule(evaluation);
	if (!inForce || others.every((o) => sameFirst(o.first, inForce.first))) return undefined;
	const who = (names: string[]) =>
		names.length > 1 ? `${list(names.map(isolate))} tie` : isolate(names[0] ?? 'no one');
	const parts = others.map((o) => `under ${o.rule.label}: ${who(o.first)}`);
	const text = parts.join('; ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A range as shown (one decimal), so "overlap" means what a reader sees in the table. */
const shownRange = (r: ScoreRange): ScoreRange => ({
	low: Number(formatScore(r.low)),
	high: Number(formatScore(r.high))
});

/**
 * One verdict on how firm first place is, combining the three checks the page makes: the weights
 * varied (±25 %), the other unknown-value rules, and the score ranges (every unknown at worst and
 * best). "Amazon EC2 is first under every weighting tried (500 trials, each weight ±25 %), but not
 * under the other unknown-value rules, and its score range overlaps GoGrid’s."
 */
export function robustnessText(evaluation: Evaluation): string {
	const [first] = evaluation.ranking;
	if (!first) return '';
	const name = isolate(first.provider.name);
	const stability = robustnessOf(evaluation);
	const share = Math.round((stability.first[first.index] ?? 0) * 100);
	const tried = `${stability.trials} trials, each weight ±${ANSWER_SPREAD * 100} %`;
	const weights =
		share === 100
			? `first under every weighting tried (${tried})`
			: `first in ${share} % of the weightings tried (${tried})`;

	const [inForce, ...others] = winnersByRule(evaluation);
	const differing = others.filter((o) => !inForce || !sameFirst(o.first, inForce.first));
	const rules = !differing.length
		? 'and under every unknown-value rule'
		: differing.length === others.length
			? 'but not under the other unknown-value rules'
			: `but not under ${list(differing.map((o) => o.rule.label))}`;

	const { providers } = evidenceOf(evaluation);
	const range = (index: number) => shownRange(providers[index]!.range);
	const close = evaluation.ranking
		.slice(1)
		.filter((r) => overlaps(range(first.index), range(r.index)))
		.map((r) => `${isolate(r.provider.name)}’s`);
	const ranges = close.length
		? `; its score range overlaps ${close.length > 3 ? `${close.length} others’` : list(close)}, so the unknown values could change the order`
		: '; no other score range overlaps its own';
	const verb = share === 100 ? 'is' : 'came';
	return `${name} ${verb} ${weights}, ${rules}${ranges}.`;
}

export interface AnswerView {
	/** "Amazon EC2 comes first with 74.4 points, 20.7 points ahead of Rackspace Cloud Servers (53.7)." */
	headline: string;
	/** Why, in one sentence (`answerSentence`). */
	sentence: string;
	/** One verdict: weights varied, the other unknown-value rules, overlapping ranges. */
	robustness: string;
	/** "Unknown values: Worst level (an unknown scores 0)." — the rule in force. */
	rule: string;
	/** The other rules' first place when it differs, or undefined. */
	otherRules: string | undefined;
	known: string;
	/** Pairwise judgements too inconsistent to trust (CR above 0.10), flagged beside the results; or undefined. */
	consistency: string | undefined;
	/** "Weights: the Balanced preset, modified." */
	weights: string;
	/** "Must-haves: Largest server at least 16 GB. Ruled out: GoGrid and NTT." or undefined when none. */
	musts: string | undefined;
}

/**
 * One view per evaluation (it is never changed: a change makes a new evaluation): the page's title
 * and the answer both read it, and its robustness sentence runs a weight simulation.
 */
const answerViews = new WeakMap<Evaluation, AnswerView>();

export function answerView(evaluation: Evaluation): AnswerView {
	let view = answerViews.get(evaluation);
	if (!view) answerViews.set(evaluation, (view = buildAnswerView(evaluation)));
	return view;
}

function buildAnswerView(evaluation: Evaluation): AnswerView {
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
	let robustness: string | undefined;
	return {
		headline,
		sentence,
		// Read when shown, not when the view is made: it runs the weight simulation, which the page
		// hydrates in a task of its own (RobustnessLine.svelte) and the title never needs.
		get robustness() {
			return (robustness ??= evaluation.ranked ? robustnessText(evaluation) : '');
		},
		rule: `Unknown values: ${evaluation.unknowns.label} (${evaluation.unknowns.hint[0]!.toLowerCase()}${evaluation.unknowns.hint.slice(1, -1)}).`,
		otherRules: evaluation.ranked ? otherRulesText(evaluation) : undefined,
		known: knownText(evaluation),
		consistency: consistencyText(evaluation),
		weights: `Weights: ${preset.phrase}.`,
		musts: mustsText(evaluation)
	};
}

/**
 * "Your pairwise judgements in Security are inconsistent (consistency ratio 2.39, above 0.10): …" —
 * the flag the pairwise form raises, repeated beside the results, where the weights are used.
 */
export function consistencyText(evaluation: Evaluation): string | undefined {
	if (evaluation.scenario.weighting !== 'pairwise') return undefined;
	const bad = pairwiseWeights(evaluation.dataset, evaluation.scenario.pairwise).matrices.filter(
		(m) => m.revisit
	);
	if (!bad.length) return undefined;
	const where = list(
		bad.map((m) => `${isolate(inSentence(m.matrix.name))} (consistency ratio ${m.cr.toFixed(2)})`)
	);
	return (
		`Your pairwise judgements are inconsistent ${where}, above ${CR_LIMIT.toFixed(2)}: ` +
		'these weights may not say what you mean. Revisit them under “Way of setting the weights”.'
	);
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
	// The criteria the sentence names: those of the lead, and the two where the runner-up is better.
	const named = [...l.ahead, ...l.behind.slice(0, 2)];
	return named.flatMap((gain) => {
		const c = evaluation.criteria[gain.criterion];
		if (!c || (c.origin !== 'user' && !c.originalScale)) return [];
		const kind = scaleKind(c.scale);
		if (kind.raw !== 'number') return [];
		const unit = c.unit ? ` ${c.unit}` : '';
		return [
			{
				criterionId: c.id,
				name: c.name,
				text: `${isolate(c.name)}: ${kind.text(c.scale, (n) => `${n}${unit}`)}, your choice.`
			}
		];
	});
}
