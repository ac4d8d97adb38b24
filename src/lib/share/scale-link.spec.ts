import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { emptyEdits, type Scenario } from '$lib/scenario/schema';
import { decodeScenario, encodeScenario } from './codec';
import { exportComparisonJson, importComparisonJson } from './json-file';

const v3 = findDataset('cloud-2010', 3)!;
const memory = {
	kind: 'piecewise' as const,
	points: [
		{ level: 1, score: 0 },
		{ level: 8, score: 70 },
		{ level: 64, score: 100 }
	]
};
/** The `e` parameter's JSON, inflated (see payload.ts). */
const payloadOf = (query: string) =>
	JSON.parse(
		strFromU8(
			inflateSync(
				Uint8Array.from(
					atob(new URLSearchParams(query).get('e')!.replace(/-/g, '+').replace(/_/g, '/')),
					(c) => c.charCodeAt(0)
				)
			)
		)
	);

describe('scales in a link', () => {
	const scenario: Scenario = {
		...defaultScenario(v3),
		weights: { ...defaultScenario(v3).weights, disk: 25 },
		edits: {
			...emptyEdits(),
			scales: { 'largest-ram': memory },
			groups: [{ id: 'mine', name: 'Mine' }],
			criteria: [
				{
					id: 'disk',
					name: 'Disk',
					group: 'mine',
					unit: 'GB',
					direction: 'higher',
					scale: {
						kind: 'piecewise',
						points: [
							{ level: 500, score: 100 },
							{ level: 100, score: 60 },
							{ level: 10, score: 0 }
						]
					}
				}
			]
		}
	};

	it('carries a piecewise scale (changed, and of a criterion of one’s own) there and back', () => {
		const query = encodeScenario(scenario, v3);
		const decoded = decodeScenario(query, { datasets: [v3] });
		expect(decoded.problems).toEqual([]);
		expect(decoded.scenario).toEqual(scenario);
		// In the link's payload, compactly: the kind's id, then level, score, level, score…
		const payload = payloadOf(query);
		expect(payload.scales['largest-ram']).toEqual(['piecewise', 1, 0, 8, 70, 64, 100]);
		expect(payload.criteria[0].scale).toEqual(['piecewise', 500, 100, 100, 60, 10, 0]);
	});

	it('writes the scales links held before exactly as before: objects, as JSON', () => {
		const linear = { kind: 'linear' as const, worst: 1, best: 64 };
		const query = encodeScenario(
			{ ...scenario, edits: { ...emptyEdits(), scales: { 'largest-ram': linear } } },
			v3
		);
		expect(payloadOf(query)).toEqual({ scales: { 'largest-ram': { kind: 'linear', worst: 1, best: 64 } } });
		// A payload as the release before the registry wrote one (JSON, deflated, base64url) reads the same.
		const json =
			'{"scales":{"largest-ram":{"kind":"linear","worst":1,"best":64},"windows":{"kind":"levels","levels":[{"id":"yes","label":"Yes","score":80},{"id":"no","label":"No","score":0}]}}}';
		const e = btoa(String.fromCharCode(...deflateSync(strToU8(json))))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
		const decoded = decodeScenario(`v=2&d=cloud-2010.3&e=${e}`, { datasets: [v3] });
		expect(decoded.problems).toEqual([]);
		expect(decoded.scenario.edits.scales).toEqual(JSON.parse(json).scales);
	});

	it('is read from a comparison file (JSON import), points as { level, score }', () => {
		const text = exportComparisonJson(scenario, new Date('2026-12-03T12:00:00Z'));
		expect(text).toContain('"level": 64');
		const read = importComparisonJson(text, [v3]);
		expect(read).toEqual({ ok: true, scenario, notices: [] });
		// Levels that turn back: that scale is dropped, with its criterion and reason; the rest opens.
		const bad = text.replace('"level": 64', '"level": 4');
		const opened = importComparisonJson(bad, [v3]);
		expect(opened).toMatchObject({
			ok: true,
			scenario: { weights: scenario.weights, edits: { scales: {} } },
			notices: [expect.stringMatching(/^Dropped the changed scale of “largest-ram” in the file: points: /)]
		});
	});
});
