// Vitest config for measurements (not tests): `npm run bench` runs the *.measure.ts files here.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: { include: ['tests/bench/**/*.measure.ts'], testTimeout: 120_000 }
});
