import { afterEach, describe, expect, it, vi } from 'vitest';
import { smaa, smaaWithRanges, SmaaRun, type SmaaResult } from './smaa';
import type { SmaaMessage, SmaaRequest } from './smaa-worker';

/**
 * Tolerances: a share p estimated from N samples has standard error √(p(1 − p)/N) ≤ 0.5/√N; with
 * N = 40,000 that is ≤ 0.0025, and the checks allow 4 standard errors (0.01). Means of weights that
 * lie in an interval of width d have standard error ≤ (d/√12)/√(N·p).
 */
const N = 40_000;
const SHARE = 4 * 0.5 * Math.sqrt(1 / N);

const rowSums = (r: SmaaResult) => r.acceptability.map((row) => row.reduce((s, x) => s + x, 0));
const columnSums = (r: SmaaResult) =>
	r.acceptability[0]!.map((_, k) => r.acceptability.reduce((s, row) => s + row[k]!, 0));

describe('smaa', () => {
	it('two alternatives, each best on one criterion: first half the time each', () => {
		// w = (t, 1 − t) with t uniform on [0, 1] (Dirichlet(1, 1)). A = (1, 0) scores t, B = (0, 1) 1 − t:
		// A first when t > ½, probability ½; A's central weight = E[t | t > ½] = 0.75 → (0.75, 0.25).
		const r = smaa(
			[
				[1, 0],
				[0, 1]
			],
			{ samples: N, seed: 1 }
		);
		expect(Math.abs(r.acceptability[0]![0]! - 0.5)).toBeLessThan(SHARE);
		expect(Math.abs(r.acceptability[1]![0]! - 0.5)).toBeLessThan(SHARE);
		const tolerance = (4 * (0.5 / Math.sqrt(12))) / Math.sqrt(N / 2);
		expect(Math.abs(r.centralWeights[0]![0]! - 0.75)).toBeLessThan(tolerance);
		expect(Math.abs(r.centralWeights[1]![1]! - 0.75)).toBeLessThan(tolerance);
		expect(r.confidence).toEqual([1, 1]);
	});

	it('three alternatives: the acceptabilities are the lengths of the weight intervals', () => {
		// A (1, 0) = t, B (0, 1) = 1 − t, C (0.6, 0.6) = 0.6, t uniform on [0, 1]:
		// C first for t ∈ [0.4, 0.6] (0.2); A first for t > 0.6 (0.4), B for t < 0.4 (0.4).
		// A last for t < 0.5 (0.5) → A second 0.1; B alike; C second 0.8, never last.
		// Central weights: A E[t | t > 0.6] = 0.8 → (0.8, 0.2); C (0.5, 0.5); B (0.2, 0.8).
		const r = smaa(
			[
				[1, 0],
				[0, 1],
				[0.6, 0.6]
			],
			{ samples: N, seed: 7 }
		);
		const expected = [
			[0.4, 0.1, 0.5],
			[0.4, 0.1, 0.5],
			[0.2, 0.8, 0]
		];
		expected.forEach((row, i) =>
			row.forEach((p, k) => expect(Math.abs(r.acceptability[i]![k]! - p)).toBeLessThan(SHARE))
		);
		const tolerance = (4 * (0.4 / Math.sqrt(12))) / Math.sqrt(N * 0.2);
		[
			[0.8, 0.2],
			[0.2, 0.8],
			[0.5, 0.5]
		].forEach((w, i) =>
			w.forEach((x, j) => expect(Math.abs(r.centralWeights[i]![j]! - x)).toBeLessThan(tolerance))
		);
		expect(r.confidence).toEqual([1, 1, 1]);
		rowSums(r).forEach((s) => expect(s).toBeCloseTo(1, 12));
		columnSums(r).forEach((s) => expect(s).toBeCloseTo(1, 12));
	});

	it('weights around a centre: the acceptabilities are areas of the box of weights (hand calculation)', () => {
		// Centre (0.6, 0.4), spread 0.25: before rescaling, x = w₁ is uniform on [0.45, 0.75] and y = w₂ on
		// [0.3, 0.5] (rescaling to a sum of 1 changes no ranking). A = (1, 0) scores x, B = (0, 1) y, so B
		// is first when y > x, which needs x < 0.5:
		// P(y > x) = ∫_{0.45}^{0.5} (0.5 − x)/0.2 dx / 0.3 = (0.05²/2)/(0.2 · 0.3) = 0.00125/0.06 = 1/48.
		// A third criterion with centre weight 0, on which B is far better, must change nothing.
		const r = smaa(
			[
				[1, 0, 0],
				[0, 1, 1]
			],
			{ samples: N, seed: 3, around: { centre: [60, 40, 0], spread: 0.25 } }
		);
		expect(Math.abs(r.acceptability[1]![0]! - 1 / 48)).toBeLessThan(SHARE);
		expect(Math.abs(r.acceptability[0]![0]! - 47 / 48)).toBeLessThan(SHARE);
		r.centralWeights.forEach((w) => expect(w[2]).toBe(0));
		// Every weight drawn stays within ±25 % of the centre's before rescaling, so A's central weight
		// on the first criterion lies in (0.45/(0.45 + 0.5), 0.75/(0.75 + 0.3)).
		expect(r.centralWeights[0]![0]).toBeGreaterThan(0.45 / 0.95);
		expect(r.centralWeights[0]![0]).toBeLessThan(0.75 / 1.05);
	});

	it('a spread of 0 is the centre itself: one ranking every time', () => {
		const r = smaa(
			[
				[1, 0],
				[0, 1]
			],
			{ samples: 200, seed: 3, around: { centre: [0.51, 0.49], spread: 0 } }
		);
		expect(r.acceptability).toEqual([
			[1, 0],
			[0, 1]
		]);
	});

	it('refuses a centre that does not fit', () => {
		const values = [
			[1, 0],
			[0, 1]
		];
		expect(() => smaa(values, { samples: 10, seed: 1, around: { centre: [1], spread: 0.25 } })).toThrow(
			/centre has 1 weights, expected 2/
		);
		expect(() => smaa(values, { samples: 10, seed: 1, around: { centre: [0, 0], spread: 0.25 } })).toThrow(
			/at least one above 0/
		);
		expect(() => smaa(values, { samples: 10, seed: 1, around: { centre: [1, 1], spread: 2 } })).toThrow(
			/spread should be between 0 and 1/
		);
	});

	it('is repeatable with a seed and differs with another', () => {
		const values = [
			[3, 1, 4],
			[1, 5, 9],
			[2, 6, 5],
			[3, 5, 8]
		];
		expect(smaa(values, { samples: 500, seed: 42 })).toEqual(smaa(values, { samples: 500, seed: 42 }));
		expect(smaa(values, { samples: 500, seed: 42 })).not.toEqual(smaa(values, { samples: 500, seed: 43 }));
	});

	it('identical alternatives share their places equally; one never first gets zero weights and confidence', () => {
		const r = smaa(
			[
				[5, 5],
				[5, 5],
				[1, 1]
			],
			{ samples: 1000, seed: 3 }
		);
		expect(r.acceptability).toEqual([
			[0.5, 0.5, 0],
			[0.5, 0.5, 0],
			[0, 0, 1]
		]);
		expect(r.centralWeights[2]).toEqual([0, 0]);
		// At its central weights each duplicate ties for first: 1/2.
		expect(r.confidence).toEqual([0.5, 0.5, 0]);
	});

	it('uncertain values: first-place share against a hand integral', () => {
		// A = (u, 0) with u uniform on [0, 1], B = (0, 0.5), weights (t, 1 − t). A first when tu > (1 − t)/2:
		// P = ∫_{1/3}^{1} (1 − (1 − t)/(2t)) dt = 1 − ln(3)/2 = 0.450694.
		const r = smaa(
			[
				[0, 0],
				[0, 0.5]
			],
			{
				samples: N,
				seed: 11,
				ranges: {
					low: [
						[0, 0],
						[0, 0.5]
					],
					high: [
						[1, 0],
						[0, 0.5]
					]
				}
			}
		);
		expect(Math.abs(r.acceptability[0]![0]! - (1 - Math.log(3) / 2))).toBeLessThan(SHARE);
		rowSums(r).forEach((s) => expect(s).toBeCloseTo(1, 12));
	});

	it('confidence with uncertain values: the probability of staying first at the central weights', () => {
		// One criterion, so every weight vector is (1) and it is every alternative's central weight.
		// A = 0.5 exactly, B uniform on [0, 1]: each first half the time, confidence ½ each.
		const r = smaaWithRanges([[0.5], [0]], [[0.5], [1]], { samples: N, seed: 5 });
		expect(Math.abs(r.acceptability[0]![0]! - 0.5)).toBeLessThan(SHARE);
		r.confidence.forEach((c) => expect(Math.abs(c - 0.5)).toBeLessThan(SHARE));
		expect(r.centralWeights).toEqual([[1], [1]]);
	});

	it('runs in steps with progress, and steps give the same answer as one go', () => {
		const values = [
			[1, 2],
			[2, 1],
			[1.5, 1.5]
		];
		const run = new SmaaRun(values, { samples: 1000, seed: 9 });
		const seen: number[] = [];
		while (!run.advance(100)) seen.push(run.progress);
		expect(seen).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
		expect(run.progress).toBe(1);
		expect(run.result()).toEqual(smaa(values, { samples: 1000, seed: 9 }));
	});

	it('refuses a bad sample count and a ragged matrix', () => {
		expect(() => smaa([[1]], { samples: 0, seed: 1 })).toThrow('samples should be a whole number ≥ 1');
		expect(() => smaa([[1, 2], [1]], { samples: 10, seed: 1 })).toThrow('row 2 has 1 values, expected 2.');
	});
});

