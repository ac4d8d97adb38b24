/**
 * Parsing a data set file, with a message that names the file, the field path and what was wrong.
 * Used by the loader (`datasets.ts`), the build (`vite.config.ts`) and the data tests.
 */
import type { z } from '../zod.ts';
import { DatasetSchema, type Dataset } from './schema.ts';

export class DatasetError extends Error {
	override name = 'DatasetError';
}

/** "providers.2.values.sla-uptime.raw" from a zod issue path. */
function formatPath(path: readonly PropertyKey[]): string {
	return path.length ? path.map(String).join('.') : '(root)';
}

export function describeIssues(file: string, error: z.core.$ZodError): string {
	const lines = error.issues.map((issue) => `  ${file}: ${formatPath(issue.path)}: ${issue.message}`);
	return `Invalid data set ${file}:\n${lines.join('\n')}`;
}

/** Parse one data set file's JSON content; throws a `DatasetError` naming file, path and problem. */
export function parseDataset(file: string, json: unknown): Dataset {
	const result = DatasetSchema.safeParse(json);
	if (!result.success) throw new DatasetError(describeIssues(file, result.error));
	const expected = `${result.data.id}.v${result.data.version}.json`;
	if (!file.endsWith(expected))
		throw new DatasetError(`Invalid data set ${file}: the file must be named ${expected} (id and version)`);
	return result.data;
}
