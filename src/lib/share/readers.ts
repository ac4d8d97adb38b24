/**
 * The readers of outside input, fetched when there is something to read (issue 16). The link
 * decoder and the saved-work reader hold zod and every schema, which opening `/` with no link and
 * nothing saved never uses: the page's first load leaves them out, a link's `load` fetches the
 * decoder before the page hydrates, and saved work fetches both (`open-comparison.ts`). fflate, which
 * reads the data of one's own a link may carry, comes only with such a link or with saved work.
 */
import { importAgain } from '$lib/import-again';

export class LazyModule<T> {
	/** The module once loaded, for work that must not wait a turn when it is here (restoring saved work). */
	module: T | undefined;
	#loading: Promise<T> | undefined;
	readonly #loader: () => Promise<T>;

	constructor(loader: () => Promise<T>) {
		this.#loader = importAgain(loader);
	}

	/**
	 * Fetch once and share the promise; a failed fetch (offline, a new deploy) resets, so a retry
	 * fetches again (at a new address: import-again.ts).
	 */
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
/** fflate (`inflate.ts`): for a link that carries data of one's own, which the decoder then reads. */
export const payloadReader = new LazyModule(() => import('./inflate'));

/**
 * Whether reading `query` needs the payload reader: it carries data of one's own (`e=`), read as the
 * decoder reads it (so `%65=` is `e=` here too).
 */
const carriesPayload = (query: string): boolean => new URLSearchParams(query).has('e');

/** The link decoder when it and all that reading `query` needs are here, so it reads at once. */
export function decoderFor(query: string): typeof import('./codec') | undefined {
	return carriesPayload(query) && !payloadReader.module ? undefined : linkReader.module;
}

/** The link decoder with all that reading `query` needs, fetched. */
export async function loadDecoderFor(query: string): Promise<typeof import('./codec')> {
	const [codec] = await Promise.all([linkReader.load(), carriesPayload(query) && payloadReader.load()]);
	return codec;
}

/** The reader of the recent comparisons kept in this browser (`saved-work.ts`). */
export const savedWorkReader = new LazyModule(() => import('./saved-work'));
