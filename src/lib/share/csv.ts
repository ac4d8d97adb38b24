/**
 * The decision matrix as a spreadsheet has it, and back; and the results as a spreadsheet.
 *
 * Matrix format (what Export CSV writes and Import reads):
 * - Row 1: `Provider`, then one column per criterion, headed by the criterion's name and its unit in
 *   brackets ("Monthly price ($ per month)"; `headerOf`), which Import matches back to the criterion.
 * - One row per provider: its name, then its raw value per criterion: a number in the criterion's
 *   unit (written with `String(n)`, never locale formatting), a rating level's label, or an empty
 *   cell for unknown.
 * - Written comma-separated with CRLF line ends (RFC 4180); cells with commas, quotes or line
 *   breaks are quoted by papaparse. Read with `,`, `;` or tab as the separator (the character after
 *   the first header, `Provider`), with or without a UTF-8 BOM, and with decimal commas (`0,085`)
 *   when the separator is not a comma, as European spreadsheets write them.
 * - Formula injection (OWASP "CSV Injection"): a text cell (name, label, header) that starts with
 *   `=`, `+`, `-`, `@`, tab or CR is written with a leading `'`, so a spreadsheet shows it as text
 *   instead of running it. Text that already starts with quotes followed by one of those characters
 *   gets one more, so reading strips exactly one `'` and every text reads back as it was. Numbers
 *   (`-1`) are never prefixed.
 *
 * Import merges the file into the current comparison, all or nothing:
 * - A column headed like a criterion of the comparison fills that criterion: case, spacing and a
 *   unit in brackets or after a comma are ignored ("Monthly price ($)", "monthly price, USD"; see
 *   `scenario/columns.ts`, which the grid's paste reads headers with too). Any other column
 *   becomes a new criterion of the person's in the group "Imported" (weight `DEFAULT_WEIGHT`), named without
 *   the unit, which becomes its unit. A numeric one points
 *   the way its name and unit say (price, latency, $, ms → less is better) or the way the person
 *   chose (`choices`); when neither, the result lists it as `undecided` and must not be applied.
 *   Its reference levels are proposed from the values with a margin, rounded (`proposeLevels`),
 *   unless chosen. A Yes/No column scores No 0 and Yes 100, even when every provider has the same
 *   answer (a flat criterion, with a notice that it cannot separate them).
 * - A row named like a provider of the comparison (case-insensitive) updates that provider: a cell
 *   whose value differs from the current one becomes the person's value (an equal one leaves the
 *   data set's value and its source alone); an EMPTY cell leaves the current value as it is (a
 *   notice says so). Other rows add the person's own providers, whose empty cells are unknown.
 * - Any problem returns `ok: false` with a sentence naming the row (as a spreadsheet numbers it,
 *   header = row 1) and the column; nothing is returned to apply.
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import Papa from 'papaparse';
import type { Dataset, Level } from '$lib/data/schema';
import type { Evaluation } from '$lib/evaluation/evaluate';
import { platformName, rankingView, valueScoresView } from '$lib/present/results';
import { freshId } from '$lib/scenario/data-edits';
import { DEFAULT_WEIGHT } from '$lib/scenario/defaults';
import { rawOf, resolveScenario } from '$lib/scenario/resolve';
import {
	effectiveDataset,
	isKnown,
	slug,
	type EffectiveCriterion,
	type EffectiveDataset,
	type EffectiveProvider
} from '$lib/scenario/effective';
import { scaleKind, type Scale } from '$lib/scenario/scale-kinds';
import {
	LIMITS,
	ScenarioSchema,
	type Scenario,
	type UserCriterion,
	type UserProvider,
	type UserValue
} from '$lib/scenario/schema';
import { quote } from './codec';
import {
	headerOf,
	inferDirection,
	matchHeader,
	nameKey,
	proposeLevels,
	splitHeader,
	yesNo,
	type Direction
} from '$lib/scenario/columns';

/** The first header of a matrix file. */
export const PROVIDER_HEADER = 'Provider';
/** The group new criteria from a file go in (reused when the comparison already has one so named). */
export const IMPORTED_GROUP = 'Imported';
/** Weight of a criterion a file adds: the scenario's default weight. */
export const NEW_CRITERION_WEIGHT = DEFAULT_WEIGHT;

