import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory, StoryError } from './story';

// A data set's story (presets, platform groups and their colours) is read from data/stories at
// build time; a mistake in one must stop the build with the file, the field and what is wrong.
const FILE = 'data/stories/cloud-2010.story.json';
const published = (): Record<string, unknown> & { presets: { weights: Record<string, number> }[] } =>
	JSON.parse(readFileSync(FILE, 'utf8'));

describe('parseStory', () => {
	it('reads the published stories unchanged', () => {
		for (const file of [FILE, 'data/stories/cloud-2026.story.json']) {
			const json = JSON.parse(readFileSync(file, 'utf8'));
			expect(parseStory(file, json)).toStrictEqual(json);
		}
		expect(parseStory(FILE, published()).grouping?.colours.xen?.light.name).toBe('dark blue');
	});

	it('names the file, the field path and the problem, one line each', () => {
		const story = published();
		story.presets[0]!.weights['entry-price'] = 120;
		(story.grouping as { colours: { kvm: { dark: { fill: string } } } }).colours.kvm.dark.fill = 'orange';
		const parse = () => parseStory(FILE, story);
		expect(parse).toThrowError(StoryError);
		expect(parse).toThrowError(/^Invalid story data\/stories\/cloud-2010\.story\.json:\n {2}data\/stories/);
		expect(parse).toThrowError(/\n {2}data\/stories\/cloud-2010\.story\.json: presets\.0\.weights\.entry-price: /);
		expect(parse).toThrowError(/grouping\.colours\.kvm\.dark\.fill: a colour is written #rrggbb/);
		const error = (() => {
			try {
				parse();
			} catch (caught) {
				return caught as Error;
			}
		})();
		expect(error?.name).toBe('StoryError');
		expect(error?.message.split('\n')).toHaveLength(3);
	});

	it('says "(root)" when the file is not an object at all', () => {
		expect(() => parseStory(FILE, [])).toThrowError(/cloud-2010\.story\.json: \(root\): /);
	});

	it('rejects a story filed under another data set’s name', () => {
		expect(() => parseStory('data/stories/cloud-2026.story.json', published())).toThrowError(
			'Invalid story data/stories/cloud-2026.story.json: the file must be named cloud-2010.story.json'
		);
	});
});
