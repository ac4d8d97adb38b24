import { describe, expect, test } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { effectiveDataset } from '$lib/scenario/effective';
import {
	HEAVY_CRITERIA,
	HEAVY_FIRST_PROVIDER,
	HEAVY_PROVIDERS,
	heavyLink
} from '../../../tests/support/heavy-link.js';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from './codec';

describe('the heavy link the browser tests and the bench use (issue 21)', () => {
	const query = heavyLink().slice(2);
	const { scenario, dataset, problems } = decodeScenario(query);

	test('is exactly what the app writes for it, and fits a link', () => {
		expect(problems).toEqual([]);
		expect(encodeScenario(scenario, dataset)).toBe(query);
		expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
	});

	test('holds 200 providers × 77 criteria with long names', () => {
		expect(dataset).toBe(findDataset('cloud-2010', 2));
		const effective = effectiveDataset(dataset, scenario.edits);
		expect([effective.providers.length, effective.criteria.length]).toEqual([
			HEAVY_PROVIDERS,
			HEAVY_CRITERIA
		]);
		expect(effective.providers.map((p) => p.name)).toContain(HEAVY_FIRST_PROVIDER);
	});
});
