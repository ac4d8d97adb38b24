// What the first render of `/` computes in src/lib, each step timed COLD (its first call, as a
// browser opening the page runs it once), then warm (the median of 20 more calls on fresh
// evaluations, as after an edit). Prints figures; asserts nothing about time (noisy machines).
// Multiply by about 4 for Lighthouse's phone (4× CPU throttle).
import { test } from 'vitest';

const t = () => performance.now();

test('first render computations', async () => {
	const rows: string[] = [];
	const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
		const start = t();
		const out = await fn();
		rows.push(`${label.padEnd(42)} ${(t() - start).toFixed(1).padStart(7)} ms`);
		return out;
	};
	const { loadDataset, entryForRef } = await time(
		'import catalogue',
		() => import('../../src/lib/data/catalogue')
	);
	const codec = await time('import codec (zod schemas)', () => import('../../src/lib/share/codec'));
	const { evaluate } = await time('import evaluate', () => import('../../src/lib/evaluation/evaluate'));
	const { effectiveDataset } = await import('../../src/lib/scenario/effective');
	const { answerView } = await time('import answer', () => import('../../src/lib/present/answer'));
	const { stabilityView } = await import('../../src/lib/present/stability-table');
	const { heatmapView } = await import('../../src/lib/present/heatmap');
	const { rankingView } = await import('../../src/lib/present/results');
	const { whyFirst } = await import('../../src/lib/present/why');
	const { robustnessOf } = await import('../../src/lib/evaluation/robustness');
	const { evidenceOf } = await import('../../src/lib/evaluation/evidence');
	const { groupSummaryView } = await import('../../src/lib/present/group-summary');
	const { presetsFor } = await import('../../src/lib/scenario/presets');

	for (const query of ['', 'v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt']) {
		rows.push(`--- /?${query.slice(0, 30)}`);
		const entry = entryForRef(new URLSearchParams(query).get('d'));
		const dataset = (await loadDataset(entry.id, entry.version))!;
		const { scenario } = await time('decodeScenario', () =>
			codec.decodeScenario(query, { datasets: [dataset] })
		);
		const effective = await time('effectiveDataset', () => effectiveDataset(dataset, scenario.edits));
		const evaluation = await time('evaluate', () => evaluate(dataset, scenario, effective));
		await time('presetsFor', () => presetsFor(dataset));
		await time('encodeScenario', () => codec.encodeScenario(scenario, dataset, effective));
		await time('rankingView', () => rankingView(evaluation));
		await time('robustnessOf', () => robustnessOf(evaluation));
		await time('evidenceOf', () => evidenceOf(evaluation));
		await time('answerView (rest)', () => answerView(evaluation));
		await time('groupSummaryView', () => groupSummaryView(evaluation, (s) => s));
		await time('whyFirst', () => whyFirst(evaluation));
		await time('stabilityView', () => stabilityView(evaluation));
		await time('heatmapView', () => heatmapView(evaluation));
		// Warm: a weight change makes a new scenario and evaluation.
		const warm = (label: string, fn: (e: ReturnType<typeof evaluate>) => unknown) => {
			const times: number[] = [];
			for (let i = 0; i < 20; i++) {
				const e = evaluate(dataset, { ...scenario, weights: { ...scenario.weights } }, effective);
				const start = t();
				fn(e);
				times.push(t() - start);
			}
			times.sort((a, b) => a - b);
			rows.push(`${`warm ${label}`.padEnd(42)} ${times[10]!.toFixed(1).padStart(7)} ms`);
		};
		warm('evaluate', () => evaluate(dataset, { ...scenario }, effective));
		warm('robustnessOf', robustnessOf);
		warm('answerView', answerView);
		warm('stabilityView', stabilityView);
		warm('heatmapView', heatmapView);
		warm('encodeScenario', () => codec.encodeScenario({ ...scenario }, dataset, effective));
	}
	console.log(rows.join('\n'));
});
