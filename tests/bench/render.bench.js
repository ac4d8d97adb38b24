// Server rendering of an oversized comparison (issue 21, item 4): cold render time and HTML size of
// the heavy link (200 providers × 77 criteria with long names, tests/support/heavy-link.js) next to
// ordinary cold links (the page without a link, and a 2010 link). Every request is cold: a tracking
// parameter the app ignores makes each URL new to the page cache. No Accept-Encoding, so the bytes
// are the HTML itself. The aim: the heavy link at most 2 MB of HTML and at most 5× an ordinary cold
// link's time. Reported, never asserted. Run alone:
//
//   node tests/bench/render.bench.js      (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399)
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { heavyLink } from '../support/heavy-link.js';
import { withServer } from './server.js';
import { summary } from './stats.js';

const RUNS = Number(process.env.RENDER_RUNS ?? 20);
const ORDINARY = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
let n = 0;

/**
 * The server's CPU time so far in ms (Linux; user + system, in clock ticks of 10 ms): on a busy
 * machine wall time says more about the neighbours than about the render.
 * @param {number} pid
 */
function cpuMs(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// After the process name, which may itself hold ") ".
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return Number.NaN;
	}
}

/**
 * One cold render of `path`: time to the last byte and size.
 * @param {string} origin
 * @param {string} path
 */
async function cold(origin, path) {
	const url = `${origin}${path}${path.includes('?') ? '&' : '?'}utm_source=cold${++n}`;
	const start = performance.now();
	const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
	const body = await res.arrayBuffer();
	if (!res.ok) throw new Error(`${path.slice(0, 60)}… answered ${res.status}`);
	return { ms: performance.now() - start, bytes: body.byteLength };
}

/**
 * @param {string} origin
 * @param {number} pid the server's process id
 */
export default async function renderBench(origin, pid) {
	const paths = { plain: '/', ordinary: ORDINARY, heavy: heavyLink() };
	/** @type {Record<keyof typeof paths, { times: number[], cpu: number, bytes: number }>} */
	const seen = {
		plain: { times: [], cpu: 0, bytes: 0 },
		ordinary: { times: [], cpu: 0, bytes: 0 },
		heavy: { times: [], cpu: 0, bytes: 0 }
	};
	// Taken in turns, so that whatever else the machine does weighs on all three alike; the first two
	// rounds warm the JIT.
	for (let i = 0; i < RUNS + 2; i++)
		for (const key of /** @type {const} */ (['plain', 'ordinary', 'heavy'])) {
			const before = cpuMs(pid);
			const { ms, bytes } = await cold(origin, paths[key]);
			if (i >= 2) {
				seen[key].times.push(ms);
				seen[key].cpu += cpuMs(pid) - before;
			}
			seen[key].bytes = bytes;
		}
	const figures = (/** @type {{ times: number[], cpu: number, bytes: number }} */ r) => ({
		ms: summary(r.times).median,
		cpu: r.cpu / RUNS,
		bytes: r.bytes
	});
	const [plain, ordinary, heavy] = [figures(seen.plain), figures(seen.ordinary), figures(seen.heavy)];
	const mb = (/** @type {number} */ b) => `${(b / 1e6).toFixed(2)} MB`;
	const line = (/** @type {{ ms: number, cpu: number, bytes: number }} */ r) =>
		`${r.ms.toFixed(0)} ms (server CPU ${r.cpu.toFixed(0)} ms), ${mb(r.bytes)}`;
	console.log(
		`BENCH render (cold, median of ${RUNS} to the last byte, mean server CPU time, uncompressed HTML):`
	);
	console.log(`  page without a link    ${line(plain)}`);
	console.log(`  ordinary 2010 link     ${line(ordinary)}`);
	console.log(`  heavy link 200 x 77    ${line(heavy)} (${paths.heavy.length}-character link)`);
	console.log(
		`  heavy / ordinary time = ${(heavy.ms / ordinary.ms).toFixed(1)}× (CPU ${(heavy.cpu / ordinary.cpu).toFixed(1)}×), ` +
			`/ page without a link ${(heavy.ms / plain.ms).toFixed(1)}× (CPU ${(heavy.cpu / plain.cpu).toFixed(1)}×); ` +
			`aim ≤ 5×; heavy HTML ${mb(heavy.bytes)} (aim ≤ 2 MB)`
	);
	console.log(`RENDER_BENCH ${JSON.stringify({ plain, ordinary, heavy })}`);
	return { plain, ordinary, heavy };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(renderBench);
