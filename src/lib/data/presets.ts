/**
 * Weighting presets a 2010 buyer would recognise, per data set id. Weights are 0–100 per criterion
 * id; a criterion left out has weight 0. One preset serves every version of a data set: it may hold
 * weights for criteria of several versions, and `presetsFor(dataset)` keeps those of the version
 * asked for, so a version's presets mean what they meant when it was published. The data tests check
 * that every id here exists in at least one version and that each version's presets name only its
 * own criteria.
 *
 * cloud-2010 v2 merged v1's hypervisor trajectory, Xen→KVM migration and I/O virtualisation (all
 * read off the same hypervisor label) into `hypervisor-outlook`, and added two measured criteria
 * (`network-throughput`, `startup-time`). The merged criterion is weighted about as much as one of
 * the three it replaces, so the label no longer counts three times.
 */
import { scenarioWith, type Preset } from '$lib/scenario/defaults';
import type { Scenario } from '$lib/scenario/schema';
import type { Dataset } from './schema';

const cloud2010: Preset[] = [
	{
		id: 'balanced',
		name: 'Balanced',
		description: 'A general-purpose buyer: cost, reliability and operations first, strategy counted.',
		weights: {
			'entry-price': 50,
			'ram-price': 60,
			'egress-price': 30,
			'billing-increment': 20,
			'largest-ram': 30,
			'io-virtualisation': 20,
			'sla-uptime': 50,
			'sla-credit': 30,
			'data-centres': 40,
			compliance: 40,
			'guest-isolation': 30,
			'api-maturity': 40,
			tooling: 40,
			windows: 20,
			support: 40,
			'hypervisor-trajectory': 30,
			'migration-effort': 30,
			// v2
			'network-throughput': 30,
			'startup-time': 20,
			'hypervisor-outlook': 40
		}
	},
	{
		id: 'startup',
		name: 'Cost-sensitive start-up',
		description: 'Small Linux servers by the hour, driven from scripts; price and API above all.',
		weights: {
			'entry-price': 100,
			'ram-price': 80,
			'egress-price': 60,
			'billing-increment': 60,
			'largest-ram': 10,
			'io-virtualisation': 0,
			'sla-uptime': 20,
			'sla-credit': 10,
			'data-centres': 20,
			compliance: 0,
			'guest-isolation': 10,
			'api-maturity': 70,
			tooling: 70,
			windows: 0,
			support: 10,
			'hypervisor-trajectory': 10,
			'migration-effort': 10,
			// v2
			'network-throughput': 30,
			'startup-time': 40,
			'hypervisor-outlook': 10
		}
	},
	{
		id: 'rhel-kvm',
		name: 'Enterprise moving to RHEL 6 and KVM',
		description: 'Standardising on RHEL and planning the Xen→KVM move: hypervisor future and migration first.',
		weights: {
			'entry-price': 20,
			'ram-price': 30,
			'egress-price': 20,
			'billing-increment': 10,
			'largest-ram': 50,
			'io-virtualisation': 60,
			'sla-uptime': 60,
			'sla-credit': 30,
			'data-centres': 30,
			compliance: 50,
			'guest-isolation': 60,
			'api-maturity': 30,
			tooling: 30,
			windows: 10,
			support: 60,
			'hypervisor-trajectory': 100,
			'migration-effort': 100,
			// v2
			'network-throughput': 40,
			'startup-time': 10,
			'hypervisor-outlook': 100
		}
	},
	{
		id: 'security',
		name: 'Security and compliance first',
		description: 'Regulated workloads (cards, audits): certifications, guest isolation and SLA first.',
		weights: {
			'entry-price': 10,
			'ram-price': 10,
			'egress-price': 10,
			'billing-increment': 0,
			'largest-ram': 20,
			'io-virtualisation': 10,
			'sla-uptime': 70,
			'sla-credit': 50,
			'data-centres': 40,
			compliance: 100,
			'guest-isolation': 100,
			'api-maturity': 20,
			tooling: 10,
			windows: 20,
			support: 60,
			'hypervisor-trajectory': 30,
			'migration-effort': 20,
			// v2
			'network-throughput': 10,
			'startup-time': 0,
			'hypervisor-outlook': 30
		}
	}
];

/** Every preset of a data set id, with the weights of all its versions (for the data tests). */
export const presetsByDataset: Readonly<Record<string, readonly Preset[]>> = { 'cloud-2010': cloud2010 };

/** The presets of one data set version, each keeping only the weights of that version's criteria. */
export function presetsFor(dataset: Dataset): Preset[] {
	const ids = new Set(dataset.criteria.map((c) => c.id));
	return (presetsByDataset[dataset.id] ?? []).map((preset) => ({
		...preset,
		weights: Object.fromEntries(Object.entries(preset.weights).filter(([id]) => ids.has(id)))
	}));
}

/** The weights a new comparison starts from (and Reset returns to): the first preset, else all 50. */
export function defaultWeights(dataset: Dataset): Record<string, number> | undefined {
	return presetsFor(dataset)[0]?.weights;
}

/**
 * The comparison a new visitor sees on a data set: default weights, every provider included. It
 * names the preset its weights come from, so the page can say "Balanced (modified)" after a change.
 */
export function defaultScenario(dataset: Dataset): Scenario {
	const [first] = presetsFor(dataset);
	const weights = first?.weights ?? Object.fromEntries(dataset.criteria.map((c) => [c.id, 50]));
	return scenarioWith(dataset, weights, first?.id);
}
