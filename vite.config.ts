import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';
import type { Dataset } from './src/lib/data/schema.ts';
import { defineConfig } from 'vitest/config';
import { parseTimeline } from './src/lib/data/timeline.ts';
import { parseDataset } from './src/lib/data/validate.ts';
import { parseStory } from './src/lib/data/story.ts';
import { splitProvenance } from './src/lib/data/provenance.ts';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Fails `vite build` (and dev start-up) with the file, field path and problem when a data set in
 * `data/` or a timeline in `data/history/` is broken, or a timeline names a provider or hypervisor
 * that the newest version of its data set does not have.
 */
function validateData(): Plugin {
	return {
		name: 'cloud-scorecard:validate-data',
		buildStart() {
			const datasets = readdirSync('data')
				.filter((f) => f.endsWith('.json'))
				.map((f) => parseDataset(`data/${f}`, readJson(`data/${f}`)));
			for (const file of readdirSync('data/stories').filter((f) => f.endsWith('.story.json')))
				parseStory(`data/stories/${file}`, readJson(`data/stories/${file}`));
			for (const file of readdirSync('data/history').filter((f) => f.endsWith('.timeline.json'))) {
				const datasetId = file.replace(/\.timeline\.json$/, '');
				const latest = datasets
					.filter((d) => d.id === datasetId)
					.sort((a, b) => a.version - b.version)
					.at(-1);
				const ids = latest && new Set([...latest.providers, ...latest.hypervisors].map((x) => x.id));
				parseTimeline(`data/history/${file}`, readJson(`data/history/${file}`), ids ?? new Set());
			}
		}
	};
}

/**
 * A data set file's two parts for the browser (src/lib/data/catalogue.ts): `/data/<file>.json?values`
 * is the file without its values' provenance text, `?provenance` that text alone, both cut from the
 * one file in `data/` (src/lib/data/provenance.ts).
 */
function splitDatasets(): Plugin {
	const part = /^(.*[\\/]data[\\/][^\\/]+\.json)\?(values|provenance)$/;
	return {
		name: 'cloud-scorecard:split-datasets',
		enforce: 'pre',
		load(id) {
			const match = part.exec(id);
			if (!match) return null;
			this.addWatchFile(match[1]!);
			// The file as it is (validateData checked it), as the browser received it whole before.
			const split = splitProvenance(readJson(match[1]!) as Dataset);
			const json = JSON.stringify(match[2] === 'values' ? split.values : split.provenance);
			// An object literal, as Vite writes a JSON module; one key would mean otherwise in it.
			if (json.includes('"__proto__"')) throw new Error(`${match[1]}: a key "__proto__"`);
			return { code: `export default ${json};`, map: null };
		}
	};
}

/**
 * The browser's start-up code in one chunk: everything `/` imports at once (its components, the
 * core, Svelte and SvelteKit) rather than a dozen chunks split along what the lazy parts share.
 * One file compresses better (7 KB less brotli on `/`) and arrives in one request. Pages of their
 * own (`src/routes/<folder>/`) keep their own chunks; what loads later (Chart.js, the PDF, the
 * editors, the sections below the first screen in routes/parts.ts) stays apart: findHomeModules
 * follows static imports only, so a component imported only through a `LazyPart` is not in it. `npm run bench` prints the first load; tests/first-load.test.ts guards it.
 */
const startChunk = (id: string) =>
	(/[\\/](node_modules|src[\\/]lib|data)[\\/]/.test(id) || /[\\/]src[\\/]routes[\\/][^\\/]+$/.test(id)) &&
	(!homeModules.size || homeModules.has(id));

/**
 * The modules `/` imports at once (static imports from its page, its layout, its error page and
 * SvelteKit's client entry), found once the client's module graph is complete. Rolldown's
 * `$initial` tag also marks what the other pages (`/d/…`, the group decision) import at once, and
 * those rode in `/`'s start chunk (the group decision's model and client, 2.3 KB brotli); now only
 * these join it.
 */
