import { describe, expect, it } from 'vitest';
import { sharedProperties, triantaphyllou } from '$testing/method-properties';
import { wsm } from './wsm';

describe('wsm', () => {
	it('reproduces Triantaphyllou’s WSM example (21.50, 22.00, 22.00)', () => {
		const { matrix, weights, directions } = triantaphyllou;
		const scores = wsm(matrix, weights, directions);
		[21.5, 22, 22].forEach((expected, i) => expect(scores[i]).toBeCloseTo(expected, 10));
	});

	it('with none, subtracts a cost column', () => {
		// 0.5·10 − 0.5·4 = 3; 0.5·6 − 0.5·2 = 2.
		expect(
			wsm(
				[
					[10, 4],
					[6, 2]
				],
				[1, 1],
				[1, -1]
			)
		).toEqual([3, 2]);
	});

	it('uses the normalisation asked for', () => {
		// minmax: A (1, 0) and B (0, 1) for price as a cost; weights 3:1 → A 0.75, B 0.25.
		expect(
			wsm(
				[
					[10, 4],
					[6, 2]
				],
				[3, 1],
				[1, -1],
				{ normalisation: 'minmax' }
			)
		).toEqual([0.75, 0.25]);
	});

	it('gives all-zero scores for all-zero weights', () => {
		expect(wsm(triantaphyllou.matrix, [0, 0, 0, 0], triantaphyllou.directions)).toEqual([0, 0, 0]);
	});
});

sharedProperties('wsm (none)', (m, w, d) => wsm(m, w, d), { scaleInvariant: false });
sharedProperties('wsm (minmax)', (m, w, d) => wsm(m, w, d, { normalisation: 'minmax' }), {
	scaleInvariant: true
});
sharedProperties('wsm (max)', (m, w, d) => wsm(m, w, d, { normalisation: 'max' }), { scaleInvariant: true });
