// The scenario now lives in `$lib/scenario` (its single owner); these names are kept for the modules
// that still import them from here.
export { MAX_WEIGHT, ScenarioSchema, type Scenario } from '$lib/scenario/schema';
export { scenarioWith, type Preset } from '$lib/scenario/defaults';
export type { MethodId } from '$lib/scenario/registry';
