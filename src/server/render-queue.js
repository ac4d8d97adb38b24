// Cold renders, limited (issue 21). Rendering a page is mostly synchronous work on the one event
// loop, and a large comparison takes hundreds of milliseconds and megabytes, so without a limit a
// burst of heavy links queues every other request behind them (one heavy link in ten took a server
// from 116 to 24 requests/s, p99 11.8 s). Renders therefore go through two lanes:
//
// - light (ordinary links, other paths): a few renders in flight, a longer queue;
// - heavy (links whose comparison is large): one render in flight, a short queue, and paced (after
//   each heavy render the lane rests as long as the render took), so heavy renders take at most
//   half of the server's time whatever arrives,
//
// so ordinary links are never queued behind heavy ones, and keep at least half of the server. A request waits in its lane's queue at most
// `maxWaitMs`; a full queue, or a wait that runs out, answers 503 with Retry-After (the client, or
// the proxy in front, tries again; a CDN keeps serving what it has). A request whose client goes
// away while queued leaves the queue. Cache hits, 304s, static files and /healthz never queue.
import { inflateRawSync } from 'node:zlib';

/**
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {{ concurrency: number, maxQueue: number, maxWaitMs: number }} LaneOptions
 */

/**
 * One lane: at most `concurrency` tasks in flight (a task is in flight until its response closes),
 * at most `maxQueue` waiting, each for at most `maxWaitMs`. With `paced`, a task starts only after
 * the lane has rested as long as its last task took, so the lane's tasks take at most half of the
 * server's time, however many arrive (the heavy lane: a stream of heavy links cannot starve the
 * ordinary ones).
 * @param {string} name
 * @param {LaneOptions & { paced?: boolean }} options
 */
export function createLane(name, { concurrency, maxQueue, maxWaitMs, paced = false }) {
	let active = 0;
	let refused = 0;
	/** When paced: the time (ms) before which no task starts. */
	let restUntil = 0;
	/** @type {NodeJS.Timeout | undefined} */
	let resting;
	/** @type {Set<{ res: Response, start: () => void }>} insertion order is queue order */
	const waiting = new Set();

	/** Starts the first waiting task if a slot is free and the lane has rested. */
	const schedule = () => {
		if (active >= concurrency || waiting.size === 0 || resting) return;
		const rest = restUntil - Date.now();
		if (rest > 0) {
			resting = setTimeout(() => {
				resting = undefined;
				schedule();
			}, rest);
			return;
		}
		waiting.values().next().value?.start();
	};

	/** @param {Response} res @param {() => void} task */
	const begin = (res, task) => {
		active++;
		const started = Date.now();
		res.once('close', () => {
			active--;
			if (paced) restUntil = Math.max(restUntil, Date.now() + (Date.now() - started));
			schedule();
		});
		task();
	};

	/**
	 * Runs `task` now or when a slot frees; answers 503 when the queue is full or the wait runs out.
	 * @param {Response} res the response the task writes (its 'close' frees the slot)
	 * @param {() => void} task
	 */
	function run(res, task) {
		if (active < concurrency && waiting.size === 0 && Date.now() >= restUntil) return begin(res, task);
		if (waiting.size >= maxQueue) return refuse(res, maxWaitMs);
		const entry = {
			res,
			start: () => {
				clearTimeout(timer);
				res.off('close', gone);
				waiting.delete(entry);
				begin(res, task);
			}
		};
		const gone = () => {
			clearTimeout(timer);
			waiting.delete(entry);
		};
		const timer = setTimeout(() => {
			gone();
			res.off('close', gone);
			refuse(res, maxWaitMs);
		}, maxWaitMs);
		res.once('close', gone);
		waiting.add(entry);
		schedule();
	}

	/** @param {Response} res @param {number} waitMs */
	function refuse(res, waitMs) {
		refused++;
		if (res.headersSent || res.destroyed) return;
		const body = `The server is busy rendering other comparisons. Try again in a few seconds.\n`;
		res.writeHead(503, {
			'content-type': 'text/plain; charset=utf-8',
			'content-length': Buffer.byteLength(body),
			'cache-control': 'no-store',
			'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000)))
		});
		res.end(body);
	}

	return {
		name,
		run,
		/** For tests and the bench. */
		stats: () => ({ active, waiting: waiting.size, refused })
	};
}

/** What the published data sets hold at most, added to a payload's own providers and criteria. */
const DATASET_PROVIDERS = 10;
const DATASET_CRITERIA = 20;

/**
 * A cheap estimate of what rendering a link costs: the cells of its comparison (providers ×
 * criteria), what the page's tables grow with. The data set's own are taken at their most; the
 * person's own are counted in the link's payload (`e`: compact JSON, raw deflate, base64url; see
 * src/lib/share/payload.ts), because a deflated payload can hide a large comparison in a short link
 * (200 providers × 77 criteria with 80-character names fit in 3,039 characters). The payload is read
 * with the app's own 512 KB cap; one that does not read costs nothing extra (the page ignores it).
 * @param {string} query the raw query string, without `?`
 * @returns {number}
 */
export function renderCells(query) {
	let providers = 0;
	let criteria = 0;
	if (query.includes('e=')) {
		try {
			const e = new URLSearchParams(query).get('e');
			if (e && /^[A-Za-z0-9_-]+$/.test(e)) {
				const text = inflateRawSync(Buffer.from(e, 'base64url'), { maxOutputLength: 512 * 1024 });
				const edits = JSON.parse(text.toString('utf8'));
				if (Array.isArray(edits?.providers)) providers = edits.providers.length;
				if (Array.isArray(edits?.criteria)) criteria = edits.criteria.length;
			}
		} catch {
			// Damaged, over the cap or not JSON: the page ignores it and says so.
		}
	}
	return (providers + DATASET_PROVIDERS) * (criteria + DATASET_CRITERIA);
}
