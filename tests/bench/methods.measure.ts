// Decision core methods (issue 10): TOPSIS on 1000 × 50 in Node next to the same computation
// vectorised in numpy (python3 subprocess, same matrix), and SMAA-2 with 10,000 samples at 6 × 17 and
// 200 × 40, in the main thread and in the Web Worker driver (run in a Node worker thread with a `self`
// shim). Prints figures; asserts nothing about time. `npm run bench` runs it with the other
// *.measure.ts files, or alone:
//   npx vitest run --config tests/bench/vitest.config.ts tests/bench/methods.measure.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { test } from 'vitest';
import type { Direction } from '../../src/lib/mcda';
import { seededRandom, smaa, topsis } from '../../src/lib/mcda';
import { ms, summary } from './stats.js';

const t = (n: number | undefined) => ms(n ?? NaN);

function randomProblem(m: number, n: number, seed: number) {
	const random = seededRandom(seed);
	return {
		matrix: Array.from({ length: m }, () => Array.from({ length: n }, () => 1 + 99 * random())),
		weights: Array.from({ length: n }, () => random()),
		directions: Array.from({ length: n }, (_, j): Direction => (j % 3 === 0 ? -1 : 1))
	};
}

const NUMPY_TOPSIS = `
import json, sys, time
import numpy as np
p = json.load(sys.stdin)
X = np.array(p["matrix"]); w = np.array(p["weights"]); d = np.array(p["directions"])
def topsis(X, w, d):
    w = w / w.sum()
    R = X / np.linalg.norm(X, axis=0)
    R = np.where(d == 1, R, 1 - R)
    V = R * w
    plus = np.sqrt(((V - V.max(axis=0)) ** 2).sum(axis=1))
    minus = np.sqrt(((V - V.min(axis=0)) ** 2).sum(axis=1))
    return minus / (plus + minus)
for _ in range(30): topsis(X, w, d)
times = []
for _ in range(p["runs"]):
    t0 = time.perf_counter(); c = topsis(X, w, d); times.append((time.perf_counter() - t0) * 1000)
print(json.dumps({"times": times, "closeness": c.tolist(), "numpy": np.__version__}))
`;

test('TOPSIS 1000 x 50: Node vs numpy', () => {
	// 200 runs after 30 warm-ups: the median wanders on a loaded machine, the fastest run much less,
	// so both ratios are printed.
	const runs = 200;
	const { matrix, weights, directions } = randomProblem(1000, 50, 10);
	let closeness: number[] = [];
	for (let i = 0; i < 30; i++) topsis(matrix, weights, directions); // warm the JIT
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		closeness = topsis(matrix, weights, directions);
		times.push(performance.now() - start);
	}
	const node = summary(times);
	console.log(`BENCH topsis 1000x50 node: runs ${node.n}, median ${t(node.median)}, p95 ${t(node.p95)}`);
	let py: { times: number[]; closeness: number[]; numpy: string };
	try {
		py = JSON.parse(
			execFileSync('python3', ['-c', NUMPY_TOPSIS], {
				input: JSON.stringify({ matrix, weights, directions, runs }),
				maxBuffer: 64 * 1024 * 1024
			}).toString()
		);
	} catch (error) {
		console.log(`BENCH topsis 1000x50 numpy: not run (${(error as Error).message.split('\n')[0]})`);
		return;
	}
	const np = summary(py.times);
	const gap = Math.max(...closeness.map((c, i) => Math.abs(c - (py.closeness[i] ?? NaN))));
	console.log(
		`BENCH topsis 1000x50 numpy ${py.numpy}: runs ${np.n}, median ${t(np.median)}, p95 ${t(np.p95)}; ` +
			`max |Δ closeness| ${gap.toExponential(1)}`
	);
	console.log(
		`BENCH topsis 1000x50 ratio node/numpy: median ${((node.median ?? NaN) / (np.median ?? NaN)).toFixed(2)}, ` +
			`p95 ${((node.p95 ?? NaN) / (np.p95 ?? NaN)).toFixed(2)}, ` +
			`fastest ${(Math.min(...times) / Math.min(...py.times)).toFixed(2)} (budget: within 2×)`
	);
});

