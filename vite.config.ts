import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { parseDataset } from './src/lib/data/validate.ts';

/** Fails `vite build` (and dev start-up) with the file, field path and problem when a data file is broken. */
function validateData(): Plugin {
	return {
		name: 'cloud-scorecard:validate-data',
		buildStart() {
			for (const file of readdirSync('data').filter((f) => f.endsWith('.json')))
				parseDataset(`data/${file}`, JSON.parse(readFileSync(`data/${file}`, 'utf8')));
		}
	};
}

export default defineConfig({
	plugins: [validateData(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		// A test that asserts nothing fails instead of passing silently.
		expect: { requireAssertions: true }
	}
});
