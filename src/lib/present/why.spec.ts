import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { stabilityView } from './stability-table';
import { whyFirst } from './why';
import { linearCriterion } from '$testing/hand-made';

/**
 * Hand-computed case (weighted sum): A = (80, 20, 50), B = (40, 100, 70), weights 30/10/60.
 * Scores: A 56.0, B 64.0; B leads by 8. Contributions B − A: Price −12, Support +8, Uptime +12.
 * Two thirds of B's gains (20) is 13.3: Uptime (12) alone is not enough, Uptime and Support are.
 * Stability (B first): Price ≤ 28.571/68.571 = 41.7 % (then A), Uptime ≥ 33.3 % (below, A), Support
 * any. Smallest change: Price 30 % → 42 % (11.7 points) beats Uptime 60 % → 33 % (26.7).
 */
const criterion = linearCriterion;
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

/**
 * A data set of criteria scored linearly from 0 to 100 (more is better, so a value is its own value
 * score), one group, and providers with a value per criterion (null: unknown). With equal weights
 * over n criteria each criterion gives value / n points.
 */
function linearSet(names: string[], rows: [string, (number | null)[]][]): Dataset {
	const id = (name: string) => name.toLowerCase();
	return {
		...dataset,
		id: 'linear',
		criteria: names.map((name) => criterion(id(name), name)),
		providers: rows.map(([name, values]) => ({
			id: id(name),
			name,
			hypervisor: 'xen',
			values: Object.fromEntries(
				values.map((raw, j) => [
					id(names[j]!),
					raw === null ? { kind: 'unknown', reason: 'not published' } : value(raw)
				])
			)
		}))
	} as unknown as Dataset;
}
const evenly = (ds: Dataset) =>
	evaluate(ds, scenarioWith(ds, Object.fromEntries(ds.criteria.map((c) => [c.id, 10]))));
const EIGHT = ['Price', 'Support', 'Uptime', 'Storage', 'Network', 'Backups', 'Regions', 'Security'];
const WHY_POINT =
	': a point is one of the 100 a provider can score, and each criterion gives its share of the weight times the provider’s value score on it.';

describe('Why #1 wins: which weight change is the smallest', () => {
	/**
	 * Ash = (80, 20, 40), Elm = (20, 60, 60) on Speed, Support, Storage, weights 50/25/25:
	 * Ash 40 + 5 + 10 = 55.0, Elm 10 + 15 + 15 = 40.0. Ash gains 30 on Speed, loses 10 on Support
	 * and 5 on Storage. Differences Ash − Elm d = (60, −40, −20). Moving one share s (the others in
	 * proportion), the lead is s·d_j + (1 − s)·D_j, D_j the others' average difference:
	 * Speed D = (−40 − 20)/2 = −30, Elm first below s = 30/90 = 1/3: lowering 50 % → 33 %, 0.167;
	 * Support D = (30 − 5)/0.75 = 33.3, Elm first above 33.3/73.3 = 5/11: raising 25 % → 45 %, 0.205;
	 * Storage D = (30 − 10)/0.75 = 26.7, above 26.7/46.7 = 4/7: raising 25 % → 57 %, 0.321.
	 * Lowering Speed is the smallest, whether it is met before the others or after.
	 */
	it.each([
		['Speed', 'Support', 'Storage'],
		['Support', 'Speed', 'Storage']
	])('a lowering met in the order %s, %s, %s', (...order) => {
		const values: Record<string, [number, number]> = {
			Speed: [80, 20],
			Support: [20, 60],
			Storage: [40, 60]
		};
		const ds = linearSet(order, [
			['Ash', order.map((n) => values[n]![0])],
			['Elm', order.map((n) => values[n]![1])]
		]);
		const evaluation = evaluate(ds, scenarioWith(ds, { speed: 50, support: 25, storage: 25 }));
		expect(whyFirst(evaluation)?.text).toBe(
			'Ash is first with 55.0, 15.0 points ahead of Elm (40.0). ' +
				`Most of Ash’s lead comes from Speed (30.0 points more)${WHY_POINT} ` +
				'Elm does better on Support (10.0 points) and Storage (5.0 points). ' +
				'The smallest change of one weight that would change the leader: lowering Speed from 50 % to 33 % of ' +
				'the total weight (the other weights keeping their proportions) would put Elm first.'
		);
	});

	/**
	 * Six criteria at ⅙; Support and Storage alike for both providers, so they give the same change
	 * to the last digit, and the first of them met is named.
	 * Raising: Ash (70, 70, 70, 70, 0, 0) = 46.7, Elm (40, 40, 40, 40, 50, 50) = 43.3, d = (30 × 4,
	 * −50 × 2). Support: D = (20/6 + 50/6)·6/5 = 14, Elm first above 14/64 = 21.9 % (from 16.7 %, 0.052);
	 * Price: D = (20/6 − 30/6)·6/5 = −2, below 2/32 = 6.25 % (0.104).
	 * Lowering: Ash (40, 40, 40, 40, 100, 100) = 60.0, Elm (60, 60, 60, 60, 40, 40) = 53.3, d = (−20 × 4,
	 * 60 × 2). Support: D = (40/6 − 60/6)·6/5 = −4, Elm first below 4/64 = 6.25 % (0.104); Price:
	 * D = (40/6 + 20/6)·6/5 = 12, above 12/32 = 37.5 % (0.208).
	 */
	it.each([
		['raising', [70, 70, 70, 70, 0, 0], [40, 40, 40, 40, 50, 50], '22 %'],
		['lowering', [40, 40, 40, 40, 100, 100], [60, 60, 60, 60, 40, 40], '6 %']
	])('of two criteria giving the same %s, the first is named', (verb, ash, elm, to) => {
		const ds = linearSet(
			['Price', 'Uptime', 'Network', 'Backups', 'Support', 'Storage'],
			[
				['Ash', ash as number[]],
				['Elm', elm as number[]]
			]
		);
		expect(whyFirst(evenly(ds))?.text).toMatch(
			new RegExp(
				`The smallest change of one weight that would change the leader: ${verb} Support from 17 % to ${to} of the total weight \\(the other weights keeping their proportions\\) would put Elm first\\.$`
			)
		);
	});

	it('a raising met after a larger lowering (the first case with its criteria in reverse order)', () => {
		// Uptime (lowering 60 % → 33 %, 0.267) now comes before Price (raising 30 % → 42 %, 0.117).
		const reversed = { ...dataset, criteria: [...dataset.criteria].reverse() } as Dataset;
		const evaluation = evaluate(reversed, scenarioWith(reversed, { price: 30, support: 10, uptime: 60 }));
		expect(whyFirst(evaluation)?.text).toMatch(
			/The smallest change of one weight that would change the leader: raising Price from 30 % to 42 % of the total weight \(the other weights keeping their proportions\) would put Alpha first\.$/
		);
	});

	it('says no single weight would do it when the leader is better on every criterion', () => {
		// Ash (60, 70), Elm (40, 50), 50/50: 65.0 and 45.0; Ash gains 10 and 10 (20 needs 13.3: both named).
		const ds = linearSet(
			['Speed', 'Support'],
			[
				['Ash', [60, 70]],
				['Elm', [40, 50]]
			]
		);
		expect(whyFirst(evenly(ds))?.text).toBe(
			'Ash is first with 65.0, 20.0 points ahead of Elm (45.0). ' +
				`Most of Ash’s lead comes from Speed (10.0 points more) and Support (10.0 points)${WHY_POINT} ` +
				'Elm is nowhere better than Ash by a tenth of a point or more. ' +
				'No change of a single weight alone would put another provider first.'
		);
	});
});

