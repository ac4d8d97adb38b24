/**
 * Runs SMAA in a Web Worker (src/lib/mcda/smaa-worker.ts) for the page: one worker per runner,
 * created on first use in the browser (never on the server), the newest request only (an older run
 * is cancelled), progress as it goes. State is written only when the worker reports; the component
 * compares `state.key` with what it asked for, so a stale result is never shown as current.
 */
import type { SmaaMessage, SmaaRequest, SmaaResult } from '$lib/mcda';

export interface SmaaState {
	/** The key of the request this state belongs to. */
	key: string;
	/** 0–1. */
	progress: number;
	result?: SmaaResult;
	error?: string;
	/** Milliseconds from the request (after the debounce) to the result. */
	ms?: number;
}

/** Requests closer together than this (a slider drag) start one run. */
const DEBOUNCE_MS = 120;

export class SmaaRunner {
	state: SmaaState = $state.raw({ key: '', progress: 0 });

	#worker: Worker | undefined;
	#id = 0;
	/** The run in progress (only the newest counts). */
	#current: { id: number; key: string; started: number } | undefined;
	#asked = '';
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Ask for a run; the same key as the last request does nothing. Browser only. */
	run = (key: string, request: Omit<SmaaRequest, 'id'>) => {
		if (key === this.#asked) return;
		this.#asked = key;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#start(key, request), DEBOUNCE_MS);
	};

	#start(key: string, request: Omit<SmaaRequest, 'id'>) {
		const worker = (this.#worker ??= this.#create());
		const previous = this.#id;
		if (previous) worker.postMessage({ cancel: previous });
		const id = ++this.#id;
		this.#current = { id, key, started: performance.now() };
		worker.postMessage({ ...request, id } satisfies SmaaRequest);
	}

	#create(): Worker {
		// Vite bundles the worker from this exact form; the URL is not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('../mcda/smaa-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<SmaaMessage>) => {
			const asked = this.#current;
			if (!asked || asked.id !== data.id) return;
			if ('result' in data)
				this.state = {
					key: asked.key,
					progress: 1,
					result: data.result,
					ms: performance.now() - asked.started
				};
			else if ('progress' in data) this.state = { key: asked.key, progress: data.progress };
			else this.state = { key: asked.key, progress: 0, error: data.error };
		};
		worker.onerror = (event) => {
			const asked = this.#current;
			this.state = { key: asked?.key ?? '', progress: 0, error: event.message || 'the worker failed' };
		};
		return worker;
	}

	destroy = () => {
		clearTimeout(this.#timer);
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#asked = '';
	};
}
