/**
 * The readers of outside input, fetched when there is something to read (issue 16). The link
 * decoder and the saved-work reader hold zod and every schema, which opening `/` with no link and
 * nothing saved never uses: the page's first load leaves them out, a link's `load` fetches the
 * decoder before the page hydrates, and saved work fetches both (`open-comparison.ts`).
 */
export class LazyModule<T> {
	/** The module once loaded, for work that must not wait a turn when it is here (restoring saved work). */
	module: T | undefined;
	#loading: Promise<T> | undefined;
	readonly #loader: () => Promise<T>;

	constructor(loader: () => Promise<T>) {
		this.#loader = loader;
	}

	/** Fetch once and share the promise; a failed fetch (offline, a new deploy) resets, so a retry fetches again. */
	load = (): Promise<T> => {
		this.#loading ??= this.#loader().then(
			(module) => (this.module = module),
			(error: unknown) => {
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	};
}

/** The link decoder (`codec.ts`): for a link, a short link, saved work, Back and Forward. */
export const linkReader = new LazyModule(() => import('./codec'));
/** The reader of the recent comparisons kept in this browser (`saved-work.ts`). */
export const savedWorkReader = new LazyModule(() => import('./saved-work'));
