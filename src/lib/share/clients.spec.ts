// The page's small clients for the server's endpoints (decision.ts, short-link.ts): what they send,
// and the sentence a person sees when the server refuses. fetch is replaced by a recorder that
// answers what each test says; the browser tests cover the real server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	answerFragment,
	callDecision,
	CreatedAnswerSchema,
	OkSchema,
	readAnswerFragment,
	readTokenFragment
} from './decision';
import { createShortLink } from './short-link';

const ID = 'A'.repeat(21) + '_';
const TOKEN = 'b'.repeat(42) + '-';

/** fetch answering `status` with `body` (text as given, anything else as JSON); returns the calls. */
function answer(status: number, body: unknown) {
	const calls: { url: string; init: RequestInit }[] = [];
	vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
	});
	return calls;
}
afterEach(() => vi.unstubAllGlobals());

describe('callDecision', () => {
	it('GETs without a body or credential by default, never from the cache', async () => {
		const calls = answer(200, { ok: true });
		await expect(callDecision('/d/x', { schema: OkSchema })).resolves.toEqual({ ok: true });
		expect(calls).toEqual([{ url: '/d/x', init: { method: 'GET', headers: {}, cache: 'no-store' } }]);
	});

	it('sends JSON and the token as a bearer credential, and checks the answer with the schema', async () => {
		const calls = answer(201, { answerId: ID, token: TOKEN });
		const created = await callDecision('/d/x/answers', {
			method: 'POST',
			token: TOKEN,
			body: { name: 'Ann' },
			schema: CreatedAnswerSchema
		});
		expect(created).toEqual({ answerId: ID, token: TOKEN });
		expect(calls[0]!.init).toEqual({
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
			body: '{"name":"Ann"}',
			cache: 'no-store'
		});
	});

	it('rejects with the server’s own sentence, or the status when it gave none', async () => {
		answer(409, { message: 'This decision is closed.' });
		await expect(callDecision('/d/x', { schema: OkSchema })).rejects.toThrow(/^This decision is closed\.$/);
		answer(503, '<html>busy</html>');
		await expect(callDecision('/d/x', { schema: OkSchema })).rejects.toThrow(/^The server answered 503\.$/);
		answer(400, { error: 'not a sentence' });
		await expect(callDecision('/d/x', { schema: OkSchema })).rejects.toThrow(/^The server answered 400\.$/);
	});

	it('rejects an answer that is not what the endpoint promises', async () => {
		answer(200, { ok: 'yes' });
		await expect(callDecision('/d/x', { schema: OkSchema })).rejects.toThrow();
		answer(200, { answerId: 'short', token: TOKEN });
		await expect(callDecision('/d/x', { schema: CreatedAnswerSchema })).rejects.toThrow();
	});
});

describe('capability fragments', () => {
	it('read back what they write, and nothing of another length or alphabet', () => {
		expect(readAnswerFragment(answerFragment(ID, TOKEN))).toEqual({ answerId: ID, token: TOKEN });
		expect(readAnswerFragment(`#answer=${ID}.${TOKEN}x`)).toBeUndefined();
		expect(readAnswerFragment(`#answer=${ID.slice(1)}.${TOKEN}`)).toBeUndefined();
		expect(readAnswerFragment(`#answer=${ID}+${TOKEN}`)).toBeUndefined();
		expect(readAnswerFragment(`x#answer=${ID}.${TOKEN}`)).toBeUndefined();
		expect(readTokenFragment(`#${TOKEN}`)).toBe(TOKEN);
		expect(readTokenFragment(TOKEN)).toBe(TOKEN);
		expect(readTokenFragment(`#${TOKEN.slice(1)}`)).toBeUndefined();
		expect(readTokenFragment(`#${TOKEN.slice(1)}=`)).toBeUndefined();
		expect(readTokenFragment('')).toBeUndefined();
	});
});

describe('createShortLink', () => {
	it('POSTs the query as JSON and returns the short link', async () => {
		const calls = answer(201, { id: ID, path: `/s/${ID}` });
		await expect(createShortLink('/s', 'v=2&d=cloud-2010.3')).resolves.toEqual({ id: ID, path: `/s/${ID}` });
		expect(calls).toEqual([
			{
				url: '/s',
				init: {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{"query":"v=2&d=cloud-2010.3"}'
				}
			}
		]);
	});

	it('rejects with the server’s sentence, or its status; and an answer without a valid id', async () => {
		answer(429, { message: 'Too many short links from here; try again in a minute.' });
		await expect(createShortLink('/s', 'q')).rejects.toThrow(/^Too many short links from here/);
		answer(502, 'Bad gateway');
		await expect(createShortLink('/s', 'q')).rejects.toThrow(/^The server answered 502\.$/);
		answer(201, { id: 'not-an-id', path: '/s/not-an-id' });
		await expect(createShortLink('/s', 'q')).rejects.toThrow();
	});
});
