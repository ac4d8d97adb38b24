/**
 * The comparison the person is editing. The scenario is replaced, never mutated (`$state.raw`), so
 * every change is one new value that the page derives its evaluation from, and that the share
 * module can serialise.
 */
import type { Dataset } from '$lib/data/schema';
import { MAX_WEIGHT, scenarioWith, type Preset, type Scenario } from '$lib/mcda/scenario';
import { defaultScenario } from '$lib/data/presets';

/** Weights are whole numbers from 0 to 100 in the form; anything else is brought into range. */
export function clampWeight(weight: number): number {
	if (!Number.isFinite(weight)) return 0;
	return Math.min(MAX_WEIGHT, Math.max(0, Math.round(weight)));
}

export class ScenarioState {
	scenario: Scenario = $state.raw() as Scenario;
	readonly dataset: Dataset;

	constructor(dataset: Dataset, initial: Scenario) {
		this.dataset = dataset;
		this.scenario = initial;
	}

	setWeight = (criterionId: string, weight: number) => {
		this.scenario = {
			...this.scenario,
			weights: { ...this.scenario.weights, [criterionId]: clampWeight(weight) }
		};
	};

	/** Every criterion gets the same weight (50), so each has an equal share. */
	equalWeights = () => {
		this.scenario = {
			...this.scenario,
			weights: Object.fromEntries(this.dataset.criteria.map((c) => [c.id, 50]))
		};
	};

	applyPreset = (preset: Preset) => {
		this.scenario = { ...scenarioWith(this.dataset, preset.weights), excluded: this.scenario.excluded };
	};

	/** Back to the default weights with every provider included. */
	reset = () => {
		this.scenario = defaultScenario(this.dataset);
	};

	setIncluded = (providerId: string, included: boolean) => {
		const rest = this.scenario.excluded.filter((id) => id !== providerId);
		this.scenario = { ...this.scenario, excluded: included ? rest : [...rest, providerId] };
	};

	/** Replace the whole scenario (a link was opened, saved work restored). */
	replace = (scenario: Scenario) => {
		this.scenario = scenario;
	};
}
