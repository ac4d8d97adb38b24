/**
 * zod, configured once for the whole app. Import `z` from here, not from 'zod'.
 *
 * `jitless`: zod otherwise compiles object validators with `new Function()` (and probes for it),
 * which the Content-Security-Policy forbids (no 'unsafe-eval'); the browser would report a
 * violation on the first parse. The interpreted path gives the same results. The hooks import this
 * module too, so the setting is in place before any schema is used, on the server and in the browser.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
