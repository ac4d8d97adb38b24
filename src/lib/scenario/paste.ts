/**
 * Paste from a spreadsheet into the "Your values" grid, as pure functions: tab-separated text →
 * cells → a change of the comparison. A first column of provider names and a first row of criterion
 * names are recognised (a header matches a criterion as the CSV import matches it, ignoring case,
 * spacing and a unit in brackets or after a comma: `columns.ts`); names not in the comparison become
 * new providers and criteria, a new numeric criterion read the way the import reads it (direction
 * from its name and unit, round reference levels proposed from the values). Without them the block fills the grid from the
 * focused cell. Whatever cannot be read is reported per cell (row, column and text) and left out;
 * everything else applies as ONE new scenario, so Undo takes the whole paste back in one step.
 *
 * Copying out of the grid is the reverse, `toTsv`: what a spreadsheet reads back.
 */
import type { Dataset } from '$lib/data/schema';
import { scaleKind, type Scale } from './scale-kinds';
import { addCriterion, addProvider } from './data-edits';
import { inferDirection, matchHeader, nameKey, proposeLevels, splitHeader, yesNo } from './columns';
import { effectiveDataset, slug } from './effective';
import { LIMITS, type Scenario, type UserValue } from './model';

/** Where the paste starts: the focused cell's row (provider) and column (criterion) positions. */
export interface GridPoint {
	row: number;
	col: number;
}

export interface PasteProblem {
	/** 1-based position in the pasted block, as a spreadsheet counts. */
	row: number;
	column: number;
	text: string;
	message: string;
}

export interface PasteResult {
	scenario: Scenario;
	/** Cells written. */
	written: number;
	addedProviders: string[];
	addedCriteria: string[];
	/** Sentences about assumptions made for new criteria (direction, reference levels). */
	notices: string[];
	problems: PasteProblem[];
}

/**
 * Tab-separated text → rows of cells. Spreadsheets quote a cell holding a tab, newline or quote
 * ("a ""b"""), end lines with \r\n or \n, and usually add a final newline; all are handled.
 */
export function parseTsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
	if (body === '') return [];
	// Without quotes every tab and line break separates: split at once.
	if (!body.includes('"')) return body.split('\n').map((line) => line.split('\t'));
	while (i < body.length) {
		const ch = body[i]!;
		if (ch === '"' && cell === '') {
			// A quoted cell: up to the closing quote; "" is one quote.
			let j = i + 1;
			let quoted = '';
			while (j < body.length) {
				if (body[j] === '"') {
					if (body[j + 1] === '"') {
						quoted += '"';
						j += 2;
						continue;
					}
					break;
				}
				quoted += body[j];
				j++;
			}
			if (j < body.length && (body[j + 1] === undefined || body[j + 1] === '\t' || body[j + 1] === '\n')) {
				cell = quoted;
				i = j + 1;
				continue;
			}
			// Not a well-formed quoted cell: the quote is text.
		}
		if (ch === '\t') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
		i++;
	}
	row.push(cell);
	rows.push(row);
	return rows;
}

