// Server rendering of an oversized comparison (issue 21, item 4): cold render time and HTML size of
// the heavy link (200 providers × 77 criteria with long names, tests/support/heavy-link.js) next to
// ordinary cold links (the page without a link, and a 2010 link). Every request is cold: a tracking
// parameter the app ignores makes each URL new to the page cache. No Accept-Encoding, so the bytes
// are the HTML itself. The aim: the heavy link at most 2 MB of HTML and at most 5× an ordinary cold
// link's time. Reported, never asserted. Run alone:
//
//   node tests/bench/render.bench.js      (env: BUILD_DIR, default "build"; BENCH_PORT, default 4399)
import { pathToFileURL } from 'node:url';
import { heavyLink } from '../support/heavy-link.js';
import { withServer } from './server.js';
import { summary } from './stats.js';

const RUNS = Number(process.env.RENDER_RUNS ?? 15);
const ORDINARY = '/?v=1&d=cloud-2010.1&w=100,80,60,60,10,0,20,10,20,0,10,70,70,0,10,10,10&x=ntt';
let n = 0;

/**
 * Median time to the last byte and size of `runs` cold renders of one path.
 * @param {string} origin
 * @param {string} path
 */
async function cold(origin, path, runs = RUNS) {
	/** @type {number[]} */ const times = [];
	let bytes = 0;
	for (let i = 0; i < runs + 2; i++) {
		const url = `${origin}${path}${path.includes('?') ? '&' : '?'}utm_source=cold${++n}`;
		const start = performance.now();
		const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		const body = await res.arrayBuffer();
		if (!res.ok) throw new Error(`${path.slice(0, 60)}… answered ${res.status}`);
		if (i >= 2) times.push(performance.now() - start); // the first two warm the JIT
		bytes = body.byteLength;
	}
	return { ms: summary(times).median, bytes };
}

/** @param {string} origin */
export default async function renderBench(origin) {
	const plain = await cold(origin, '/');
	const ordinary = await cold(origin, ORDINARY);
	const heavy = await cold(origin, heavyLink());
	const mb = (/** @type {number} */ b) => `${(b / 1e6).toFixed(2)} MB`;
	const line = (/** @type {{ ms: number, bytes: number }} */ r) => `${r.ms.toFixed(0)} ms, ${mb(r.bytes)}`;
	console.log(`BENCH render (cold, median of ${RUNS}, time to last byte, uncompressed HTML):`);
	console.log(`  page without a link    ${line(plain)}`);
	console.log(`  ordinary 2010 link     ${line(ordinary)}`);
	console.log(`  heavy link 200 x 77    ${line(heavy)} (${heavyLink().length}-character link)`);
	console.log(
		`  heavy / ordinary time = ${(heavy.ms / ordinary.ms).toFixed(1)}× (aim ≤ 5×); heavy HTML ${mb(heavy.bytes)} (aim ≤ 2 MB)`
	);
	const figures = { plain, ordinary, heavy };
	console.log(`RENDER_BENCH ${JSON.stringify(figures)}`);
	return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await withServer(renderBench);
