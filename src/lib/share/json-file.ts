/**
 * A comparison as a file: the whole scenario (data set reference, weights, method, choices and the
 * person's own data) in JSON, for comparisons too large for a link or kept for later.
 *
 * Format version 1:
 * ```json
 * { "format": "cloud-scorecard-comparison", "version": 1, "exportedAt": "2026-11-26T10:00:00.000Z",
 *   "scenario": { …a Scenario, exactly as `ScenarioSchema` describes it… } }
 * ```
 * Reading checks the file against the same zod schema as every other outside copy of a scenario.
 * Importing an export gives the identical scenario. A file whose structure does not check out
 * (edited by hand, written by another tool, damaged) is read part by part: every part that is
 * valid is kept (weights, method, choices, each of the person's own providers, criteria and
 * values), and each part dropped or replaced by its default is named with the reason. Only a file
 * that is not a comparison at all, is newer, or names no data set available here is refused.
 * A later version that changes meaning gets `version: 2`; this reader then says the file is newer.
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import { z } from '$lib/zod';
import { CATALOGUE, loadedDatasets } from '$lib/data/catalogue';
import type { Dataset } from '$lib/data/schema';
import { readEdits } from '$lib/scenario/raw-edits';
import { list, rawOf, resolveScenario, type RawScenario } from '$lib/scenario/resolve';
import { ScenarioSchema, type Scenario } from '$lib/scenario/schema';
import { newerDataset, quote } from './codec';

export const COMPARISON_FORMAT = 'cloud-scorecard-comparison';
export const COMPARISON_VERSION = 1;
/** The largest file the page reads (bytes): far above any real comparison (200 × 60 is ~1 MB as JSON). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** At most this many problems of one file are named when it is refused. */
const MAX_ISSUES = 3;
/** At most this many parts dropped from one file are named one by one (the rest are counted). */
const MAX_NOTICES = 20;

const ComparisonFileSchema = z.object({
	format: z.literal(COMPARISON_FORMAT),
	version: z.literal(COMPARISON_VERSION),
	exportedAt: z.optional(z.iso.datetime()),
	scenario: ScenarioSchema
});

export type JsonImportResult =
	{ ok: true; scenario: Scenario; notices: string[] } | { ok: false; error: string };

