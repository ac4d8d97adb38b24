import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { moveInRank, setJudgement, setRankKind, setWeighting } from './actions';
import { ScenarioSchema } from './schema';
import {
	consistencyAdvice,
	judgementsFromWeights,
	nearestSaaty,
	pairsOf,
	pairwiseMatrices,
	pairwiseWeights,
	rankedWeights,
	rankOrderOf,
	type WeightingContext
} from './weighting';

const context: WeightingContext = {
	criteria: [
		{ id: 'price', name: 'Entry price', group: 'cost' },
		{ id: 'egress', name: 'Egress price', group: 'cost' },
		{ id: 'ram', name: 'RAM price', group: 'cost' },
		{ id: 'uptime', name: 'Uptime', group: 'reliability' }
	],
	groups: [
		{ id: 'cost', name: 'Cost' },
		{ id: 'reliability', name: 'Reliability' }
	]
};

describe('rank weights', () => {
	it('ROC and rank sum by hand for three criteria', () => {
		// ROC: (1 + 1/2 + 1/3)/3 = 0.6111, (1/2 + 1/3)/3 = 0.2778, (1/3)/3 = 0.1111.
		expect(rankedWeights(['a', 'b', 'c'])).toEqual({ a: 61.11, b: 27.78, c: 11.11 });
		// Rank sum: 3/6, 2/6, 1/6.
		expect(rankedWeights(['a', 'b', 'c'], 'rank-sum')).toEqual({ a: 50, b: 33.33, c: 16.67 });
	});

	it('the order in use: the stored ids still present, then the rest by weight', () => {
		expect(rankOrderOf(context, ['uptime', 'gone', 'uptime'], { price: 1, egress: 9, ram: 5 })).toEqual([
			'uptime',
			'egress',
			'ram',
			'price'
		]);
	});
});

describe('pairwise weights', () => {
	it('compares within each group of two or more, then the groups', () => {
		const matrices = pairwiseMatrices(context);
		expect(matrices.map((m) => m.name)).toEqual(['Within Cost', 'Between the groups']);
		expect(pairsOf(matrices)).toEqual([
			['price', 'egress'],
			['price', 'ram'],
			['egress', 'ram'],
			['@cost', '@reliability']
		]);
	});

	it('group weight × weight within the group; consistent judgements give CR 0', () => {
		// Within cost 4 : 2 : 1 (consistent), cost 3× reliability → cost 0.75, reliability 0.25.
		const { weights, matrices } = pairwiseWeights(context, {
			'price|egress': 2,
			'price|ram': 4,
			'egress|ram': 2,
			'@cost|@reliability': 3
		});
		expect(weights).toEqual({ price: 42.86, egress: 21.43, ram: 10.71, uptime: 25 });
		expect(matrices[0]!.cr).toBeCloseTo(0, 10);
		expect(consistencyAdvice(matrices[0]!)).toBeUndefined();
	});

	it('names the judgement to revisit when CR > 0.10, with a value that fits', () => {
		// Entry 3× Egress, Egress 3× RAM, yet RAM 3× Entry: a cycle.
		const { matrices } = pairwiseWeights(context, {
			'price|egress': 3,
			'egress|ram': 3,
			'price|ram': 1 / 3
		});
		const cost = matrices[0]!;
		expect(cost.cr).toBeGreaterThan(0.1);
		expect(consistencyAdvice(cost)).toMatch(
			/^Your judgements are inconsistent \(CR \d\.\d\d\)\. Revisit .+ vs .+: a value near \S+ \(.+\) would fit your other answers\.$/
		);
	});

	it('starts from judgements near the current weights', () => {
		expect(nearestSaaty(2.4)).toBe(2);
		expect(nearestSaaty(0.3)).toBe(1 / 3);
		expect(nearestSaaty(40)).toBe(9);
		expect(judgementsFromWeights(context, { price: 60, egress: 20, ram: 20, uptime: 100 })).toEqual({
			'price|egress': 3,
			'price|ram': 3,
			'egress|ram': 1,
			'@cost|@reliability': 1
		});
	});
});

describe('switching ways keeps what the person entered', () => {
	const dataset = latestDataset();
	const start = defaultScenario(dataset);

	it('rank: starts from the weights’ order, moves write ROC weights, the order survives a switch back', () => {
		const ranked = setWeighting(start, dataset, 'rank');
		expect(ranked.weighting).toBe('rank');
		const order = ranked.rankOrder!;
		const byWeight = [...dataset.criteria].sort(
			(a, b) => (start.weights[b.id] ?? 0) - (start.weights[a.id] ?? 0)
		);
		expect(order[0]).toBe(byWeight[0]!.id);
		expect(ranked.weights).toEqual(rankedWeights(order));
		const moved = moveInRank(ranked, dataset, order[1]!, -1);
		expect(moved.rankOrder!.slice(0, 2)).toEqual([order[1], order[0]]);
		expect(moved.weights[order[1]!]).toBeGreaterThan(moved.weights[order[0]!]!);
		const sum = setRankKind(moved, dataset, 'rank-sum');
		expect(sum.weights).toEqual(rankedWeights(sum.rankOrder!, 'rank-sum'));
		const back = setWeighting(setWeighting(sum, dataset, 'direct'), dataset, 'rank');
		expect(back.rankOrder).toEqual(sum.rankOrder);
		expect(back.weights).toEqual(sum.weights);
		expect(ScenarioSchema.parse(back)).toEqual(back);
	});

	it('pairwise: a judgement changes the weights and survives a switch away and back', () => {
		const pairwise = setWeighting(start, dataset, 'pairwise');
		const judged = setJudgement(pairwise, dataset, 'entry-price', 'ram-price', 1 / 5);
		expect(judged.weights).not.toEqual(pairwise.weights);
		const back = setWeighting(setWeighting(judged, dataset, 'rank'), dataset, 'pairwise');
		expect(back.pairwise).toEqual(judged.pairwise);
		expect(back.weights).toEqual(judged.weights);
		expect(ScenarioSchema.parse(back)).toEqual(back);
	});

	it('pairwise → sliders takes the whole weights the sliders show, so the link reopens the same (issue 21)', async () => {
		const { decodeScenario, encodeScenario } = await import('$lib/share/codec');
		const judged = setJudgement(
			setWeighting(start, dataset, 'pairwise'),
			dataset,
			'entry-price',
			'ram-price',
			1 / 5
		);
		expect(Object.values(judged.weights).some((w) => !Number.isInteger(w))).toBe(true);
		const sliders = setWeighting(judged, dataset, 'direct');
		for (const [id, w] of Object.entries(judged.weights)) expect(sliders.weights[id]).toBe(Math.round(w));
		const reopened = decodeScenario(encodeScenario(sliders, dataset));
		expect(reopened.problems).toEqual([]);
		expect(reopened.scenario.weights).toEqual(sliders.weights);
	});
});