describe('Why #1 wins: the wording', () => {
	it('a tie is a tie, listed first only by the data’s order', () => {
		// Ash (60, 40), Elm (40, 60), 50/50: both 50.0. Ash gains 10 on Speed, loses 10 on Support; the
		// split of a lead of 0 cannot be "most of" it.
		const ds = linearSet(
			['Speed', 'Support'],
			[
				['Ash', [60, 40]],
				['Elm', [40, 60]]
			]
		);
		expect(whyFirst(evenly(ds))?.text).toMatch(
			new RegExp(
				'^Ash and Elm tie at 50\\.0; Ash is listed first only because it comes first in the data\\. ' +
					'The largest parts of Ash’s lead come from Speed \\(10\\.0 points more\\): a point is one of the 100 .+ ' +
					'Elm does better on Support \\(10\\.0 points\\)\\. '
			)
		);
		// In a tie the smallest change is none at all, and its direction is the one that puts Elm first:
		// lowering Speed (Ash's strength), not raising it (a wrong "raising Speed from 50 % to 50 %" before).
		expect(whyFirst(evenly(ds))?.text).toMatch(
			/The smallest change of one weight that would change the leader: lowering Speed even slightly below 50 % of the total weight \(the other weights keeping their proportions\) would put Elm first\.$/
		);
	});

	it('names no criterion when no single difference reaches 0.05 points', () => {
		// Eight criteria at ⅛; Ash 0.32 on each (0.04 points each), Elm 0: Ash 0.32 (0.3 as shown).
		const ds = linearSet(EIGHT, [
			['Ash', [0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32, 0.32]],
			['Elm', [0, 0, 0, 0, 0, 0, 0, 0]]
		]);
		expect(whyFirst(evenly(ds))?.text).toBe(
			'Ash is first with 0.3, 0.3 points ahead of Elm (0.0). ' +
				'Elm is nowhere better than Ash by a tenth of a point or more. ' +
				'No change of a single weight alone would put another provider first.'
		);
	});

	it('two providers alike in every value: nothing to split, nowhere better', () => {
		const ds = linearSet(
			['Speed', 'Support'],
			[
				['Ash', [50, 50]],
				['Elm', [50, 50]]
			]
		);
		expect(whyFirst(evenly(ds))?.text).toBe(
			'Ash and Elm tie at 50.0; Ash is listed first only because it comes first in the data. ' +
				'Elm is nowhere better than Ash by a tenth of a point or more. ' +
				'No change of a single weight alone would put another provider first.'
		);
	});

	it('names at most three criteria; "the largest parts … come" when they give less than half the lead', () => {
		// Eight criteria at 1/8 each; Ash 58 on seven of them, 50 on Security; Elm 50 everywhere.
		// Ash (7 · 58 + 50)/8 = 57.0, Elm 50.0; seven gains of 8/8 = 1.0 point, three named: 3 of 7 < ½.
		const ds = linearSet(EIGHT, [
			['Ash', [58, 58, 58, 58, 58, 58, 58, 50]],
			['Elm', [50, 50, 50, 50, 50, 50, 50, 50]]
		]);
		expect(whyFirst(evenly(ds))?.text).toBe(
			'Ash is first with 57.0, 7.0 points ahead of Elm (50.0). ' +
				'The largest parts of Ash’s lead come from Price (1.0 point more), Support (1.0 point) and Uptime (1.0 point)' +
				`${WHY_POINT} ` +
				'Elm is nowhere better than Ash by a tenth of a point or more. ' +
				'No change of a single weight alone would put another provider first.'
		);
	});

	it('"most of … comes" when the criteria named give exactly half the lead', () => {
		// As above with six gains: (6 · 58 + 2 · 50)/8 = 56.0; the three named give 3 of 6 = ½.
		const ds = linearSet(EIGHT, [
			['Ash', [58, 58, 58, 58, 58, 58, 50, 50]],
			['Elm', [50, 50, 50, 50, 50, 50, 50, 50]]
		]);
		expect(whyFirst(evenly(ds))?.text).toMatch(
			/^Ash is first with 56\.0, 6\.0 points ahead of Elm \(50\.0\)\. Most of Ash’s lead comes from Price \(1\.0 point more\), Support \(1\.0 point\) and Uptime \(1\.0 point\): /
		);
	});

	it('one point is "1.0 point"; past two criteria where the runner-up is better, it counts the rest', () => {
		// Ash = (82, 74, 42, 26, 34, 50, 50, 50), Elm 50 everywhere, 1/8 each: Ash 408/8 = 51.0, 1.0 ahead.
		// Gains Price 32/8 = 4, Support 24/8 = 3 (4 < ⅔ · 7, so both); losses Uptime 1, Storage 3,
		// Network 2, named biggest first. Smallest change (lead 1, D_j = (1 − d_j/8)·8/7):
		// Price D = −24/7, Elm first below (24/7)/(24/7 + 32) = 3/31 (12.5 % → 9.7 %, 0.028); Support
		// below 2/23 (0.038); Storage above (32/7)/(32/7 + 24) = 0.16 (0.035); Network above 24/136
		// (0.051); Uptime above 2/9 (0.097). Percentages rounded: 13 % → 10 %.
		const ds = linearSet(EIGHT, [
			['Ash', [82, 74, 42, 26, 34, 50, 50, 50]],
			['Elm', [50, 50, 50, 50, 50, 50, 50, 50]]
		]);
		expect(whyFirst(evenly(ds))?.text).toBe(
			'Ash is first with 51.0, 1.0 point ahead of Elm (50.0). ' +
				`Most of Ash’s lead comes from Price (4.0 points more) and Support (3.0 points)${WHY_POINT} ` +
				'Elm does better on Storage (3.0 points) and Network (2.0 points), and on 1 more. ' +
				'The smallest change of one weight that would change the leader: lowering Price from 13 % to 10 % of ' +
				'the total weight (the other weights keeping their proportions) would put Elm first.'
		);
	});

	it('says which points come from the unknown-value rule, not from evidence', () => {
		// Ash (60, 60, 0), Elm (unknown, unknown, 100), thirds: Elm's unknowns score 0 (worst level).
		// Ash 40.0, Elm 33.3; Ash gains 20 and 20 where Elm is unknown, loses 33.3 on Storage.
		const ds = linearSet(
			['Speed', 'Support', 'Storage'],
			[
				['Ash', [60, 60, 0]],
				['Elm', [null, null, 100]]
			]
		);
		expect(whyFirst(evenly(ds))?.text).toMatch(
			new RegExp(
				'^Ash is first with 40\\.0, 6\\.7 points ahead of Elm \\(33\\.3\\)\\. ' +
					'Most of Ash’s lead comes from Speed \\(20\\.0 points more\\) and Support \\(20\\.0 points\\): a point is .+ ' +
					'Elm’s values for speed and support are unknown: those points come from the unknown-value rule ' +
					'\\(Worst level\\), not from evidence\\. Elm does better on Storage \\(33\\.3 points\\)\\. '
			)
		);
	});

	it('a method that is not a sum: the split is the chart’s, and no "a point is one of the 100"', () => {
		const topsis = evaluate(dataset, {
			...scenarioWith(dataset, { price: 30, support: 10, uptime: 60 }),
			method: 'topsis'
		});
		const text = whyFirst(topsis)!.text;
		expect(text).not.toContain('a point is one of the 100');
		// The sentence on the lead ends where the list ends.
		expect(text).toMatch(
			/ lead \(as the contributions chart splits its score\) comes? from .+ \([\d.]+ points? more\)[^:]*\. Alpha does better on /
		);
	});
});
