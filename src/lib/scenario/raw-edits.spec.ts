import { describe, expect, it } from 'vitest';
import { readEdits, reasonOf } from './raw-edits';
import { emptyEdits } from './schema';

/** The id rule in the schema's words, as the sentences quote it. */
const ID_RULE = 'an id uses lower-case letters, digits and hyphens (64 at most)';
const from = 'the file';
const disk = {
	id: 'disk',
	name: 'Disk',
	group: 'extras',
	unit: 'GB',
	direction: 'higher',
	scale: { kind: 'linear', worst: 0, best: 100 }
};

/**
 * A comparison file whose own data does not check out as a whole is read item by item: each bad
 * item is dropped alone and named with its place and reason; everything else is kept.
 */
describe('readEdits: one’s own data from a file, item by item', () => {
	it('nothing given is nothing to read; a part that is no object is dropped whole and said', () => {
		expect(readEdits(undefined, from)).toEqual({ edits: emptyEdits(), problems: [] });
		for (const json of [null, [], 'edits', 5])
			expect(readEdits(json, from)).toEqual({
				edits: emptyEdits(),
				problems: ['Your own data in the file is not in the expected shape; none of it was read.']
			});
	});

	it('names the parts that are not part of a comparison, in the singular or plural', () => {
		expect(readEdits({ colour: 1 }, from).problems).toEqual([
			'Ignored “colour” in your own data in the file: it is not part of a comparison.'
		]);
		expect(readEdits({ colour: 1, size: 2, providers: [] }, 'the link').problems).toEqual([
			'Ignored “colour”, “size” in your own data in the link: they are not part of a comparison.'
		]);
	});

	it('keeps the good items of a list, drops each bad one with its place, name and reason', () => {
		const { edits, problems } = readEdits(
			{
				providers: [
					{ id: 'acme', name: 'Acme', platform: 'KVM' },
					{ id: 'blank', name: '   ', platform: '' },
					{ name: 'No id', platform: '' },
					7
				],
				criteria: [disk],
				groups: [{ id: 'extras', name: 'Extras' }]
			},
			from
		);
		expect(edits.providers).toEqual([{ id: 'acme', name: 'Acme', platform: 'KVM' }]);
		expect(edits.criteria).toEqual([disk]);
		expect(edits.groups).toEqual([{ id: 'extras', name: 'Extras' }]);
		expect(problems).toEqual([
			'Dropped your provider 2 in the file: it has no name.',
			'Dropped your provider 3 “No id” in the file: it has no id.',
			'Dropped your provider 4 in the file: it is not an object.'
		]);
		// A field the item may not have: zod's words for the item as a whole.
		expect(readEdits({ groups: [{ id: 'g', name: 'G', colour: 'red' }] }, from).problems).toEqual([
			'Dropped your group 1 “G” in the file: Unrecognized key: "colour".'
		]);
		expect(readEdits({ criteria: [{ ...disk, unit: 5 }] }, from).problems).toEqual([
			expect.stringMatching(/^Dropped your criterion 1 “Disk” in the file: unit: /)
		]);
	});

	it('a list that is not a list is dropped whole; a list too long keeps its first items', () => {
		expect(readEdits({ providers: { acme: 1 } }, from).problems).toEqual([
			'Your providers in the file are not a list; none of them was read.'
		]);
		const groups = Array.from({ length: 21 }, (_, i) => ({ id: `g${i}`, name: `G${i}` }));
		const { edits, problems } = readEdits({ groups }, from);
		expect(edits.groups.map((g) => g.id)).toEqual(groups.slice(0, 20).map((g) => g.id));
		expect(problems).toEqual(['The file has 21 groups of your own; kept the first 20.']);
		expect(readEdits({ groups: groups.slice(0, 20) }, from).problems).toEqual([]);
	});

	it('changed scales: kept by criterion id; a key that is no id, or a scale that is not one, is named', () => {
		const scale = { kind: 'linear', worst: 1, best: 64 };
		const { edits, problems } = readEdits(
			{ scales: { 'largest-ram': scale, Bad: scale, disk: { kind: 'linear', worst: 'x', best: 1 } } },
			from
		);
		expect(edits.scales).toEqual({ 'largest-ram': scale });
		expect(problems).toEqual([
			`Dropped a changed scale in the file: “Bad” is not a criterion id (${ID_RULE}).`,
			expect.stringMatching(/^Dropped the changed scale of “disk” in the file: worst: /)
		]);
		expect(readEdits({ scales: [] }, from).problems).toEqual([
			'The changed scales in the file are not in the expected shape; none of them was read.'
		]);
	});

	it('values: each kept under provider and criterion id; each bad one named with both', () => {
		const { edits, problems } = readEdits(
			{
				values: {
					acme: {
						disk: { kind: 'user', raw: 20 },
						Bad: { kind: 'user', raw: 1 },
						ram: { kind: 'user', raw: { gb: 8 } },
						cpu: { kind: 'sourced', raw: 2 }
					},
					Shop: { disk: { kind: 'user', raw: 1 } },
					ibm: 'cheap'
				}
			},
			from
		);
		expect(edits.values).toEqual({ acme: { disk: { kind: 'user', raw: 20 } } });
		expect(problems).toEqual([
			`Dropped the value of “Bad” for “acme” in the file: “Bad” is not a criterion id (${ID_RULE}).`,
			'Dropped the value of “ram” for “acme” in the file: “{"gb":8}” is neither a number nor a level.',
			expect.stringMatching(/^Dropped the value of “cpu” for “acme” in the file: kind: /),
			`Dropped a row of values in the file: “Shop” is not a provider id (${ID_RULE}).`,
			'Dropped the values of “ibm” in the file: they are not in the expected shape.'
		]);
		// No raw value at all: zod's words about the field.
		expect(readEdits({ values: { acme: { disk: { kind: 'user' } } } }, from).problems).toEqual([
			expect.stringMatching(/^Dropped the value of “disk” for “acme” in the file: raw: /)
		]);
		expect(readEdits({ values: 'all' }, from).problems).toEqual([
			'The values in the file are not in the expected shape; none of them was read.'
		]);
	});

	it('new names: trimmed, at most 80 characters, for ids only; none kept means no names part', () => {
		const { edits, problems } = readEdits(
			{ names: { ibm: ' Big Blue ', ntt: 5, gogrid: 'x'.repeat(81), Bad: 'Name' } },
			from
		);
		expect(edits.names).toEqual({ ibm: 'Big Blue' });
		const dropped = (id: string) =>
			`Dropped the new name of “${id}” in the file: it is not a name of at most 80 characters for an id.`;
		expect(problems).toEqual([dropped('ntt'), dropped('gogrid'), dropped('Bad')]);
		expect(readEdits({ names: { ibm: 'x'.repeat(80) } }, from).edits.names).toEqual({ ibm: 'x'.repeat(80) });
		expect(readEdits({ names: { ntt: 5 } }, from).edits).not.toHaveProperty('names');
	});

	it('removed items and the order are read whole: one bad id drops the part, with the reason', () => {
		const good = readEdits({ removed: ['ibm'], order: { providers: ['ntt', 'ibm'] } }, from);
		expect(good.edits.removed).toEqual(['ibm']);
		expect(good.edits.order).toEqual({ providers: ['ntt', 'ibm'] });
		expect(good.problems).toEqual([]);
		const bad = readEdits({ removed: ['ibm', 'ibm'], order: { criteria: ['disk', 'disk'] } }, from);
		expect(bad.edits).not.toHaveProperty('removed');
		expect(bad.edits).not.toHaveProperty('order');
		expect(bad.problems).toEqual([
			'Dropped the providers and criteria you removed in the file: an id is named twice.',
			'Dropped the order of rows and columns in the file: criteria: a criterion is named twice.'
		]);
	});

	it('a reason with no issue to give says only that the item is not valid', () => {
		expect(reasonOf({ issues: [] } as unknown as Parameters<typeof reasonOf>[0])).toBe('it is not valid');
	});
});

