// GET /readyz: 200 when every registered readiness check passes (today: "database", registered by
// the app when it opens it), 503 otherwise; the body names each check and why it failed. Unlike
// /healthz (the process answers at all) it touches the database, so a load balancer can hold back
// traffic from a process whose database is not open yet or has gone away.
import { checkReadiness } from './lifecycle.js';

/** How long one check may take before it counts as failed. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function readyz(req, res) {
	const { ready, checks } = await checkReadiness(CHECK_TIMEOUT_MS);
	const lines = checks.map((c) => `${c.name}: ${c.ok ? 'ok' : `not ready (${c.error})`}`);
	res.writeHead(ready ? 200 : 503, {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store'
	});
	res.end(req.method === 'HEAD' ? undefined : `${ready ? 'ready' : 'not ready'}\n${lines.join('\n')}\n`);
}