describe('smaa-worker', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	async function startWorker() {
		const posted: SmaaMessage[] = [];
		const scope: {
			onmessage: ((event: { data: SmaaRequest | { cancel: number | string } }) => void) | null;
			postMessage: (m: SmaaMessage) => void;
		} = { onmessage: null, postMessage: (m) => posted.push(m) };
		vi.stubGlobal('self', scope);
		await import('./smaa-worker');
		const send = (data: SmaaRequest | { cancel: number | string }) => scope.onmessage!({ data });
		return { posted, send };
	}
	const values = [
		[1, 0],
		[0, 1],
		[0.6, 0.6]
	];

	it('posts progress about every 5 % and then the same result as smaa()', async () => {
		const { posted, send } = await startWorker();
		send({ id: 'a', values, samples: 2000, seed: 4 });
		await vi.waitFor(() => expect(posted.some((m) => 'result' in m)).toBe(true));
		const progress = posted.flatMap((m) => ('progress' in m ? [m.progress] : []));
		expect(progress.length).toBeGreaterThanOrEqual(19);
		expect(progress.at(-1)).toBe(1);
		expect(posted.at(-1)).toEqual({ id: 'a', result: smaa(values, { samples: 2000, seed: 4 }) });
	});

	it('a newer request or a cancel stops the older run between chunks', async () => {
		const { posted, send } = await startWorker();
		send({ id: 1, values, samples: 2000, seed: 4 });
		send({ id: 2, values, samples: 100, seed: 4 });
		await vi.waitFor(() => expect(posted.some((m) => 'result' in m && m.id === 2)).toBe(true));
		await new Promise((r) => setTimeout(r, 20));
		expect(posted.some((m) => 'result' in m && m.id === 1)).toBe(false);

		send({ id: 3, values, samples: 2000, seed: 4 });
		send({ cancel: 3 });
		await new Promise((r) => setTimeout(r, 50));
		expect(posted.filter((m) => m.id === 3)).toHaveLength(1); // one progress message, no more
	});

	it('answers a bad request with an error message', async () => {
		const { posted, send } = await startWorker();
		send({ id: 'x', values, samples: -1, seed: 4 });
		expect(posted).toEqual([
			{ id: 'x', error: 'samples should be a whole number ≥ 1, but its value is -1.' }
		]);
	});
});
