/**
 * A criterion's scale as a person types it: "scores 0 at" and "scores 100 at" for numbers (the
 * direction follows: less is better when the 100 level is lower), or "label = score" lines for
 * rating levels. Pure, so the form and its tests share one reading.
 */
import type { Scale } from '$lib/data/schema';
import { slug } from './effective';
import { LIMITS } from './schema';

export type ParsedScale =
	{ ok: true; scale: Scale; direction: 'higher' | 'lower' } | { ok: false; error: string };

/** "0,085" and "0.085" alike (a decimal comma is common in European spreadsheets and keyboards). */
export function readNumber(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(trimmed)) return undefined;
	const n = Number(trimmed.replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}

export function parseScale(
	kind: 'linear' | 'levels',
	input: { worst: string; best: string; levels: string }
): ParsedScale {
	if (kind === 'linear') {
		const worst = readNumber(input.worst);
		const best = readNumber(input.best);
		if (worst === undefined || best === undefined)
			return {
				ok: false,
				error: 'Enter a number for the level that scores 0 and for the one that scores 100.'
			};
		if (worst === best) return { ok: false, error: 'The 0 and 100 levels must differ.' };
		return { ok: true, scale: { kind: 'linear', worst, best }, direction: best > worst ? 'higher' : 'lower' };
	}
	const lines = input.levels
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const levels = [];
	for (const [i, line] of lines.entries()) {
		const match = /^(.+?)\s*=\s*(\S+)$/.exec(line);
		const score = match ? readNumber(match[2]!) : undefined;
		if (!match || score === undefined || score < 0 || score > 100)
			return {
				ok: false,
				error: `Line ${i + 1} (“${line.slice(0, 40)}”): write a label, “=”, and a score from 0 to 100.`
			};
		levels.push({ id: slug(match[1]!), label: match[1]!.trim().slice(0, LIMITS.name), score });
	}
	if (levels.length < 2) return { ok: false, error: 'Give at least two levels.' };
	if (levels.length > LIMITS.levels) return { ok: false, error: `Give at most ${LIMITS.levels} levels.` };
	if (new Set(levels.map((l) => l.id)).size !== levels.length)
		return { ok: false, error: 'Two levels have the same label.' };
	return { ok: true, scale: { kind: 'levels', levels }, direction: 'higher' };
}
