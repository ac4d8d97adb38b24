/**
 * What every write endpoint does before its own work: refuse other sites (same-origin check),
 * read a bounded JSON body and check it with a zod schema, and answer problems in a sentence.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from '$lib/zod';

export class HttpProblem extends Error {
	override name = 'HttpProblem';
	readonly status: number;
	readonly headers: Record<string, string>;
	constructor(status: number, message: string, headers: Record<string, string> = {}) {
		super(message);
		this.status = status;
		this.headers = headers;
	}
}

/** The JSON answer for a problem: `{ message }`, never cached. */
export function problemResponse(problem: HttpProblem): Response {
	return json(
		{ message: problem.message },
		{ status: problem.status, headers: { 'cache-control': 'no-store', ...problem.headers } }
	);
}

/**
 * Writes come from this site's own pages only. SvelteKit's CSRF check covers form posts, not JSON.
 * A browser says where a request comes from in Sec-Fetch-Site, which no page can set: when it is
 * there it decides. Without it (older browsers), the Origin header must be this site's origin as
 * the server knows it (ORIGIN; without ORIGIN adapter-node assumes https, so plain-http servers
 * rely on Sec-Fetch-Site, which every current browser sends). Neither header: refused.
 */
export function assertSameOrigin(event: Pick<RequestEvent, 'request' | 'url'>): void {
	const site = event.request.headers.get('sec-fetch-site');
	const origin = event.request.headers.get('origin');
	if (site !== null ? site === 'same-origin' : origin === event.url.origin) return;
	throw new HttpProblem(403, 'This request did not come from this site, so it was refused.');
}

/** Read at most `maxBytes` of the body as JSON and check it with `schema`. */
export async function readJson<T extends z.ZodMiniType>(
	request: Request,
	schema: T,
	maxBytes: number
): Promise<z.infer<T>> {
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
		throw new HttpProblem(415, 'Send the request as JSON (Content-Type: application/json).');
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > maxBytes) throw tooLarge(maxBytes);
	const text = await readCapped(request, maxBytes);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new HttpProblem(400, 'The request body is not valid JSON.');
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
		throw new HttpProblem(400, `The request was not understood: ${issue?.message ?? 'invalid'}${where}.`);
	}
	return parsed.data;
}

/** The rest of the body is left unread, so the connection cannot carry another request: close it. */
function tooLarge(maxBytes: number): HttpProblem {
	return new HttpProblem(413, `The request is too large (at most ${Math.round(maxBytes / 1024)} KB).`, {
		connection: 'close'
	});
}

/** The body as text, stopping as soon as it passes `maxBytes` (a missing or false Content-Length too). */
async function readCapped(request: Request, maxBytes: number): Promise<string> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}
