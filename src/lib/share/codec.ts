/**
 * Reading a shared link back: its query into a scenario (the format is described in `link.ts`,
 * which writes it). Decoding never throws: whatever the query, it returns a valid scenario
 * (zod-checked) and plain sentences that say what was ignored. The page fetches this module, with
 * zod and the schemas, only when there is a link or saved work to read (`openLink`, `readers.ts`).
 * Pure TypeScript: no Svelte, no DOM.
 */
import { loadedDatasets } from '$lib/data/catalogue';
import { defaultScenario } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';
import { list, quote, resolveScenario, type RawScenario } from '$lib/scenario/resolve';
import { emptyEdits, type Edits, type Scenario } from '$lib/scenario/model';
import { decodeEdits, InflaterNotLoaded, PayloadError } from './payload';
import { KNOWN_PARAMS as LINK_PARAMS } from './page-key.js';
import { grouped } from '$lib/present/units';
import {
	fallbackOf,
	latestOf,
	MAX_QUERY_LENGTH,
	isPageParam,
	type DecodedLink,
	type DecodeOptions
} from './link';

/** The writing half, for those that read and write (the server, the tests). */
export * from './link';

/** At most this many problems are listed; the rest are counted in a last sentence. */
export const MAX_PROBLEMS = 8;

const KNOWN_PARAMS = new Set(LINK_PARAMS);
const DATASET_REF = /^([a-z0-9][a-z0-9-]*)\.([1-9]\d{0,8})$/;

/** Link text quoted in a problem sentence (the gate's rule, one for every source). */
export { quote };

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const describeDataset = (d: Dataset) => `${d.id} version ${d.version}`;

/** Problem sentences, without repeats, at most MAX_PROBLEMS listed. */
class Problems {
	readonly all: string[] = [];
	add = (sentence: string) => {
		if (!this.all.includes(sentence)) this.all.push(sentence);
	};
	list(): string[] {
		if (this.all.length <= MAX_PROBLEMS) return [...this.all];
		const rest = this.all.length - (MAX_PROBLEMS - 1);
		return [...this.all.slice(0, MAX_PROBLEMS - 1), `${rest} more parts of the link were ignored as well.`];
	}
}

/**
 * Read a link's query (with or without `?`, or parsed) into a scenario. Never throws: anything
 * invalid falls back to the default for that part, and `problems` says what was ignored.
 */
export function decodeScenario(query: string | URLSearchParams, options: DecodeOptions = {}): DecodedLink {
	const catalogue = options.datasets ?? loadedDatasets();
	const fallback = fallbackOf(catalogue);
	const problems = new Problems();
	try {
		// The gate (`resolveScenario`) validates once: whatever was read, the result is a schema-valid scenario.
		const decoded = decodeQuery(query, catalogue, fallback, problems, options);
		return { scenario: decoded.scenario, dataset: decoded.dataset, problems: problems.list() };
	} catch (error) {
		options.onUnexpected?.(error);
		return {
			scenario: defaultScenario(fallback),
			dataset: fallback,
			problems: ['This link could not be read, so the default comparison is shown.']
		};
	}
}

function decodeQuery(
	query: string | URLSearchParams,
	catalogue: readonly Dataset[],
	fallback: Dataset,
	problems: Problems,
	options: DecodeOptions
): { scenario: Scenario; dataset: Dataset } {
	const maxLength = options.maxLength ?? MAX_QUERY_LENGTH;
	const text = typeof query === 'string' ? query.replace(/^\?/, '') : query.toString();
	const defaults = { scenario: defaultScenario(fallback), dataset: fallback };
	if (text.length > maxLength) {
		problems.add(
			`This link is too long (${grouped(text.length)} characters; a link holds at most ` +
				`${grouped(maxLength)}), so none of it was used and the default comparison is shown.`
		);
		return defaults;
	}
	// No link at all (`/`): the default comparison, which is what the gate makes of nothing (tested),
	// without the work of reading and checking it; opening `/` then builds no schema.
	if (text === '') return defaults;
	const params = typeof query === 'string' ? new URLSearchParams(text) : query;

	const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_PARAMS.has(key) && !isPageParam(key));
	if (unknown.length)
		problems.add(
			`Ignored ${list(unknown.map((k) => quote(k, 20)))}: ${plural(unknown.length, 'it is', 'they are')} not part of a Cloud Scorecard link.`
		);

	/** The first value of a parameter; a repeated parameter is reported and its later copies ignored. */
	const single = (key: string): string | undefined => {
		const values = params.getAll(key);
		if (values.length > 1) problems.add(`The link gives “${key}” ${values.length} times; used the first.`);
		return values[0];
	};

	const version = single('v') ?? '1';
	if (version !== '1' && version !== '2') {
		problems.add(
			`This link is in format version ${quote(version, 12)}, which this version of Cloud Scorecard cannot read, ` +
				`so the default comparison is shown.`
		);
		return defaults;
	}
	return decodeParams(single, catalogue, fallback, problems, version === '2', options.from);
}

