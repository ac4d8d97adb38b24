/**
 * The registry of scale kinds: how a criterion turns a provider's raw value into a 0–100 value
 * score. One entry per kind holds everything the app does with that kind (its value function,
 * words, the form's reader, the spreadsheet's reader and writer, its compact form in a link), so a
 * new kind is one entry here, its schema in the union of `scale-schema.ts` (kept apart so the first
 * load carries no validator, issue 16) and one editor component beside the route (the map in
 * `src/routes/your-data/scale-editors.ts` names it; TypeScript asks for it). Nothing else branches on
 * `scale.kind`: the code that needs to know asks the entry (`scaleKind(scale)`).
 *
 * What a raw value is follows from the entry's `raw`: a number in the criterion's unit, or the id of
 * one of the scale's levels. Must-haves, value forms and the link's `r=` read that, not the kind.
 *
 * The published data sets' files know the first two kinds (`data/schema.ts`, checked at build);
 * the kinds added since exist for the person's own scales and criteria, in links, files and saved work.
 * Pure TypeScript: no Svelte, no DOM.
 */
import type { Level } from '$lib/data/schema';
import type { Scale } from './scale-schema';
import { levelValue, linearValue, piecewiseValue } from '$lib/mcda/value';
import { readNumber } from './scale-input';
import { slug } from './slug';

/** Bounds on a scale a person sets, so a hostile link or file cannot make it unbounded. */
export const SCALE_LIMITS = {
	/** Rating levels of a criterion of the person's own. */
	levels: 10,
	/** Points of a piecewise-linear scale. */
	points: 12,
	/** A level's label, as long as a name. */
	label: 80
} as const;

export type ScaleKindId = Scale['kind'];
export type LinearScale = Extract<Scale, { kind: 'linear' }>;
export type LevelsScale = Extract<Scale, { kind: 'levels' }>;
export type PiecewiseScale = Extract<Scale, { kind: 'piecewise' }>;

export type { Scale };

/** Levels that rise, or fall, strictly from one point to the next (a piecewise scale's points). */
export function monotone(levels: readonly number[]): boolean {
	const up = levels.every((l, i) => i === 0 || l > levels[i - 1]!);
	const down = levels.every((l, i) => i === 0 || l < levels[i - 1]!);
	return up || down;
}

/**
 * The first and last level a finite distance apart: −1e308 to 1e308 is two finite numbers whose
 * distance is Infinity, and every score between them would be NaN.
 */
export function finiteSpan(points: readonly { level: number }[]): boolean {
	return Number.isFinite(points[points.length - 1]!.level - points[0]!.level);
}

/** A number in the criterion's unit as the page writes it ("8 GB", "0.02 $ per hour"). */
export type FormatAmount = (amount: number) => string;

export type Direction = 'higher' | 'lower';
export type ParsedScale = { ok: true; scale: Scale; direction: Direction } | { ok: false; error: string };
export type ReadCell = { ok: true; raw: number | string } | { ok: false; error: string };

/**
 * What an editor's form holds (a `FormData` fits): the fields its editor component names.
 * `getAll` for fields repeated once per row (the points of a piecewise scale).
 */
export interface ScaleForm {
	get(name: string): unknown;
	getAll(name: string): unknown[];
}

export interface ScaleKind<S extends Scale = Scale> {
	id: S['kind'];
	/** The kind as the editor's choice of kind names it. */
	label: string;
	/** One line under the editor, saying how the kind scores. */
	hint: string;
	/** A raw value on this scale: a number in the criterion's unit, or the id of one of its levels. */
	raw: 'number' | 'level';
	/** The levels a value is chosen from (kinds whose raw values are level ids). */
	choices?(scale: S): readonly Level[];
	/**
	 * The 0–100 value score of a raw value, or undefined when the value does not fit the scale (a
	 * level it does not have, text on a number scale): such a value is scored as unknown, never guessed.
	 */
	score(scale: S, raw: number | string): number | undefined;
	/** A raw value in words: the number with its unit, or the level's label. */
	rawText(scale: S, raw: number | string, format: FormatAmount): string;
	/** The scale in words, for the value-scales table and the PDF ("0 at 0.2 $/h, 100 at 0.01 $/h"). */
	text(scale: S, format: FormatAmount): string;
	/** The two reference levels, for kinds that have just those ("Scores 0 at", "Scores 100 at" columns). */
	ends?(scale: S, format: FormatAmount): { worst: string; best: string };
	/** Which way is better, as the scale says. */
	direction(scale: S): Direction;
	/** Rules on the person's own criteria beyond the schema (path below `scale`, message). */
	userProblems(scale: S): { path: (string | number)[]; message: string }[];
	/** The scale the editor opens with when a person switches a criterion from `from` to this kind. */
	start?(from: Scale): S | undefined;
	/** The editor's fields → a scale, or a sentence saying what to fix. `current`: the scale being changed. */
	parse(form: ScaleForm, current?: S): ParsedScale;
	/** A spreadsheet cell (not empty) as a raw value; `number` reads numbers as the file writes them. */
	readCell(
		scale: S,
		text: string,
		tools: { number: (text: string) => number | undefined; quote: (text: string) => string }
	): ReadCell;
	/** A raw value as a spreadsheet cell ('' when it does not fit the scale: written as unknown). */
	writeCell(scale: S, raw: number | string): number | string;
	/** A compact form for links (an array led by the kind's id); without it, the scale as it is. */
	toLink?(scale: S): unknown[];
	fromLink?(compact: readonly unknown[]): unknown;
}

