/**
 * A dynamic import that can be tried again after it failed (a dropped connection, a deploy that
 * replaced the files). Chromium (150, December 2026) keeps a failed module fetch in the page's
 * module map: importing the same address again fails at once, without asking the network, so a
 * "Try again" button could never succeed. After a failure this imports the same file at another
 * address (`?retry=n`), which the browser fetches anew; it takes the address from the error, which
 * Chromium and Firefox name ("Failed to fetch dynamically imported module: <address>"). Where the
 * error names none, it calls `load` again. Outside the layers: it imports nothing.
 */
export function importAgain<T>(load: () => Promise<T>): () => Promise<T> {
	let failed: URL | undefined;
	let tries = 0;
	return () => {
		const attempt = failed
			? (import(/* @vite-ignore */ retryAddress(failed, ++tries)) as Promise<T>)
			: load();
		return attempt.catch((error: unknown) => {
			failed ??= failedAddress(error);
			throw error;
		});
	};
}

/** The module's address in a failed dynamic import's message, if it names one. */
export function failedAddress(error: unknown): URL | undefined {
	const found = error instanceof Error ? /\b[a-z][a-z+.-]*:\/\/\S+$/i.exec(error.message.trim()) : null;
	if (!found) return undefined;
	try {
		return new URL(found[0]);
	} catch {
		return undefined;
	}
}

function retryAddress(address: URL, attempt: number): string {
	const url = new URL(address);
	url.searchParams.set('retry', String(attempt));
	return url.href;
}
