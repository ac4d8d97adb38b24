// The scoring core alone at a synthetic 200 providers × 40 criteria (aim: p95 ≤ 1 ms).
// Prints figures; asserts nothing about time (these machines are noisy).
import { test } from 'vitest';
import { syntheticDataset } from '../../src/testing/synthetic';
import { evaluate } from '../../src/lib/evaluation/evaluate';
import { scenarioWith } from '../../src/lib/scenario/defaults';
import { latestDataset } from '../../src/lib/data/datasets';
import { ms, summary } from './stats.js';

function measure(label: string, dataset: ReturnType<typeof syntheticDataset>, runs: number) {
	const times: number[] = [];
	for (let i = 0; i < runs + 50; i++) {
		// A different weight each run, as when someone drags a slider.
		const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.id, (i * 7 + j * 13) % 101]));
		const scenario = scenarioWith(dataset, weights);
		const start = performance.now();
		evaluate(dataset, scenario);
		const elapsed = performance.now() - start;
		if (i >= 50) times.push(elapsed); // the first 50 warm the JIT
	}
	const s = summary(times);
	console.log(`BENCH core ${label}: runs ${s.n}, median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`);
}

test('scoring core timings', () => {
	measure('200 providers x 40 criteria', syntheticDataset(200, 40, 3), 1000);
	const real = latestDataset();
	measure(`real data (${real.providers.length} x ${real.criteria.length})`, real, 1000);
});
