// Raw HTTP for the server tests: node:http, so no automatic decompression, any bytes in the path,
// and the response head as sent.
import { request as httpRequest, type Agent } from 'node:http';

export interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
	/** Milliseconds from sending the request to the end of the body. */
	ms: number;
}

export function get(
	origin: string,
	path: string,
	headers: Record<string, string> = {},
	agent?: Agent
): Promise<RawResponse> {
	const started = performance.now();
	return new Promise((done, fail) => {
		const req = httpRequest(`${origin}/`, { path, headers, agent }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({
					status: res.statusCode!,
					headers: res.headers,
					body: Buffer.concat(chunks),
					ms: performance.now() - started
				})
			);
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}
