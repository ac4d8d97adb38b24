// `npm run bench`: builds the app if needed, starts it on a free local port (our production server,
// src/server/main.js), and prints every figure the issues ask for. Times are reported, never asserted.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserBench, ownDataBench } from './browser.js';
import { withServer } from './server.js';

if (!existsSync(`${process.env.BUILD_DIR ?? 'build'}/index.js`))
	execSync('npx vite build', { stdio: 'inherit' });
execSync('npx vitest run --config tests/bench/vitest.config.ts', { stdio: 'inherit' });

await withServer(async (origin, pid) => {
	await browserBench(origin);
	await ownDataBench(origin);
	for (const extra of [
		'./first-load.js',
		'./share.bench.js',
		'./render.bench.js',
		'./pdf.bench.js',
		'./serve.bench.js',
		'./heavy.bench.js',
		'./lighthouse.js',
		'./methods.bench.js',
		'./grid.bench.js'
	]) {
		const mod = await import(extra);
		await mod.default(origin, pid);
	}
});
