/**
 * A scenario is the whole comparison a person set up: which data set (and version), the weight of
 * each criterion, and which providers they left out. Everything on the page, in a shared link and in
 * the PDF is derived from this one serialisable value.
 */
import { z } from '$lib/zod';
import type { Dataset } from '$lib/data/schema';

export const MAX_WEIGHT = 100;

export const ScenarioSchema = z.strictObject({
	dataset: z.strictObject({ id: z.string().min(1), version: z.number().int().min(1) }),
	method: z.enum(['weighted-sum']),
	/** Weight per criterion id, 0–100. A criterion missing here has weight 0. */
	weights: z.record(z.string(), z.number().finite().min(0).max(MAX_WEIGHT)),
	/** Provider ids left out of the comparison. */
	excluded: z.array(z.string())
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type MethodId = Scenario['method'];

export interface Preset {
	id: string;
	name: string;
	/** Who would choose it, in one sentence. */
	description: string;
	weights: Record<string, number>;
}

export function scenarioWith(dataset: Dataset, weights: Record<string, number>): Scenario {
	return {
		dataset: { id: dataset.id, version: dataset.version },
		method: 'weighted-sum',
		weights: Object.fromEntries(dataset.criteria.map((c) => [c.id, weights[c.id] ?? 0])),
		excluded: []
	};
}
