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

/**
 * The other two entries of the registry, each function as the page, the CSV and the link use it.
 * Price: $0.20/h scores 0, $0.01/h scores 100 (tiny data set); Support: three rating levels.
 */
describe('linear and rating-level scales: what each registry entry says and reads', () => {
	const price = { kind: 'linear' as const, worst: 0.2, best: 0.01 };
	const perHour = (n: number) => `${n} $/h`;
	const support = {
		kind: 'levels' as const,
		levels: [
			{ id: 'none', label: 'None', score: 0 },
			{ id: 'business', label: 'Business hours', score: 50 },
			{ id: '24-7', label: '24/7', score: 100 }
		]
	};
	const quoteTools = { number: (t: string) => Number(t), quote: (t: string) => `“${t}”` };

	it('numbers: the straight line from the 0 level to the 100 level, clamped; text is no number', () => {
		// v = 100 · (x − worst) / (best − worst) = 100 · (0.105 − 0.2) / (0.01 − 0.2) = 100 · 0.5 = 50.
		expect(scoreOn(price, 0.105)).toBeCloseTo(50, 9);
		// Beyond the levels: dearer than $0.20 scores 0, cheaper than $0.01 scores 100.
		expect(scoreOn(price, 0.5)).toBe(0);
		expect(scoreOn(price, 0)).toBe(100);
		// Not a number: scored as unknown (undefined), never as 0.
		expect(scoreOn(price, 'cheap')).toBeUndefined();
		expect(scoreOn(price, Number.NaN)).toBeUndefined();
		expect(scoreOn(price, Number.POSITIVE_INFINITY)).toBeUndefined();
	});

	it('numbers: the words for the table and the PDF, the ends, and which way is better', () => {
		const kind = scaleKind(price);
		expect(kind.raw).toBe('number');
		expect(kind.text(price, perHour)).toBe('0 at 0.2 $/h, 100 at 0.01 $/h');
		expect(kind.ends?.(price, perHour)).toEqual({ worst: '0.2 $/h', best: '0.01 $/h' });
		expect(kind.rawText(price, 0.02, perHour)).toBe('0.02 $/h');
		expect(kind.rawText(price, 'n/a', perHour)).toBe('n/a');
		// The 100 level below the 0 level: less is better; above it: more is better.
		expect(kind.direction(price)).toBe('lower');
		expect(kind.direction({ kind: 'linear', worst: 1, best: 64 })).toBe('higher');
		expect(kind.userProblems(price)).toEqual([]);
		expect(kind.userProblems({ kind: 'linear', worst: 5, best: 5 })).toEqual([
			{ path: [], message: 'worst and best must differ' }
		]);
		// A spreadsheet cell: the number itself; a value that is not one is written as unknown ('').
		expect(kind.writeCell(price, 0.02)).toBe(0.02);
		expect(kind.writeCell(price, 'xen')).toBe('');
		expect(kind.readCell(price, 'abc', { ...quoteTools, number: () => undefined })).toEqual({
			ok: false,
			error: '“abc” is not a number.'
		});
	});

	it('numbers: the editor asks for both levels, as numbers, and the direction follows them', () => {
		const parse = (worst: string, best: string) => scaleKinds.linear.parse(form({ worst, best }));
		const missing = {
			ok: false,
			error: 'Enter a number for the level that scores 0 and for the one that scores 100.'
		};
		expect(parse('', '10')).toEqual(missing);
		expect(parse('1', 'lots')).toEqual(missing);
		expect(scaleKinds.linear.parse(form({ best: '10' }))).toEqual(missing);
		expect(parse('5', '5,0')).toEqual({ ok: false, error: 'The 0 and 100 levels must differ.' });
		expect(parse('1', '64')).toEqual({
			ok: true,
			scale: { kind: 'linear', worst: 1, best: 64 },
			direction: 'higher'
		});
	});

	it('rating levels: each level scores what it is given; a level the scale lacks fits nothing', () => {
		expect(scoreOn(support, 'business')).toBe(50);
		expect(scoreOn(support, '24-7')).toBe(100);
		expect(scoreOn(support, 'none')).toBe(0);
		expect(scoreOn(support, 'gold')).toBeUndefined();
		expect(scoreOn(support, 2)).toBeUndefined();
		const kind = scaleKind('levels');
		expect(kind.raw).toBe('level');
		expect(kind.choices?.(support)).toBe(support.levels);
		expect(kind.text(support, perHour)).toBe('None: 0 · Business hours: 50 · 24/7: 100');
		expect(kind.ends).toBeUndefined();
		expect(kind.rawText(support, 'business', perHour)).toBe('Business hours');
		expect(kind.rawText(support, 'gold', perHour)).toBe('gold');
		// Ratings are told apart by their scores, whatever order the levels are listed in.
		expect(kind.direction({ ...support, levels: [...support.levels].reverse() })).toBe('higher');
	});

	it('rating levels: at most 10 levels on a criterion of one’s own', () => {
		const levelsOf = (n: number) => ({
			kind: 'levels' as const,
			levels: Array.from({ length: n }, (_, i) => ({ id: `l${i}`, label: `L${i}`, score: i * 10 }))
		});
		expect(scaleKinds.levels.userProblems(levelsOf(10))).toEqual([]);
		expect(scaleKinds.levels.userProblems(levelsOf(11))).toEqual([
			{ path: ['levels'], message: 'at most 10 levels' }
		]);
		const lines = Array.from({ length: 11 }, (_, i) => `L${i} = ${i * 10}`).join('\n');
		expect(scaleKinds.levels.parse(form({ levels: lines }))).toEqual({
			ok: false,
			error: 'Give at most 10 levels.'
		});
		expect(
			scaleKinds.levels.parse(form({ levels: lines.split('\n').slice(0, 10).join('\n') }))
		).toMatchObject({ ok: true });
	});

	it('rating levels: a new scale’s lines give ids from the labels; bad lines and twins are named', () => {
		const parse = (levels: string) => scaleKinds.levels.parse(form({ levels }));
		// Blank lines and spaces around are ignored; a decimal comma is a decimal point.
		expect(parse('\n  Business hours =  50,5 \n\n24/7=100\n')).toEqual({
			ok: true,
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'business-hours', label: 'Business hours', score: 50.5 },
					{ id: '24-7', label: '24/7', score: 100 }
				]
			},
			direction: 'higher'
		});
		expect(parse('None = -1\nFull = 100')).toEqual({
			ok: false,
			error: 'Line 1 (“None = -1”): write a label, “=”, and a score from 0 to 100.'
		});
		expect(parse('None 0\nFull = 100')).toEqual({
			ok: false,
			error: 'Line 1 (“None 0”): write a label, “=”, and a score from 0 to 100.'
		});
		// 0 and 100 are the ends of the range, both allowed.
		expect(parse('None = 0\nFull = 100')).toMatchObject({ ok: true });
		expect(parse('Yes = 0\nYES = 100')).toEqual({ ok: false, error: 'Two levels have the same label.' });
		expect(parse('Only = 1')).toEqual({ ok: false, error: 'Give at least two levels.' });
		// A long line is quoted by its first 40 characters; a long label is cut to 80.
		const long = 'x'.repeat(90);
		expect(parse(`${long} = 500\nB = 1`)).toEqual({
			ok: false,
			error: `Line 1 (“${'x'.repeat(40)}”): write a label, “=”, and a score from 0 to 100.`
		});
		const kept = parse(`${long} = 5\nB = 1`);
		expect(kept.ok && kept.scale.kind === 'levels' && kept.scale.levels[0]!.label).toBe('x'.repeat(80));
	});

	it('rating levels: changing a scale reads only the scores (spaces around them ignored), keeping each level’s id and label', () => {
		const changed = scaleKinds.levels.parse(
			form({ 'level-none': '10', 'level-business': '  60', 'level-24-7': '100 ' }),
			support
		);
		expect(changed).toEqual({
			ok: true,
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'none', label: 'None', score: 10 },
					{ id: 'business', label: 'Business hours', score: 60 },
					{ id: '24-7', label: '24/7', score: 100 }
				]
			},
			direction: 'higher'
		});
		expect(
			scaleKinds.levels.parse(
				form({ 'level-none': '0', 'level-business': 'x', 'level-24-7': '100' }),
				support
			)
		).toEqual({
			ok: false,
			error: 'Line 2 (“Business hours = x”): write a label, “=”, and a score from 0 to 100.'
		});
	});

	it('rating levels: a spreadsheet cell by label (any case, composed or not) or by id', () => {
		const cafe = {
			kind: 'levels' as const,
			levels: [
				{ id: 'cafe', label: 'Caf\u00e9', score: 100 },
				{ id: 'tea', label: 'Tea', score: 0 }
			]
		};
		const read = scaleKinds.levels.readCell;
		expect(read(support, ' business HOURS ', quoteTools)).toEqual({ ok: true, raw: 'business' });
		expect(read(support, '24-7', quoteTools)).toEqual({ ok: true, raw: '24-7' });
		// "e" + combining acute (decomposed) is the same label as "é".
		expect(read(cafe, 'Cafe\u0301', quoteTools)).toEqual({ ok: true, raw: 'cafe' });
		expect(read(support, 'gold', quoteTools)).toEqual({
			ok: false,
			error: '“gold” is not one of its levels (“None”, “Business hours”, “24/7”).'
		});
		// Written back as its label; a level the scale no longer has is written as unknown ('').
		expect(scaleKinds.levels.writeCell(support, 'business')).toBe('Business hours');
		expect(scaleKinds.levels.writeCell(support, 'gold')).toBe('');
	});
});

