import { describe, expect, it } from 'vitest';
import { piecewiseValue } from '$lib/mcda/value';
import { methods } from './registry';
import { scaleFromLink, scaleKind, scaleKinds, scaleToLink, scoreOn, type ScaleForm } from './scale-kinds';
import { ScaleSchema } from './scale-schema';
import { UserCriterionSchema } from './schema';

/** The fields an editor's form holds, as `FormData` gives them (repeated fields as lists). */
const form = (fields: Record<string, string | string[]>): ScaleForm => ({
	get: (name) => [fields[name] ?? null].flat()[0] ?? null,
	getAll: (name) => [fields[name] ?? []].flat()
});

/** The example people ask for (issue 16): 1 GB scores 0, 8 GB scores 70, 64 GB scores 100. */
const memory = {
	kind: 'piecewise' as const,
	points: [
		{ level: 1, score: 0 },
		{ level: 8, score: 70 },
		{ level: 64, score: 100 }
	]
};
const gb = (n: number) => `${n} GB`;

describe('piecewise-linear value function', () => {
	it.each([
		// Hand calculation, v = s_i + (s_{i+1} − s_i) · (x − l_i) / (l_{i+1} − l_i):
		[4, 30], //   4 GB: 0 + (70 − 0) · (4 − 1) / (8 − 1) = 70 · 3/7 = 30
		[16, 70 + (30 * 8) / 56], // 16 GB: 70 + (100 − 70) · (16 − 8) / (64 − 8) = 70 + 30 · 8/56 = 74.2857…
		[1, 0], //    on the first point
		[8, 70], //   on the middle point
		[64, 100], // on the last point
		[0.5, 0], //  below the first level: the first point's score
		[128, 100], // above the last level: the last point's score
		[36, 85] //   halfway between 8 and 64: halfway between 70 and 100
	])('%d GB scores %d', (raw, expected) => {
		expect(scoreOn(memory, raw)).toBeCloseTo(expected, 9);
	});

	it('reads levels given from high to low the same way', () => {
		const falling = { ...memory, points: [...memory.points].reverse() };
		for (const raw of [0.5, 4, 16, 36, 128])
			expect(scoreOn(falling, raw)).toBeCloseTo(scoreOn(memory, raw)!, 9);
	});

	it('scores a "less is better" scale: $0.20/h scores 0, $0.05/h 80, $0.01/h 100', () => {
		const price = [
			{ level: 0.2, score: 0 },
			{ level: 0.05, score: 80 },
			{ level: 0.01, score: 100 }
		];
		// $0.10/h: between 0.2 → 0 and 0.05 → 80: 80 · (0.10 − 0.2) / (0.05 − 0.2) = 80 · 2/3 = 53.33…
		expect(piecewiseValue(0.1, price)).toBeCloseTo(160 / 3, 9);
		// $0.03/h: 80 + 20 · (0.03 − 0.05) / (0.01 − 0.05) = 80 + 20 · 0.5 = 90
		expect(piecewiseValue(0.03, price)).toBeCloseTo(90, 9);
	});

	it('treats a value that is not a number as not fitting (scored as unknown), and is never NaN', () => {
		expect(scoreOn(memory, 'eight')).toBeUndefined();
		expect(piecewiseValue(Number.NaN, memory.points)).toBe(0);
		expect(piecewiseValue(5, [{ level: 1, score: 50 }])).toBe(0);
	});

	it('ranks by the weighted sum as computed by hand', () => {
		// Memory on the scale above (weight 60); monthly price on a linear scale, $100 scores 0 and $0
		// scores 100 (weight 40), so v = 100 − x.
		//          memory  value                    price  value
		//   A      4 GB    30                       $20    80
		//   B      16 GB   74.2857… (above)         $50    50
		//   C      64 GB   100                      $90    10
		// Weights 60 : 40 → 0.6 : 0.4.
		//   A = 0.6 · 30 + 0.4 · 80 = 18 + 32 = 50
		//   B = 0.6 · 74.2857… + 0.4 · 50 = 44.5714… + 20 = 64.5714…
		//   C = 0.6 · 100 + 0.4 · 10 = 60 + 4 = 64
		// so B, C, A. With the middle point at 8 GB → 50 instead of 70, B's memory scores
		// 50 + 50 · 8/56 = 57.1428…, B = 0.6 · 57.1428… + 20 = 54.2857…, and C comes first: C, B, A.
		const price = { kind: 'linear' as const, worst: 100, best: 0 };
		const raw = [
			[4, 20],
			[16, 50],
			[64, 90]
		];
		const rank = (scale: typeof memory) => {
			const values = raw.map(([m, p]) => [scoreOn(scale, m!)!, scoreOn(price, p!)!]);
			return methods['weighted-sum'].run(values, [60, 40]).scores;
		};
		const before = rank(memory);
		expect(before[0]).toBeCloseTo(50, 9);
		expect(before[1]).toBeCloseTo(64.5714285714, 9);
		expect(before[2]).toBeCloseTo(64, 9);
		const flatter = { ...memory, points: [memory.points[0]!, { level: 8, score: 50 }, memory.points[2]!] };
		const after = rank(flatter);
		expect(after[1]).toBeCloseTo(54.2857142857, 9);
		expect(after[2]).toBeCloseTo(64, 9);
		expect(after[2]).toBeGreaterThan(after[1]!);
	});
});