/** Cells → tab-separated text; a cell with a tab, newline or quote is quoted, as spreadsheets do. */
export function toTsv(rows: readonly (readonly (string | number)[])[]): string {
	const cell = (value: string | number) => {
		const text = String(value);
		return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return rows.map((row) => row.map(cell).join('\t')).join('\n');
}

/** Texts a spreadsheet uses for "nobody knows". */
const UNKNOWN = new Set(['?', 'unknown', 'n/a', 'na', '-', '–', '—']);

const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * A number as people type it in a spreadsheet: "1,234.5", "$12", "12 %", "9.99 €", "12,5"
 * (decimal comma); undefined when it is not one.
 */
export function readNumber(text: string): number | undefined {
	// A plain decimal, as most cells are: read at once (a 200 × 40 paste is 8,000 of them).
	if (PLAIN.test(text)) return Number(text);
	let t = text
		.trim()
		.replace(/[\s\u00a0]/g, '')
		.replace(/^[$€£¥]|[$€£¥%]$/g, '');
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
	else if (/^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : undefined;
}

/** A cell as a value of a criterion's scale, or the reason it cannot be one. */
export function readCell(text: string, scale: Scale): { raw: UserValue['raw'] } | { error: string } {
	const t = text.trim();
	if (UNKNOWN.has(t.toLowerCase())) return { raw: null };
	// The kind says whether a cell holds a number or one of a list of levels (the scale-kind registry).
	const kind = scaleKind(scale);
	if (kind.raw === 'number') {
		const n = readNumber(t);
		return n === undefined ? { error: 'is not a number' } : { raw: n };
	}
	const levels = kind.choices?.(scale) ?? [];
	const key = t.toLowerCase();
	const answer = yesNo(key);
	const level =
		levels.find((l) => l.label.toLowerCase() === key || l.id === key) ??
		// "yes"/"no" for a rating whose levels are Yes and No under other spellings ("Y", "true").
		(answer ? levels.find((l) => yesNo(l.label) === answer) : undefined);
	return level
		? { raw: level.id }
		: { error: `is not one of its levels (${levels.map((l) => l.label).join(', ')})` };
}

/**
 * A new criterion's scale and direction from its pasted cells, or why it cannot be added. Read as
 * the CSV import reads a new column (`columns.ts`): numbers point the way the name and unit say
 * (price, cost, latency, time, $, ms → less is better; capacity and uptime → more), and get round
 * reference levels proposed from the values with a margin (`proposeLevels`), not the lowest and
 * highest pasted value, so a provider added later does not move everyone's scores. When the name
 * does not say which way is better, more is assumed and the notice says so (a paste has no
 * preview to ask in; the import's does). Yes/No scores No 0, Yes 100, even when all the same.
 */
export function newCriterionScale(
	name: string,
	unit: string,
	texts: readonly string[]
): { scale: Scale; direction: 'higher' | 'lower'; notice: string } | { error: string } {
	const given = texts.map((t) => t.trim()).filter((t) => t !== '' && !UNKNOWN.has(t.toLowerCase()));
	if (!given.length) return { error: 'has no values, so it was not added' };
	const numbers = given.map(readNumber);
	if (numbers.every((n) => n !== undefined)) {
		const inferred = inferDirection(name, unit);
		const direction = inferred ?? 'higher';
		const { worst, best } = proposeLevels(numbers, direction, unit);
		const way = direction === 'lower' ? 'less is better' : 'more is better';
		const unitText = unit ? ` ${unit}` : '';
		return {
			scale: { kind: 'linear', worst, best },
			direction,
			notice:
				`New criterion “${name}”: ${inferred ? `${way} (from its name)` : `assumed ${way} (its name does not say)`}, ` +
				`${worst}${unitText} scores 0 and ${best}${unitText} scores 100 (proposed from the pasted values, ` +
				`rounded; your choice, so change them under Your data).`
		};
	}
	const distinct: string[] = [];
	for (const t of given) if (!distinct.some((d) => d.toLowerCase() === t.toLowerCase())) distinct.push(t);
	if (distinct.every((d) => yesNo(d) !== undefined))
		return {
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'no', label: 'No', score: 0 },
					{ id: 'yes', label: 'Yes', score: 100 }
				]
			},
			direction: 'higher',
			notice:
				`New criterion “${name}”: Yes scores 100, No 0` +
				(distinct.length === 1 ? '; every provider has the same answer, so it cannot separate them.' : '.')
		};
	if (distinct.length < 2 || distinct.length > LIMITS.levels)
		return {
			error:
				distinct.length < 2
					? 'has one text value throughout and no numbers, so it was not added (a rating needs two levels)'
					: `has ${distinct.length} different texts; a rating has at most ${LIMITS.levels} levels`
		};
	const ids = new Set<string>();
	const levels = distinct.map((label, i) => {
		let id = slug(label);
		for (let n = 2; ids.has(id); n++) id = `${slug(label)}-${n}`;
		ids.add(id);
		return { id, label: label.slice(0, LIMITS.name), score: Math.round((100 * i) / (distinct.length - 1)) };
	});
	return {
		scale: { kind: 'levels', levels },
		direction: 'higher',
		notice:
			`New criterion “${name}”: levels scored in the order they first appear ` +
			`(${levels.map((l) => `${l.label} ${l.score}`).join(', ')}); check it under Your data.`
	};
}

