import { describe, expect, it } from 'vitest';
import { sortEvents, whatBecameOf } from './events';
import type { Timeline, TimelineEvent } from './timeline';

/** An event with only what the order depends on (the source is the same for all). */
const event = (date: string, text: string, concerns = ['xen']): TimelineEvent => ({
	date,
	text,
	concerns,
	source: { title: 'A source', url: 'https://example.org/' }
});
const texts = (events: readonly TimelineEvent[]) => events.map((e) => e.text);

describe('the order of "What happened next"', () => {
	it('is by date, oldest first, whatever the file order', () => {
		const sorted = sortEvents([event('2014-03-01', 'c'), event('2010-11-10', 'a'), event('2012-06', 'b')]);
		expect(texts(sorted)).toEqual(['a', 'b', 'c']);
	});

	it('puts a year before the days in it, and a month before its days', () => {
		const sorted = sortEvents([event('2013-06-04', 'day'), event('2013-06', 'month'), event('2013', 'year')]);
		expect(texts(sorted)).toEqual(['year', 'month', 'day']);
	});

	it('keeps events of one date in the order the file gives them', () => {
		// Four on one date, among others: a sort that is not stable, or reverses ties, shows here.
		const file = [
			event('2011', 'first'),
			event('2015', 'later'),
			event('2011', 'second'),
			event('2009', 'earlier'),
			event('2011', 'third'),
			event('2011', 'fourth')
		];
		expect(texts(sortEvents(file))).toEqual(['earlier', 'first', 'second', 'third', 'fourth', 'later']);
		// The file itself is left as it was.
		expect(texts(file)).toEqual(['first', 'later', 'second', 'earlier', 'third', 'fourth']);
	});

	it('keeps that order in a long timeline too', () => {
		// Past a few dozen items the engine's sort merges runs and compares in both directions, where
		// a comparison that does not fall back on the file order for ties gives a different order.
		const dates = ['2010-11', '2011', '2011-02-01', '2012', '2013-06', '2014', '2016-01-01'];
		const file = Array.from({ length: 300 }, (_, n) => event(dates[(n * 5 + (n >> 3)) % dates.length]!, `e${n}`));
		// By hand: the dates in text order, and each date's events as the file lists them.
		const expected = [...dates].sort().flatMap((date) => texts(file.filter((e) => e.date === date)));
		expect(texts(sortEvents(file))).toEqual(expected);
	});

	it('for one provider, lists only the events that concern it, in date order', () => {
		const timeline: Timeline = {
			datasetId: 'cloud-2010',
			title: 'What happened next',
			description: 'Events after the data set’s date.',
			events: [
				event('2016', 'both', ['gogrid', 'xen']),
				event('2012', 'other', ['kvm']),
				event('2011', 'gogrid', ['gogrid'])
			]
		};
		expect(texts(whatBecameOf(timeline, 'gogrid'))).toEqual(['gogrid', 'both']);
		expect(texts(whatBecameOf(timeline, 'nobody'))).toEqual([]);
	});
});
