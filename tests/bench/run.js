// `npm run bench`: builds the app if needed, starts it on a free local port, and prints every
// figure the issues ask for. Times are reported, never asserted.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserBench } from './browser.js';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const base = `http://127.0.0.1:${PORT}`;

if (!existsSync('build/index.js')) execSync('npx vite build', { stdio: 'inherit' });
execSync('npx vitest run --config tests/bench/vitest.config.ts', { stdio: 'inherit' });

const server = spawn('node', ['build'], { env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' } });
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	await browserBench(base);
	for (const extra of ['./share.bench.js', './pdf.bench.js']) {
		if (!existsSync(new URL(extra, import.meta.url))) continue;
		const mod = await import(extra);
		await mod.default?.(base);
	}
} finally {
	server.kill();
}
