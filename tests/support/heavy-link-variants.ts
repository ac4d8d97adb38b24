// The heavy link of issue 21, for the server tests: 200 providers of one's own × 77 criteria (the
// data set's 17 and 60 of one's own), every name 80 characters long, in a link under 8,000
// characters. Written here as the app writes its payload (compact JSON, raw deflate, base64url;
// src/lib/share/payload.ts), the way tests/xss-own-data.test.ts does; the bench builds the same
// comparison with the app's own encoder (tests/bench/heavy-link.measure.ts).
import { deflateRawSync } from 'node:zlib';

const long = (stem: string, n: number) => `${stem} ${n} `.padEnd(80, 'x');

const payload = deflateRawSync(
	JSON.stringify({
		providers: Array.from({ length: 200 }, (_, i) => ({
			id: `u-p${i + 1}`,
			name: long('Hosting company with a long name, number', i + 1),
			platform: 'KVM'
		})),
		criteria: Array.from({ length: 60 }, (_, j) => ({
			id: `u-c${j + 1}`,
			name: long('Criterion with a long name, number', j + 1),
			group: 'u-g',
			unit: 'units',
			direction: j % 2 ? 'higher' : 'lower',
			scale: { kind: 'linear', worst: 0, best: 100 }
		})),
		groups: [{ id: 'u-g', name: 'Mine' }]
	}),
	{ level: 9 }
).toString('base64url');

/** The last provider's name: on the page when the whole comparison was read. */
export const HEAVY_LAST_PROVIDER = long('Hosting company with a long name, number', 200);

/** The last criterion's name. */
export const HEAVY_LAST_CRITERION = long('Criterion with a long name, number', 60);

/** The heavy link; `variant` changes one weight, so each variant is a page not rendered before. */
export function heavyLink(variant = 0): string {
	const weights = Array.from({ length: 77 }, (_, i) => (i === 0 ? variant % 101 : 50));
	return `/?v=2&d=cloud-2010.2&w=${weights.join(',')}${variant > 100 ? `&x=u-p${variant % 200}` : ''}&e=${payload}`;
}
