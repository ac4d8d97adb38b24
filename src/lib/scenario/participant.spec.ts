import { describe, expect, it } from 'vitest';
import { tiny } from '$testing/tiny';
import { checkParticipant, participantWeights, withParticipant } from './participant';
import { defaultScenario } from './presets';

/**
 * A participant's answer on the tiny data set (criteria Price and Future, both in group Cost).
 * Rank order centroid for two criteria: 0.75 and 0.25 (w₁ = (1 + 1/2) / 2, w₂ = (1/2) / 2).
 */
describe('a participant’s weighting of a group decision', () => {
	const decision = {
		...defaultScenario(tiny),
		preset: 'even',
		weighting: 'pairwise' as const,
		pairwise: { 'price|future': 3 },
		rankOrder: ['price', 'future'],
		rankKind: 'rank-sum' as const,
		method: 'topsis' as const
	};

	it('replaces the whole weighting part, and only it', () => {
		const sliders = withParticipant(decision, { weighting: 'direct', weights: { price: 10, future: 90 } });
		expect(sliders).toEqual({
			...defaultScenario(tiny),
			method: 'topsis',
			weighting: 'direct',
			weights: { price: 10, future: 90 }
		});
		const ranked = withParticipant(decision, {
			weighting: 'rank',
			rankOrder: ['future', 'price'],
			rankKind: 'roc',
			pairwise: { 'price|future': 5 },
			weights: { price: 25, future: 75 }
		});
		expect(ranked).toMatchObject({
			weighting: 'rank',
			rankOrder: ['future', 'price'],
			rankKind: 'roc',
			pairwise: { 'price|future': 5 }
		});
		expect(ranked).not.toHaveProperty('preset');
	});

	it('stores only the weighting fields a scenario has', () => {
		expect(participantWeights(defaultScenario(tiny))).toEqual({
			weighting: 'direct',
			weights: { price: 50, future: 50 }
		});
		expect(participantWeights(decision)).toEqual({
			weighting: 'pairwise',
			weights: { price: 50, future: 50 },
			rankOrder: ['price', 'future'],
			rankKind: 'rank-sum',
			pairwise: { 'price|future': 3 }
		});
	});

	it('refuses an answer naming a criterion or pair the decision does not have', () => {
		const base = defaultScenario(tiny);
		expect(checkParticipant(base, tiny, { weighting: 'direct', weights: { price: 1, gone: 2 } })).toEqual({
			ok: false,
			problem: '“gone” is not a criterion of this decision.'
		});
		expect(
			checkParticipant(base, tiny, { weighting: 'rank', rankOrder: ['price', 'ghost'], weights: {} })
		).toEqual({ ok: false, problem: '“ghost” is not a criterion of this decision.' });
		expect(
			checkParticipant(base, tiny, { weighting: 'pairwise', pairwise: { 'price|gone': 3 }, weights: {} })
		).toEqual({ ok: false, problem: 'The pair “price|gone” is not one this decision compares.' });
		// A group's key is one the decision compares (group Cost is "@cost").
		expect(
			checkParticipant(base, tiny, { weighting: 'pairwise', pairwise: { '@cost|price': 1 }, weights: {} })
		).toMatchObject({ ok: true });
	});

	it('stores the weights the answer’s own input gives, not the ones it claims', () => {
		// Ranked Future first: ROC gives Future 75, Price 25, whatever the answer said.
		expect(
			checkParticipant(defaultScenario(tiny), tiny, {
				weighting: 'rank',
				rankOrder: ['future', 'price'],
				weights: { price: 90, future: 10 }
			})
		).toEqual({
			ok: true,
			weights: { weighting: 'rank', rankOrder: ['future', 'price'], weights: { price: 25, future: 75 } }
		});
		// Sliders: the weights are the input, kept as given.
		expect(
			checkParticipant(defaultScenario(tiny), tiny, {
				weighting: 'direct',
				weights: { price: 90, future: 10 }
			})
		).toEqual({ ok: true, weights: { weighting: 'direct', weights: { price: 90, future: 10 } } });
	});
});

describe('a participant’s weighting: no empty fields', () => {
	it('sliders leave no rank order, rank kind or judgements behind, not even empty ones', () => {
		const next = withParticipant(
			{ ...defaultScenario(tiny), rankOrder: ['price'], pairwise: { 'price|future': 3 } },
			{ weighting: 'direct', weights: { price: 1, future: 2 } }
		);
		expect(Object.keys(next)).not.toContain('rankOrder');
		expect(Object.keys(next)).not.toContain('rankKind');
		expect(Object.keys(next)).not.toContain('pairwise');
	});
});
