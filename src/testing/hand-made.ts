// Small data sets for specs whose scores are worked by hand: every criterion runs 0–100, higher is
// better, so a provider's value score on it is its raw value (shared so each spec does not redefine it).
import type { Dataset } from '$lib/data/schema';
import type { ParticipantWeights } from '$lib/scenario/participant';

const source = { title: 'Test', url: 'https://example.org/', date: '2010-05' };

/** A criterion in group `g` on a linear 0–100 scale, higher is better. */
export const linearCriterion = (id: string, name: string) => ({
	id,
	name,
	group: 'g',
	description: name,
	unit: 'points',
	direction: 'higher' as const,
	scale: { kind: 'linear' as const, worst: 0, best: 100 },
	scaleRationale: 'test'
});

/** A sourced value. */
export const known = (raw: number) => ({ kind: 'sourced' as const, raw, source });

/** A provider on Xen with the given values. */
export const handProvider = (id: string, name: string, values: Record<string, unknown>) => ({
	id,
	name,
	offering: id,
	hypervisor: 'xen',
	hypervisorSource: source,
	notes: id,
	values
});

/** A data set of linear criteria ([id, name]) and the given providers. */
export const handMade = (
	id: string,
	criteria: [string, string][],
	providers: ReturnType<typeof handProvider>[]
): Dataset =>
	({
		id,
		version: 1,
		title: id,
		asOf: '2010-05',
		description: 'hand-checked',
		groups: [{ id: 'g', name: 'All' }],
		hypervisors: [{ id: 'xen', name: 'Xen' }],
		criteria: criteria.map(([cid, name]) => linearCriterion(cid, name)),
		providers
	}) as unknown as Dataset;

/**
 * Three providers on two criteria, Ex and Why: P (100, 0), Q (0, 100), R (60, 60). Under shares
 * (s, 1 − s) the weighted sum is P 100s, Q 100(1 − s), R 60 (the group-decision specs' case).
 */
export const twoCriteria: Dataset = handMade(
	'two',
	[
		['x', 'Ex'],
		['y', 'Why']
	],
	[
		handProvider('p', 'P', { x: known(100), y: known(0) }),
		handProvider('q', 'Q', { x: known(0), y: known(100) }),
		handProvider('r', 'R', { x: known(60), y: known(60) })
	]
);

/** A participant's answer with the weight sliders at x and y. */
export const sliders = (x: number, y: number): ParticipantWeights => ({
	weighting: 'direct',
	weights: { x, y }
});
