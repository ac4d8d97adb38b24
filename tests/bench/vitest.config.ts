// Vitest config for measurements (not tests): `npm run bench` runs the *.measure.ts files here.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/bench/**/*.measure.ts'],
		testTimeout: 120_000,
		// One measurement at a time: on a 2-core machine, two at once time each other (TOPSIS against
		// numpy measured 2.1–2.2× beside the 200-participant decision bench, 1.45× alone).
		fileParallelism: false,
		// As the unit tests: every data set at once, and fflate, which writes the links that carry data
		// of one's own as the page does once "Your data" or a link has loaded it (without it, such a
		// link is written uncompressed and is too long for a link or a short link's body).
		setupFiles: ['tests/setup-datasets.ts']
	}
});
