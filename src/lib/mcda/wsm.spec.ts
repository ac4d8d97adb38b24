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

describe('wsm with a mask', () => {
	it('scores a row on its other cells, its weights re-scaled over them', () => {
		// Row 1 left out on the second criterion: 80 alone. Row 2: ¼·50 + ¾·50 = 50.
		const scores = wsm(
			[
				[80, 20],
				[50, 50]
			],
			[1, 3],
			[1, 1],
			{
				included: [
					[true, false],
					[true, true]
				]
			}
		);
		expect(scores[0]).toBeCloseTo(80, 12);
		expect(scores[1]).toBeCloseTo(50, 12);
		// Every weighted cell left out: nothing to score by.
		expect(wsm([[80, 20]], [0, 3], [1, 1], { included: [[true, false]] })).toEqual([0]);
	});
});
