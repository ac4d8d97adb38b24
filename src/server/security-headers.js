// The response headers that protect every response, in one place: SvelteKit's `handle` hook
// (src/hooks.server.ts) adds them to rendered pages, and the custom server (src/server/app.js) to
// everything it answers itself (static files, /healthz, the 431 page). The Content-Security-Policy
// of pages is SvelteKit's (`kit.csp` in svelte.config.js), because it must carry per-page hashes.

/**
 * Browser features the app never uses, turned off for the page and anything it might embed.
 * `clipboard-write=(self)` keeps "Copy link" working. Only features Chromium recognises are listed
 * (an unknown name logs a console error on every page load); `bluetooth` is not one (Chromium
 * warned "Unrecognized feature: 'bluetooth'" on every page), so it is left out.
 */
const PERMISSIONS = [
	'accelerometer=()',
	'autoplay=()',
	'camera=()',
	'display-capture=()',
	'encrypted-media=()',
	'geolocation=()',
	'gyroscope=()',
	'hid=()',
	'idle-detection=()',
	'magnetometer=()',
	'microphone=()',
	'midi=()',
	'payment=()',
	'publickey-credentials-get=()',
	'screen-wake-lock=()',
	'serial=()',
	'usb=()',
	'xr-spatial-tracking=()',
	'clipboard-write=(self)'
].join(', ');

/** Sent with every response, whatever it is. */
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': PERMISSIONS,
	'cross-origin-opener-policy': 'same-origin'
});

/**
 * For responses that are not pages (static files that a browser could open as a document, such as
 * an SVG, and the 431 page): nothing may load or run, and nothing may frame them.
 */
export const NON_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** One year, subdomains included; not `preload` (that is a one-way decision for the domain's owner). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Whether a response should carry Strict-Transport-Security: only when the app is reached over
 * HTTPS, because a browser ignores the header over plain HTTP and a wrong one locks users out.
 *
 * - `HSTS=on` / `HSTS=off` decides outright (say, when TLS ends at a proxy that sends no header);
 * - else `ORIGIN=https://…` (adapter-node's own setting) says the public address is HTTPS;
 * - else the header named by `PROTOCOL_HEADER` (adapter-node's setting, e.g. `x-forwarded-proto`,
 *   trusted only when set, as adapter-node does) says `https`.
 *
 * @param {(name: string) => string | string[] | null | undefined} header reads a request header
 * @param {Record<string, string | undefined>} [env]
 */
export function wantsHsts(header, env = process.env) {
	const forced = env.HSTS?.toLowerCase();
	if (forced === 'on' || forced === '1' || forced === 'true') return true;
	if (forced === 'off' || forced === '0' || forced === 'false') return false;
	if (env.ORIGIN?.toLowerCase().startsWith('https://')) return true;
	const name = env.PROTOCOL_HEADER?.toLowerCase();
	if (!name) return false;
	const value = header(name);
	const first = (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim().toLowerCase();
	return first === 'https';
}