describe('piecewise scale: the rules around its points', () => {
	it('says which way is better from its end points, whichever way its levels run', () => {
		// Levels falling 64 → 1 with scores 100 → 0: the higher level scores more, so more is better.
		const falling = { ...memory, points: [...memory.points].reverse() };
		expect(scaleKinds.piecewise.direction(falling)).toBe('higher');
		// Price falling 0.2 → 0.01 with scores 0 → 100: less is better.
		const price = {
			kind: 'piecewise' as const,
			points: [
				{ level: 0.2, score: 0 },
				{ level: 0.01, score: 100 }
			]
		};
		expect(scaleKinds.piecewise.direction(price)).toBe('lower');
		// A scale that peaks in the middle, its ends scoring alike, counts as "more is better".
		const peak = {
			kind: 'piecewise' as const,
			points: [
				{ level: 0, score: 0 },
				{ level: 5, score: 100 },
				{ level: 10, score: 0 }
			]
		};
		expect(scaleKinds.piecewise.direction(peak)).toBe('higher');
		expect(scaleKinds.piecewise.userProblems(peak)).toEqual([]);
	});

	it('names what is wrong with the points in the schema’s words', () => {
		const turning = ScaleSchema.safeParse({
			...memory,
			points: [...memory.points, { level: 32, score: 90 }]
		});
		expect(turning.error?.issues.map((i) => [i.path, i.message])).toEqual([
			[['points'], 'the levels must rise, or fall, strictly from one point to the next']
		]);
		const vast = ScaleSchema.safeParse({
			kind: 'piecewise',
			points: [
				{ level: -1e308, score: 0 },
				{ level: 1e308, score: 100 }
			]
		});
		expect(vast.error?.issues.map((i) => [i.path, i.message])).toEqual([
			[['points'], 'the distance between the first and last level must be a finite number']
		]);
	});

	it('the editor refuses scores outside 0–100, more than 12 points, levels that turn back or are too far apart', () => {
		const rows = (levels: string[], scores: string[]) =>
			scaleKinds.piecewise.parse(form({ 'point-level': levels, 'point-score': scores }));
		const point = (n: number) => ({
			ok: false,
			error: `Point ${n}: enter a number for its level and a score from 0 to 100.`
		});
		expect(rows(['1', '8'], ['-1', '70'])).toEqual(point(1));
		expect(rows(['1', '8'], ['0', '101'])).toEqual(point(2));
		expect(rows(['1', ''], ['0', '70'])).toEqual(point(2));
		expect(rows(['1', '8'], ['0'])).toEqual(point(2));
		// The ends of the score range are allowed.
		expect(rows(['1', '8'], ['0', '100'])).toMatchObject({ ok: true });
		const n = (k: number) => Array.from({ length: k }, (_, i) => String(i));
		expect(rows(n(13), n(13))).toEqual({ ok: false, error: 'Give at most 12 points.' });
		expect(rows(n(12), n(12))).toMatchObject({ ok: true });
		expect(rows(['1', '8', '4'], ['0', '70', '100'])).toEqual({
			ok: false,
			error: 'The levels must rise from one point to the next (or fall all the way), with no level twice.'
		});
		expect(rows(['-1e308', '1e308'], ['0', '100'])).toEqual({
			ok: false,
			error: 'The levels are too far apart to score between them.'
		});
	});

	it('opens from a linear scale only (rating levels have no levels in a unit to start from)', () => {
		expect(
			scaleKinds.piecewise.start?.({
				kind: 'levels',
				levels: [
					{ id: 'a', label: 'A', score: 0 },
					{ id: 'b', label: 'B', score: 100 }
				]
			})
		).toBeUndefined();
		// The entry by its id is the one by a scale of that kind.
		expect(scaleKind('piecewise')).toBe(scaleKind(memory));
		expect(scaleKind('linear').label).toBe('Numbers');
	});
});