const SMAA_SAMPLES = 10_000;
const sizes: [number, number][] = [
	[6, 17],
	[200, 40]
];

/** Value scores 0–100, with a share of the cells unknown (drawn in 0–100 per sample). */
function smaaProblem(m: number, n: number, unknownShare: number) {
	const random = seededRandom(m * 1000 + n);
	const values = Array.from({ length: m }, () => Array.from({ length: n }, () => 100 * random()));
	const unknown = values.map((row) => row.map(() => random() < unknownShare));
	return {
		values,
		ranges: {
			low: values.map((row, i) => row.map((v, j) => (unknown[i]![j] ? 0 : v))),
			high: values.map((row, i) => row.map((v, j) => (unknown[i]![j] ? 100 : v)))
		}
	};
}

test('SMAA-2, 10,000 samples, main thread', () => {
	for (const [m, n] of sizes) {
		const { values, ranges } = smaaProblem(m, n, 0.1);
		smaa(values, { samples: 500, seed: 1 }); // warm-up
		for (const [label, opts] of [
			['exact values', { samples: SMAA_SAMPLES, seed: 1 }],
			['10% of values unknown', { samples: SMAA_SAMPLES, seed: 1, ranges }]
		] as const) {
			const times: number[] = [];
			for (let i = 0; i < 3; i++) {
				const start = performance.now();
				smaa(values, opts);
				times.push(performance.now() - start);
			}
			const s = summary(times);
			console.log(
				`BENCH smaa ${m}x${n} ${label} (node, main thread): median of 3 ${t(s.median)}, max ${t(s.max)}`
			);
		}
	}
});

/**
 * The worker driver as the browser would run it: smaa-worker.ts and its imports transpiled to plain
 * JS and started in a worker thread whose `self` forwards to the thread's port.
 */
test('SMAA-2, 10,000 samples, through the worker driver', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'smaa-worker-'));
	try {
		for (const name of ['random', 'smaa', 'smaa-worker']) {
			const source = readFileSync(`src/lib/mcda/${name}.ts`, 'utf8');
			const js = ts.transpileModule(source, {
				compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
			}).outputText;
			writeFileSync(join(dir, `${name}.mjs`), js.replace(/from '\.\/([\w-]+)'/g, "from './$1.mjs'"));
		}
		writeFileSync(
			join(dir, 'boot.mjs'),
			`import { parentPort } from 'node:worker_threads';
globalThis.self = { onmessage: null, postMessage: (m) => parentPort.postMessage(m) };
parentPort.on('message', (data) => globalThis.self.onmessage({ data }));
await import(${JSON.stringify(pathToFileURL(join(dir, 'smaa-worker.mjs')).href)});
parentPort.postMessage('ready');`
		);
		for (const [m, n] of sizes) {
			const { values } = smaaProblem(m, n, 0);
			const worker = new Worker(join(dir, 'boot.mjs'));
			await new Promise((resolve) => worker.once('message', resolve));
			const start = performance.now();
			let progressMessages = 0;
			await new Promise<void>((resolve, reject) => {
				worker.on(
					'message',
					(message: { id: number; progress?: number; result?: unknown; error?: string }) => {
						if (message.progress !== undefined) progressMessages++;
						if (message.error) reject(new Error(message.error));
						if (message.result) resolve();
					}
				);
				worker.postMessage({ id: 1, values, samples: SMAA_SAMPLES, seed: 1 });
			});
			const elapsed = performance.now() - start;
			await worker.terminate();
			console.log(
				`BENCH smaa ${m}x${n} exact values (worker driver, first run incl. JIT warm-up): ${t(elapsed)}, ` +
					`${progressMessages} progress messages`
			);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
