import { formatScore, type Evaluation } from './evaluate';

/**
 * The Xen vs KVM comparison under the current weights, in one or two plain sentences:
 * the best provider and mean score of each hypervisor group.
 */
export function hypervisorSummary(evaluation: Evaluation): string {
	if (!evaluation.ranked) return 'Give at least one criterion a weight to compare Xen and KVM providers.';
	const parts = evaluation.hypervisors.map((h) =>
		h.best && h.mean !== undefined
			? `the best ${h.hypervisor.name} provider is ${h.best.provider.name} with ${formatScore(h.best.score)} ` +
				`(${h.hypervisor.name} mean ${formatScore(h.mean)} over ${h.count})`
			: `no ${h.hypervisor.name} provider is in the comparison`
	);
	const scored = evaluation.hypervisors.filter((h) => h.mean !== undefined);
	let verdict = '';
	if (scored.length === 2) {
		const [a, b] = scored as [(typeof scored)[0], (typeof scored)[0]];
		const gap = (a.mean ?? 0) - (b.mean ?? 0);
		verdict =
			Math.abs(gap) < 0.05
				? ` On average the two groups score the same.`
				: ` On average ${gap > 0 ? a.hypervisor.name : b.hypervisor.name} providers lead by ${formatScore(Math.abs(gap))} points.`;
	}
	const sentence = parts.join('; ');
	return `Under these weights ${sentence}.${verdict}`;
}
