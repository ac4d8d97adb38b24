/**
 * Understanding a spreadsheet's columns: which criterion a header names, the unit it states, which
 * way a new numeric column points, and reference levels proposed for it.
 *
 * Headers people write ("Monthly price ($)", "monthly price, USD", "Latency [ms]") carry a unit in
 * brackets or after the last comma; the criterion's name is what is left. Names are compared
 * ignoring case, accents, spacing and punctuation.
 *
 * One reading for both doors a spreadsheet comes in by: the CSV import (`share/csv.ts`) and the
 * grid's paste (`paste.ts`). Pure TypeScript: no Svelte, no DOM.
 */
import type { Criterion } from '$lib/data/schema';

export type Direction = Criterion['direction'];

/** A header split into the criterion name and the unit it states ('' when none). */
export interface Header {
	name: string;
	unit: string;
}

/** "Monthly price ($)" → { name: "Monthly price", unit: "$" }; "monthly price, USD" → unit "USD". */
export function splitHeader(header: string): Header {
	const text = header.normalize('NFC').trim();
	const bracket = /^(.*?\S)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/.exec(text);
	if (bracket) return { name: bracket[1]!.trim(), unit: bracket[2]! };
	const comma = /^(.*?\S)\s*,\s*([^,]+)$/.exec(text);
	// "Price, monthly" is a name, not a unit: only a short last part that looks like a unit counts.
	if (comma && looksLikeUnit(comma[2]!)) return { name: comma[1]!.trim(), unit: comma[2]!.trim() };
	return { name: text, unit: '' };
}

/** Currency signs and codes, and short unit words: what a header states after a comma. */
const UNIT_WORDS =
	/^(?:[$€£¥%]|usd|eur|gbp|chf|jpy|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|gb|gib|mb|mib|tb|tib|gbps|mbps|%.*|.*\/.*|per .+|[a-z]{1,3})$/i;

function looksLikeUnit(text: string): boolean {
	const t = text.trim();
	return t.length <= 20 && (UNIT_WORDS.test(t) || /[$€£¥%]/.test(t));
}

/** The comparable form of a name: lower case, no accents, punctuation and spacing collapsed. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}%$€£]+/gu, ' ')
		.trim();
}

/**
 * The criterion a header names: its whole text matches a criterion's name, or its name without the
 * unit does (so a criterion whose own name has brackets, "Certifications (of 3)", still matches).
 */
export function matchHeader<C extends { name: string }>(
	header: string,
	criteria: readonly C[]
): C | undefined {
	const whole = nameKey(header);
	const exact = criteria.find((c) => nameKey(c.name) === whole);
	if (exact) return exact;
	const { name } = splitHeader(header);
	const key = nameKey(name);
	return criteria.find((c) => nameKey(c.name) === key || nameKey(splitHeader(c.name).name) === key);
}

/**
 * The header a spreadsheet column of `criterion` is written under: its name with its unit in
 * brackets ("Monthly price ($ per month)"), so the file says what the numbers are in, and reading it
 * back (`matchHeader`) finds the same criterion. The unit is left out where it adds nothing (a
 * rating's "level", a name that already ends with it: "Certifications (of 3)") or where the header
 * would not read back as this criterion among `criteria` (a unit with brackets of its own, or
 * another criterion named like the result).
 */
export function headerOf<C extends { name: string; unit: string }>(
	criterion: C,
	criteria: readonly C[]
): string {
	const { name, unit } = criterion;
	const unitKey = nameKey(unit);
	const nameText = nameKey(name);
	if (!unitKey || unit === 'level' || nameText === unitKey || nameText.endsWith(` ${unitKey}`)) return name;
	const header = `${name} (${unit})`;
	return splitHeader(header).unit === unit && matchHeader(header, criteria) === criterion ? header : name;
}

