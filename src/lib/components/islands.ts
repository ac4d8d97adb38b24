/**
 * The islands' queue (Island.svelte): each hydrates in a task of its own, in the order the page
 * placed them, so no single task holds the main thread for the whole first screen. Once the queue
 * is empty the page is live: `<html data-islands="live">`, and `whenLive()` resolves.
 */
const queue: (() => void)[] = [];
let running = false;
let live: Promise<void> = Promise.resolve();
let settle: () => void = () => {};

function next(): void {
	const job = queue.shift();
	if (!job) {
		running = false;
		document.documentElement.dataset.islands = 'live';
		settle();
		return;
	}
	job();
	setTimeout(next, 0);
}

/** Run `job` in its own task once the islands before it have run; the result cancels it. */
export function inTurn(job: () => void): () => void {
	queue.push(job);
	if (!running) {
		running = true;
		delete document.documentElement.dataset.islands;
		live = new Promise((resolve) => (settle = resolve));
		setTimeout(next, 0);
	}
	return () => {
		const at = queue.indexOf(job);
		if (at >= 0) queue.splice(at, 1);
	};
}

/**
 * Resolves once every island of the page has hydrated: what acts on the page as a whole (opening
 * the section a link points into) waits for it, or the section would not answer yet. Called while
 * the page hydrates, before its islands have queued: a task later they all have.
 */
export async function whenLive(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 0));
	await live;
}
