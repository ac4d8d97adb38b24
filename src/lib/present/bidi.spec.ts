import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '$lib/evaluation/evaluate';
import { tiny } from '$testing/tiny';
import { scenarioWith } from '$lib/scenario/defaults';
import { answerView } from './answer';
import { isolate, isolatedParts, possessive, stripBidiControls, withoutBidiControls } from './bidi';
import { whyFirst } from './why';

const RLO = '\u202e';
const FSI = '\u2068';
const PDI = '\u2069';

describe('stripBidiControls', () => {
	it('removes every embedding, override and isolate control, paired or not', () => {
		expect(stripBidiControls(`${RLO}evil`)).toBe('evil');
		expect(stripBidiControls('a\u202ab\u202bc\u202cd\u202de\u202ef')).toBe('abcdef');
		expect(stripBidiControls('a\u2066b\u2067c\u2068d\u2069e')).toBe('abcde');
	});

	it('keeps letters in any script and the direction marks', () => {
		expect(stripBidiControls('שלום Cloud \u200fعربي\u200e')).toBe('שלום Cloud \u200fعربي\u200e');
	});
});

describe('isolate and isolatedParts', () => {
	it('isolates a name that can run right to left, without its own controls', () => {
		expect(isolate(`${RLO}evil`)).toBe(`${FSI}evil${PDI}`);
		expect(isolate('שלום')).toBe(`${FSI}שלום${PDI}`);
	});

	it('leaves a left-to-right name as it is', () => {
		expect(isolate('Amazon EC2 (us-east-1) 2010!')).toBe('Amazon EC2 (us-east-1) 2010!');
	});

	it('splits a sentence into the isolated names and the words around them', () => {
		expect(isolatedParts(`${FSI}evil${PDI} leads ${FSI}שלום${PDI} by 2 points.`)).toEqual([
			{ text: 'evil', isolated: true },
			{ text: ' leads ', isolated: false },
			{ text: 'שלום', isolated: true },
			{ text: ' by 2 points.', isolated: false }
		]);
		expect(isolatedParts('No names here.')).toEqual([{ text: 'No names here.', isolated: false }]);
	});

	it('strips every string of a plain document, leaving other values alone', () => {
		expect(withoutBidiControls({ a: [`${FSI}x${PDI}`, 1, true], b: { c: `${RLO}y` }, d: undefined })).toEqual(
			{
				a: ['x', 1, true],
				b: { c: 'y' },
				d: undefined
			}
		);
	});
});

describe('a provider named with an unclosed right-to-left override', () => {
	// Tiny with B renamed: at equal weights B leads A by 2.6 points (answer.spec.ts has the arithmetic).
	const evil = {
		...tiny,
		providers: tiny.providers.map((p) => (p.id === 'b' ? { ...p, name: `${RLO}evil` } : p))
	};
	// Built in beforeAll, not as the file is read: Stryker switches a mutant on only as the tests start.
	let evaluation: Evaluation;
	beforeAll(() => {
		evaluation = evaluate(evil, scenarioWith(evil, { price: 50, future: 50 }));
	});

	it('is isolated in the answer, and the words after it keep their direction', () => {
		const answer = answerView(evaluation);
		expect(answer.sentence).toBe(
			`${FSI}evil${PDI} leads A by 2.6 points, mostly on future; A is better on price.`
		);
		expect(answer.headline).toBe(
			`${FSI}evil${PDI} comes first with 75.0 points, 2.6 points ahead of A (72.4).`
		);
		expect(answer.robustness).toMatch(new RegExp(`^${FSI}evil${PDI} (is|came) first `));
	});

	it('is isolated wherever "Why #1 wins" names it', () => {
		const text = whyFirst(evaluation)?.text ?? '';
		expect(text.startsWith(`${FSI}evil${PDI} is first with 75.0, 2.6 points ahead of A (72.4).`)).toBe(true);
		expect(text).not.toContain(RLO);
	});
});

describe('possessive', () => {
	it.each([
		['Guest isolation', 'Guest isolation’s'],
		// A plural takes the apostrophe alone (issue 19: never “Data centres’s share”).
		['Data centres', 'Data centres’'],
		['Rackspace Cloud Servers', 'Rackspace Cloud Servers’'],
		['Amazon EC2', 'Amazon EC2’s']
	])('%j → %j', (name, expected) => {
		expect(possessive(name)).toBe(expected);
	});
});
