/**
 * Vitest environment for `*.svelte.spec.ts`: Node's globals, but modules transformed as for the
 * browser, so Svelte compiles runes for its client runtime (on the server build `$effect` and
 * `$effect.root` never run) and packages resolve with the `browser` condition.
 */
import { builtinEnvironments, type Environment } from 'vitest/environments';

export default {
	...builtinEnvironments.node,
	name: 'node-client',
	viteEnvironment: 'client'
} satisfies Environment;