/**
 * Text a spreadsheet would run as a formula: starts with `=`, `+`, `-`, `@`, tab or CR, possibly
 * after quotes (so escaping is reversible: `'=x` is written `''=x` and reads back as `'=x`).
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A text cell as read: one leading `'` dropped when it was added by the formula escaping. */
export function unescapeCell(text: string): string {
	return text.startsWith("'") && FORMULA.test(text.slice(1)) ? text.slice(1) : text;
}

/** Rows → CSV text. Numbers stay numbers (never escaped); text cells are escaped against formulas. */
export function toCsv(rows: (string | number)[][]): string {
	return Papa.unparse(rows, { escapeFormulae: FORMULA, newline: '\r\n' });
}

function matrixCell(criterion: EffectiveCriterion, provider: EffectiveProvider): string | number {
	const value = provider.values[criterion.id];
	return isKnown(value) ? scaleKind(criterion.scale).writeCell(criterion.scale, value.raw) : '';
}

/** The matrix of the effective data set: every provider (left-out ones too) × every criterion. */
export function exportMatrixCsv(dataset: EffectiveDataset): string {
	return toCsv([
		[PROVIDER_HEADER, ...dataset.criteria.map((c) => headerOf(c, dataset.criteria))],
		...dataset.providers.map((p) => [p.name, ...dataset.criteria.map((c) => matrixCell(c, p))])
	]);
}

/**
 * The results: rank, provider, platform, score, then each criterion's value score, one row per
 * compared provider in ranking order (data set order, with empty rank and score, when unranked).
 * Every figure is the view models' text, as on screen.
 */
export function exportResultsCsv(evaluation: Evaluation): string {
	const ranking = new Map(rankingView(evaluation).rows.map((r) => [r.providerId, r]));
	const scores = valueScoresView(evaluation);
	const header = ['Rank', 'Provider', 'Platform', 'Score', ...scores.rows.map((r) => r.criterion)];
	const rows = scores.providers.map((provider, column) => {
		const ranked = ranking.get(provider.id);
		const hypervisor = evaluation.providers.find((p) => p.id === provider.id)?.hypervisor ?? '';
		return [
			ranked?.rank ?? '',
			provider.name,
			ranked?.platform ?? platformName(evaluation, hypervisor),
			ranked?.score ?? '',
			...scores.rows.map((r) => {
				const cell = r.cells[column];
				return !cell || cell.omitted ? '' : cell.text;
			})
		];
	});
	return toCsv([header, ...rows]);
}

export interface ImportCounts {
	/** Providers added. */
	providers: number;
	/** Criteria added. */
	criteria: number;
	/** Values set on providers already in the comparison. */
	values: number;
}

/** The person's choice for a new numeric column, keyed by its header. */
export interface ColumnChoice {
	direction: Direction;
	/** The value scoring 0. */
	worst: number;
	/** The value scoring 100. */
	best: number;
}

/** What the import does with a new column: shown before anything changes. */
export interface NewColumnPlan {
	header: string;
	/** The criterion's name (the header without its unit) and unit. */
	name: string;
	unit: string;
	kind: 'number' | 'rating';
	/** For a number: the direction (undefined: the person must choose) and levels in use. */
	direction?: Direction;
	worst?: number;
	best?: number;
	/** For a number: the proposed levels for either direction, so changing it proposes afresh. */
	proposed?: Record<Direction, { worst: number; best: number }>;
	/** True when the direction came from the name and unit, not from the person. */
	inferred?: boolean;
	/** For a rating: its levels and scores, "No 0, Yes 100". */
	levels?: string;
	/** Set when every provider has the same answer: it cannot separate them. */
	flat?: string;
}

export interface ImportPlan {
	/** Headers that fill a criterion of the comparison, and the criterion's name. */
	matched: { header: string; criterion: string }[];
	added: NewColumnPlan[];
	/** Headers of new numeric columns whose direction the person has yet to choose. */
	undecided: string[];
}

export type CsvImportResult =
	| { ok: true; scenario: Scenario; notices: string[]; counts: ImportCounts; plan: ImportPlan }
	| { ok: false; error: string };

/** The comparison a file is imported into. */
export interface CurrentComparison {
	scenario: Scenario;
	base: Dataset;
}

/** Thrown inside the import and turned into `ok: false`; any other error is a bug and propagates. */
class CsvImportError extends Error {
	override name = 'CsvImportError';
}

const fail = (message: string): never => {
	throw new CsvImportError(message);
};

/** Names compare like this: trimmed, case-insensitive, Unicode-normalised. */
const norm = (text: string) => text.normalize('NFC').trim().toLowerCase();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A plain decimal number as `String(number)` writes it. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** A decimal comma ("0,085"), read only when the separator is not a comma. */
const DECIMAL_COMMA = /^[+-]?(\d+,\d*|,\d+)$/;