/** Words and units of things where less is better: money, time, delay. */
const LESS = [
	/\b(price|prices|cost|costs|fee|fees|charge|charges|bill|spend|tariff)\b/,
	/\b(latency|delay|lag|ping|rtt|response time|time|duration|downtime|outage|outages|wait)\b/,
	/\b(ms|milliseconds?|seconds?|minutes?|hours?)\b/,
	/[$€£¥]|\b(usd|eur|gbp|chf|jpy)\b/
];
/** Words of things where more is better: capacity, reach, uptime. */
const MORE = [
	/\b(uptime|availability|sla|regions?|locations?|zones?|memory|ram|cpus?|vcpus?|cores?|storage|disk)\b/,
	/\b(bandwidth|throughput|iops|allowance|included|free|score|rating|certifications?)\b/
];

/**
 * Which way a new numeric column points, from its name and unit: less is better for money, time
 * and delay ("Monthly price", "$", "Latency", "ms"), more for capacity and uptime; `undefined` when
 * neither is clear, so the person is asked. "Free egress (GB)" says "free": more is better, even
 * though egress is often priced; a name with both kinds of words is asked too.
 */
export function inferDirection(name: string, unit = ''): Direction | undefined {
	const nameText = nameKey(name);
	const unitText = unit.toLowerCase();
	const less = LESS.some((re) => re.test(nameText)) || LESS.some((re) => re.test(unitText));
	const more = MORE.some((re) => re.test(nameText));
	if (less && !more) return 'lower';
	if (more && !less) return 'higher';
	return undefined;
}

/** The step reference levels are rounded to: the power of ten not above the span, halved when the span is under twice it. */
function roundStep(span: number): number {
	const power = 10 ** Math.floor(Math.log10(span));
	// So the span holds 2 to 10 steps: 16 → steps of 5, 60 → steps of 10.
	return span / power < 2 ? power / 2 : power;
}

/** Rounding at the step's precision, so 0.1 * 3 is 0.3 and not 0.30000000000000004. */
function tidy(n: number, step: number): number {
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
	return Number(n.toFixed(decimals)) + 0;
}

/**
 * Reference levels proposed for a new numeric criterion, independent of which providers happen to
 * be compared (so adding one does not move everyone's scores):
 * - the span is max − min of the values (|value|, or 1 for 0, when they are all equal);
 * - a margin of 10 % of the span is added on each side, so no provider sits exactly on 0 or 100;
 * - the ends are rounded outwards to a round step: 10ⁿ, the power of ten not above the span, or
 *   half of it when the span is under twice that (so the span holds 2 to 10 steps);
 * - values all ≥ 0 never get a negative end, and a percentage unit with values in 0–100 stays in
 *   0–100.
 * Values 7.99…24 (span 16.01, step 5): 7.99 − 1.6 = 6.39 → 5; 24 + 1.6 = 25.6 → 30: 5 to 30.
 * For "less is better" the high end is the worst (0) and the low end the best (100).
 */
export function proposeLevels(
	values: readonly number[],
	direction: Direction,
	unit = ''
): { worst: number; best: number } {
	const min = Math.min(...values);
	const max = Math.max(...values);
	const span = max > min ? max - min : Math.abs(max) || 1;
	const step = roundStep(span);
	let low = tidy(Math.floor((min - span * 0.1) / step) * step, step);
	let high = tidy(Math.ceil((max + span * 0.1) / step) * step, step);
	if (min >= 0) low = Math.max(0, low);
	if (unit.includes('%') && min >= 0 && max <= 100) [low, high] = [Math.max(0, low), Math.min(100, high)];
	return direction === 'lower' ? { worst: high, best: low } : { worst: low, best: high };
}

/** Yes/no words a column may hold, by what they mean. */
const YES = new Set(['yes', 'y', 'true', 'ja', 'oui', 'sí', '✓', '✔']);
const NO = new Set(['no', 'n', 'false', 'nein', 'non', '✗', '✘']);

/** 'yes', 'no', or undefined for a cell that is neither. */
export function yesNo(text: string): 'yes' | 'no' | undefined {
	const t = text.trim().toLowerCase();
	return YES.has(t) ? 'yes' : NO.has(t) ? 'no' : undefined;
}
