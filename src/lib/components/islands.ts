/**
 * The islands' queue (Island.svelte): each hydrates in a task of its own, in the order the page
 * placed them, so no single task holds the main thread for the whole first screen.
 */
const queue: (() => void)[] = [];
let running = false;

function next(): void {
	const job = queue.shift();
	if (!job) {
		running = false;
		document.documentElement.dataset.islands = 'live';
		return;
	}
	job();
	setTimeout(next, 0);
}

/** Run `job` in its own task once the islands before it have run; the result cancels it. */
export function inTurn(job: () => void): () => void {
	queue.push(job);
	delete document.documentElement.dataset.islands;
	if (!running) {
		running = true;
		setTimeout(next, 0);
	}
	return () => {
		const at = queue.indexOf(job);
		if (at >= 0) queue.splice(at, 1);
	};
}
