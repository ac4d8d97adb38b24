/**
 * What "Data and sources" says about the data set itself: the moment it describes and why, and what
 * changed from the previous version. Read by the page and the PDF.
 */
import type { Dataset } from '$lib/data/schema';

export interface DatasetNotesView {
	/** "Data as of 2010-11-10." */
	asOfLine: string;
	/** Why that moment was chosen (data sets from version 2 on). */
	rationale?: string;
	/** "What changed in version 2", when the data set lists its changes. */
	changesHeading?: string;
	changes: string[];
}

export function datasetNotesView(
	dataset: Pick<Dataset, 'asOf' | 'asOfRationale' | 'changes' | 'version'>
): DatasetNotesView {
	const changes = dataset.changes ?? [];
	return {
		asOfLine: `Data as of ${dataset.asOf}.`,
		...(dataset.asOfRationale ? { rationale: dataset.asOfRationale } : {}),
		...(changes.length ? { changesHeading: `What changed in version ${dataset.version}` } : {}),
		changes
	};
}
