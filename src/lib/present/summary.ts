import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatScore, percent } from './format';
import { evidenceOf, MOSTLY_UNKNOWN, type GroupEvidence } from '$lib/evaluation/evidence';

/**
 * The comparison of platform groups (Xen vs KVM in the 2010 set) under the current weights, in
 * plain sentences: the best provider and mean score of each group, then the evidence behind them
 * (how much of each group's weight rests on known values, and whether the gap between the groups
 * survives the score ranges). A figure resting mostly on unknown values is never stated without
 * saying so. `platforms` are the groups to speak of (the data set's own; by default all); which
 * data sets have a group summary at all is the data set's story (`present/group-summary.ts`).
 * `nameOf` dresses each provider and platform name (the page isolates them from the sentence:
 * present/bidi.ts).
 */
export function hypervisorSummary(
	evaluation: Evaluation,
	platforms: ReadonlySet<string> = new Set(evaluation.hypervisors.map((h) => h.hypervisor.id)),
	nameOf: (name: string) => string = (n) => n
): string {
	const spoken = evaluation.hypervisors.filter((h) => platforms.has(h.hypervisor.id));
	const names = spoken.map((h) => nameOf(h.hypervisor.name));
	if (!evaluation.ranked)
		return `Give at least one criterion a weight to compare ${names.length === 2 ? names.join(' and ') : 'the groups’'} providers.`;
	const evidence = evidenceOf(evaluation);
	const groupOf = (id: string) => evidence.groups.find((g) => g.group.hypervisor.id === id);
	const parts = spoken.map((h) => {
		if (!(h.best && h.mean !== undefined))
			return `no ${nameOf(h.hypervisor.name)} provider is in the comparison`;
		const best = evidence.providers[h.best.index]!.coverage.unknownWeightShare;
		const group = groupOf(h.hypervisor.id);
		const bestNote =
			best > MOSTLY_UNKNOWN
				? `, a score resting mostly on unknown values (${percent(best)} of its weight)`
				: '';
		const meanNote = group && 1 - group.knownShare > MOSTLY_UNKNOWN ? ', mostly on unknown values' : '';
		return (
			`the best ${nameOf(h.hypervisor.name)} provider is ${nameOf(h.best.provider.name)} with ${formatScore(h.best.score)}${bestNote} ` +
			`(${nameOf(h.hypervisor.name)} mean ${formatScore(h.mean)} over ${h.count}${meanNote})`
		);
	});
	const scored = spoken.filter((h) => h.mean !== undefined);
	let verdict = '';
	if (scored.length === 2) {
		const [a, b] = scored as [(typeof scored)[0], (typeof scored)[0]];
		const gap = (a.mean ?? 0) - (b.mean ?? 0);
		verdict =
			Math.abs(gap) < 0.05
				? ` On average the two groups score the same.`
				: ` On average ${gap > 0 ? nameOf(a.hypervisor.name) : nameOf(b.hypervisor.name)} providers lead by ${formatScore(Math.abs(gap))} points.`;
	}
	const sentence = parts.join('; ');
	const groups = evidence.groups.filter((g) => platforms.has(g.group.hypervisor.id));
	return `Under these weights ${sentence}.${verdict}${evidenceSentences(groups, nameOf)}`;
}

/**
 * "By weight, Xen providers' values are 88 % known, KVM providers' 31 %." and, for two groups,
 * whether the gap between their means survives the unknowns: the trailing group's mean with every
 * unknown at its best level against the leading group's mean with every unknown at its worst.
 */
export function evidenceSentences(
	groups: readonly GroupEvidence[],
	nameOf: (name: string) => string = (n) => n
): string {
	if (!groups.length) return '';
	const known = groups
		.map(
			(g, i) =>
				`${nameOf(g.group.hypervisor.name)} providers’${i ? '' : ' values are'} ${percent(g.knownShare)}${i ? '' : ' known'}`
		)
		.join(', ');
	let out = ` By weight, ${known}.`;
	if (groups.length !== 2) return out;
	const [x, y] = groups as [GroupEvidence, GroupEvidence];
	const gap = (x.group.mean ?? 0) - (y.group.mean ?? 0);
	const name = (g: GroupEvidence) => nameOf(g.group.hypervisor.name);
	if (Math.abs(gap) < 0.05) {
		out +=
			` The unknowns could move either mean: ${name(x)} from ${formatScore(x.mean.low)} to ${formatScore(x.mean.high)},` +
			` ${name(y)} from ${formatScore(y.mean.low)} to ${formatScore(y.mean.high)}.`;
		return out;
	}
	const [lead, trail] = gap > 0 ? [x, y] : [y, x];
	const best = Number(formatScore(trail.mean.high));
	const worst = Number(formatScore(lead.mean.low));
	const figures =
		`with every unknown at its best level the ${name(trail)} mean would be ${formatScore(best)}, ` +
		`${best > worst ? 'above' : best === worst ? 'equal to' : 'below'} the ${name(lead)} mean’s worst case ${formatScore(worst)}`;
	out +=
		best < worst
			? ` The gap survives the unknowns: even ${figures}.`
			: ` The gap does not survive the unknowns: ${figures}.`;
	return out;
}