function parseNumber(text: string, delimiter: string): number | undefined {
	let n = NaN;
	if (NUMBER.test(text)) n = Number(text);
	else if (delimiter !== ',' && DECIMAL_COMMA.test(text)) n = Number(text.replace(',', '.'));
	return Number.isFinite(n) ? n : undefined;
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The separator: the character after the first header ("Provider", maybe quoted), which is exact
 * even when names hold other separators; papaparse's guess for a file that does not start so.
 */
function detectDelimiter(text: string): string {
	const afterProvider = /^ *(?:" *provider *"|provider) *([,;\t])/i.exec(text);
	if (afterProvider) return afterProvider[1]!;
	const guessed = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy', delimiter: '' }).meta
		.delimiter;
	return DELIMITERS.includes(guessed) ? guessed : ',';
}

interface Column {
	/** Position in the row (0 is the provider name). */
	index: number;
	name: string;
	/** The comparison's criterion, or undefined for a new one. */
	criterion?: EffectiveCriterion;
}

interface Row {
	/** As a spreadsheet numbers it (header = 1). */
	number: number;
	name: string;
	/** Unescaped, trimmed cells by column index. */
	cells: string[];
	provider?: EffectiveProvider;
}

/**
 * Read a matrix file into the comparison. See the module comment for the rules. When
 * `plan.undecided` is not empty the scenario is a draft (those columns assumed more is better) to
 * preview, not to apply.
 */
export function importMatrixCsv(
	text: string,
	current: CurrentComparison,
	choices: Readonly<Record<string, ColumnChoice>> = {}
): CsvImportResult {
	try {
		return readMatrix(text, current, choices);
	} catch (error) {
		if (error instanceof CsvImportError) return { ok: false, error: error.message };
		throw error;
	}
}

function parseRecords(text: string): { records: string[][]; delimiter: string } {
	const body = text.replace(/^\ufeff/, '');
	if (!body.trim()) fail('The file is empty.');
	const delimiter = detectDelimiter(body);
	// Empty lines are kept here and skipped below, so row numbers match what a spreadsheet shows.
	const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
	const problem = parsed.errors.find((e) => e.type === 'Quotes');
	if (problem) {
		const where = problem.row === undefined ? 'The file' : `Row ${problem.row + 1}`;
		fail(
			problem.code === 'MissingQuotes'
				? `${where} has a quoted cell that is never closed (a " is missing).`
				: `${where} has a quote mark in the wrong place: inside a quoted cell, write a quote as "".`
		);
	}
	return { records: parsed.data, delimiter };
}

function readHeader(record: string[], effective: EffectiveDataset): Column[] {
	const headers = record.map((h) => unescapeCell(h).trim());
	// Spreadsheets often write empty trailing headers; a header row ends at its last name.
	while (headers.length > 1 && headers.at(-1) === '') headers.pop();
	if (norm(headers[0] ?? '') !== norm(PROVIDER_HEADER))
		fail(
			`Row 1: the first column must be headed “${PROVIDER_HEADER}” (found ${quote(headers[0] ?? '')}). ` +
				`The file should have a header row: ${PROVIDER_HEADER}, then one column per criterion.`
		);
	const seen = new Map<string, number>([[nameKey(PROVIDER_HEADER), 1]]);
	const matchedBy = new Map<string, string>();
	return headers.slice(1).map((name, i): Column => {
		const index = i + 1;
		if (!name) fail(`Row 1: column ${index + 1} has no name.`);
		if (name.length > LIMITS.name)
			fail(
				`Row 1: the column name ${quote(name)} is ${name.length} characters long; at most ${LIMITS.name}.`
			);
		const earlier = seen.get(nameKey(name));
		if (earlier)
			fail(`Row 1: the column ${quote(name, 80)} appears twice (columns ${earlier} and ${index + 1}).`);
		seen.set(nameKey(name), index + 1);
		const criterion = matchHeader(name, effective.criteria);
		if (criterion) {
			const other = matchedBy.get(criterion.id);
			if (other)
				fail(
					`Row 1: the columns ${quote(other, 80)} and ${quote(name, 80)} both name the criterion ` +
						`${quote(criterion.name, 80)}; keep one.`
				);
			matchedBy.set(criterion.id, name);
		}
		return { index, name, ...(criterion ? { criterion } : {}) };
	});
}

function readRows(records: string[][], width: number, effective: EffectiveDataset): Row[] {
	const rows: Row[] = [];
	const seen = new Map<string, number>();
	records.forEach((record, i) => {
		const number = i + 1;
		if (i === 0 || record.every((cell) => cell.trim() === '')) return;
		const cells = record.map((cell) => unescapeCell(cell).trim());
		const used = cells.reduce((last, cell, j) => (cell ? j + 1 : last), 0);
		if (used > width)
			fail(
				`Row ${number} has more cells than the header has columns (${used} cells, ${width} columns). ` +
					`Check for a separator inside a name that should have been quoted.`
			);
		const name = cells[0] ?? '';
		if (!name) fail(`Row ${number} has values but no provider name.`);
		if (name.length > LIMITS.name)
			fail(
				`Row ${number}: the provider name ${quote(name)} is ${name.length} characters long; at most ${LIMITS.name}.`
			);
		const earlier = seen.get(norm(name));
		if (earlier)
			fail(`Row ${number}: the provider ${quote(name, 80)} appears twice (rows ${earlier} and ${number}).`);
		seen.set(norm(name), number);
		const provider = effective.providers.find((p) => norm(p.name) === norm(name));
		rows.push({ number, name, cells, ...(provider ? { provider } : {}) });
	});
	return rows;
}

interface NewColumn {
	column: Column;
	scale: Scale;
	direction: Direction;
	notice: string;
	plan: NewColumnPlan;
}

/**
 * A new criterion's scale from its column: numbers point the way the name says or the person chose,
 * with levels proposed from the values or chosen; Yes/No scores No 0, Yes 100; other labels are
 * levels in the order they first appear.
 */
function inferScale(
	column: Column,
	rows: Row[],
	delimiter: string,
	choice: ColumnChoice | undefined
): NewColumn | string {
	const texts = rows.map((r) => r.cells[column.index] ?? '').filter((t) => t !== '');
	const { name, unit } = splitHeader(column.name);
	const quoted = quote(name, 80);
	if (!texts.length)
		return `The column ${quote(column.name, 80)} has no values, so it was not added as a criterion.`;
	const numbers = texts.map((t) => parseNumber(t, delimiter));
	if (numbers.every((n) => n !== undefined)) {
		const inferred = inferDirection(name, unit);
		const proposed = {
			lower: proposeLevels(numbers, 'lower', unit),
			higher: proposeLevels(numbers, 'higher', unit)
		};
		const direction = choice?.direction ?? inferred;
		const { worst, best } = choice ?? proposed[direction ?? 'higher'];
		// A choice that keeps the proposal is still the proposal (the preview sends every column back).
		const own =
			!!choice && (worst !== proposed[choice.direction].worst || best !== proposed[choice.direction].best);
		if (worst === best) fail(`Column ${quoted}: the 0 and 100 levels must differ (both are ${worst}).`);
		const way = direction === 'lower' ? 'less is better' : 'more is better';
		const unitText = unit ? ` ${unit}` : '';
		return {
			column,
			scale: { kind: 'linear', worst, best },
			direction: direction ?? 'higher',
			notice:
				`New criterion ${quoted}: ${way}, ${worst}${unitText} scores 0 and ${best}${unitText} scores 100 ` +
				`(${own ? 'your choice' : 'proposed from the values, rounded'}); change them under Your data.`,
			plan: {
				header: column.name,
				name,
				unit,
				kind: 'number',
				...(direction ? { direction } : {}),
				worst,
				best,
				proposed,
				inferred: inferred !== undefined && direction === inferred
			}
		};
	}
	const labels: string[] = [];
	for (const text of texts) if (!labels.some((l) => norm(l) === norm(text))) labels.push(text);
	const answers = labels.map(yesNo);
	if (answers.every((a) => a !== undefined)) {
		// Yes/No, whatever the order or the words ("true", "ja"): No scores 0, Yes 100.
		const label = (answer: 'yes' | 'no') =>
			labels[answers.indexOf(answer)] ?? (answer === 'yes' ? 'Yes' : 'No');
		const levels: Level[] = [
			{ id: 'no', label: label('no'), score: 0 },
			{ id: 'yes', label: label('yes'), score: 100 }
		];
		const flat =
			labels.length === 1
				? `Every provider has ${quote(labels[0]!)} in ${quoted}, so it cannot separate them: it adds the same to every score.`
				: undefined;
		return {
			column,
			scale: { kind: 'levels', levels },
			direction: 'higher',
			notice:
				flat ?? `New criterion ${quoted}: ${levels[0]!.label} scores 0, ${levels[1]!.label} scores 100.`,
			plan: {
				header: column.name,
				name,
				unit,
				kind: 'rating',
				levels: levels.map((l) => `${l.label} ${l.score}`).join(', '),
				...(flat ? { flat } : {})
			}
		};
	}
	if (labels.length < 2)
		fail(
			`Column ${quoted}: every value is ${quote(labels[0] ?? '')}; a rating needs at least two different ` +
				`values (or use numbers, or Yes/No).`
		);
	if (labels.length > LIMITS.levels)
		fail(
			`Column ${quoted} has ${labels.length} different values that are not all numbers; a rating has at most ` +
				`${LIMITS.levels} levels (or use numbers).`
		);
	const long = labels.find((l) => l.length > LIMITS.name);
	if (long) fail(`Column ${quoted}: the value ${quote(long)} is longer than ${LIMITS.name} characters.`);
	const ids = new Set<string>();
	const levels = labels.map((label, i): Level => {
		let id = slug(label);
		for (let n = 2; ids.has(id); n++) id = `${slug(label)}-${n}`;
		ids.add(id);
		return { id, label, score: Math.round((100 * i) / (labels.length - 1)) };
	});
	const text = levels.map((l) => `${l.label} ${l.score}`).join(', ');
	return {
		column,
		scale: { kind: 'levels', levels },
		direction: 'higher',
		notice:
			`New criterion ${quoted}: assumed more is better, levels scored in the order they first appear ` +
			`(${text}); check its direction and scale under Your data.`,
		plan: { header: column.name, name, unit, kind: 'rating', levels: text }
	};
}

/** A cell as a value of `scale`, or an error naming row and column. */
function cellValue(text: string, scale: Scale, row: Row, column: Column, delimiter: string): number | string {
	const read = scaleKind(scale).readCell(scale, text, {
		number: (cell) => parseNumber(cell, delimiter),
		quote: (cell) => quote(cell)
	});
	return read.ok ? read.raw : fail(`Row ${row.number}, column ${quote(column.name, 80)}: ${read.error}`);
}

function readMatrix(
	text: string,
	{ scenario, base }: CurrentComparison,
	choices: Readonly<Record<string, ColumnChoice>>
): CsvImportResult {
	const effective = effectiveDataset(base, scenario.edits);
	const { records, delimiter } = parseRecords(text);
	const columns = readHeader(records[0] ?? [], effective);
	const rows = readRows(records, columns.length + 1, effective);
	if (!rows.length) fail('The file has a header row but no providers under it.');

	const notices: string[] = [];
	const inferred = columns
		.filter((c) => !c.criterion)
		.map((c) => inferScale(c, rows, delimiter, Object.hasOwn(choices, c.name) ? choices[c.name] : undefined))
		.filter((n): n is NewColumn => {
			if (typeof n === 'string') notices.push(n);
			return typeof n !== 'string';
		});
	const scaleOf = new Map<Column, Scale>([
		...columns.flatMap((c) => (c.criterion ? [[c, c.criterion.scale] as const] : [])),
		...inferred.map((n) => [n.column, n.scale] as const)
	]);

	// Read every cell first: a bad one stops here, before anything is built.
	const read = rows.map((row) =>
		columns.flatMap((column) => {
			const scale = scaleOf.get(column);
			const text = row.cells[column.index] ?? '';
			return scale
				? [{ column, text, raw: text ? cellValue(text, scale, row, column, delimiter) : null }]
				: [];
		})
	);

	const newProviders = rows.filter((r) => !r.provider).length;
	if (scenario.edits.providers.length + newProviders > LIMITS.providers)
		fail(
			`The file would add ${newProviders} providers to the ${scenario.edits.providers.length} of your own; ` +
				`a comparison holds at most ${LIMITS.providers}.`
		);
	if (scenario.edits.criteria.length + inferred.length > LIMITS.criteria)
		fail(
			`The file would add ${inferred.length} criteria to the ${scenario.edits.criteria.length} of your own; ` +
				`a comparison holds at most ${LIMITS.criteria}.`
		);

	// New criteria, in a group "Imported" (the comparison's own, if it has one).
	const groupIds = effective.groups.map((g) => g.id);
	const existingGroup = effective.groups.find((g) => norm(g.name) === norm(IMPORTED_GROUP));
	const groups = [...scenario.edits.groups];
	const group = existingGroup?.id ?? freshId(IMPORTED_GROUP, groupIds);
	if (!existingGroup && inferred.length) {
		if (groups.length >= LIMITS.groups)
			fail(`The file adds criteria, but the comparison already has ${LIMITS.groups} groups of your own.`);
		groups.push({ id: group, name: IMPORTED_GROUP });
	}
	const criterionIds = [...effective.criteria.map((c) => c.id), ...scenario.edits.criteria.map((c) => c.id)];
	const idOf = new Map<Column, string>(columns.flatMap((c) => (c.criterion ? [[c, c.criterion.id]] : [])));
	const weights = { ...scenario.weights };
	const criteria: UserCriterion[] = [...scenario.edits.criteria];
	for (const { column, scale, notice, direction, plan } of inferred) {
		const id = freshId(plan.name, criterionIds);
		criterionIds.push(id);
		idOf.set(column, id);
		weights[id] = NEW_CRITERION_WEIGHT;
		criteria.push({ id, name: plan.name, group, unit: plan.unit.slice(0, LIMITS.unit), direction, scale });
		notices.push(notice);
	}

	// Providers and values.
	const providerIds = [...effective.providers.map((p) => p.id), ...scenario.edits.providers.map((p) => p.id)];
	const providers: UserProvider[] = [...scenario.edits.providers];
	const values = { ...scenario.edits.values };
	let changed = 0;
	let keptOnEmpty = 0;
	rows.forEach((row, r) => {
		const provider = row.provider;
		const id = provider?.id ?? freshId(row.name, providerIds);
		if (!provider) {
			providerIds.push(id);
			providers.push({ id, name: row.name, platform: '' });
		}
		const mine: Record<string, UserValue> = { ...(values[id] ?? {}) };
		let touched = false;
		for (const { column, raw } of read[r]!) {
			const criterionId = idOf.get(column)!;
			const now = provider?.values[criterionId];
			if (raw === null) {
				if (provider && isKnown(now)) keptOnEmpty++;
				continue;
			}
			if (isKnown(now) && now.raw === raw) continue;
			mine[criterionId] = { kind: 'user', raw };
			touched = true;
			if (provider) changed++;
		}
		if (touched) values[id] = mine;
	});

	const counts: ImportCounts = { providers: newProviders, criteria: inferred.length, values: changed };
	const plan: ImportPlan = {
		matched: columns.flatMap((c) => (c.criterion ? [{ header: c.name, criterion: c.criterion.name }] : [])),
		added: inferred.map((n) => n.plan),
		undecided: inferred.flatMap((n) => (n.plan.kind === 'number' && !n.plan.direction ? [n.plan.header] : []))
	};
	if (newProviders)
		notices.push(
			`${plural(newProviders, 'new provider has', 'new providers have')} no platform stated; ` +
				`you can add it under Your data.`
		);
	if (keptOnEmpty)
		notices.push(
			`${plural(keptOnEmpty, 'empty cell')} of providers already in the comparison kept ` +
				`${keptOnEmpty === 1 ? 'its' : 'their'} current value${keptOnEmpty === 1 ? '' : 's'} ` +
				`(an empty cell means unknown only for a new provider).`
		);
	if (!counts.providers && !counts.criteria && !counts.values)
		return { ok: true, scenario, notices, counts, plan };

	const next: Scenario = {
		...scenario,
		weights,
		edits: { ...scenario.edits, values, providers, criteria, groups }
	};
	// Check the shape the file's items were built into, then pass the result through the one gate
	// for every outside copy of a scenario (what it replaces is said beside the import's notices).
	const checked = ScenarioSchema.safeParse(next);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return fail(`The file could not be imported: ${issue?.path.map(String).join('.')}: ${issue?.message}.`);
	}
	const resolved = resolveScenario(rawOf(checked.data), base, { from: 'the file' });
	return { ok: true, scenario: resolved.scenario, notices: [...notices, ...resolved.problems], counts, plan };
}

/** "Imported 3 new providers and 2 new criteria from prices.csv." */
export function csvImportSummary(counts: ImportCounts, fileName: string): string {
	const parts = [
		counts.providers ? plural(counts.providers, 'new provider') : '',
		counts.criteria ? plural(counts.criteria, 'new criterion', 'new criteria') : '',
		counts.values ? plural(counts.values, 'changed value') : ''
	].filter(Boolean);
	if (!parts.length) return `Nothing to import from ${fileName}: it matches your comparison.`;
	const list = parts.length < 2 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
	return `Imported ${list} from ${fileName}.`;
}
