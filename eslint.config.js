import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ rules: { 'svelte/no-at-html-tags': 'error' } },
	{
		// zod must be configured (jitless, for the CSP) before any schema runs: one import path.
		files: ['src/**'],
		ignores: ['src/lib/zod.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'zod', message: "Import z from '$lib/zod', configured for the Content-Security-Policy." }
					]
				}
			]
		}
	},
	{
		// The layers, lower never importing higher (see STYLE.md):
		// data → mcda → scenario → evaluation → present → {share, export, charts, state, components} → routes.
		// mcda/ is the pure decision core and imports nothing outside itself. server/ may import any of
		// lib, nothing in lib imports it; zod.ts (zod's set-up), download.ts and import-again.ts (browser
		// helpers that import nothing) sit outside the layers; src/testing holds
		// fixtures for specs and benches only. Specs are left out: nothing imports a spec, and some check
		// a module together with the layers above it (a scenario read back through the link codec).
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		ignores: ['**/*.spec.ts', 'src/testing/**'],
		plugins: { boundaries },
		settings: {
			'import/resolver': { typescript: { project: './tsconfig.json' } },
			'boundaries/elements': [
				{ type: 'data', pattern: 'src/lib/data/**', partialMatch: false },
				{ type: 'mcda', pattern: 'src/lib/mcda/**', partialMatch: false },
				{ type: 'scenario', pattern: 'src/lib/scenario/**', partialMatch: false },
				{ type: 'evaluation', pattern: 'src/lib/evaluation/**', partialMatch: false },
				{ type: 'present', pattern: 'src/lib/present/**', partialMatch: false },
				{
					type: 'ui',
					pattern: 'src/lib/{share,export,charts,state,components}/**',
					partialMatch: false
				},
				{ type: 'server', pattern: 'src/lib/server/**', partialMatch: false },
				{ type: 'routes', pattern: 'src/routes/**', partialMatch: false },
				{ type: 'testing', pattern: 'src/testing/**', partialMatch: false }
			]
		},
		rules: {
			'boundaries/dependencies': [
				'error',
				{
					default: 'allow',
					policies: layerPolicies([
						['data'],
						['mcda'],
						['scenario'],
						['evaluation'],
						['present'],
						['ui'],
						['server'],
						['routes']
					])
				}
			]
		}
	},
	{
		ignores: [
			'build*/',
			'.svelte-kit*/',
			'node_modules/',
			'test-results*/',
			'playwright-report/',
			'tests/.output/',
			'.stryker-tmp*/',
			'reports/'
		]
	}
);

/**
 * Each layer may import itself and the layers before it, never one after it; mcda/ (pure) not even
 * data/; and nothing imports src/testing.
 */
function layerPolicies(layers) {
	const names = layers.flat();
	return layers.map((layer, i) => {
		const above = layers.slice(i + 1).flat();
		const forbidden = [...above, 'testing', ...(layer.includes('mcda') ? names.slice(0, i) : [])];
		return {
			from: { element: { types: { anyOf: layer } } },
			disallow: { to: { element: { types: { anyOf: forbidden } } } },
			message: `${layer.join('/')} may not import {{to.type}} (layers: ${names.join(' → ')})`
		};
	});
}
