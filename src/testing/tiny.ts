// A tiny data set written out so expected scores can be worked by hand (shared by several specs).
import type { Dataset } from '$lib/data/schema';

/** A tiny data set written out so the expected scores can be worked by hand. */
const source = { title: 'Test', url: 'https://example.org/', date: '2010-05' };
export const tiny: Dataset = {
	id: 'tiny',
	version: 1,
	title: 'Tiny',
	asOf: '2010-05',
	description: 'hand-checked',
	groups: [{ id: 'cost', name: 'Cost' }],
	hypervisors: [
		{ id: 'xen', name: 'Xen' },
		{ id: 'kvm', name: 'KVM' }
	],
	criteria: [
		{
			id: 'price',
			name: 'Price',
			group: 'cost',
			description: '$/h',
			unit: '$/h',
			direction: 'lower',
			scale: { kind: 'linear', worst: 0.2, best: 0.01 },
			scaleRationale: 'test'
		},
		{
			id: 'future',
			name: 'Future',
			group: 'cost',
			description: 'rating',
			unit: 'level',
			direction: 'higher',
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'xen', label: 'Xen', score: 50 },
					{ id: 'kvm', label: 'KVM', score: 100 }
				]
			},
			scaleRationale: 'test'
		}
	],
	providers: [
		{
			id: 'a',
			name: 'A',
			offering: 'a',
			hypervisor: 'xen',
			hypervisorSource: source,
			notes: 'a',
			values: {
				price: { kind: 'sourced', raw: 0.02, source },
				future: { kind: 'judgement', raw: 'xen', rationale: 'test' }
			}
		},
		{
			id: 'b',
			name: 'B',
			offering: 'b',
			hypervisor: 'kvm',
			hypervisorSource: source,
			notes: 'b',
			values: {
				price: { kind: 'sourced', raw: 0.105, source },
				future: { kind: 'judgement', raw: 'kvm', rationale: 'test' }
			}
		},
		{
			id: 'c',
			name: 'C',
			offering: 'c',
			hypervisor: 'kvm',
			hypervisorSource: source,
			notes: 'c',
			values: {
				price: { kind: 'unknown', reason: 'no source' },
				future: { kind: 'judgement', raw: 'kvm', rationale: 'test' }
			}
		}
	]
};
