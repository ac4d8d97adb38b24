/**
 * A comparison as a file: the whole scenario (data set reference, weights, method, choices and the
 * person's own data) in JSON, for comparisons too large for a link or kept for later.
 *
 * Format version 1:
 * ```json
 * { "format": "cloud-scorecard-comparison", "version": 1, "exportedAt": "2026-11-26T10:00:00.000Z",
 *   "scenario": { …a Scenario, exactly as `ScenarioSchema` describes it… } }
 * ```
 * Reading checks the file against the same zod schema as every other outside copy of a scenario,
 * and names the JSON path of the first problems. Importing an export gives the identical scenario.
 * A later version that changes meaning gets `version: 2`; this reader then says the file is newer.
 *
 * Pure TypeScript: no Svelte, no DOM.
 */
import { z } from '$lib/zod';
import { CATALOGUE, loadedDatasets } from '$lib/data/catalogue';
import type { Dataset } from '$lib/data/schema';
import { rawOf, resolveScenario } from '$lib/scenario/resolve';
import { ScenarioSchema, type Scenario } from '$lib/scenario/schema';
import { newerDataset, quote } from './codec';

export const COMPARISON_FORMAT = 'cloud-scorecard-comparison';
export const COMPARISON_VERSION = 1;
/** The largest file the page reads (bytes): far above any real comparison (200 × 60 is ~1 MB as JSON). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** At most this many problems of one file are named. */
const MAX_ISSUES = 3;

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
	if (!parsed.success) {
		const { issues } = parsed.error;
		const named = issues.slice(0, MAX_ISSUES).map(issueText);
		const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : '';
		return { ok: false, error: `This comparison file has problems: ${named.join('; ')}${more}.` };
	}
	const dataset = known.find(
		(d) => d.id === parsed.data.scenario.dataset.id && d.version === parsed.data.scenario.dataset.version
	);
	if (!dataset)
		return {
			ok: false,
			error:
				`scenario.dataset: the data set ${quote(parsed.data.scenario.dataset.id)} version ${parsed.data.scenario.dataset.version} ` +
				`is not available in this version of Cloud Scorecard.`
		};
	// The file's structure is checked above (a file names every field, and one that does not fit is
	// refused with its JSON path); what the scenario means is the gate's, as for a link.
	const { scenario, problems } = resolveScenario(rawOf(parsed.data.scenario), dataset, { from: 'the file' });
	const newer = newerDataset(dataset, catalogue ?? CATALOGUE);
	const notices = [
		...problems,
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
