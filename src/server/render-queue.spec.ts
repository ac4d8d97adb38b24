import { EventEmitter } from 'node:events';
import { deflateRawSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { expect, test, vi } from 'vitest';
import { createLane, renderCells } from './render-queue.js';

/** Enough of a ServerResponse for the lane: 'close' events, and what a refusal writes. */
function response() {
	const res = Object.assign(new EventEmitter(), {
		headersSent: false,
		destroyed: false,
		status: 0,
		headers: {} as Record<string, unknown>,
		body: '',
		writeHead(status: number, headers: Record<string, unknown>) {
			res.status = status;
			res.headers = headers;
			res.headersSent = true;
		},
		end(body?: string) {
			res.body = body ?? '';
			res.emit('close');
		}
	});
	return res;
}
const asRes = (r: ReturnType<typeof response>) => r as unknown as ServerResponse;

test('a lane runs at most `concurrency` tasks, queues the next and refuses past the queue', () => {
	const lane = createLane('light', { concurrency: 2, maxQueue: 2, maxWaitMs: 60_000 });
	const started: number[] = [];
	const responses = Array.from({ length: 5 }, response);
	responses.forEach((r, i) => lane.run(asRes(r), () => started.push(i)));
	expect(started).toEqual([0, 1]);
	expect(lane.stats()).toEqual({ active: 2, waiting: 2, refused: 1 });
	expect(responses[4]!.status).toBe(503);
	expect(responses[4]!.headers['retry-after']).toBe('60');
	expect(responses[4]!.headers['cache-control']).toBe('no-store');
	// A task is done when its response closes: the first in the queue starts.
	responses[0]!.emit('close');
	expect(started).toEqual([0, 1, 2]);
	responses[1]!.emit('close');
	expect(started).toEqual([0, 1, 2, 3]);
	expect(lane.stats()).toEqual({ active: 2, waiting: 0, refused: 1 });
});

test('a request waits at most maxWaitMs, and leaves the queue when its client goes', () => {
	vi.useFakeTimers();
	try {
		const lane = createLane('heavy', { concurrency: 1, maxQueue: 4, maxWaitMs: 3000 });
		const [busy, gone, timed] = [response(), response(), response()];
		const started: string[] = [];
		lane.run(asRes(busy), () => started.push('busy'));
		lane.run(asRes(gone), () => started.push('gone'));
		lane.run(asRes(timed), () => started.push('timed'));
		gone.emit('close'); // the client hung up while waiting
		expect(lane.stats().waiting).toBe(1);
		vi.advanceTimersByTime(3001);
		expect(timed.status).toBe(503);
		expect(timed.headers['retry-after']).toBe('3');
		busy.emit('close');
		expect(started).toEqual(['busy']);
		expect(lane.stats()).toEqual({ active: 0, waiting: 0, refused: 1 });
	} finally {
		vi.useRealTimers();
	}
});

test('a paced lane rests as long as its last task took before the next starts', () => {
	vi.useFakeTimers();
	try {
		const lane = createLane('heavy', { concurrency: 1, maxQueue: 4, maxWaitMs: 60_000, paced: true });
		const [a, b, c] = [response(), response(), response()];
		const started: string[] = [];
		lane.run(asRes(a), () => started.push('a'));
		lane.run(asRes(b), () => started.push('b'));
		vi.advanceTimersByTime(800); // a takes 800 ms
		a.emit('close');
		expect(started).toEqual(['a']);
		vi.advanceTimersByTime(799);
		expect(started).toEqual(['a']);
		vi.advanceTimersByTime(1);
		expect(started).toEqual(['a', 'b']);
		b.emit('close'); // b took no time: c may start at once, even arriving to an idle lane
		lane.run(asRes(c), () => started.push('c'));
		expect(started).toEqual(['a', 'b', 'c']);
	} finally {
		vi.useRealTimers();
	}
});

/** A link whose payload adds `p` providers and `c` criteria, as the app's payload is written. */
function link(p: number, c: number): string {
	const json = JSON.stringify({
		providers: Array.from({ length: p }, (_, i) => ({ id: `u-p${i}`, name: `P ${i}`, platform: '' })),
		criteria: Array.from({ length: c }, (_, i) => ({ id: `u-c${i}`, name: `C ${i}` }))
	});
	return `v=2&d=cloud-2010.2&e=${deflateRawSync(json).toString('base64url')}`;
}

test('renderCells counts the comparison a payload hides, not the length of the link', () => {
	const heavy = link(200, 60);
	expect(heavy.length).toBeLessThan(2000);
	expect(renderCells(heavy)).toBe(210 * 80);
	expect(renderCells(link(10, 12))).toBe(20 * 32);
	expect(renderCells('v=1&d=cloud-2010.1&w=1,2,3')).toBe(10 * 20);
	for (const broken of ['v=2&e=%%%', 'v=2&e=AAAA', `v=2&e=${deflateRawSync('[1,2]').toString('base64url')}`])
		expect(renderCells(broken)).toBe(200);
	// Over the app's 512 KB cap: the app ignores it, so it costs nothing extra.
	const bomb = deflateRawSync(JSON.stringify({ providers: Array(200_000).fill({}) })).toString('base64url');
	expect(renderCells(`v=2&e=${bomb}`)).toBe(200);
});