const homeModules = new Set<string>();
function findHomeModules(): Plugin {
	return {
		name: 'cloud-scorecard:home-modules',
		apply: 'build',
		buildEnd() {
			if (this.environment.name !== 'client') return;
			homeModules.clear();
			// `/`'s page and layout, SvelteKit's client, the root error page (SvelteKit's node 1).
			const home =
				/[\\/]src[\\/]routes[\\/]\+(page|layout)\.(svelte|ts)$|[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$|[\\/]generated[\\/]client[^\\/]*[\\/](app|nodes[\\/][01])\.js$/;
			const stack = [...this.getModuleIds()].filter((id) => home.test(id));
			for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
				if (homeModules.has(id)) continue;
				homeModules.add(id);
				stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
		}
	};
}

/**
 * One stylesheet for `/`: the start chunk's CSS and that of every chunk it imports, at once or
 * later (the sections below the first screen, the editors), joined in one file. The server renders
 * those lazy parts too, so SvelteKit links all their stylesheets in the page's head, where each
 * held up the first paint as a request of its own (seven on `/`: issue 16, a phone's first paint).
 * The chunks then name the joined file as their CSS, so a part loaded later asks for nothing more.
 */
function oneStylesheet(): Plugin {
	return {
		name: 'cloud-scorecard:one-stylesheet',
		apply: 'build',
		// After Vite has written each chunk's CSS, before its manifest and preload lists read them.
		enforce: 'post',
		generateBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			const chunk = (file: string) => {
				const c = bundle[file];
				return c?.type === 'chunk' ? c : undefined;
			};
			const start = Object.values(bundle).find(
				(c): c is Rolldown.OutputChunk => c.type === 'chunk' && c.name === 'start'
			);
			if (!start) return;
			const reached: Rolldown.OutputChunk[] = [];
			for (const queue = [start]; queue.length;) {
				const next = queue.shift()!;
				if (reached.includes(next)) continue;
				reached.push(next);
				for (const file of [...next.imports, ...next.dynamicImports]) {
					const c = chunk(file);
					if (c) queue.push(c);
				}
			}
			const files = [...new Set(reached.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))];
			if (files.length < 2) return;
			const source = files
				.map((file) => {
					const asset = bundle[file];
					return asset?.type === 'asset' ? String(asset.source) : '';
				})
				.join('\n');
			const joined = this.getFileName(this.emitFile({ type: 'asset', name: 'start.css', source }));
			for (const c of reached)
				if (c.viteMetadata?.importedCss.size) c.viteMetadata.importedCss = new Set([joined]);
			// A file no other chunk still names is gone from the build.
			const named = new Set(
				Object.values(bundle).flatMap((c) =>
					c.type === 'chunk' ? [...(c.viteMetadata?.importedCss ?? [])] : []
				)
			);
			for (const file of files) if (!named.has(file)) delete bundle[file];
		}
	};
}

export default defineConfig({
	plugins: [validateData(), splitDatasets(), findHomeModules(), oneStylesheet(), sveltekit()],
	environments: {
		client: {
			build: {
				rolldownOptions: {
					output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'], test: startChunk }] } }
				}
			}
		}
	},
	test: {
		// A test that asserts nothing fails instead of passing silently (inherited by both projects).
		expect: { requireAssertions: true },
		// Every published data set registered at once (the page loads them one at a time).
		setupFiles: ['tests/setup-datasets.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					environment: 'node'
				}
			},
			{
				// Rune classes (`$state`, `$derived`, `$effect`) tested in Node: the `.svelte.` in the file
				// name makes the Svelte plugin compile the spec's own runes too.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.spec.ts'],
					environment: './tests/support/runes-environment.ts',
					// Through Vite (browser conditions), not Node's loader: one client runtime for all.
					server: { deps: { inline: ['svelte', 'esm-env'] } }
				}
			}
		]
	}
});