describe('piecewise scale: schema, words, form, spreadsheet, link', () => {
	it('accepts 2 to 12 points with levels rising or falling strictly and scores 0–100', () => {
		expect(ScaleSchema.safeParse(memory).success).toBe(true);
		const bad = [
			{ kind: 'piecewise', points: [{ level: 1, score: 0 }] }, // one point
			{ ...memory, points: [...memory.points, { level: 32, score: 90 }] }, // levels turn back
			{ ...memory, points: [memory.points[0], { level: 1, score: 50 }] }, // a level twice
			{ ...memory, points: [memory.points[0], { level: 8, score: 101 }] }, // score above 100
			{
				...memory,
				points: [
					{ level: -1e308, score: 0 },
					{ level: 1e308, score: 100 }
				]
			} // span not finite
		];
		for (const scale of bad) expect(ScaleSchema.safeParse(scale).success).toBe(false);
		const criterion = {
			id: 'memory',
			name: 'Memory',
			group: 'g',
			unit: 'GB',
			direction: 'higher',
			scale: memory
		};
		expect(UserCriterionSchema.parse(criterion)).toEqual(criterion);
	});

	it('says its points in the criterion’s unit, for the value-scales table and the PDF', () => {
		expect(scaleKind(memory).text(memory, gb)).toBe(
			'0 at 1 GB, 70 at 8 GB, 100 at 64 GB; straight lines between the points'
		);
		expect(scaleKind(memory).ends).toBeUndefined();
		expect(scaleKind(memory).rawText(memory, 16, gb)).toBe('16 GB');
	});

	it('reads the editor’s rows, skipping empty ones, and names the point to fix', () => {
		const rows = (levels: string[], scores: string[]) =>
			scaleKinds.piecewise.parse(form({ 'point-level': levels, 'point-score': scores }));
		expect(rows(['1', '8', '', '64'], ['0', '70', '', '100'])).toEqual({
			ok: true,
			scale: memory,
			direction: 'higher'
		});
		// "Less is better" when the highest level scores less than the lowest.
		expect(rows(['0,2', '0,01'], ['0', '100'])).toMatchObject({ ok: true, direction: 'lower' });
		expect(rows(['1', '8'], ['0', 'lots'])).toEqual({
			ok: false,
			error: 'Point 2: enter a number for its level and a score from 0 to 100.'
		});
		expect(rows(['1'], ['0'])).toEqual({ ok: false, error: 'Give at least two points.' });
		expect(rows(['1', '8', '4'], ['0', '70', '100'])).toMatchObject({ ok: false });
	});

	it('starts from a linear scale’s two levels when a person switches to points', () => {
		expect(scaleKinds.piecewise.start?.({ kind: 'linear', worst: 1, best: 70 })).toEqual({
			kind: 'piecewise',
			points: [
				{ level: 1, score: 0 },
				{ level: 70, score: 100 }
			]
		});
	});

	it('reads and writes spreadsheet cells as numbers', () => {
		const tools = {
			number: (t: string) => (/^\d+$/.test(t) ? Number(t) : undefined),
			quote: (t: string) => `“${t}”`
		};
		expect(scaleKind(memory).readCell(memory, '16', tools)).toEqual({ ok: true, raw: 16 });
		expect(scaleKind(memory).readCell(memory, 'big', tools)).toEqual({
			ok: false,
			error: '“big” is not a number.'
		});
		expect(scaleKind(memory).writeCell(memory, 16)).toBe(16);
	});

	it('has a compact form in links, and leaves every other scale (all a link ever held before) as it is', () => {
		expect(scaleToLink(memory)).toEqual(['piecewise', 1, 0, 8, 70, 64, 100]);
		expect(scaleFromLink(scaleToLink(memory))).toEqual(memory);
		const linear = { kind: 'linear', worst: 1, best: 70 } as const;
		expect(scaleToLink(linear)).toBe(linear);
		expect(scaleFromLink(linear)).toBe(linear);
		// An array naming no kind, or a kind without a compact form, is left for the schema to refuse.
		expect(scaleFromLink(['nonsense', 1])).toEqual(['nonsense', 1]);
		expect(ScaleSchema.safeParse(scaleFromLink(['piecewise', 1, 0, 8]))).toMatchObject({ success: false });
	});
});
