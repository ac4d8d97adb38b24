// The person's own data (issue 8): link length and encode/decode time for comparisons of their own
// (10 × 12, 50 × 20, 200 × 40, names included), and CSV import time for a 200 × 40 file.
// Prints figures; asserts nothing about time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { latestDataset } from '../../src/lib/data/datasets';
import { defaultScenario } from '../../src/lib/scenario/presets';
import { syntheticOwnComparison } from '../../src/testing/synthetic';
import { effectiveDataset } from '../../src/lib/scenario/effective';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from '../../src/lib/share/codec';
import { exportMatrixCsv, importMatrixCsv } from '../../src/lib/share/csv';
import { ms, summary } from './stats.js';

const t = (n: number | undefined) => ms(n ?? NaN);

function time(runs: number, fn: () => unknown) {
	const times: number[] = [];
	for (let i = 0; i < runs + 20; i++) {
		const start = performance.now();
		fn();
		if (i >= 20) times.push(performance.now() - start);
	}
	return summary(times);
}

test('own comparisons: link length, encode and decode; CSV import', () => {
	const base = latestDataset();
	for (const [p, c, runs] of [
		[10, 12, 500],
		[50, 20, 100],
		[200, 40, 20]
	] as const) {
		const scenario = syntheticOwnComparison(base, p, c);
		const query = encodeScenario(scenario, base);
		// A new (equal) change set each run: encoding is memoised per change set, and a first
		// encoding (after an edit) is what costs.
		const enc = time(runs, () =>
			encodeScenario({ ...scenario, edits: structuredClone(scenario.edits) }, base)
		);
		const dec = time(runs, () => decodeScenario(query, { maxLength: 2_000_000 }));
		const fits = query.length <= MAX_QUERY_LENGTH ? 'fits in a link' : 'too large for a link: Export JSON';
		console.log(
			`BENCH own ${p} x ${c}: link query ${query.length} chars (${fits}; limit ${MAX_QUERY_LENGTH}); ` +
				`encode median ${t(enc.median)} p95 ${t(enc.p95)}; decode median ${t(dec.median)} p95 ${t(dec.p95)}`
		);
	}
	// The largest square-ish comparison that still fits: grow until the link passes the limit.
	let fit = 0;
	for (let n = 10; n <= 60; n++) {
		if (encodeScenario(syntheticOwnComparison(base, n, n), base).length > MAX_QUERY_LENGTH) break;
		fit = n;
	}
	console.log(
		`BENCH own: largest n × n comparison (names and every value) that fits a link: ${fit} x ${fit}`
	);

	const big = syntheticOwnComparison(base, 200, 40);
	// For the browser bench (run next): the 200 × 40 comparison as saved work.
	mkdirSync('tests/.output', { recursive: true });
	writeFileSync('tests/.output/own-200x40.query', encodeScenario(big, base));
	const csv = exportMatrixCsv(effectiveDataset(base, big.edits));
	const into = { scenario: defaultScenario(base), base };
	const imp = time(10, () => {
		const result = importMatrixCsv(csv, into);
		if (!result.ok) throw new Error(result.error);
	});
	console.log(
		`BENCH CSV import 200 x 40 (${(csv.length / 1024).toFixed(0)} KB): median ${t(imp.median)} p95 ${t(imp.p95)}`
	);
});
