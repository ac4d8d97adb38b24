import { expect, test } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { addProvider } from '$lib/scenario/data-edits';
import { candidates, startFromScratch } from '$lib/scenario/start';
import { answerSentence, scaleNotes } from './answer';

const starter = findDataset('starter', 1)!;

test('the person’s levels are shown for each criterion the answer names, and only theirs', () => {
	const price = candidates(starter, starter).find((c) => c.criterion.id === 'monthly-price')!;
	let scenario = startFromScratch(
		starter,
		[price],
		[{ name: 'Latency', unit: 'ms', direction: 'lower', worst: 90, best: 0 }]
	);
	const v = (raw: number) => ({ kind: 'user' as const, raw });
	scenario = addProvider(scenario, starter, {
		name: 'Near',
		platform: '',
		values: { 'monthly-price': v(20), 'u-latency': v(10) }
	}).scenario;
	scenario = addProvider(scenario, starter, {
		name: 'Cheap',
		platform: '',
		values: { 'monthly-price': v(10), 'u-latency': v(80) }
	}).scenario;
	const evaluation = evaluate(starter, scenario);
	// Weights 50/50. Near: price (100 − 20)/95 = 84.2, latency (90 − 10)/90 = 88.9 → 86.5;
	// Cheap: (100 − 10)/95 = 94.7, (90 − 80)/90 = 11.1 → 52.9. Near leads on latency, Cheap on price.
	expect(answerSentence(evaluation)).toBe(
		'Near leads Cheap by 33.6 points, mostly on latency; Cheap is better on monthly price.'
	);
	// Monthly price has the starter's levels (not the person's): no note for it.
	expect(scaleNotes(evaluation)).toEqual([
		{ criterionId: 'u-latency', name: 'Latency', text: 'Latency: 0 at 90 ms, 100 at 0 ms, your choice.' }
	]);
});
