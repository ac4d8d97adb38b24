import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (parallel test runs); defaults otherwise.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// $testing: fixtures and property-test support for specs and benches, outside $lib so no app
		// module can import them.
		alias: { $data: 'data', $testing: 'src/testing' },
		// The Content-Security-Policy of every page, sent as a header (so `frame-ancestors` works; a
		// <meta> cannot carry it). 'hash': SvelteKit adds the sha256 of its inline start-up script, which
		// differs per link but never per request, so a rendered page can be cached whole (a nonce never
		// may be). Browser tests fail on any violation (tests/support/csp.ts).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Our own files, plus the hash SvelteKit adds; no 'unsafe-inline', no 'unsafe-eval' (zod
				// runs jitless, src/lib/zod.ts), no other hosts.
				'script-src': ['self'],
				// Stylesheets and <style> elements: our own files only (Svelte's component CSS is built into
				// .css files; SvelteKit inlines none: inlining it, tried, made the phone's start-up task
				// longer and Lighthouse's score lower, 91–95 against 96–98).
				'style-src': ['self'],
				// Style *attributes*: Svelte renders `style:` directives (the charts' heights, computed from
				// the number of providers) as style="" attributes in the server HTML, and app.html wraps the
				// body in <div style="display: contents">. An attribute can carry neither a nonce nor a
				// hash without 'unsafe-hashes' and a list of every value, and a style attribute cannot run
				// script. (Styles that scripts set through element.style are not covered by CSP at all.)
				'style-src-attr': ['unsafe-inline'],
				// The PDF export passes chart images around as data: URLs and offers the file as a blob: URL.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// The PDF fetches its font files from our own origin; nothing else is fetched.
				'connect-src': ['self'],
				// Web Workers (analysis off the main thread) from our files or a blob: URL.
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
