import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { stabilityView } from './stability-table';
import { whyFirst } from './why';

/**
 * Hand-computed case (weighted sum): A = (80, 20, 50), B = (40, 100, 70), weights 30/10/60.
 * Scores: A 56.0, B 64.0; B leads by 8. Contributions B − A: Price −12, Support +8, Uptime +12.
 * Two thirds of B's gains (20) is 13.3: Uptime (12) alone is not enough, Uptime and Support are.
 * Stability (B first): Price ≤ 28.571/68.571 = 41.7 % (then A), Uptime ≥ 33.3 % (below, A), Support
 * any. Smallest change: Price 30 % → 42 % (11.7 points) beats Uptime 60 % → 33 % (26.7).
 */
const linear = { kind: 'linear' as const, worst: 0, best: 100 };
const criterion = (id: string, name: string) => ({
	id,
	name,
	group: 'g',
	unit: 'points',
	direction: 'higher' as const,
	description: name,
	scale: linear,
	scaleRationale: 'test'
});
const value = (raw: number) => ({ kind: 'fact' as const, raw, sources: [] });
const dataset = {
	id: 'why',
	version: 1,
	title: 'Why',
	asOf: '2010-05',
	description: 'test',
	groups: [{ id: 'g', name: 'G' }],
	hypervisors: [{ id: 'xen', name: 'Xen' }],
	criteria: [criterion('price', 'Price'), criterion('support', 'Support'), criterion('uptime', 'Uptime')],
	providers: [
		{
			id: 'a',
			name: 'Alpha',
			hypervisor: 'xen',
			values: { price: value(80), support: value(20), uptime: value(50) }
		},
		{
			id: 'b',
			name: 'Beta',
			hypervisor: 'xen',
			values: { price: value(40), support: value(100), uptime: value(70) }
		}
	]
} as unknown as Dataset;

describe('Why #1 wins', () => {
	const evaluation = evaluate(dataset, scenarioWith(dataset, { price: 30, support: 10, uptime: 60 }));

	it('names the leader, its margin, where the lead comes from, where the runner-up is better, and the smallest change', () => {
		expect(whyFirst(evaluation)?.text).toBe(
			'Beta is first with 64.0, 8.0 points ahead of Alpha (56.0). ' +
				'Most of Beta’s lead comes from Uptime (12.0 points more) and Support (8.0 points): a point is one of ' +
				'the 100 a provider can score, and each criterion gives its share of the weight times the provider’s ' +
				'value score on it. Alpha does better on Price (12.0 points). ' +
				'The smallest change of one weight that would change the leader: raising Price from 30 % to 42 % of ' +
				'the total weight (the other weights keeping their proportions) would put Alpha first.'
		);
	});

	it('reads the stability intervals in words', () => {
		const rows = stabilityView(evaluation)!.rows.map((r) => r.text);
		expect(rows).toEqual([
			'Beta stays first while Price is between 0 % and 42 % of the weight; above that Alpha overtakes.',
			// Support at 0 %: Price 30/90, Uptime 60/90, Beta (1200 + 4200)/90 = 60 = Alpha (2400 + 3000)/90.
			'No other provider overtakes Beta whatever Support’s share of the weight, from 0 % to 100 %; at 0 % it ties with Alpha.',
			'Beta stays first while Uptime is between 33 % and 100 % of the weight; below that Alpha overtakes.'
		]);
	});

	it('says so when the leader is not overtaken but tied at an end of the scale (issue 19)', () => {
		// Gamma = (0, 100, 0) scores 10 at 30/10/60 (last). With Support at 100 % of the weight, Beta and
		// Gamma both score 100: nobody overtakes Beta, but it is no longer first alone (and at 0 % Alpha
		// ties, as above). At Price 0 %
		// (Support 10/70, Uptime 60/70) Beta = (1000 + 4200)/70 = 74.3 and Gamma 14.3: no tie there; at
		// Uptime 100 % Beta 70, Alpha 50, Gamma 0: none either.
		const withGamma = {
			...dataset,
			providers: [
				...dataset.providers,
				{
					id: 'c',
					name: 'Gamma',
					hypervisor: 'xen',
					values: { price: value(0), support: value(100), uptime: value(0) }
				}
			]
		} as unknown as Dataset;
		const three = evaluate(withGamma, scenarioWith(withGamma, { price: 30, support: 10, uptime: 60 }));
		expect(stabilityView(three)!.rows.map((r) => r.text)).toEqual([
			'Beta stays first while Price is between 0 % and 42 % of the weight; above that Alpha overtakes.',
			'No other provider overtakes Beta whatever Support’s share of the weight, from 0 % to 100 %; at 0 % it ties with Alpha; at 100 % it ties with Gamma.',
			'Beta stays first while Uptime is between 33 % and 100 % of the weight; below that Alpha overtakes.'
		]);
	});

	it('says "about" for a method whose limits are found numerically', () => {
		const topsis = evaluate(dataset, {
			...scenarioWith(dataset, { price: 30, support: 10, uptime: 60 }),
			method: 'topsis'
		});
		expect(whyFirst(topsis)?.text).toMatch(/to about \d+ % of the total weight/);
		expect(whyFirst(topsis)?.text).toContain('(as the contributions chart splits its score)');
	});

	it('has nothing to say when nothing is ranked, and little with one provider', () => {
		expect(whyFirst(evaluate(dataset, scenarioWith(dataset, {})))).toBeUndefined();
		const one = evaluate(dataset, { ...scenarioWith(dataset, { price: 1 }), excluded: ['a'] });
		expect(whyFirst(one)?.text).toBe('Beta is the only provider compared, so it is first by default.');
	});
});