const field = (form: ScaleForm, name: string) => String(form.get(name) ?? '');
const finite = (raw: number | string): raw is number => typeof raw === 'number' && Number.isFinite(raw);

/** What every kind on numbers shares: the raw value is a number in the criterion's unit. */
const onNumbers = {
	raw: 'number',
	rawText: (_scale: Scale, raw: number | string, format: FormatAmount) =>
		typeof raw === 'number' ? format(raw) : String(raw),
	readCell: (
		_scale: Scale,
		text: string,
		tools: { number: (text: string) => number | undefined; quote: (text: string) => string }
	): ReadCell => {
		const n = tools.number(text);
		return n === undefined
			? { ok: false, error: `${tools.quote(text)} is not a number.` }
			: { ok: true, raw: n };
	},
	writeCell: (_scale: Scale, raw: number | string) => (typeof raw === 'number' ? raw : '')
} as const;

const linear: ScaleKind<LinearScale> = {
	id: 'linear',
	label: 'Numbers',
	hint: 'Less is better when the 100 level is below the 0 level (a price, say).',
	...onNumbers,
	score: (scale, raw) => (finite(raw) ? linearValue(raw, scale.worst, scale.best) : undefined),
	text: (scale, format) => `0 at ${format(scale.worst)}, 100 at ${format(scale.best)}`,
	ends: (scale, format) => ({ worst: format(scale.worst), best: format(scale.best) }),
	direction: (scale) => (scale.best > scale.worst ? 'higher' : 'lower'),
	userProblems: (scale) =>
		scale.worst === scale.best ? [{ path: [], message: 'worst and best must differ' }] : [],
	parse(form) {
		const worst = readNumber(field(form, 'worst'));
		const best = readNumber(field(form, 'best'));
		if (worst === undefined || best === undefined)
			return {
				ok: false,
				error: 'Enter a number for the level that scores 0 and for the one that scores 100.'
			};
		if (worst === best) return { ok: false, error: 'The 0 and 100 levels must differ.' };
		return { ok: true, scale: { kind: 'linear', worst, best }, direction: best > worst ? 'higher' : 'lower' };
	}
};

const levels: ScaleKind<LevelsScale> = {
	id: 'levels',
	label: 'Rating levels',
	hint: 'Each level scores what you give it, from 0 to 100.',
	raw: 'level',
	choices: (scale) => scale.levels,
	score: (scale, raw) =>
		typeof raw === 'string' && scale.levels.some((l) => l.id === raw)
			? levelValue(raw, scale.levels)
			: undefined,
	rawText: (scale, raw) => scale.levels.find((l) => l.id === raw)?.label ?? String(raw),
	text: (scale) => scale.levels.map((l) => `${l.label}: ${l.score}`).join(' · '),
	// Ratings are told from worst to best by their scores, whatever the levels' order.
	direction: () => 'higher',
	userProblems: (scale) =>
		scale.levels.length > SCALE_LIMITS.levels
			? [{ path: ['levels'], message: `at most ${SCALE_LIMITS.levels} levels` }]
			: [],
	parse(form, current) {
		// Changing a scale keeps its levels' ids (values name them): only the scores are read.
		const lines = current
			? current.levels.map((l) => `${l.label} = ${field(form, `level-${l.id}`).trim()}`)
			: field(form, 'levels')
					.split('\n')
					.map((l) => l.trim())
					.filter(Boolean);
		const read: Level[] = [];
		for (const [i, line] of lines.entries()) {
			const match = /^(.+?)\s*=\s*(\S+)$/.exec(line);
			const score = match ? readNumber(match[2]!) : undefined;
			if (!match || score === undefined || score < 0 || score > 100)
				return {
					ok: false,
					error: `Line ${i + 1} (“${line.slice(0, 40)}”): write a label, “=”, and a score from 0 to 100.`
				};
			const label = match[1]!.trim().slice(0, SCALE_LIMITS.label);
			read.push({
				id: current?.levels[i]!.id ?? slug(match[1]!),
				label: current?.levels[i]!.label ?? label,
				score
			});
		}
		if (read.length < 2) return { ok: false, error: 'Give at least two levels.' };
		if (read.length > SCALE_LIMITS.levels)
			return { ok: false, error: `Give at most ${SCALE_LIMITS.levels} levels.` };
		if (new Set(read.map((l) => l.id)).size !== read.length)
			return { ok: false, error: 'Two levels have the same label.' };
		return { ok: true, scale: { kind: 'levels', levels: read }, direction: 'higher' };
	},
	readCell(scale, text, { quote }) {
		const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
		const level =
			scale.levels.find((l) => norm(l.label) === norm(text)) ?? scale.levels.find((l) => l.id === norm(text));
		return level
			? { ok: true, raw: level.id }
			: {
					ok: false,
					error: `${quote(text)} is not one of its levels (${scale.levels.map((l) => quote(l.label)).join(', ')}).`
				};
	},
	// A level the scale no longer has scores as unknown, so it is written as unknown.
	writeCell: (scale, raw) => scale.levels.find((l) => l.id === raw)?.label ?? ''
};

