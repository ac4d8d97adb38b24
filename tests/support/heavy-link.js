// The heaviest link the format allows to render (issue 21, item 4): the 2010 data set (6 providers,
// 17 criteria) plus 194 providers and 60 criteria of one's own with long names and no values, so
// 200 providers × 77 criteria in about 5,000 characters. Plain JavaScript so that the browser tests,
// the bench (Node) and the unit test that checks it is exactly what the app's own encoder writes
// (src/lib/share/heavy-link.spec.ts) share one copy.
import { deflateSync, strToU8 } from 'fflate';

export const HEAVY_PROVIDERS = 200;
export const HEAVY_CRITERIA = 77;
/** The first provider of one's own, as the page names it. */
export const HEAVY_FIRST_PROVIDER = 'Hosting company 1, a regional provider with a rather long trading name';

/** @param {string} name */
const slug = (name) =>
	`u-${name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`.slice(0, 50);

/** The change set in the compact form `payload.ts` writes (keys in the schema's order). */
function edits() {
	const providers = Array.from({ length: HEAVY_PROVIDERS - 6 }, (_, i) => {
		const name = `Hosting company ${i + 1}, a regional provider with a rather long trading name`;
		return { id: slug(name), name, platform: i % 2 ? 'KVM' : 'VMware' };
	});
	const criteria = Array.from({ length: HEAVY_CRITERIA - 17 }, (_, j) => {
		const name = `Criterion number ${j + 1} that matters to this buyer, with a long name`;
		return {
			id: slug(name),
			name,
			group: j % 2 ? 'u-speed' : 'u-money',
			unit: 'units',
			direction: j % 2 ? 'higher' : 'lower',
			scale: j % 2 ? { kind: 'linear', worst: 0, best: 100 } : { kind: 'linear', worst: 1000, best: 0 }
		};
	});
	const groups = [
		{ id: 'u-money', name: 'Money' },
		{ id: 'u-speed', name: 'Speed' }
	];
	return { providers, criteria, groups };
}

/** base64url without padding, as payload.ts writes it. */
function base64url(/** @type {Uint8Array} */ bytes) {
	return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The last provider and criterion of one's own, as the page names them. */
export const HEAVY_LAST_PROVIDER = `Hosting company ${HEAVY_PROVIDERS - 6}, a regional provider with a rather long trading name`;
export const HEAVY_LAST_CRITERION = `Criterion number ${HEAVY_CRITERIA - 17} that matters to this buyer, with a long name`;

/**
 * The link (path and query) of the heavy comparison on cloud-2010 version 2. A `variant` above 0
 * sets the first weight to `variant % 101`, so each variant is a page the server has not rendered
 * (the server tests need cold renders).
 */
export function heavyLink(variant = 0) {
	const e = base64url(deflateSync(strToU8(JSON.stringify(edits())), { level: 9 }));
	const weights = Array.from({ length: HEAVY_CRITERIA }, (_, j) =>
		j === 0 && variant > 0 ? variant % 101 : j < 17 ? 50 : 10 + (j % 9) * 10
	);
	return `/?v=2&d=cloud-2010.2&w=${weights.join(',')}&e=${e}`;
}
