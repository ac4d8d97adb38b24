import { describe, expect, it } from 'vitest';
import { criterionOf, packed } from '../../../tests/support/fuzz-links';
import { latestDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { decodeScenario } from '$lib/share/codec';
import { exportComparisonJson, importComparisonJson } from '$lib/share/json-file';
import { effectiveDataset } from './effective';
import { tiny } from '$testing/tiny';
import { DEFAULT_WEIGHT } from './defaults';
import {
	list,
	quote,
	rawOf,
	readDecimal,
	readJudgement,
	readMethod,
	readMust,
	readRankKind,
	readUnknowns,
	readWeighting,
	resolveScenario,
	typedWeight,
	uniqueEdits,
	wholeWeight
} from './resolve';
import { emptyEdits, type Edits } from './schema';

const cloud = latestDataset('cloud-2010');

const provider = (id: string, name: string) => ({ id, name, platform: 'KVM' });

/** Every clash issue 21 (item 5) names, in one change set. */
const clashing: Edits = {
	...emptyEdits(),
	providers: [provider('acme', 'Acme'), provider('acme', 'Acme again'), provider('gogrid', 'Not GoGrid')],
	criteria: [
		criterionOf('disk', 'Disk'),
		criterionOf('disk', 'Disk again'),
		criterionOf('entry-price', 'My entry price')
	],
	groups: [
		{ id: 'extras', name: 'Extras' },
		{ id: 'extras', name: 'Extras again' }
	]
};

describe('unique ids in a change set', () => {
	it('keeps the first of two alike, drops clashes with the data set, and names each', () => {
		const { edits, problems } = uniqueEdits(clashing, cloud);
		expect(edits.providers.map((p) => p.name)).toEqual(['Acme']);
		expect(edits.criteria.map((c) => c.name)).toEqual(['Disk']);
		expect(edits.groups.map((g) => g.name)).toEqual(['Extras']);
		expect(problems).toEqual([
			'Dropped your provider “Acme again”: another provider before it has the id “acme”.',
			'Dropped your provider “Not GoGrid”: its id “gogrid” is already one of the data set’s providers.',
			'Dropped your criterion “Disk again”: another criterion before it has the id “disk”.',
			'Dropped your criterion “My entry price”: its id “entry-price” is already one of the data set’s criteria.',
			'Dropped your group “Extras again”: another group before it has the id “extras”.'
		]);
	});

	it('returns the same edits when nothing clashes (memoised results stay valid)', () => {
		const fine = { ...emptyEdits(), providers: [provider('acme', 'Acme')] };
		expect(uniqueEdits(fine, cloud)).toEqual({ edits: fine, problems: [] });
		expect(uniqueEdits(fine, cloud).edits).toBe(fine);
	});

	it('the effective data set has unique ids whatever it is given', () => {
		const effective = effectiveDataset(cloud, clashing);
		for (const list of [effective.providers, effective.criteria, effective.groups]) {
			const ids = list.map((x) => x.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		expect(effective.criteria.find((c) => c.id === 'entry-price')?.name).toBe(
			cloud.criteria.find((c) => c.id === 'entry-price')!.name
		);
	});

	it('a link with duplicate ids opens with the first of each and says what it dropped', () => {
		const { scenario, problems } = decodeScenario(`v=2&e=${packed(clashing)}`);
		expect(scenario.edits.providers.map((p) => p.name)).toEqual(['Acme']);
		expect(problems).toContain(
			'Dropped your provider “Acme again”: another provider before it has the id “acme”.'
		);
		expect(problems).toContain(
			'Dropped your criterion “My entry price”: its id “entry-price” is already one of the data set’s criteria.'
		);
	});

	it('a file with duplicate ids opens with the first of each and says what it dropped', () => {
		const text = exportComparisonJson({ ...defaultScenario(cloud), edits: clashing });
		const result = importComparisonJson(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenario.edits.criteria.map((c) => c.name)).toEqual(['Disk']);
		expect(result.notices).toContain(
			'Dropped your group “Extras again”: another group before it has the id “extras”.'
		);
	});

	it('a file naming a provider twice among those left out, or a criterion twice in a rank order, opens with the rest', () => {
		const twice = JSON.parse(exportComparisonJson(defaultScenario(cloud)));
		twice.scenario.excluded = ['ntt', 'ntt'];
		const result = importComparisonJson(JSON.stringify(twice));
		// Left out twice is left out once: nothing is lost, so nothing needs saying.
		expect(result).toMatchObject({ ok: true, scenario: { excluded: ['ntt'] }, notices: [] });
		twice.scenario.excluded = [];
		twice.scenario.rankOrder = ['entry-price', 'entry-price'];
		const again = importComparisonJson(JSON.stringify(twice));
		expect(again.ok).toBe(true);
		if (!again.ok) return;
		expect(again.scenario.rankOrder).toBeUndefined();
		expect(again.scenario.weights).toEqual(defaultScenario(cloud).weights);
		expect(again.notices).toEqual([
			'The rank order in the file names a criterion twice; ignored the rank order.'
		]);
	});
});

describe('scales that could not score', () => {
	it('a link’s scale from −1e308 to 1e308 is dropped, so no score is NaN', async () => {
		const { evaluate } = await import('$lib/evaluation/evaluate');
		const scales = { 'entry-price': { kind: 'linear', worst: 1e308, best: -1e308 } };
		const { scenario, problems } = decodeScenario(`v=2&e=${packed({ scales })}`);
		expect(problems).toEqual([
			'Dropped the changed scale of “entry-price” in the link: best: the distance between worst and best must be a finite number.'
		]);
		expect(Object.keys(scenario.edits.scales)).toEqual([]);
		const scores = evaluate(cloud, scenario).ranking.map((r) => r.score);
		expect(scores.every(Number.isFinite)).toBe(true);
	});

	it('a rating scale with two levels of one id is refused', () => {
		const levels = [
			{ id: 'yes', label: 'Yes', score: 100 },
			{ id: 'yes', label: 'Also yes', score: 0 }
		];
		const { scenario, problems } = decodeScenario(
			`v=2&e=${packed({ criteria: [{ ...criterionOf('ssd', 'SSD'), scale: { kind: 'levels', levels } }] })}`
		);
		expect(scenario.edits.criteria).toEqual([]);
		expect(problems.join(' ')).toMatch(
			/Dropped your criterion 1 “SSD” in the link: scale.levels: two levels have the same id/
		);
	});
});

/**
 * The gate's rules, one by one, on the hand-written tiny data set: two criteria (Price, then
 * Future, both in group Cost, so one pair for judgements), providers a, b and c, and no preset,
 * so every default weight is DEFAULT_WEIGHT (50).
 */
describe('resolveScenario: the one gate from raw input', () => {
	it('fills what is missing with the defaults, and names the preset only when no weights were given', () => {
		const { scenario, problems } = resolveScenario({}, tiny);
		expect(DEFAULT_WEIGHT).toBe(50);
		expect(scenario).toEqual({
			dataset: { id: 'tiny', version: 1 },
			method: 'weighted-sum',
			weighting: 'direct',
			weights: { price: 50, future: 50 },
			unknowns: 'worst',
			excluded: [],
			edits: emptyEdits()
		});
		expect(problems).toEqual([]);
		// The cloud data set has presets: no weights → the first preset's weights, and its name.
		const cloudDefault = resolveScenario({}, cloud).scenario;
		expect(cloudDefault.preset).toBe('balanced');
		expect(
			resolveScenario({ weights: cloud.criteria.map(() => '1') }, cloud).scenario.preset
		).toBeUndefined();
	});

	it('a missing weight takes its default and is named; extra weights are ignored and counted', () => {
		expect(resolveScenario({ weights: ['20'] }, tiny)).toMatchObject({
			scenario: { weights: { price: 20, future: 50 } },
			problems: ['The link has no weight for Future; kept the default.']
		});
		expect(resolveScenario({ weights: ['20', '30', '40'] }, tiny)).toMatchObject({
			scenario: { weights: { price: 20, future: 30 } },
			problems: ['The link has 3 weights but the data has 2 criteria; ignored the extra ones.']
		});
	});

	it('keeps each weight in 0 to 100: one outside, or not a number, takes the default and is named with its text', () => {
		const { scenario, problems } = resolveScenario({ weights: ['120', 'lots'] }, tiny, { from: 'the file' });
		expect(scenario.weights).toEqual({ price: 50, future: 50 });
		expect(problems).toEqual([
			'The weight for Price, “120”, is outside 0 to 100; kept the default 50.',
			'The weight for Future, “lots”, is not a number; kept the default 50.'
		]);
		// The ends are in range; −0 is 0.
		expect(resolveScenario({ weights: ['100', '-0'] }, tiny).scenario.weights).toEqual({
			price: 100,
			future: 0
		});
		expect(Object.is(resolveScenario({ weights: ['100', '-0'] }, tiny).scenario.weights.future, 0)).toBe(
			true
		);
		// By id (a file, a form): the same rule, and the weight of a criterion not shown is kept.
		expect(resolveScenario({ weights: { price: -1, future: 7, gone: 9 } }, tiny)).toMatchObject({
			scenario: { weights: { price: 50, future: 7, gone: 9 } },
			problems: ['The weight for Price, “-1”, is outside 0 to 100; kept the default 50.']
		});
	});

	it('rounds weights set with sliders to whole numbers and says so; weights from a ranking keep their decimals', () => {
		const direct = resolveScenario({ weights: ['33.5', '12.25'] }, tiny);
		// Math.round: 33.5 → 34, 12.25 → 12.
		expect(direct.scenario.weights).toEqual({ price: 34, future: 12 });
		expect(direct.problems).toEqual([
			'Weights set with sliders are whole numbers from 0 to 100, so 2 weights were rounded: Price 33.5 → 34 and Future 12.25 → 12.'
		]);
		// A file is an exact copy of a scenario: its weights stay as saved.
		expect(resolveScenario({ weights: { price: 33.5 } }, tiny).scenario.weights).toEqual({ price: 33.5 });
		const ranked = resolveScenario({ weights: ['75', '25.5'], weighting: 'rank' }, tiny);
		expect(ranked.scenario.weights).toEqual({ price: 75, future: 25.5 });
		expect(ranked.problems).toEqual([]);
	});

	it('checks a rank order: every position a criterion, none twice; a bad one is ignored whole and named', () => {
		const good = resolveScenario({ weighting: 'rank', rankOrder: { positions: ['1', '0'] } }, tiny);
		expect(good.scenario.rankOrder).toEqual(['future', 'price']);
		expect(good.problems).toEqual([]);
		const outside = resolveScenario({ rankOrder: { positions: ['1', '2'] } }, tiny);
		expect(outside.scenario.rankOrder).toBeUndefined();
		expect(outside.problems).toEqual([
			'The rank order in the link names “2”, which is not a criterion of this comparison (there are 2); ignored the rank order.'
		]);
		const twice = resolveScenario({ rankOrder: { positions: ['0', '0'] } }, tiny, {
			from: 'the saved comparison'
		});
		expect(twice.scenario.rankOrder).toBeUndefined();
		expect(twice.problems).toEqual([
			'The rank order in the saved comparison names a criterion twice; ignored the rank order.'
		]);
		expect(resolveScenario({ rankOrder: ['price', 'price'] }, tiny).problems).toEqual([
			'The rank order in the link names a criterion twice; ignored the rank order.'
		]);
		expect(resolveScenario({ rankKind: 'swing' }, tiny).problems).toEqual([
			'The rank weighting “swing” is not one Cloud Scorecard knows; used rank order centroid.'
		]);
	});

	it('checks pairwise judgements: one per pair, each on Saaty’s scale; signed −3 means the second is 3× as important', () => {
		const good = resolveScenario({ weighting: 'pairwise', judgements: ['-3'] }, tiny);
		expect(good.scenario.pairwise).toEqual({ 'price|future': 1 / 3 });
		expect(good.problems).toEqual([]);
		const count = resolveScenario({ judgements: ['3', '3'] }, tiny);
		expect(count.scenario.pairwise).toBeUndefined();
		expect(count.problems).toEqual([
			'The link has 2 pairwise judgements but this comparison has 1 pairs; ignored them.'
		]);
		const off = resolveScenario({ judgements: ['10'] }, tiny);
		expect(off.scenario.pairwise).toBeUndefined();
		expect(off.problems).toEqual([
			'The pairwise judgement “10” is not on the 1–9 scale (−9 to 9); ignored the judgements.'
		]);
		const keyed = resolveScenario({ pairwise: { 'price|future': 4.5 } }, tiny);
		expect(keyed.scenario.pairwise).toBeUndefined();
		expect(keyed.problems).toEqual([
			'The pairwise judgement “4.5” is not on the 1–9 scale (1/9 to 9); ignored the judgements.'
		]);
	});

	it('scores with the weighted sum when the method is one it does not know, and says so', () => {
		const { scenario, problems } = resolveScenario({ method: 'electre-iv' }, tiny);
		expect(scenario.method).toBe('weighted-sum');
		expect(problems).toEqual([
			'The scoring method “electre-iv” is not one Cloud Scorecard knows; used the weighted sum.'
		]);
		expect(resolveScenario({ method: 'topsis' }, tiny).scenario.method).toBe('topsis');
		expect(resolveScenario({ unknowns: 'guess' }, tiny)).toMatchObject({
			scenario: { unknowns: 'worst' },
			problems: [
				'The treatment of unknown values “guess” is not one Cloud Scorecard knows; used “worst level”.'
			]
		});
		expect(resolveScenario({ weighting: 'swing' }, tiny)).toMatchObject({
			scenario: { weighting: 'direct' },
			problems: ['The way of setting the weights “swing” is not one Cloud Scorecard knows; used the sliders.']
		});
	});

	it('leaves out only providers of the comparison, each once; must-haves must fit their criterion', () => {
		const { scenario, problems } = resolveScenario(
			{ excluded: ['b', 'b', 'zz'], musts: ['0:0.1', '1:kvm', '1:xen', '1:gold'] },
			tiny,
			{ from: 'the file' }
		);
		expect(scenario.excluded).toEqual(['b']);
		// Price at most 0.1 $/h; Future KVM or better. The second must-have for Future and the unknown
		// level are ignored.
		expect(scenario.musts).toEqual({ price: 0.1, future: 'kvm' });
		expect(problems).toEqual([
			'The file leaves out “zz”, which is not a provider in this data; ignored.',
			'The must-haves “1:xen” and “1:gold” do not fit this comparison’s criteria; ignored.'
		]);
	});

	it('on a data set that is not here, uses the defaults and claims no preset', () => {
		const { scenario, problems } = resolveScenario({ weights: ['1', '2'], unmatched: true }, cloud);
		expect(scenario.weights).toEqual(defaultScenario(cloud).weights);
		expect(scenario.preset).toBeUndefined();
		expect(problems).toEqual([]);
	});

	it('gives back a valid scenario unchanged (a file or the page’s own state through the same gate)', () => {
		const own: Edits = { ...emptyEdits(), criteria: [criterionOf('disk', 'Disk')], groups: [] };
		const scenario = {
			...defaultScenario(cloud),
			method: 'topsis' as const,
			weighting: 'rank' as const,
			rankOrder: ['entry-price', 'disk'],
			rankKind: 'rank-sum' as const,
			weights: { ...defaultScenario(cloud).weights, 'entry-price': 33.3 },
			excluded: ['ntt'],
			musts: { 'entry-price': 0.1 },
			edits: own
		};
		expect(resolveScenario(rawOf(scenario), cloud)).toEqual({ scenario, problems: [] });
	});
});

/**
 * Each form of the page reads what a person types or picks with the gate's own rule for that kind
 * of input (the form's function on the left), and the gate applies the same rule to a link or a
 * file (right): a hostile value gives a named problem, and every other part is kept.
 */
describe('the forms’ inputs go through the gate’s rules', () => {
	const criteria = effectiveDataset(tiny, emptyEdits()).criteria;
	const price = criteria.find((c) => c.id === 'price')!;
	const future = criteria.find((c) => c.id === 'future')!;

	it('a weight box (Sliders): whole numbers 0–100, brought into range and said; text refused', () => {
		// The sentences the weight box shows (tests/core.test.ts asserts them on the page).
		expect(typedWeight('-5', 50)).toEqual({
			weight: 0,
			problem: 'Weights go from 0 to 100 in whole numbers; -5 was set to 0.'
		});
		expect(typedWeight(' 150 ', 50)).toEqual({
			weight: 100,
			problem: 'Weights go from 0 to 100 in whole numbers; 150 was set to 100.'
		});
		// Math.round: 49.5 → 50.
		expect(typedWeight('49.5', 20)).toEqual({
			weight: 50,
			problem: 'Weights go from 0 to 100 in whole numbers; 49.5 was set to 50.'
		});
		expect(typedWeight('30', 50)).toEqual({ weight: 30, problem: '' });
		expect(typedWeight('', 50)).toEqual({ problem: '' });
		for (const text of ['abc', '0x10', '1e999', 'Infinity', '1,5'])
			expect(typedWeight(text, 40)).toEqual({ problem: `“${text}” is not a number; the weight stays 40.` });
		// The slider's and an action's number: the same rule (non-numbers count 0).
		expect([-5, 0.4, 49.5, 101, NaN, Infinity].map(wholeWeight)).toEqual([0, 0, 50, 100, 0, 0]);
		// The gate: the hostile weight is named and takes its default; the other weight is kept.
		expect(
			resolveScenario({ weights: { price: 'abc', future: 30 } }, tiny, { from: 'the form' })
		).toMatchObject({
			scenario: { weights: { price: DEFAULT_WEIGHT, future: 30 } },
			problems: [`The weight for Price, “abc”, is not a number; kept the default ${DEFAULT_WEIGHT}.`]
		});
	});

	it('a must-have box or select: a number in the criterion’s unit, or one of its levels', () => {
		expect(readMust(price, ' 0.1 ')).toBe(0.1);
		expect(readMust(price, 0.1)).toBe(0.1);
		for (const text of ['abc', '0x10', '1e999', '']) expect(readMust(price, text)).toBeUndefined();
		expect(readMust(future, 'kvm')).toBe('kvm');
		expect(readMust(future, 'gold')).toBeUndefined();
		expect(readMust(future, '')).toBeUndefined();
		expect(readDecimal(' +2.5e1 ')).toBe(25);
		const { scenario, problems } = resolveScenario({ musts: { price: '0x10', future: 'kvm' } }, tiny);
		expect(scenario.musts).toEqual({ future: 'kvm' });
		expect(problems).toEqual([
			'The must-have “price:0x10” does not fit this comparison’s criteria; ignored.'
		]);
	});

	it('a pairwise select: a whole number −9…9 as a Saaty value', () => {
		// 3: the first 3× as important; −3: the second (1/3); 1: equal.
		expect(['3', '-3', '1', '9', '-9'].map(readJudgement)).toEqual([3, 1 / 3, 1, 9, 1 / 9]);
		for (const text of ['0', '10', '-10', '2.5', 'x', '']) expect(readJudgement(text)).toBeUndefined();
		const { scenario, problems } = resolveScenario(
			{ method: 'topsis', weighting: 'pairwise', judgements: ['12'] },
			tiny
		);
		expect(scenario.pairwise).toBeUndefined();
		expect(scenario.method).toBe('topsis');
		expect(problems).toEqual([
			'The pairwise judgement “12” is not on the 1–9 scale (−9 to 9); ignored the judgements.'
		]);
	});

	it('the choices (method, unknown values, way of weighting, rank weighting): an id the registry knows', () => {
		expect([readMethod('topsis'), readMethod('magic')]).toEqual(['topsis', undefined]);
		expect([readUnknowns('middle'), readUnknowns('guess')]).toEqual(['middle', undefined]);
		expect([readWeighting('rank'), readWeighting('swing')]).toEqual(['rank', undefined]);
		expect([readRankKind('rank-sum'), readRankKind('roc'), readRankKind('swing')]).toEqual([
			'rank-sum',
			'roc',
			undefined
		]);
		const { scenario, problems } = resolveScenario(
			{ method: 'magic', unknowns: 'middle', weighting: 'rank', rankKind: 'swing', weights: ['10', '20'] },
			tiny
		);
		expect(scenario).toMatchObject({
			method: 'weighted-sum',
			unknowns: 'middle',
			weighting: 'rank',
			weights: { price: 10, future: 20 }
		});
		expect(scenario.rankKind).toBeUndefined();
		expect(problems).toEqual([
			'The scoring method “magic” is not one Cloud Scorecard knows; used the weighted sum.',
			'The rank weighting “swing” is not one Cloud Scorecard knows; used rank order centroid.'
		]);
	});

	it('the rank list and the provider checkboxes: criteria and providers of the comparison', () => {
		const { scenario, problems } = resolveScenario(
			{ rankOrder: ['future', 'constructor'], excluded: ['b', 'zz'], weights: ['10', '20'] },
			tiny
		);
		expect(scenario.rankOrder).toBeUndefined();
		expect(scenario.excluded).toEqual(['b']);
		expect(scenario.weights).toEqual({ price: 10, future: 20 });
		expect(problems).toEqual([
			'The link leaves out “zz”, which is not a provider in this data; ignored.',
			'The rank order in the link names “constructor”, which is not a criterion of this comparison; ignored the rank order.'
		]);
	});
});

describe('the gate’s sentences quote outside text safely and list it briefly', () => {
	it('quotes at most 40 characters (a character is a code point), showing hidden characters as �', () => {
		expect(quote('abc')).toBe('“abc”');
		expect(quote('x'.repeat(40))).toBe(`“${'x'.repeat(40)}”`);
		expect(quote('x'.repeat(41))).toBe(`“${'x'.repeat(40)}…”`);
		expect(quote('abcdef', 3)).toBe('“abc…”');
		// An emoji is one character, not two halves.
		expect(quote('😀'.repeat(3), 2)).toBe('“😀😀…”');
		// A right-to-left override, a zero-width space, a BOM, a NUL and a DEL cannot reorder or hide words.
		expect(quote('a\u202eb\u200bc\ufeffd\u0000e\u007ff')).toBe('“a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf”');
		// Printable text around them is kept as it is, accents included.
		expect(quote('Café ~ ÿ')).toBe('“Café ~ ÿ”');
	});

	it('lists one, two, three, or three and how many more', () => {
		expect(list([])).toBe('');
		expect(list(['a'])).toBe('a');
		expect(list(['a', 'b'])).toBe('a and b');
		expect(list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(list(['a', 'b', 'c', 'd'])).toBe('a, b, c and 1 more');
		expect(list(['a', 'b', 'c', 'd', 'e'], 2)).toBe('a, b and 3 more');
	});

	it('reads a plain decimal (signs, a trailing point, exponents), nothing else', () => {
		expect(['+5', '5.', '.5', '1E2', ' -2.5e-1 ', '007'].map(readDecimal)).toEqual([
			5, 5, 0.5, 100, -0.25, 7
		]);
		const notDecimals = ['e5', '.', '5e', '1e400', '5 5', '½'];
		expect(notDecimals.map(readDecimal)).toEqual(notDecimals.map(() => undefined));
	});

	it('reads a signed judgement of at most three digits; −1 (never written) is "equal"', () => {
		expect(['+3', '-1', '009', '-009'].map(readJudgement)).toEqual([3, 1, 9, 1 / 9]);
		expect(['0009', ' 3', '3 '].map(readJudgement)).toEqual([undefined, undefined, undefined]);
	});
});

describe('resolveScenario: each rule’s other cases', () => {
	it('a group of one’s own that takes a data set group’s id is dropped and named; a sentence said twice is said once', () => {
		const edits: Edits = {
			...emptyEdits(),
			providers: [provider('acme', 'Acme'), provider('acme', 'Copy'), provider('acme', 'Copy')],
			groups: [{ id: 'cost', name: 'My cost' }]
		};
		const { scenario, problems } = resolveScenario({ edits }, tiny);
		expect(scenario.edits.providers).toEqual([provider('acme', 'Acme')]);
		expect(scenario.edits.groups).toEqual([]);
		expect(problems).toEqual([
			'Dropped your provider “Copy”: another provider before it has the id “acme”.',
			'Dropped your group “My cost”: its id “cost” is already one of the data set’s groups.'
		]);
	});

	it('a source on a data set that is not here brings none of its own data', () => {
		const edits = { ...emptyEdits(), providers: [provider('acme', 'Acme')] };
		const { scenario, problems } = resolveScenario({ edits, unmatched: true }, tiny);
		expect(scenario.edits).toEqual(emptyEdits());
		expect(problems).toEqual([]);
	});

	it('names every missing weight, in the plural when there are several', () => {
		expect(resolveScenario({ weights: ['', ''] }, tiny, { from: 'the file' })).toMatchObject({
			scenario: { weights: { price: 50, future: 50 } },
			problems: ['The file has no weight for Price and Future; kept the defaults.']
		});
	});

	it('weights by id: a key that is no id is named and ignored; none readable at all means the defaults', () => {
		const some = resolveScenario({ weights: { 'Bad Key': 5, future: ' 30 ' } }, tiny);
		expect(some.scenario.weights).toEqual({ future: 30 });
		expect(some.problems).toEqual([
			'The link gives a weight to “Bad Key”, which is not a criterion id (an id uses lower-case letters, digits and hyphens (64 at most)); ignored.'
		]);
		const none = resolveScenario({ weights: { 'Bad Key': 5 } }, tiny, { from: 'the file' });
		expect(none.scenario.weights).toEqual({ price: 50, future: 50 });
		expect(none.problems).toEqual([
			'The file gives a weight to “Bad Key”, which is not a criterion id (an id uses lower-case letters, digits and hyphens (64 at most)); ignored.',
			'None of the weights in the file could be read; used the default weights.'
		]);
		// No weights at all by id: every criterion has weight 0 (the schema's rule), nothing to say.
		expect(resolveScenario({ weights: {} }, tiny)).toMatchObject({ scenario: { weights: {} }, problems: [] });
		// A weight that is neither a number nor text, and one for a criterion not shown (default 0).
		expect(resolveScenario({ weights: { price: true, gone: 101 } }, tiny).problems).toEqual([
			'The weight for Price, “true”, is not a number; kept the default 50.',
			'The weight for “gone”, “101”, is outside 0 to 100; kept the default 0.'
		]);
		expect(resolveScenario({ weights: { price: Number.NaN } }, tiny).problems).toEqual([
			'The weight for Price, “NaN”, is not a number; kept the default 50.'
		]);
	});

	it('a single rounded slider weight is said in the singular, to six significant digits', () => {
		const { scenario, problems } = resolveScenario({ weights: ['12.3456789', '40'] }, tiny);
		expect(scenario.weights).toEqual({ price: 12, future: 40 });
		expect(problems).toEqual([
			'Weights set with sliders are whole numbers from 0 to 100, so one weight was rounded: Price 12.3457 → 12.'
		]);
	});

	it('a preset is kept when its name is an id, and named as invalid otherwise', () => {
		expect(resolveScenario({ preset: 'cheap', weights: ['1', '2'] }, tiny).scenario.preset).toBe('cheap');
		const bad = resolveScenario({ preset: 'Not An Id' }, tiny);
		expect(bad.scenario.preset).toBeUndefined();
		expect(bad.problems).toEqual(['The preset name “Not An Id” is not valid; ignored.']);
		// No weights and no preset on a data set without presets: no preset to claim.
		expect(resolveScenario({}, tiny).scenario).not.toHaveProperty('preset');
		// On a data set that is not here, even without weights, no preset is claimed.
		expect(resolveScenario({ unmatched: true }, cloud).scenario.preset).toBeUndefined();
	});

	it('providers left out: an empty id is skipped silently; several unknown ones are listed in the plural', () => {
		const { scenario, problems } = resolveScenario({ excluded: ['', 'x', 'a', 'y'] }, tiny);
		expect(scenario.excluded).toEqual(['a']);
		expect(problems).toEqual([
			'The link leaves out “x” and “y”, which are not providers in this data; ignored.'
		]);
	});

	it('rank orders: by ids, one no longer shown is kept; too long or unreadable ones are named', () => {
		expect(resolveScenario({ rankOrder: ['gone', 'future'] }, tiny).scenario.rankOrder).toEqual([
			'gone',
			'future'
		]);
		const long = Array.from({ length: 241 }, (_, i) => `c${i}`);
		expect(resolveScenario({ rankOrder: long }, tiny).problems).toEqual([
			'The rank order in the link names 241 criteria, more than a comparison can hold; ignored the rank order.'
		]);
		// 240 (60 criteria × 4) is still read.
		expect(resolveScenario({ rankOrder: long.slice(0, 240) }, tiny).scenario.rankOrder).toHaveLength(240);
		expect(resolveScenario({ rankOrder: ['Price', 'X y'] }, tiny).problems).toEqual([
			'The rank order in the link names “Price” and “X y”, which are not criteria of this comparison; ignored the rank order.'
		]);
	});

	it('rank orders: by position, an empty one is no rank order; positions must be whole numbers in range', () => {
		expect(resolveScenario({ rankOrder: { positions: [''] } }, tiny)).toMatchObject({ problems: [] });
		expect(resolveScenario({ rankOrder: { positions: [''] } }, tiny).scenario).not.toHaveProperty(
			'rankOrder'
		);
		expect(resolveScenario({ rankOrder: { positions: [] } }, tiny).scenario).not.toHaveProperty('rankOrder');
		expect(resolveScenario({ rankOrder: { positions: ['0', '-1', 'x'] } }, tiny).problems).toEqual([
			'The rank order in the link names “-1” and “x”, which are not criteria of this comparison (there are 2); ignored the rank order.'
		]);
		// One position alone is a rank order of one: the others follow by weight on the page.
		expect(resolveScenario({ rankOrder: { positions: ['1'] } }, tiny).scenario.rankOrder).toEqual(['future']);
	});

	it('pairwise by key: keys that are no pair are left out alone and named; bad values ignore all', () => {
		const { scenario, problems } = resolveScenario(
			{ pairwise: { 'price|future': 3, 'price-future': 5, '|': 2 } },
			tiny,
			{ from: 'the file' }
		);
		expect(scenario.pairwise).toEqual({ 'price|future': 3 });
		expect(problems).toEqual([
			'The file gives a pairwise judgement for “price-future” and “|”, which are not pairs of criteria; ignored.'
		]);
		expect(resolveScenario({ pairwise: { 'price|future': 0, '@a|@b': 10 } }, tiny).problems).toEqual([
			'The pairwise judgements “0” and “10” are not on the 1–9 scale (1/9 to 9); ignored the judgements.'
		]);
		expect(resolveScenario({ pairwise: { 'price|future': 1 / 9 } }, tiny).scenario.pairwise).toEqual({
			'price|future': 1 / 9
		});
	});

	it('pairwise by position: one per pair of the comparison, in its order', () => {
		// With a third criterion of one's own in group Cost, there are three pairs:
		// Price–Future, Price–Disk, Future–Disk.
		const edits: Edits = { ...emptyEdits(), criteria: [criterionOf('disk', 'Disk')] };
		const good = resolveScenario({ edits, judgements: ['3', '-5', '1'] }, tiny);
		expect(good.scenario.pairwise).toEqual({ 'price|future': 3, 'price|disk': 1 / 5, 'future|disk': 1 });
		expect(good.problems).toEqual([]);
		expect(resolveScenario({ edits, judgements: ['3'] }, tiny).problems).toEqual([
			'The link has 1 pairwise judgement but this comparison has 3 pairs; ignored them.'
		]);
		expect(resolveScenario({ edits, judgements: ['3', '0', 'x'] }, tiny).problems).toEqual([
			'The pairwise judgements “0” and “x” are not on the 1–9 scale (−9 to 9); ignored the judgements.'
		]);
		expect(resolveScenario({ judgements: [''] }, tiny)).toMatchObject({ problems: [] });
		expect(resolveScenario({ judgements: [] }, tiny).scenario).not.toHaveProperty('pairwise');
	});

	it('must-haves: a lone empty part is none; positions must be whole numbers; values are trimmed', () => {
		expect(resolveScenario({ musts: [''] }, tiny)).toMatchObject({ problems: [] });
		expect(resolveScenario({ musts: [''] }, tiny).scenario).not.toHaveProperty('musts');
		expect(resolveScenario({ musts: ['0: 0.1 '] }, tiny).scenario.musts).toEqual({ price: 0.1 });
		const { scenario, problems } = resolveScenario({ musts: ['x:1', '5:1', '', '1:kvm'] }, tiny);
		expect(scenario.musts).toEqual({ future: 'kvm' });
		expect(problems).toEqual([
			'The must-haves “x:1”, “5:1” and “” do not fit this comparison’s criteria; ignored.'
		]);
		expect(resolveScenario({ musts: { gone: 5 } }, tiny).problems).toEqual([
			'The must-have “gone:5” does not fit this comparison’s criteria; ignored.'
		]);
	});
});

describe('resolveScenario: parts that are empty only in part', () => {
	it('an empty first position among others is a bad rank order, not an absent one', () => {
		expect(resolveScenario({ rankOrder: { positions: ['', '1'] } }, tiny).problems).toEqual([
			'The rank order in the link names “”, which is not a criterion of this comparison (there are 2); ignored the rank order.'
		]);
		expect(resolveScenario({ judgements: ['', '3'] }, tiny).problems).toEqual([
			'The link has 2 pairwise judgements but this comparison has 1 pairs; ignored them.'
		]);
	});

	it('one stray pairwise key is named in the singular', () => {
		expect(resolveScenario({ pairwise: { 'price-future': 3 } }, tiny, { from: 'the file' }).problems).toEqual(
			['The file gives a pairwise judgement for “price-future”, which is not a pair of criteria; ignored.']
		);
	});

	it('a must-have’s position is digits only, and a level is read without the spaces around it', () => {
		const { scenario, problems } = resolveScenario({ musts: [' 0:0.1', '1e0:kvm', '1: kvm '] }, tiny);
		expect(scenario.musts).toEqual({ future: 'kvm' });
		expect(problems).toEqual([
			'The must-haves “ 0:0.1” and “1e0:kvm” do not fit this comparison’s criteria; ignored.'
		]);
	});

	it('gives back pairwise judgements too (the page’s own state through the gate)', () => {
		const scenario = {
			...defaultScenario(tiny),
			weighting: 'pairwise' as const,
			pairwise: { 'price|future': 3 },
			weights: { price: 75, future: 25 }
		};
		expect(rawOf(scenario)).toMatchObject({ pairwise: { 'price|future': 3 } });
		expect(resolveScenario(rawOf(scenario), tiny)).toEqual({ scenario, problems: [] });
	});
});