const piecewise: ScaleKind<PiecewiseScale> = {
	id: 'piecewise',
	label: 'Numbers, by points',
	hint:
		'Give a score to a few levels; values between two points score on the straight line between them, ' +
		'values beyond the ends score as the nearer end (8 GB → 70 and 64 GB → 100: diminishing returns).',
	...onNumbers,
	score: (scale, raw) => (finite(raw) ? piecewiseValue(raw, scale.points) : undefined),
	text: (scale, format) =>
		`${scale.points.map((p) => `${p.score} at ${format(p.level)}`).join(', ')}; straight lines between the points`,
	// Better where the higher levels score more; a scale that peaks in the middle counts as "more is better".
	direction(scale) {
		const first = scale.points[0]!;
		const last = scale.points[scale.points.length - 1]!;
		const [low, high] = first.level < last.level ? [first, last] : [last, first];
		return high.score >= low.score ? 'higher' : 'lower';
	},
	userProblems: () => [],
	start: (from) =>
		from.kind === 'linear'
			? {
					kind: 'piecewise',
					points: [
						{ level: from.worst, score: 0 },
						{ level: from.best, score: 100 }
					]
				}
			: undefined,
	parse(form) {
		const levelTexts = form.getAll('point-level').map(String);
		const scoreTexts = form.getAll('point-score').map(String);
		const points: { level: number; score: number }[] = [];
		for (const [i, levelText] of levelTexts.entries()) {
			const scoreText = scoreTexts[i] ?? '';
			if (!levelText.trim() && !scoreText.trim()) continue; // an empty row is no point
			const level = readNumber(levelText);
			const score = readNumber(scoreText);
			if (level === undefined || score === undefined || score < 0 || score > 100)
				return {
					ok: false,
					error: `Point ${i + 1}: enter a number for its level and a score from 0 to 100.`
				};
			points.push({ level, score });
		}
		if (points.length < 2) return { ok: false, error: 'Give at least two points.' };
		if (points.length > SCALE_LIMITS.points)
			return { ok: false, error: `Give at most ${SCALE_LIMITS.points} points.` };
		if (!monotone(points.map((p) => p.level)))
			return {
				ok: false,
				error: 'The levels must rise from one point to the next (or fall all the way), with no level twice.'
			};
		if (!finiteSpan(points))
			return { ok: false, error: 'The levels are too far apart to score between them.' };
		const scale = { kind: 'piecewise' as const, points };
		return { ok: true, scale, direction: piecewise.direction(scale) };
	},
	// ["piecewise", level, score, level, score, …]: a third of the JSON of the points as objects.
	toLink: (scale) => ['piecewise', ...scale.points.flatMap((p) => [p.level, p.score])],
	fromLink(compact) {
		const flat = compact.slice(1);
		const points = [];
		for (let i = 0; i < flat.length; i += 2) points.push({ level: flat[i], score: flat[i + 1] });
		return { kind: 'piecewise', points };
	}
};

/** Every kind, by id; a new kind's entry goes here (and its editor in the routes' map). */
export const scaleKinds: { readonly [K in ScaleKindId]: ScaleKind<Extract<Scale, { kind: K }>> } = {
	linear,
	piecewise,
	levels
};
export const scaleKindIds = Object.keys(scaleKinds) as ScaleKindId[];

/** The entry of a scale's kind (or of a kind named by id), typed for any scale. */
export function scaleKind(of: Scale | ScaleKindId): ScaleKind {
	return scaleKinds[typeof of === 'string' ? of : of.kind] as unknown as ScaleKind;
}

/** The 0–100 value score of a raw value on a scale, or undefined when it does not fit (see `score`). */
export function scoreOn(scale: Scale, raw: number | string): number | undefined {
	return scaleKind(scale).score(scale, raw);
}

/** A scale as a link's payload writes it: compact where its kind has a compact form. */
export function scaleToLink(scale: Scale): unknown {
	return scaleKind(scale).toLink?.(scale) ?? scale;
}

/**
 * A link payload's scale back in its full form, for the schema to check. Links written before a
 * kind's compact form existed hold objects, never arrays, so they read exactly as before.
 */
export function scaleFromLink(compact: unknown): unknown {
	if (!Array.isArray(compact) || typeof compact[0] !== 'string' || !Object.hasOwn(scaleKinds, compact[0]))
		return compact;
	const kind = scaleKind(compact[0] as ScaleKindId);
	return kind.fromLink ? kind.fromLink(compact) : compact;
}
