/**
 * A plain Web Worker module running SMAA-2 (see smaa.ts) off the main thread:
 *
 *   const worker = new Worker(new URL('$lib/mcda/smaa-worker.ts', import.meta.url), { type: 'module' });
 *   worker.postMessage({ id, values, samples, seed, ranges });
 *
 * It posts { id, progress } (0–1) about every 5 % and then { id, result }, or { id, error } with the
 * message of a bad request. The work runs in chunks with a macrotask between them, so a newer request
 * or { cancel: id } stops an older run at the next chunk, and terminate() never waits for a long loop.
 */
import { SmaaRun, type SmaaOptions, type SmaaRanges, type SmaaResult } from './smaa';

export interface SmaaRequest {
	id: number | string;
	values: number[][];
	samples: number;
	seed: number;
	ranges?: SmaaRanges;
	confidenceSamples?: number;
	around?: SmaaOptions['around'];
}

export type SmaaMessage =
	| { id: number | string; progress: number }
	| { id: number | string; result: SmaaResult }
	| { id: number | string; error: string };

interface WorkerScope {
	onmessage: ((event: MessageEvent<SmaaRequest | { cancel: number | string }>) => void) | null;
	postMessage(message: SmaaMessage): void;
}

const scope = self as unknown as WorkerScope;
/** Only the newest request runs; an older loop sees it is stale and stops. */
let current: number | string | undefined;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function run(request: SmaaRequest): Promise<void> {
	const { id } = request;
	let job: SmaaRun;
	try {
		job = new SmaaRun(request.values, request);
	} catch (error) {
		scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
		return;
	}
	const chunk = Math.max(1, Math.ceil((job.samples + job.confidenceSamples) / 20));
	while (!job.advance(chunk)) {
		scope.postMessage({ id, progress: job.progress });
		await nextTask();
		if (current !== id) return;
	}
	scope.postMessage({ id, progress: 1 });
	scope.postMessage({ id, result: job.result() });
}

scope.onmessage = (event) => {
	const data = event.data;
	if ('cancel' in data) {
		if (current === data.cancel) current = undefined;
		return;
	}
	current = data.id;
	void run(data);
};
