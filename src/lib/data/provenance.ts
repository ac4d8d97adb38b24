/**
 * A data set's values apart from their provenance text. A value's number (or level) and its kind
 * (sourced, judgement, unknown) are what the first screen shows and scores; the text that says where
 * it comes from (a source's title, link, date and note, a judgement's rationale, why it is unknown)
 * is half of a data set's bytes and is read only by the sources table, a cell's details, and the PDF.
 * A provider's `notes` (background the page and the PDF do not show) travel with that text.
 * So the browser receives a data set file in two parts, both cut from the one file in `data/` when
 * the app is built (vite.config.ts): its values first, its provenance when something shows it
 * (`loadProvenance` in catalogue.ts), which puts the text back into the same value objects.
 */
import type { Dataset, Value } from './schema';

/** The text a value carries besides its kind and raw figure. */
export type ValueProvenance = Partial<Record<'source' | 'rationale' | 'reason', unknown>>;

/** Provenance of values by provider id, then criterion id (values without any are left out), and each provider's notes. */
export interface Provenance {
	values: Record<string, Record<string, ValueProvenance>>;
	notes: Record<string, string>;
}

const TEXT_KEYS = ['source', 'rationale', 'reason'] as const;

/**
 * A data set file (as parsed JSON) cut in two: the data set with each value's provenance text left
 * out, and that text by provider and criterion. `mergeProvenance(values, provenance)` gives the file
 * back.
 */
export function splitProvenance(dataset: Dataset): { values: Dataset; provenance: Provenance } {
	const provenance: Provenance = { values: {}, notes: {} };
	const providers = dataset.providers.map(({ notes, ...provider }) => {
		const texts: Record<string, ValueProvenance> = {};
		const values = Object.fromEntries(
			Object.entries(provider.values).map(([criterionId, value]) => {
				const kept: Record<string, unknown> = {};
				const text: ValueProvenance = {};
				for (const [key, field] of Object.entries(value))
					if ((TEXT_KEYS as readonly string[]).includes(key)) text[key as keyof ValueProvenance] = field;
					else kept[key] = field;
				if (Object.keys(text).length) texts[criterionId] = text;
				return [criterionId, kept as Value];
			})
		);
		if (Object.keys(texts).length) provenance.values[provider.id] = texts;
		provenance.notes[provider.id] = notes;
		// Typed as the whole file: the notes come back with `mergeProvenance`.
		return { ...provider, values } as Dataset['providers'][number];
	});
	return { values: { ...dataset, providers }, provenance };
}

/**
 * Put provenance text back into a data set's values, in place: whatever holds a value (the effective
 * data set, a person's value keeping the data set's `original`) holds the same object, so it reads
 * the text from now on.
 */
export function mergeProvenance(dataset: Dataset, provenance: Provenance): void {
	for (const provider of dataset.providers) {
		if (Object.hasOwn(provenance.notes, provider.id)) provider.notes = provenance.notes[provider.id]!;
		const texts = Object.hasOwn(provenance.values, provider.id) ? provenance.values[provider.id]! : {};
		for (const [criterionId, value] of Object.entries(provider.values))
			if (Object.hasOwn(texts, criterionId)) Object.assign(value, texts[criterionId]);
	}
}
