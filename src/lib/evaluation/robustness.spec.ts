import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { scenarioWith } from '$lib/scenario/defaults';
import { syntheticDataset } from '$testing/synthetic';
import { tiny } from '$testing/tiny';
import { evaluate } from './evaluate';
import { robustnessOf } from './robustness';

describe('robustnessOf an evaluation', () => {
	it('is computed once per evaluation and follows the treatment of unknowns', () => {
		const e = evaluate(tiny, { ...scenarioWith(tiny, { price: 3, future: 1 }), unknowns: 'omit' });
		expect(robustnessOf(e)).toBe(robustnessOf(e));
		expect(robustnessOf(e).trials).toBe(500);
		// Left out: C is scored on future alone (100), so it is first in every trial; with its unknown
		// price at 0 (worst level) it never is.
		expect(robustnessOf(e).first[2]).toBe(1);
		const worst = evaluate(tiny, { ...scenarioWith(tiny, { price: 3, future: 1 }), unknowns: 'worst' });
		expect(robustnessOf(worst).first[2]).toBe(0);
	});

	it('runs fewer trials on a large comparison (at least 100)', () => {
		const big = syntheticDataset(200, 40, 5);
		const e = evaluate(big, defaultScenario(big));
		expect(robustnessOf(e).trials).toBe(125);
	});
});
