import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { latestDataset } from './datasets';
import { parseTimeline, sortEvents, whatBecameOf, type Timeline, type TimelineEvent } from './timeline';
import { timelineFor, timelines } from './timelines';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const FILE = 'data/history/cloud-2010.timeline.json';
const dataset = latestDataset('cloud-2010');
const ids = new Set([...dataset.providers.map((p) => p.id), ...dataset.hypervisors.map((h) => h.id)]);

describe('the published timeline', () => {
	// Built in beforeAll, not as the file is read: Stryker switches a mutant on only as the tests start.
	let timeline: Timeline;
	beforeAll(() => {
		timeline = parseTimeline(FILE, readJson(FILE), ids);
	});

	it('passes the schema and names only providers and hypervisors of the newest data set', () => {
		expect(timeline.datasetId).toBe('cloud-2010');
		expect(timelineFor('cloud-2010')).toEqual(timeline);
		expect(timelines).toHaveLength(1);
		// The browser takes the file without parsing it (timelines.ts): right only while parsing
		// drops, defaults and changes nothing.
		expect(timeline).toStrictEqual(readJson(FILE));
	});

	it('has at least one event for every provider of the newest data set, and for Xen and KVM', () => {
		for (const id of ids) expect(whatBecameOf(timeline, id).length, id).toBeGreaterThan(0);
	});

	it('runs from 2007 to the 2020s, with a source for every event', () => {
		const dates = sortEvents(timeline.events).map((e) => e.date);
		expect(dates[0]!.slice(0, 4)).toBe('2007');
		expect(Number(dates.at(-1)!.slice(0, 4))).toBeGreaterThanOrEqual(2020);
		for (const event of timeline.events) expect(event.source.url).toMatch(/^https?:\/\//);
	});

	it('is kept in date order in the file', () => {
		expect(sortEvents(timeline.events)).toEqual(timeline.events);
	});

	it('tells what became of The Planet, in date order', () => {
		expect(whatBecameOf(timeline, 'the-planet').map((e) => e.date)).toEqual(['2010-05', '2010-08-05', '2013-06-04']);
		const gogrid = whatBecameOf(timeline, 'gogrid').map((e) => e.date);
		expect(gogrid.at(-2)).toBe('2019-05-31');
	});
});

describe('sortEvents and whatBecameOf', () => {
	const event = (date: string, concerns: string[], text = date): TimelineEvent => ({
		date,
		text,
		concerns,
		source: { title: 't', url: 'https://example.com/' }
	});

	it('sorts dates of mixed precision: a year before its months, a month before its days', () => {
		const events = [event('2013-06-04', ['a']), event('2013', ['a']), event('2013-06', ['a']), event('2007-02-05', ['a'])];
		expect(sortEvents(events).map((e) => e.date)).toEqual(['2007-02-05', '2013', '2013-06', '2013-06-04']);
	});

	it('keeps the file order for the same date, and does not reorder its input', () => {
		const events = [event('2010-05', ['a'], 'first'), event('2009', ['a']), event('2010-05', ['a'], 'second')];
		expect(sortEvents(events).map((e) => e.text)).toEqual(['2009', 'first', 'second']);
		expect(events[0]!.text).toBe('first');
	});

	it('returns only the events of the id asked for, and none for an unknown id', () => {
		const timeline: Timeline = {
			datasetId: 'x',
			title: 't',
			description: 'd',
			events: [event('2014', ['ibm']), event('2013', ['ibm', 'the-planet']), event('2012', ['rackspace'])]
		};
		expect(whatBecameOf(timeline, 'ibm').map((e) => e.date)).toEqual(['2013', '2014']);
		expect(whatBecameOf(timeline, 'nobody')).toEqual([]);
	});
});

describe('a broken timeline file', () => {
	const broken = readJson('src/lib/data/fixtures/broken.timeline.json');

	it('fails with the file, the field path and what was wrong', () => {
		const parse = () => parseTimeline('data/history/cloud-2010.timeline.json', broken);
		expect(parse).toThrowError(/^Invalid timeline data\/history\/cloud-2010\.timeline\.json:/);
		expect(parse).toThrowError(/cloud-2010\.timeline\.json: events\.0\.date: a date is written YYYY, YYYY-MM or YYYY-MM-DD/);
		expect(parse).toThrowError(/events\.1\.source: /);
		expect(parse).toThrowError(/events\.2\.concerns: /);
		expect(parse).toThrowError(/events\.2\.source\.url: /);
	});

	it('rejects an event about an id that is not in the data set', () => {
		const timeline = readJson(FILE) as { events: { concerns: string[] }[] };
		timeline.events[3]!.concerns.push('opsource');
		expect(() => parseTimeline(FILE, timeline, ids)).toThrowError(
			/events\.3\.concerns\.1: "opsource" is not a provider or hypervisor of cloud-2010/
		);
	});

	it('rejects a file whose name does not match its data set id', () => {
		expect(() => parseTimeline('data/history/other.timeline.json', readJson(FILE))).toThrowError(
			/must be named cloud-2010\.timeline\.json/
		);
	});
});
