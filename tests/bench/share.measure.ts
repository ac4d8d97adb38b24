// Share links (issue 4): encode/decode time and link length for the default comparison and for the
// largest ones the format allows. Prints figures; asserts nothing about time.
import { test } from 'vitest';
import { latestDataset } from '../../src/lib/data/datasets';
import type { Dataset } from '../../src/lib/data/schema';
import { syntheticDataset } from '../../src/testing/synthetic';
import { defaultScenario } from '../../src/lib/scenario/presets';
import type { Scenario } from '../../src/lib/scenario/schema';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from '../../src/lib/share/codec';
import { ms, summary } from './stats.js';

/** stats.js is untyped JS: its percentiles come back as number | undefined. */
const t = (n: number | undefined) => ms(n ?? NaN);

function time(runs: number, fn: () => unknown) {
	const times: number[] = [];
	for (let i = 0; i < runs + 200; i++) {
		const start = performance.now();
		fn();
		if (i >= 200) times.push(performance.now() - start); // the first 200 warm the JIT
	}
	return summary(times);
}

/** Every weight at its longest text (17 significant digits) and every provider left out. */
function largest(dataset: Dataset): Scenario {
	return {
		...defaultScenario(dataset),
		weights: Object.fromEntries(dataset.criteria.map((c) => [c.id, 33.333333333333336])),
		excluded: dataset.providers.map((p) => p.id)
	};
}

function measure(label: string, scenario: Scenario, dataset: Dataset, catalogue: readonly Dataset[]) {
	const query = encodeScenario(scenario, dataset);
	const enc = time(5000, () => encodeScenario(scenario, dataset));
	const dec = time(5000, () => decodeScenario(query, { datasets: catalogue }));
	console.log(
		`BENCH share ${label}: link query ${query.length} chars (limit ${MAX_QUERY_LENGTH}); ` +
			`encode median ${t(enc.median)} p95 ${t(enc.p95)}; decode median ${t(dec.median)} p95 ${t(dec.p95)}`
	);
}

test('share link codec timings and lengths', () => {
	const real = latestDataset();
	const big = syntheticDataset(200, 40, 3);
	const catalogue = [real, big];
	measure('default scenario (cloud-2010)', defaultScenario(real), real, catalogue);
	measure(
		`largest on cloud-2010 (${real.providers.length} x ${real.criteria.length})`,
		largest(real),
		real,
		catalogue
	);
	measure('largest on synthetic 200 x 40', largest(big), big, catalogue);
	// The worst a decoder meets: a hostile query just under the limit, full of bad weights and ids.
	const hostile = `w=${'x,'.repeat(30)}&x=${'nope-provider,'.repeat(300)}`.slice(0, MAX_QUERY_LENGTH);
	const dec = time(2000, () => decodeScenario(hostile, { datasets: catalogue }));
	console.log(
		`BENCH share hostile ${hostile.length}-char link: decode median ${t(dec.median)} p95 ${t(dec.p95)}`
	);
});