/**
 * Versions 1 and 2: readable parameters d, w, m, x, and in version 2 also u, p and e (see the
 * module comment). Version 1 links never carried u, p or e, so reading them there changes nothing.
 */
function decodeParams(
	single: (key: string) => string | undefined,
	catalogue: readonly Dataset[],
	fallback: Dataset,
	problems: Problems,
	v2: boolean,
	from: string | undefined
): { scenario: Scenario; dataset: Dataset } {
	let dataset = fallback;
	/** False when the link's data set is not here: its positional weights cannot be matched to criteria. */
	let weightsUsable = true;
	const ref = single('d');
	if (ref !== undefined) {
		const match = DATASET_REF.exec(ref);
		const found = match && catalogue.find((d) => d.id === match[1] && d.version === Number(match[2]));
		if (found) dataset = found;
		else {
			dataset = (match && latestOf(catalogue, match[1]!)) || fallback;
			weightsUsable = false;
			problems.add(
				`This link names the data set ${quote(ref, 30)}, which is not available, so ${describeDataset(dataset)} ` +
					`is used with its default weights.`
			);
		}
	}

	// Text into raw input, parameters read in the order the problems are told; what it all means
	// (defaults, ranges, rounding, the checks) is the gate's to decide.
	const edits = v2 && weightsUsable ? readEdits(single('e'), problems) : undefined;
	const w = single('w');
	const m = single('m');
	const x = single('x');
	const [u, k, o, rk, j, p, r] = ['u', 'k', 'o', 'rk', 'j', 'p', 'r'].map((key) =>
		v2 ? single(key) : undefined
	);
	const raw: RawScenario = {
		...(edits ? { edits } : {}),
		...(w !== undefined ? { weights: w === '' ? [] : w.split(',') } : {}),
		...(m !== undefined ? { method: m } : {}),
		...(x ? { excluded: x.split(',') } : {}),
		...(u !== undefined ? { unknowns: u } : {}),
		...(k !== undefined ? { weighting: k } : {}),
		...(o ? { rankOrder: { positions: o.split(',') } } : {}),
		...(rk !== undefined ? { rankKind: rk } : {}),
		...(j ? { judgements: j.split(',') } : {}),
		...(p !== undefined ? { preset: p } : {}),
		...(r ? { musts: r.split(',') } : {}),
		...(weightsUsable ? {} : { unmatched: true })
	};
	const resolved = resolveScenario(raw, dataset, from ? { from } : {});
	resolved.problems.forEach(problems.add);
	return { scenario: resolved.scenario, dataset };
}

/** The `e` parameter, or no edits (with a sentence saying why) when it cannot be read. */
function readEdits(e: string | undefined, problems: Problems): Edits {
	if (e === undefined || e === '') return emptyEdits();
	try {
		const decoded = decodeEdits(e);
		decoded.problems.forEach(problems.add);
		return decoded.edits;
	} catch (error) {
		if (error instanceof InflaterNotLoaded) throw error;
		const why = error instanceof PayloadError ? error.message : 'it could not be read';
		problems.add(
			`The providers, criteria and values added to this comparison could not be read (${why}); it opens without them.`
		);
		return emptyEdits();
	}
}
