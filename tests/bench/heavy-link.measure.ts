// The links the serving bench (serve.bench.js) and the server tests (tests/server-hardening.test.ts)
// render, written by the app's own encoder: the heavy link issue 21 describes (200 providers of
// one's own × 77 criteria, the data set's 17 and 60 of one's own, every name 80 characters long, no
// values: names repeat enough to deflate into a link under 8,000 characters), and an ordinary link
// with data of one's own (10 × 12, names, every value). Written to tests/.output/*.query.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findDataset } from '../../src/lib/data/datasets';
import { syntheticOwnComparison } from '../../src/testing/synthetic';
import { addCriterion, addProvider } from '../../src/lib/scenario/data-edits';
import { effectiveDataset } from '../../src/lib/scenario/effective';
import type { Scenario } from '../../src/lib/scenario/schema';
import { decodeScenario, encodeScenario, MAX_QUERY_LENGTH } from '../../src/lib/share/codec';
import { defaultScenario } from '../../src/lib/scenario/presets';

/** An 80-character name (the longest a name may be), distinct by its number. */
const long = (stem: string, n: number) => `${stem} ${n} `.padEnd(80, 'x');

test('heavy and ordinary links for the serving bench', () => {
	// Version 2 of the 2010 data set, pinned, so the figures compare across releases.
	const base = findDataset('cloud-2010', 2)!;
	let heavy: Scenario = defaultScenario(base);
	for (let j = 0; j < 60; j++)
		heavy = addCriterion(heavy, base, {
			name: long('Criterion with a long name, number', j + 1),
			group: j % 2 ? 'Speed' : 'Money',
			unit: 'units',
			direction: j % 2 ? 'higher' : 'lower',
			scale: { kind: 'linear', worst: 0, best: 100 }
		}).scenario;
	for (let i = 0; i < 200; i++)
		heavy = addProvider(heavy, base, {
			name: long('Hosting company with a long name, number', i + 1),
			platform: 'KVM'
		}).scenario;
	const heavyQuery = encodeScenario(heavy, base);
	const decoded = decodeScenario(heavyQuery);
	const effective = effectiveDataset(decoded.dataset, decoded.scenario.edits);
	// The link opens whole: nothing dropped, every provider and criterion there.
	expect(decoded.problems).toEqual([]);
	expect([effective.providers.length, effective.criteria.length]).toEqual([206, 77]);
	expect(heavyQuery.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);

	const ordinaryQuery = encodeScenario(syntheticOwnComparison(base, 10, 12), base);
	expect(decodeScenario(ordinaryQuery).problems).toEqual([]);

	mkdirSync('tests/.output', { recursive: true });
	writeFileSync('tests/.output/heavy.query', heavyQuery);
	writeFileSync('tests/.output/ordinary.query', ordinaryQuery);
	console.log(
		`BENCH links: heavy 200 own providers × 77 criteria (80-character names) ${heavyQuery.length} chars; ` +
			`ordinary 10 × 12 of one's own ${ordinaryQuery.length} chars`
	);
});
