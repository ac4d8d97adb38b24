// The "Your values" grid at 200 × 40 (issue 18): writes what the browser bench (grid.bench.js) loads
// and pastes, a comparison of exactly 200 providers × 40 criteria (the starter with its own six
// criteria removed) as saved work and two 200 × 40 blocks as a spreadsheet copies them (names in
// the first row and column), and times the paste itself in Node. Prints figures; asserts nothing
// about time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { findDataset } from '../../src/lib/data/datasets';
import { effectiveDataset } from '../../src/lib/scenario/effective';
import { applyPaste, toTsv } from '../../src/lib/scenario/paste';
import { encodeScenario } from '../../src/lib/share/codec';
import { syntheticOwnComparison } from '../../src/testing/synthetic';
import { ms, summary } from './stats.js';

test('grid 200 x 40: the comparison and the blocks for the browser bench; paste in Node', () => {
	const starter = findDataset('starter', 1)!;
	const own = syntheticOwnComparison(starter, 200, 40);
	const scenario = {
		...own,
		edits: { ...own.edits, removed: starter.criteria.map((c) => c.id) }
	};
	const d = effectiveDataset(starter, scenario.edits);
	if (d.providers.length !== 200 || d.criteria.length !== 40)
		throw new Error(`expected 200 x 40, got ${d.providers.length} x ${d.criteria.length}`);
	// Two blocks with different figures (0–99.9, in every criterion's unit), so each paste changes
	// every cell and the ranking.
	const block = (shift: number) =>
		toTsv([
			['Provider', ...d.criteria.map((c) => c.name)],
			...d.providers.map((p, i) => [
				p.name,
				...d.criteria.map((_, j) => ((i * 7 + j * 13 + shift) % 1000) / 10)
			])
		]);
	const blocks = [block(0), block(501)];
	mkdirSync('tests/.output', { recursive: true });
	writeFileSync('tests/.output/grid-200x40.query', encodeScenario(scenario, starter));
	writeFileSync('tests/.output/grid-200x40.json', JSON.stringify({ blocks }));

	const times: number[] = [];
	for (let i = 0; i < 30; i++) {
		const start = performance.now();
		const r = applyPaste(scenario, starter, blocks[i % 2]!, { row: 0, col: 0 });
		const took = performance.now() - start;
		if (r.written !== 8000 || r.problems.length || r.addedProviders.length || r.addedCriteria.length)
			throw new Error(`the block did not fill the grid: ${r.written} cells, ${r.problems.length} problems`);
		if (i >= 5) times.push(took);
	}
	const s = summary(times);
	console.log(
		`BENCH grid 200 x 40: paste of the block in Node (applyPaste: read, match, 8,000 cells): ` +
			`median ${ms(s.median)}, p95 ${ms(s.p95)}`
	);
});