describe('scale editors and links: the remaining edge cases', () => {
	const rows = (levels: string[], scores: string[]) =>
		scaleKinds.piecewise.parse(form({ 'point-level': levels, 'point-score': scores }));
	const twoPoints = {
		ok: true,
		scale: {
			kind: 'piecewise',
			points: [
				{ level: 1, score: 0 },
				{ level: 8, score: 70 }
			]
		},
		direction: 'higher'
	};

	it('a row of spaces, or a row with a level box and no score box at all, is an empty row', () => {
		expect(rows(['1', '8', '  '], ['0', '70', '  '])).toEqual(twoPoints);
		expect(rows(['1', '8', ''], ['0', '70'])).toEqual(twoPoints);
	});

	it('a rating line must end in one score: "A = 5 6" is named', () => {
		expect(scaleKinds.levels.parse(form({ levels: 'A = 5 6\nB = 1' }))).toEqual({
			ok: false,
			error: 'Line 1 (“A = 5 6”): write a label, “=”, and a score from 0 to 100.'
		});
	});

	it('changing a rating scale with a score box missing names the line with nothing after “=”', () => {
		const scale = {
			kind: 'levels' as const,
			levels: [
				{ id: 'none', label: 'None', score: 0 },
				{ id: 'full', label: 'Full', score: 100 }
			]
		};
		expect(scaleKinds.levels.parse(form({ 'level-full': '90' }), scale)).toEqual({
			ok: false,
			error: 'Line 1 (“None = ”): write a label, “=”, and a score from 0 to 100.'
		});
	});

	it('a link whose scale starts with a list, not a kind, is left for the schema to refuse (no crash)', () => {
		const odd = [['piecewise'], 1, 0, 8, 70];
		expect(scaleFromLink(odd)).toBe(odd);
		expect(ScaleSchema.safeParse(scaleFromLink(odd)).success).toBe(false);
	});
});
