// Decide together (issue 20), measured against the production server on its own database:
// 200 participants answering one decision at once (each answer a request of its own, all sent
// together: p50, p99 and max of the answer request, and every error or non-201), then the
// facilitator's page with 200 answers: the server's render of /d/<id>/facilitate, its request for
// the answers (GET /d/<id>/answers), and the group result the page computes from them (group
// weights, ranking, robustness, agreement; timed here in Node, the same code the browser runs).
// PGlite in a temporary DATA_DIR, and PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL,
// or DATABASE_URL) is set. Reported, never asserted. Run alone (after `npx vite build`):
//
//   npx vitest run --config tests/bench/vitest.config.ts tests/bench/decide.measure.ts
//
// (env: DECIDE_BENCH_PORT, default 4396).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { latestDataset } from '../../src/lib/data/datasets';
import { groupDecision } from '../../src/lib/evaluation/group-decision';
import { groupView } from '../../src/lib/present/group-decision';
import { decodeScenario } from '../../src/lib/share/codec';
import { FacilitatorViewSchema } from '../../src/lib/share/decision';
import { untilReady } from './server.js';

const PORT = Number(process.env.DECIDE_BENCH_PORT ?? 4396);
const origin = `http://127.0.0.1:${PORT}`;
const PARTICIPANTS = 200;
const REPEATS = 20;
const HEADERS = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const figures = (times: number[]) => {
	const sorted = [...times].sort((a, b) => a - b);
	return {
		p50: Math.round(percentile(sorted, 50)),
		p99: Math.round(percentile(sorted, 99)),
		max: Math.round(sorted.at(-1)!)
	};
};
const ms = (f: ReturnType<typeof figures>) => `p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const value = await work();
	return [value, performance.now() - start];
}

async function bench(kind: 'PGlite' | 'PostgreSQL', databaseUrl?: string) {
	const dataDir = mkdtempSync(join(tmpdir(), 'scorecard-decide-bench-'));
	const server = spawn(process.execPath, ['src/server/main.js'], {
		env: {
			...process.env,
			BUILD_DIR: process.env.BUILD_DIR ?? 'build',
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DECISIONS_PER_MINUTE: '100000',
			ANSWERS_PER_MINUTE: '100000',
			...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir })
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await untilReady(origin);
		const dataset = latestDataset();
		const ids = dataset.criteria.map((c) => c.id);
		const query = `v=2&d=${dataset.id}.${dataset.version}&w=${ids.map(() => 50).join(',')}`;
		const created = await fetch(`${origin}/d`, {
			method: 'POST',
			headers: HEADERS,
			body: JSON.stringify({ query })
		});
		expect(created.status).toBe(201);
		const { id, token } = (await created.json()) as { id: string; token: string };

		/** What went wrong, if anything: "status body" → count. */
		const problems = new Map<string, number>();
		// Everyone at once: 200 requests sent together, each its own participant with their own weights.
		const answers = await Promise.all(
			Array.from({ length: PARTICIPANTS }, (_, p) =>
				timed(() =>
					fetch(`${origin}/d/${id}/answers`, {
						method: 'POST',
						headers: HEADERS,
						body: JSON.stringify({
							name: `Participant ${p + 1}`,
							weights: {
								weighting: 'direct',
								weights: Object.fromEntries(ids.map((c, j) => [c, (p * 7 + j * 13) % 101]))
							}
						})
					}).then(
						async (r) => {
							if (r.status !== 201)
								problems.set(
									`${r.status} ${await r.text()}`.slice(0, 300),
									(problems.get(`${r.status}`) ?? 0) + 1
								);
							return r.status;
						},
						(error: unknown) => {
							problems.set(String(error).slice(0, 300), 1);
							return 0;
						}
					)
				)
			)
		);
		const failed = answers.filter(([status]) => status !== 201).length;
		for (const [problem] of problems) console.log(`  not answered: ${problem}`);
		const answer = figures(answers.map(([, t]) => t));

		const page = [];
		const list = [];
		let body: unknown;
		for (let i = 0; i < REPEATS; i++) {
			const [, pageTime] = await timed(() =>
				fetch(`${origin}/d/${id}/facilitate`, { headers: { accept: 'text/html' } }).then((r) => r.text())
			);
			page.push(pageTime);
			const [json, listTime] = await timed(() =>
				fetch(`${origin}/d/${id}/answers`, { headers: { authorization: `Bearer ${token}` } }).then((r) =>
					r.json()
				)
			);
			list.push(listTime);
			body = json;
		}
		const view = FacilitatorViewSchema.parse(body);
		expect(view.answers).toHaveLength(PARTICIPANTS - failed);
		const { scenario, dataset: base } = decodeScenario(query);
		const compute = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			const result = groupDecision(
				scenario,
				base,
				view.answers.map((a) => a.weights)
			);
			groupView(result, view.answers);
			compute.push(performance.now() - start);
		}
		const bytes = JSON.stringify(body).length;
		console.log(
			`BENCH decide together on ${kind} (${dataset.id} v${dataset.version}, ${ids.length} criteria):`
		);
		console.log(
			`  ${PARTICIPANTS} participants answering at once (POST /d/<id>/answers)  ${ms(answer)}, ${failed} errors or non-201`
		);
		console.log(`  facilitator page /d/<id>/facilitate, server render (${REPEATS}x)  ${ms(figures(page))}`);
		console.log(
			`  facilitator's answers GET /d/<id>/answers, ${view.answers.length} answers, ${bytes} bytes (${REPEATS}x)  ${ms(figures(list))}`
		);
		console.log(
			`  group result from ${view.answers.length} answers (in the page; here in Node, 5x)  ${ms(figures(compute))}`
		);
		console.log(
			`DECIDE_BENCH ${JSON.stringify({ kind, answer, failed, page: figures(page), list: figures(list), compute: figures(compute) })}`
		);
	} finally {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	}
}

test(
	'decide together: 200 answers at once, the facilitator’s page with 200 answers',
	{ timeout: 900_000 },
	async () => {
		await bench('PGlite');
		const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
		if (url) await bench('PostgreSQL', url);
	}
);
