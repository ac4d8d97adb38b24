import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import '$lib/zod';
// Every published data set, parsed and registered once at start: the server reads any link (and a
// short link's stored query) without waiting; the browser loads only the one it needs.
import '$lib/data/datasets';
import '$lib/data/timelines';
import { render } from 'svelte/server';
import { renderIslandsWith } from '$lib/components/island';
import { startDatabase } from '$lib/server/db';
import { HSTS, SECURITY_HEADERS, wantsHsts } from './server/security-headers.js';

// Islands (components/island.ts) are written as roots of their own.
renderIslandsWith(render);

/**
 * Security headers on every rendered page (the Content-Security-Policy itself is `kit.csp` in
 * svelte.config.js). The custom server (src/server/app.js) adds the same headers to what it serves
 * without SvelteKit.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (wantsHsts((name) => event.request.headers.get(name)))
		response.headers.set('strict-transport-security', HSTS);
	return response;
};

/** The database opens (and migrates) as the server starts, in the background; not while building. */
export const init: ServerInit = () => {
	if (!building) void startDatabase().catch(() => {});
};