describe('readEdits: reasons and shapes, the remaining cases', () => {
	it('names the field of a nested problem, a name too long, and an id that breaks the rule', () => {
		const problems = readEdits(
			{
				providers: [
					{ id: 'Bad Id', name: 'X', platform: '' },
					{ id: 'long', name: 'n'.repeat(81), platform: '' },
					null,
					{ id: 'five', name: 5, platform: '' }
				],
				criteria: [{ ...disk, scale: { kind: 'linear', worst: 'x', best: 1 } }]
			},
			from
		).problems;
		expect(problems).toEqual([
			`Dropped your provider 1 “X” in the file: id: ${ID_RULE}.`,
			expect.stringMatching(/^Dropped your provider 2 “n{30}…” in the file: name: /),
			'Dropped your provider 3 in the file: it is not an object.',
			'Dropped your provider 4 in the file: it has no name.',
			expect.stringMatching(/^Dropped your criterion 1 “Disk” in the file: scale\.worst: /)
		]);
	});

	it('keeps every value of a provider, and says which parts are not lists or records', () => {
		const { edits, problems } = readEdits(
			{
				values: { acme: { disk: { kind: 'user', raw: 20 }, ram: { kind: 'user', raw: 8 } } },
				criteria: {},
				names: 'IBM'
			},
			from
		);
		expect(edits.values).toEqual({
			acme: { disk: { kind: 'user', raw: 20 }, ram: { kind: 'user', raw: 8 } }
		});
		expect(problems).toEqual([
			'Your criteria in the file are not a list; none of them was read.',
			'The new names in the file are not in the expected shape; none of them was read.'
		]);
	});
});
