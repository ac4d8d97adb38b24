// A slow network for the page's HTML: a proxy in front of the test server that sends the page in
// small pieces with a pause after each, so the browser paints while parts of it are still missing.
// A layout shift that happens on a real phone only when the connection stalls at the wrong byte
// (CI, 4 December: the Recent comparisons control jumped a line once its summary arrived) happens
// here on every run.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Trickle {
	origin: string;
	close(): Promise<void>;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Where the HTML is cut: before `<body` (so the style sheets have loaded before the body starts),
 * and before every tag from each region's `start` to its `end`. What lies between goes in one piece.
 */
export function cuts(html: string, regions: [string, string][]): number[] {
	const at = new Set<number>();
	const body = html.indexOf('<body');
	if (body > 0) at.add(body);
	for (const [start, end] of regions) {
		const from = html.indexOf(start);
		const to = from < 0 ? -1 : html.indexOf(end, from);
		if (to < 0) throw new Error(`trickle: ${start}…${end} is not in the page`);
		for (let i = html.indexOf('<', from); i >= 0 && i <= to; i = html.indexOf('<', i + 1)) at.add(i);
	}
	return [...at].sort((a, b) => a - b);
}

/**
 * Proxies everything to `upstream`; an HTML answer is sent cut at `cuts(html, regions)` with
 * `gapMs` after each piece (and a longer pause after the head).
 */
export async function trickle(upstream: string, regions: [string, string][], gapMs = 60): Promise<Trickle> {
	const server: Server = createServer(async (req, res) => {
		try {
			const answer = await fetch(new URL(req.url ?? '/', upstream), {
				headers: { accept: req.headers.accept ?? '*/*' },
				redirect: 'manual'
			});
			const headers: Record<string, string> = {};
			// fetch has already decoded the body: its length and encoding no longer apply.
			answer.headers.forEach((value, name) => {
				if (!['content-encoding', 'content-length', 'transfer-encoding'].includes(name))
					headers[name] = value;
			});
			res.writeHead(answer.status, headers);
			const body = Buffer.from(await answer.arrayBuffer());
			if (!(headers['content-type'] ?? '').startsWith('text/html')) return void res.end(body);
			const html = body.toString('utf8');
			let last = 0;
			for (const [n, at] of cuts(html, regions).entries()) {
				res.write(html.slice(last, at));
				last = at;
				await pause(n === 0 ? 10 * gapMs : gapMs);
			}
			res.end(html.slice(last));
		} catch (error) {
			res.destroy(error as Error);
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
