import { describe, expect, it } from 'vitest';
import { z } from '$lib/zod';
import { assertSameOrigin, HttpProblem, readJson } from './http';

const url = new URL('https://scorecard.example/s');
const post = (headers: Record<string, string>, body?: BodyInit) =>
	new Request(url, {
		method: 'POST',
		headers,
		body,
		...(body instanceof ReadableStream ? { duplex: 'half' } : {})
	});

function problemOf(fn: () => unknown): HttpProblem {
	try {
		fn();
	} catch (error) {
		if (error instanceof HttpProblem) return error;
		throw error;
	}
	throw new Error('no problem was raised');
}

describe('assertSameOrigin', () => {
	it("lets this site through: by the browser's Sec-Fetch-Site, or by Origin where a browser sends none", () => {
		const ok = (headers: Record<string, string>) => () => assertSameOrigin({ url, request: post(headers) });
		expect(ok({ origin: 'https://scorecard.example' })).not.toThrow();
		expect(ok({ 'sec-fetch-site': 'same-origin' })).not.toThrow();
		// Plain http without ORIGIN: adapter-node takes the site to be https, the browser knows better.
		expect(ok({ origin: 'http://scorecard.example', 'sec-fetch-site': 'same-origin' })).not.toThrow();
	});

	it.each([
		['another site', { origin: 'https://evil.example' }],
		['another port', { origin: 'https://scorecard.example:8443' }],
		['"null" (a sandboxed frame)', { origin: 'null' }],
		['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }],
		['no Origin and no Sec-Fetch-Site', {}],
		[
			'a page of another site on this host (same-site)',
			{ origin: 'https://scorecard.example', 'sec-fetch-site': 'same-site' }
		],
		[
			'another site, however its Origin reads',
			{ origin: 'https://scorecard.example', 'sec-fetch-site': 'cross-site' }
		],
		['an address typed into the browser', { 'sec-fetch-site': 'none' }]
	])('refuses %s with 403', (_, headers) => {
		const problem = problemOf(() => assertSameOrigin({ url, request: post(headers) }));
		expect(problem.status).toBe(403);
		expect(problem.message).toMatch(/did not come from this site/);
	});
});

describe('readJson', () => {
	const schema = z.strictObject({ query: z.string().check(z.maxLength(10)) });
	const json = { 'content-type': 'application/json' };
	const fails = async (request: Request) => {
		const error = await readJson(request, schema, 100).catch((e: unknown) => e);
		if (!(error instanceof HttpProblem)) throw new Error(`expected an HttpProblem, got ${String(error)}`);
		return error;
	};

	it('reads a body that fits the schema', async () => {
		expect(await readJson(post(json, '{"query":"v=2"}'), schema, 100)).toEqual({ query: 'v=2' });
	});

	it('answers 415 for a body that is not declared JSON (a form post)', async () => {
		expect((await fails(post({ 'content-type': 'text/plain' }, '{"query":"v=2"}'))).status).toBe(415);
	});

	it('answers 400 naming the field for a body that breaks the schema', async () => {
		const tooLong = await fails(post(json, '{"query":"01234567890"}'));
		expect(tooLong.status).toBe(400);
		expect(tooLong.message).toMatch(/at query/);
		expect((await fails(post(json, '{"query":"a","admin":true}'))).status).toBe(400);
		expect((await fails(post(json, '{"query":'))).message).toMatch(/not valid JSON/);
		expect((await fails(post(json, '{"__proto__":{"query":"x"}}'))).status).toBe(400);
	});

	it('answers 413 for a body over the limit, declared or streamed without a length', async () => {
		const big = JSON.stringify({ query: 'x'.repeat(200) });
		expect((await fails(post(json, big))).status).toBe(413);
		let sent = 0;
		// An endless body: reading must stop at the limit rather than wait for the end.
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				sent++;
				controller.enqueue(new TextEncoder().encode('{"query":"' + 'x'.repeat(64)));
			}
		});
		const problem = await fails(post(json, endless));
		expect(problem.status).toBe(413);
		expect(problem.message).toMatch(/too large/);
		expect(sent).toBeLessThan(10);
	});
});
