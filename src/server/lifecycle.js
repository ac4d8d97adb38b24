// What the app (bundled by SvelteKit into build/server) and this server (plain Node, not bundled)
// share at run time: readiness checks for /readyz and tasks to finish on shutdown. The two sides
// load separate copies of this file (one bundled, one not), so the registry lives on globalThis
// under a registered symbol that both copies find.

/** @typedef {() => Promise<void>} Check  resolves when ready, rejects with the reason when not */
/** @typedef {{ checks: Map<string, Check>, closers: Set<() => Promise<void>> }} Registry */

const KEY = Symbol.for('cloud-scorecard.lifecycle');
/** @type {Registry} */
const registry = /** @type {any} */ (globalThis)[KEY] ?? {
	checks: new Map(),
	closers: new Set()
};
/** @type {any} */ (globalThis)[KEY] = registry;

/**
 * Add (or replace) a named readiness check, e.g. "database".
 * @param {string} name
 * @param {Check} check
 */
export function registerCheck(name, check) {
	registry.checks.set(name, check);
}

/** The registered checks, by name (for /readyz). */
export function readinessChecks() {
	return new Map(registry.checks);
}

/**
 * Run a task when the server shuts down (after it has stopped taking requests).
 * @param {() => Promise<void>} close
 */
export function onShutdown(close) {
	registry.closers.add(close);
}

/**
 * Run every shutdown task and wait for all of them (failures are logged, not thrown), at most
 * `timeoutMs`.
 * @param {number} timeoutMs
 */
export async function runShutdownTasks(timeoutMs) {
	const tasks = [...registry.closers].map((close) =>
		close().catch((/** @type {unknown} */ error) => console.error('Shutdown task failed:', error))
	);
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	const late = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
	await Promise.race([Promise.all(tasks), late]);
	clearTimeout(timer);
}

/**
 * Run every readiness check, each bounded by `timeoutMs`.
 * @param {number} timeoutMs
 * @returns {Promise<{ ready: boolean, checks: { name: string, ok: boolean, error?: string }[] }>}
 */
export async function checkReadiness(timeoutMs) {
	const results = await Promise.all(
		[...registry.checks].map(async ([name, check]) => {
			/** @type {ReturnType<typeof setTimeout> | undefined} */
			let timer;
			try {
				await Promise.race([
					check(),
					new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), timeoutMs)))
				]);
				return { name, ok: true };
			} catch (error) {
				return { name, ok: false, error: error instanceof Error ? error.message : String(error) };
			} finally {
				clearTimeout(timer);
			}
		})
	);
	return { ready: results.every((r) => r.ok), checks: results };
}
