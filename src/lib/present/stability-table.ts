/**
 * The weight stability table ("How far can each weight move?"), on the page and in the PDF: the
 * intervals of `stability.ts` in words, with who ties or overtakes at either end.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { isolate, possessive } from './bidi';
import { listText } from './evidence';
import { formatPercent, stabilityOf } from './stability';

export interface StabilityRowView {
	criterionId: string;
	criterion: string;
	/** Current share of the total weight. */
	share: string;
	from: string;
	to: string;
	/** The sentence: "Amazon EC2 stays first while Entry price is between 3 % and 41 % of the weight; above that GoGrid overtakes." */
	text: string;
}

export interface StabilityView {
	heading: 'How far can each weight move?';
	caption: 'Weight stability';
	columns: ['Criterion', 'Share now', 'Leader stays first from', 'to', 'In words'];
	/** The disclosure's summary on the page. */
	summary: string;
	rows: StabilityRowView[];
	/** What the intervals mean and how they were found (exact or approximate). */
	intro: string;
}

/**
 * Who shares first place with the leader when criterion j carries `share` of the weight (the others
 * keeping their proportions): at 0 % or 100 % a leader that is "never overtaken" can still be tied,
 * e.g. five providers with the best level on the one criterion left. Scores compared as shown.
 */
/** The value scores and the mask the method reads, built once per evaluation (up to two per criterion here). */
const matrices = new WeakMap<Evaluation, { values: number[][]; included: boolean[][] | undefined }>();
function matrixOf(evaluation: Evaluation) {
	let found = matrices.get(evaluation);
	if (!found) {
		found = {
			values: evaluation.cells.map((row) => row.map((c) => c.score)),
			included:
				evaluation.unknowns.score === null
					? evaluation.cells.map((row) => row.map((c) => !c.omitted))
					: undefined
		};
		matrices.set(evaluation, found);
	}
	return found;
}

export function tiedWithLeaderAt(evaluation: Evaluation, j: number, share: number): number[] {
	const leader = evaluation.ranking[0];
	if (!leader) return [];
	const rest = evaluation.weights.reduce((s, w, k) => (k === j ? s : s + w), 0);
	const weights = evaluation.weights.map((w, k) =>
		k === j ? share : rest > 0 ? ((1 - share) * w) / rest : 0
	);
	const { values, included } = matrixOf(evaluation);
	const scores = evaluation.method.scores(values, weights, included);
	const shown = (x: number) => Math.round(x * 10);
	const top = shown(scores[leader.index] ?? 0);
	return scores.flatMap((x, i) => (i !== leader.index && shown(x) === top ? [i] : []));
}

export function stabilityView(evaluation: Evaluation): StabilityView | undefined {
	const { intervals, exact, resolution } = stabilityOf(evaluation);
	const leader = evaluation.ranking[0];
	if (!leader || !intervals.length) return undefined;
	const name = (i: number | undefined) =>
		i === undefined ? '' : isolate(evaluation.providers[i]?.name ?? '');
	const leaderName = isolate(leader.provider.name);
	const total = evaluation.totalWeight;
	const rows = intervals.map(({ criterion: j, interval: [lo, hi], below, above }) => {
		const criterion = evaluation.criteria[j]!.name;
		const inText = isolate(criterion);
		const from = formatPercent(lo);
		const to = formatPercent(hi);
		const whole = below === undefined && above === undefined;
		// At an end of the scale nobody overtakes, but others may draw level: say so.
		const ties = (share: number) => {
			const tied = tiedWithLeaderAt(evaluation, j, share);
			if (!tied.length) return [];
			const names = tied.length > 3 ? `${tied.length} others` : listText(tied.map(name));
			return [`at ${share * 100} % it ties with ${names}`];
		};
		const edges = [
			...(below === undefined && lo <= 0 ? ties(0) : []),
			...(above === undefined && hi >= 1 ? ties(1) : [])
		];
		const range = whole
			? edges.length
				? `No other provider overtakes ${leaderName} whatever ${possessive(criterion)} share of the weight, from 0 % to 100 %`
				: `${leaderName} stays first whatever ${possessive(criterion)} share of the weight, from 0 % to 100 %.`
			: `${leaderName} stays first while ${inText} is between ${from} and ${to} of the weight`;
		const outside = [
			...(below !== undefined ? [`below that ${name(below)} overtakes`] : []),
			...(above !== undefined ? [`above that ${name(above)} overtakes`] : []),
			...edges
		];
		return {
			criterionId: evaluation.criteria[j]!.id,
			criterion,
			share: formatPercent(total > 0 ? (evaluation.weights[j] ?? 0) / total : 0),
			from,
			to,
			text: whole && !edges.length ? range : `${range}; ${outside.join('; ')}.`
		};
	});
	const how = exact
		? 'Exact for the weighted sum.'
		: `Approximate: ${evaluation.method.name === 'Weighted sum' ? 'with unknown values left out, the weighted sum' : evaluation.method.name} has no simple formula for these limits, so they were found by a numeric search (to within about ${formatPercent(Math.max(resolution, 0.001))}); a change of leader inside a very narrow range could be missed.`;
	return {
		heading: 'How far can each weight move?',
		caption: 'Weight stability',
		columns: ['Criterion', 'Share now', 'Leader stays first from', 'to', 'In words'],
		summary: `Each criterion’s stability interval (${rows.length} criteria)`,
		rows,
		intro:
			`How far can one criterion’s share of the total weight move, the others keeping their proportions, ` +
			`before ${leaderName} is no longer first? ${how}`
	};
}
