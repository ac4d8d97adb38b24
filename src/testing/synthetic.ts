/**
 * A synthetic, schema-valid data set of any size, for property tests and the benchmark
 * (200 providers × 40 criteria). Values come from a seeded generator so runs are repeatable.
 */
import { seededRandom } from '$lib/mcda/random';
import { addCriterion, addProvider } from '$lib/scenario/data-edits';
import type { Scenario } from '$lib/scenario/schema';
import { defaultScenario } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';

export function syntheticDataset(providers: number, criteria: number, seed = 1): Dataset {
	const random = seededRandom(seed);
	const source = { title: 'Synthetic', url: 'https://example.org/synthetic', date: '2010-05' };
	const crit = Array.from({ length: criteria }, (_, j) => {
		const levels = j % 4 === 3;
		const lower = j % 2 === 1;
		return {
			id: `c${j}`,
			name: `Criterion ${j}`,
			group: 'g',
			description: 'synthetic',
			unit: 'units',
			direction: lower && !levels ? ('lower' as const) : ('higher' as const),
			scale: levels
				? {
						kind: 'levels' as const,
						levels: [
							{ id: 'low', label: 'Low', score: 0 },
							{ id: 'mid', label: 'Mid', score: 60 },
							{ id: 'high', label: 'High', score: 100 }
						]
					}
				: { kind: 'linear' as const, worst: lower ? 10 : 0, best: lower ? 0 : 10 },
			scaleRationale: 'synthetic'
		};
	});
	return {
		id: 'synthetic',
		version: 1,
		title: 'Synthetic',
		asOf: '2010-05',
		description: 'synthetic',
		groups: [{ id: 'g', name: 'Group' }],
		hypervisors: [
			{ id: 'xen', name: 'Xen' },
			{ id: 'kvm', name: 'KVM' }
		],
		criteria: crit,
		providers: Array.from({ length: providers }, (_, i) => ({
			id: `p${i}`,
			name: `Provider ${i}`,
			offering: 'synthetic',
			hypervisor: i % 2 ? 'kvm' : 'xen',
			hypervisorSource: source,
			notes: 'synthetic',
			values: Object.fromEntries(
				crit.map((c) => {
					if (random() < 0.1) return [c.id, { kind: 'unknown' as const, reason: 'synthetic gap' }];
					const raw =
						c.scale.kind === 'levels'
							? (['low', 'mid', 'high'][Math.floor(random() * 3)] ?? 'low')
							: Math.round(random() * 1200) / 100 - 1;
					return [c.id, { kind: 'sourced' as const, raw, source }];
				})
			)
		}))
	};
}

/**
 * A comparison of the person's own on `base`: `providers` × `criteria` of their own, with names
 * and every value filled (seeded), the data set's criteria at weight 0. For the link-size tests and
 * the benchmark (10 × 12, 50 × 20, 200 × 40).
 */
export function syntheticOwnComparison(
	base: Dataset,
	providers: number,
	criteria: number,
	seed = 1
): Scenario {
	const random = seededRandom(seed);
	let s: Scenario = {
		...defaultScenario(base),
		weights: Object.fromEntries(base.criteria.map((c) => [c.id, 0]))
	};
	const criterionIds: string[] = [];
	for (let j = 0; j < criteria; j++) {
		const r = addCriterion(s, base, {
			name: `Criterion number ${j + 1}`,
			group: j % 2 ? 'Speed' : 'Money',
			unit: 'units',
			direction: j % 2 ? 'higher' : 'lower',
			scale: j % 2 ? { kind: 'linear', worst: 0, best: 100 } : { kind: 'linear', worst: 1000, best: 0 }
		});
		s = r.scenario;
		criterionIds.push(r.id);
	}
	for (let i = 0; i < providers; i++) {
		const r = addProvider(s, base, { name: `Hosting company ${i + 1}`, platform: i % 2 ? 'KVM' : 'VMware' });
		s = r.scenario;
		const values = Object.fromEntries(
			criterionIds.map((c) => [c, { kind: 'user' as const, raw: Math.round(random() * 1000) / 10 }])
		);
		s = { ...s, edits: { ...s.edits, values: { ...s.edits.values, [r.id]: values } } };
	}
	return s;
}
