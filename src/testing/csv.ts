// The two outcomes of a CSV import, for specs that expect one of them (a wrong one fails loudly).
import type { CsvImportResult } from '$lib/share/csv';

/** The import's result, or a thrown error with the import's message. */
export function imported(result: CsvImportResult) {
	if (!result.ok) throw new Error(`expected the import to succeed: ${result.error}`);
	return result;
}

/** The import's message, or a thrown error if it succeeded. */
export function failure(result: CsvImportResult): string {
	if (result.ok) throw new Error('expected the import to fail');
	return result.error;
}
