import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/mcda/evaluate';
import { scenarioWith } from '$lib/mcda/scenario';
import { tiny } from '$lib/mcda/tiny.fixture';
import { scoreChart } from './configs';

describe('scoreChart', () => {
	it('draws each provider’s score range as a floating bar over its score, in ranking order', () => {
		// Weights 3, 1: A 83.553 and B 62.5 (every value known), C from 25 to 100.
		const config = scoreChart(evaluate(tiny, scenarioWith(tiny, { price: 3, future: 1 })));
		expect(config.data.labels).toEqual(['A', 'B', 'C']);
		const [score, range] = config.data.datasets;
		expect(score!.data).toEqual([83.6, 62.5, 25]);
		expect(range!.data).toEqual([
			[83.6, 83.6],
			[62.5, 62.5],
			[25, 100]
		]);
		expect(range).toMatchObject({ grouped: false, order: -1 });
	});
});
