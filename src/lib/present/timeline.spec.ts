import { describe, expect, it } from 'vitest';
import { latestDataset } from '$lib/data/datasets';
import type { Timeline } from '$lib/data/timeline';
import { evaluate } from '$lib/evaluation/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import { TIMELINE_CONTEXT, timelineView } from './timeline';

const source = (n: number) => ({ title: `Source ${n}`, url: `https://example.org/${n}` });
/** A timeline for the tiny data set (as of 2010-05), out of order in the file on purpose. */
const history: Timeline = {
	datasetId: 'tiny',
	title: 'Tiny history',
	description: 'What became of A, B and C.',
	events: [
		{ date: '2012-03', text: 'A is sold.', concerns: ['a', 'xen'], source: source(1) },
		{ date: '2009', text: 'A starts.', concerns: ['a'], source: { ...source(2), note: 'second-hand' } },
		{ date: '2010-05', text: 'B launches.', concerns: ['b', 'kvm'], source: source(3) },
		{ date: '2011', text: 'A moves to KVM.', concerns: ['a'], source: source(4) }
	]
};

describe('timelineView', () => {
	const scenario = scenarioWith(tiny, { price: 3, future: 1 });

	it('lists every event oldest first, with the names it concerns and its source', () => {
		const view = timelineView(evaluate(tiny, scenario), history)!;
		expect(view.heading).toBe('What happened next');
		expect(view.context).toBe(TIMELINE_CONTEXT);
		expect(
			view.events.map((e) => `${e.date}|${e.text}|${e.concerns}|${e.source}|${e.url}|${e.afterAsOf}`)
		).toEqual([
			'2009|A starts.|A|Source 2|https://example.org/2|false',
			'2010-05|B launches.|B, KVM|Source 3|https://example.org/3|false',
			'2011|A moves to KVM.|A|Source 4|https://example.org/4|true',
			'2012-03|A is sold.|A, Xen|Source 1|https://example.org/1|true'
		]);
		expect(view.events[0]!.sourceNote).toBe('second-hand');
		expect(new Set(view.events.map((e) => e.key)).size).toBe(4);
		expect(view.eventsCaption).toBe('Events 2009–2012, each with its source (the data describe 2010-05)');
	});

	it('tells what became of each ranked provider after the as-of date, in ranking order', () => {
		const view = timelineView(evaluate(tiny, scenario), history)!;
		expect(view.fatesHeading).toBe('What became of the providers ranked, after 2010-05');
		expect(view.fates).toEqual([
			{ providerId: 'a', rank: 1, provider: 'A', text: '2011: A moves to KVM. 2012-03: A is sold.' },
			// B's only event is on the as-of date itself: not "next".
			{ providerId: 'b', rank: 2, provider: 'B', text: 'nothing recorded after 2010-05.' },
			{ providerId: 'c', rank: 3, provider: 'C', text: 'nothing recorded after 2010-05.' }
		]);
	});

	it('says a provider the person added has no history, and has no ranks when nothing is ranked', () => {
		const withMine = {
			...scenarioWith(tiny, { price: 0, future: 0 }),
			edits: { ...scenario.edits, providers: [{ id: 'mine', name: 'Mine', platform: 'KVM' }] }
		};
		const view = timelineView(evaluate(tiny, withMine), history)!;
		expect(view.fatesHeading).toBe('What became of the providers compared, after 2010-05');
		expect(view.fates.at(-1)).toEqual({
			providerId: 'mine',
			provider: 'Mine',
			text: 'no history (your provider).'
		});
		expect(view.fates.every((f) => f.rank === undefined)).toBe(true);
	});

	it('is undefined for a data set without a timeline, and reads the published one for cloud-2010', () => {
		expect(timelineView(evaluate(tiny, scenario))).toBeUndefined();
		const cloud = latestDataset('cloud-2010');
		const weights = Object.fromEntries(cloud.criteria.map((c) => [c.id, 1]));
		const view = timelineView(evaluate(cloud, scenarioWith(cloud, weights)))!;
		expect(view.events.length).toBeGreaterThanOrEqual(30);
		expect(view.events.every((e) => e.url?.startsWith('https://') || e.url?.startsWith('http://'))).toBe(
			true
		);
		const ibm = view.fates.find((f) => f.providerId === 'ibm')!;
		expect(ibm.text).toContain('2014-01-31: IBM SmartCloud Enterprise is shut down.');
		expect(ibm.text).not.toContain('2010-05-06');
	});
});