const PROVIDER_HEADERS = new Set(['', 'provider', 'providers', 'name', 'vendor', 'company']);

/**
 * Paste `text` into the comparison with the focused cell at `at`. Pure: returns the new scenario
 * (the same one when nothing was written) and a report.
 */
export function applyPaste(scenario: Scenario, base: Dataset, text: string, at: GridPoint): PasteResult {
	const cells = parseTsv(text);
	const result: PasteResult = {
		scenario,
		written: 0,
		addedProviders: [],
		addedCriteria: [],
		notices: [],
		problems: []
	};
	if (!cells.length) return result;
	const start = effectiveDataset(base, scenario.edits);
	// The criteria a header may name: the comparison's, and those this paste adds (a second column
	// with the same name fills the same one). Matched as the CSV import matches, or by id.
	const known: { id: string; name: string }[] = [...start.criteria];
	const criterionOf = (header: string) => {
		const text = header.trim();
		if (!text) return undefined;
		return matchHeader(text, known) ?? known.find((c) => c.id === text.toLowerCase());
	};
	const providerByKey = new Map(start.providers.map((p) => [nameKey(p.name), p.id]));

	// A first row of names: it names a criterion, or its corner says "Provider" and nothing in it is a number.
	const first = cells[0]!;
	const headerRow =
		cells.length > 1 &&
		(first.some((t) => criterionOf(t) !== undefined) ||
			(PROVIDER_HEADERS.has(first[0]!.trim().toLowerCase()) &&
				first.slice(1).some((t) => t.trim() !== '') &&
				first.slice(1).every((t) => t.trim() === '' || readNumber(t) === undefined)));
	const bodyRows = cells.slice(headerRow ? 1 : 0);
	// A first column of names: it names a provider, or (with a header row) nothing in it is a number.
	const nameColumn =
		bodyRows.some((r) => providerByKey.has(nameKey(r[0] ?? '')) && (r[0] ?? '').trim() !== '') ||
		(headerRow &&
			PROVIDER_HEADERS.has(first[0]!.trim().toLowerCase()) &&
			(cells[0]!.length > 1 || bodyRows.every((r) => r.length > 1)) &&
			bodyRows.every((r) => (r[0] ?? '').trim() !== '' && readNumber(r[0]!) === undefined));
	const rowOffset = headerRow ? 1 : 0;
	const colOffset = nameColumn ? 1 : 0;
	const width = Math.max(...cells.map((r) => r.length));
	const problem = (row: number, column: number, text: string, message: string) =>
		result.problems.push({ row: row + 1, column: column + 1, text, message });

	let next = scenario;
	// Columns → criteria ids (added when a header names one that does not exist yet).
	const columnIds: (string | undefined)[] = [];
	for (let j = colOffset; j < width; j++) {
		if (!headerRow) {
			columnIds[j] = start.criteria[at.col + j - colOffset]?.id;
			if (!columnIds[j])
				problem(
					0,
					j,
					bodyRows[0]?.[j] ?? '',
					'is right of the last column; paste with criterion names in the first row to add criteria'
				);
			continue;
		}
		const header = first[j] ?? '';
		if (header.trim() === '') continue;
		const matched = criterionOf(header);
		if (matched) {
			columnIds[j] = matched.id;
			continue;
		}
		const { name, unit } = splitHeader(header);
		const inferred = newCriterionScale(
			name,
			unit,
			bodyRows.map((r) => r[j] ?? '')
		);
		if ('error' in inferred) {
			problem(0, j, header, `the column ${inferred.error}`);
			continue;
		}
		if (next.edits.criteria.length >= LIMITS.criteria) {
			problem(
				0,
				j,
				header,
				`was not added: a comparison holds at most ${LIMITS.criteria} criteria of your own`
			);
			continue;
		}
		const added = addCriterion(next, base, {
			name: name.slice(0, LIMITS.name),
			unit: unit.slice(0, LIMITS.unit),
			direction: inferred.direction,
			scale: inferred.scale,
			group: 'My criteria'
		});
		next = added.scenario;
		columnIds[j] = added.id;
		known.push({ id: added.id, name });
		result.addedCriteria.push(name);
		result.notices.push(inferred.notice);
	}

	// Rows → provider ids (added when the first column names one that does not exist yet).
	const rowIds: (string | undefined)[] = [];
	bodyRows.forEach((r, i) => {
		if (!nameColumn) {
			rowIds[i] = start.providers[at.row + i]?.id;
			if (!rowIds[i])
				problem(
					i + rowOffset,
					0,
					r[0] ?? '',
					'is below the last row; paste with provider names in the first column to add providers'
				);
			return;
		}
		const name = (r[0] ?? '').trim().replace(/\s+/g, ' ');
		if (!name) {
			problem(i + rowOffset, 0, '', 'has no provider name, so the row was left out');
			return;
		}
		const known = providerByKey.get(nameKey(name));
		if (known) {
			rowIds[i] = known;
			return;
		}
		if (next.edits.providers.length >= LIMITS.providers) {
			problem(
				i + rowOffset,
				0,
				name,
				`was not added: a comparison holds at most ${LIMITS.providers} providers of your own`
			);
			return;
		}
		const added = addProvider(next, base, { name: name.slice(0, LIMITS.name), platform: '' });
		next = added.scenario;
		rowIds[i] = added.id;
		providerByKey.set(nameKey(name), added.id);
		result.addedProviders.push(name);
	});

	// The cells, written into the edits in one go (not one scenario per cell: 8,000 cells must stay fast).
	const effective = effectiveDataset(base, next.edits);
	const criteria = new Map(effective.criteria.map((c) => [c.id, c]));
	const values = { ...next.edits.values };
	const touched = new Set<string>();
	bodyRows.forEach((r, i) => {
		const providerId = rowIds[i];
		if (!providerId) return;
		for (let j = colOffset; j < r.length; j++) {
			const criterionId = columnIds[j];
			const text = r[j] ?? '';
			if (!criterionId || text.trim() === '') continue;
			const criterion = criteria.get(criterionId)!;
			const read = readCell(text, criterion.scale);
			if ('error' in read) {
				problem(i + rowOffset, j, text, `${read.error}`);
				continue;
			}
			if (!touched.has(providerId)) {
				values[providerId] = { ...values[providerId] };
				touched.add(providerId);
			}
			const previous = values[providerId]![criterionId];
			values[providerId]![criterionId] = { ...previous, kind: 'user', raw: read.raw };
			result.written++;
		}
	});
	if (touched.size) next = { ...next, edits: { ...next.edits, values } };
	result.scenario = next;
	result.problems.sort((a, b) => a.row - b.row || a.column - b.column);
	return result;
}

/** One problem as a sentence: "Row 3, column 2 (“Support”): “abc” is not a number." */
export function describeProblem(p: PasteProblem, header?: string): string {
	const column = header ? ` (“${header}”)` : '';
	return `Row ${p.row}, column ${p.column}${column}: ${p.text ? `“${p.text}” ` : ''}${p.message}.`;
}

/** A cell's value as the grid shows and copies it: the number, the level's label, or "?" for unknown. */
export function cellText(value: { kind: string; raw?: unknown } | undefined, scale: Scale): string {
	if (!value || value.kind === 'unknown' || value.raw === null || value.raw === undefined) return '?';
	const levels = scaleKind(scale).choices?.(scale);
	if (levels) return levels.find((l) => l.id === value.raw)?.label ?? String(value.raw);
	return String(value.raw);
}