export function exportComparisonJson(scenario: Scenario, exportedAt = new Date()): string {
	const file: z.input<typeof ComparisonFileSchema> = {
		format: COMPARISON_FORMAT,
		version: COMPARISON_VERSION,
		exportedAt: exportedAt.toISOString(),
		scenario
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || 'the file';

/** zod says "Invalid key in record" for a bad key; the key's own problem ("… reserved …") says more. */
function issueText(issue: z.core.$ZodIssue): string {
	const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
	return `${pathOf(issue.path)}: ${inner ? `the key ${inner.replace(/^an id/, 'is not an id: an id')}` : issue.message}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	!!value && typeof value === 'object' && !Array.isArray(value);

type Parts =
	{ ref: { id: string; version: number }; raw: RawScenario; dropped: string[] } | { error: string };

/**
 * A file's scenario that failed its structure check, read part by part into raw input for the
 * gate: each part that has the right shape is passed on (the gate then judges its meaning), each
 * that has not is left out and named, so it takes its default. Only the data set must be readable.
 */
function readParts(value: unknown): Parts {
	if (!isRecord(value)) return { error: 'scenario: it is not a comparison’s scenario' };
	const ref = ScenarioSchema.shape.dataset.safeParse(value.dataset);
	if (!ref.success) return { error: 'scenario.dataset: it does not name a data set and its version' };
	const dropped: string[] = [];
	const raw: RawScenario = {};
	const parts = Object.keys(ScenarioSchema.shape);
	const strange = Object.keys(value).filter((k) => !parts.includes(k));
	if (strange.length)
		dropped.push(
			`Ignored ${list(strange.map((k) => quote(k, 20)))} in the file: ${strange.length === 1 ? 'it is' : 'they are'} not part of a comparison.`
		);
	const wrong = (what: string, shape: string, then: string) =>
		dropped.push(`The ${what} in the file ${shape}; ${then}.`);
	const text = (
		key: 'method' | 'weighting' | 'unknowns' | 'rankKind' | 'preset',
		what: string,
		then: string
	) => {
		const v = value[key];
		if (typeof v === 'string') raw[key] = v;
		else if (v !== undefined) wrong(what, 'is not text', then);
	};
	text('method', 'scoring method', 'used the weighted sum');
	text('weighting', 'way of setting the weights', 'used the sliders');
	text('unknowns', 'treatment of unknown values', 'used “worst level”');
	text('rankKind', 'rank weighting', 'used rank order centroid');
	text('preset', 'preset name', 'ignored it');
	// Weights by criterion id: each judged by the gate on its own (a text, a number out of range…).
	if (isRecord(value.weights)) raw.weights = value.weights;
	else if (value.weights !== undefined)
		wrong('weights', 'are not a weight per criterion', 'used the default weights');
	const ids = (key: 'rankOrder' | 'excluded', what: string, then: string) => {
		const v = value[key];
		if (Array.isArray(v) && v.every((x) => typeof x === 'string')) raw[key] = v;
		else if (v !== undefined) wrong(what, 'is not a list of ids', then);
	};
	ids('rankOrder', 'rank order', 'ignored it');
	ids('excluded', 'list of providers left out', 'left none out');
	if (isRecord(value.pairwise)) {
		const entries = Object.entries(value.pairwise);
		const numbers = entries.filter((e): e is [string, number] => typeof e[1] === 'number');
		if (numbers.length === entries.length) raw.pairwise = Object.fromEntries(numbers);
		else wrong('pairwise judgements', 'are not all numbers', 'ignored them');
	} else if (value.pairwise !== undefined)
		wrong('pairwise judgements', 'are not a judgement per pair', 'ignored them');
	if (isRecord(value.musts)) {
		const musts = Object.entries(value.musts).filter(
			(e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string'
		);
		const odd = Object.keys(value.musts).length - musts.length;
		if (odd)
			dropped.push(
				`Ignored ${odd} must-have${odd === 1 ? '' : 's'} in the file that ${odd === 1 ? 'is' : 'are'} neither a number nor a level.`
			);
		raw.musts = Object.fromEntries(musts);
	} else if (value.musts !== undefined) wrong('must-haves', 'are not a value per criterion', 'ignored them');
	const edits = readEdits(value.edits, 'the file');
	dropped.push(...edits.problems);
	raw.edits = edits.edits;
	return { ref: ref.data, raw, dropped };
}

/**
 * A comparison file → its scenario, or a sentence saying why not (not JSON, not a comparison, a
 * newer format, the first problems with their JSON paths, a data set that is not published here).
 */
export function importComparisonJson(text: string, catalogue?: readonly Dataset[]): JsonImportResult {
	const known = catalogue ?? loadedDatasets();
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		return { ok: false, error: 'This file is not JSON, so it is not a Cloud Scorecard comparison.' };
	}
	const root =
		json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
	if (root.format !== COMPARISON_FORMAT)
		return {
			ok: false,
			error:
				`This JSON file is not a Cloud Scorecard comparison: its “format” should be “${COMPARISON_FORMAT}”` +
				(typeof root.format === 'string' ? ` but is ${quote(root.format)}.` : '.')
		};
	if (typeof root.version === 'number' && root.version > COMPARISON_VERSION)
		return {
			ok: false,
			error:
				`This comparison was saved by a newer version of Cloud Scorecard (file version ${root.version}); ` +
				`this version reads file version ${COMPARISON_VERSION}.`
		};

	const parsed = ComparisonFileSchema.safeParse(json);
	const refuse = (issues: readonly z.core.$ZodIssue[], fallback = '') => {
		const named = issues.slice(0, MAX_ISSUES).map(issueText);
		const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : '';
		return {
			ok: false as const,
			error: `This comparison file has problems: ${named.join('; ') || fallback}${more}.`
		};
	};
	const issues = parsed.error?.issues ?? [];
	// The envelope must be right (the format is checked above): a version this reader does not know
	// is not guessed at.
	const envelope = issues.filter((i) => i.path[0] === 'version');
	if (envelope.length) return refuse(envelope);
	// A file that checks out is read whole; one that does not, part by part (`readParts`).
	const read = parsed.success
		? { ref: parsed.data.scenario.dataset, raw: rawOf(parsed.data.scenario), dropped: [] as string[] }
		: readParts(root.scenario);
	if ('error' in read)
		return refuse(
			issues.filter((i) => i.path[0] === 'scenario' && (i.path.length === 1 || i.path[1] === 'dataset')),
			read.error
		);
	if (issues.some((i) => i.path[0] === 'exportedAt'))
		read.dropped.unshift('The time the file was exported is not a date and time; ignored it.');
	const dataset = known.find((d) => d.id === read.ref.id && d.version === read.ref.version);
	if (!dataset)
		return {
			ok: false,
			error:
				`scenario.dataset: the data set ${quote(read.ref.id)} version ${read.ref.version} ` +
				`is not available in this version of Cloud Scorecard.`
		};
	// What the scenario means is the gate's, as for a link: defaults, ranges, the method, the
	// rank-order and pairwise checks.
	const { scenario, problems } = resolveScenario(read.raw, dataset, { from: 'the file' });
	const all = [...read.dropped, ...problems];
	const shown =
		all.length > MAX_NOTICES
			? [
					...all.slice(0, MAX_NOTICES),
					`And ${all.length - MAX_NOTICES} more parts of the file that could not be read.`
				]
			: all;
	const newer = newerDataset(dataset, catalogue ?? CATALOGUE);
	const notices = [
		...shown,
		...(newer
			? [
					`This comparison uses ${dataset.title} version ${dataset.version}; version ${newer.version} is ` +
						`published. The file is opened on the figures it was saved with.`
				]
			: [])
	];
	return { ok: true, scenario, notices };
}

/**
 * The data set a comparison file names, read leniently (`{ id, version }` or undefined), so the page
 * can load that data set before the file is checked against it.
 */
export function datasetNamedIn(text: string): { id: string; version: number } | undefined {
	try {
		const ref = (JSON.parse(text.replace(/^\ufeff/, '')) as { scenario?: { dataset?: unknown } })?.scenario
			?.dataset;
		if (ref && typeof ref === 'object') {
			const { id, version } = ref as Record<string, unknown>;
			if (typeof id === 'string' && typeof version === 'number') return { id, version };
		}
	} catch {
		// Not JSON: the import itself says so.
	}
	return undefined;
}

/** True when a file should be read as a comparison file rather than a CSV matrix. */
export function isJsonFile(fileName: string, text: string): boolean {
	if (/\.json$/i.test(fileName)) return true;
	if (/\.(csv|tsv|txt)$/i.test(fileName)) return false;
	return text
		.replace(/^\ufeff/, '')
		.trimStart()
		.startsWith('{');
}

export type ExportKind = 'comparison' | 'matrix' | 'results';

/** `cloud-scorecard-2026-11-26.json`, `…-matrix.csv`, `…-results.csv`, dated in local time. */
export function exportFileName(kind: ExportKind, date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	return kind === 'comparison' ? `cloud-scorecard-${day}.json` : `cloud-scorecard-${day}-${kind}.csv`;
}
