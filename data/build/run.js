// `npm run data:build`: writes data/cloud-2026.v1.json from data/sources/cloud-2026/.
// `npm run data:build -- --check`: exits 1 when the committed file differs from a fresh build.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCloud2026, OUTPUT } from './cloud-2026.js';

/** The file's text: tab-indented like the other data sets, with a final newline. @param {unknown} dataset */
export const serialise = (dataset) => JSON.stringify(dataset, null, '\t') + '\n';

const text = serialise(buildCloud2026());
if (process.argv.includes('--check')) {
	if (readFileSync(OUTPUT, 'utf8') !== text) {
		console.error(`${OUTPUT} differs from the build: run npm run data:build`);
		process.exit(1);
	}
	console.log(`${OUTPUT} is up to date`);
} else {
	writeFileSync(OUTPUT, text);
	console.log(`wrote ${OUTPUT}`);
}
