/**
 * zod, configured once for the whole app. Import `z` from here, not from 'zod'.
 *
 * `zod/mini`, not zod's classic build: the link decoder and the saved-work reader run in the
 * browser, and the classic build (a method for every check on every schema, and JSON Schema
 * output we never use) was 42 KB of the first load's 125 KB (brotli); mini's functions are
 * tree-shaken to what the schemas use (issue 16). Same parser, same results: mini and classic
 * share zod's core. Checks are written `z.string().check(z.maxLength(80))`, wrappers
 * `z.optional(schema)`, `z._default(schema, value)`.
 *
 * English messages (`en`): mini loads no locale by default, and the problem sentences a person
 * reads ("Dropped your provider 2 in the link: name: Too big: …") quote zod's message.
 *
 * `jitless`: zod otherwise compiles object validators with `new Function()` (and probes for it),
 * which the Content-Security-Policy forbids (no 'unsafe-eval'); the browser would report a
 * violation on the first parse. The interpreted path gives the same results. Every schema module
 * imports this one, so the setting is in place before any schema is used, on the server and in
 * the browser.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
z.config({ jitless: true });

export { z };

/**
 * A schema built the first time it is used, not when its module is loaded. Building zod schemas
 * is real work (each `check`, `_default` and union clones and indexes its parts): the start-up
 * chunk holds some 150 of them (data set, scenario, scale kinds, link payload, saved work), and
 * building them all cost about 50 ms of the phone's first long task (Lighthouse's 4× CPU throttle)
 * while opening `/` parses none of them. The stand-in forwards every property to the real schema,
 * so it is the same schema to zod (composition, `instanceof`, `.shape`, parsing) and to the types.
 */
export function lazySchema<T extends object>(build: () => T): T {
	let schema: T | undefined;
	const real = (): T => (schema ??= build());
	return new Proxy({} as T, {
		get: (_, key) => Reflect.get(real(), key),
		has: (_, key) => Reflect.has(real(), key),
		ownKeys: () => Reflect.ownKeys(real()),
		getOwnPropertyDescriptor: (_, key) => {
			const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
			// The stand-in's own target has none of these: report them configurable, as a proxy must.
			return descriptor && { ...descriptor, configurable: true };
		},
		getPrototypeOf: () => Reflect.getPrototypeOf(real())
	});
}
