import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/state/scenario.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = () => {
	const dataset = latestDataset();
	return { dataset, scenario: defaultScenario(dataset) };
};
