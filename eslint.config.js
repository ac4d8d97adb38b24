import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
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
