import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import {
	applyPreset,
	clampWeight,
	equalWeights,
	moveInRank,
	setIncluded,
	setJudgement,
	setMethod,
	setRankKind,
	setUnknowns,
	setWeight,
	setWeighting,
	syncWeights
} from './actions';
import {
	addCriterion,
	addProvider,
	freshId,
	removeCriterion,
	removeProvider,
	resetEdits,
	setScale,
	setValue
} from './data-edits';
import { scaleKinds, type ScaleForm } from './scale-kinds';
import { readNumber } from './scale-input';
import { hasEdits, ScenarioSchema } from './schema';

const start = defaultScenario(tiny);
/** The fields an editor's form holds, as `FormData` gives them. */
const form = (fields: Record<string, string | string[]>): ScaleForm => ({
	get: (name) => [fields[name] ?? null].flat()[0] ?? null,
	getAll: (name) => [fields[name] ?? []].flat()
});
const latency = {
	name: 'Latency',
	group: 'Speed',
	unit: 'ms',
	direction: 'lower' as const,
	scale: { kind: 'linear' as const, worst: 100, best: 10 }
};

describe('scenario actions', () => {
	it('never mutate their input and always give a schema-valid scenario', () => {
		const frozen = structuredClone(start);
		let s = setWeight(start, 'price', 250);
		s = setIncluded(s, 'a', false);
		s = setValue(s, 'a', 'price', { kind: 'user', raw: 0.05 });
		s = addProvider(s, tiny, { name: 'New', platform: 'kvm' }).scenario;
		s = addCriterion(s, tiny, latency).scenario;
		s = setScale(s, tiny, 'price', { kind: 'linear', worst: 1, best: 0 });
		expect(start).toEqual(frozen);
		expect(ScenarioSchema.parse(s)).toEqual(s);
		expect(s.weights.price).toBe(100);
	});

	it('clamps weights to whole numbers from 0 to 100', () => {
		expect([-5, 0.4, 49.5, 101, NaN, Infinity].map(clampWeight)).toEqual([0, 0, 50, 100, 0, 0]);
	});

	it('a preset sets the data set’s criteria and remembers its name; the person’s own keep their weight', () => {
		const withMine = addCriterion(start, tiny, latency, 70);
		const s = applyPreset(withMine.scenario, tiny, {
			id: 'cheap',
			name: 'Cheap',
			description: 'd',
			weights: { price: 9 }
		});
		expect(s.weights).toEqual({ price: 9, future: 0, [withMine.id]: 70 });
		expect(s.preset).toBe('cheap');
		expect(equalWeights(s, tiny).preset).toBeUndefined();
		expect(Object.values(equalWeights(s, tiny).weights)).toEqual([50, 50, 50]);
	});

	it('resetting a value removes it from the change set, leaving no empty rows behind', () => {
		const s = setValue(start, 'a', 'price', { kind: 'user', raw: 0.05 });
		expect(hasEdits(s.edits)).toBe(true);
		const back = setValue(s, 'a', 'price', undefined);
		expect(back.edits.values).toEqual({});
		expect(hasEdits(back.edits)).toBe(false);
	});

	it('removing a provider or criterion of the person’s removes its values, weight and exclusion', () => {
		const p = addProvider(start, tiny, { name: 'Mine', platform: '' });
		const c = addCriterion(p.scenario, tiny, latency);
		let s = setValue(c.scenario, p.id, c.id, { kind: 'user', raw: 20 });
		s = setValue(s, 'a', c.id, { kind: 'user', raw: 30 });
		s = setIncluded(s, p.id, false);
		const noCriterion = removeCriterion(s, c.id);
		expect(noCriterion.weights[c.id]).toBeUndefined();
		expect(noCriterion.edits.criteria).toEqual([]);
		expect(noCriterion.edits.groups).toEqual([]);
		expect(noCriterion.edits.values).toEqual({});
		const noProvider = removeProvider(s, p.id);
		expect(noProvider.edits.providers).toEqual([]);
		expect(noProvider.excluded).toEqual([]);
		expect(Object.keys(noProvider.edits.values)).toEqual(['a']);
		expect(resetEdits(s, tiny).edits).toEqual(defaultScenario(tiny).edits);
		expect(Object.keys(resetEdits(s, tiny).weights)).toEqual(['price', 'future']);
	});

	it('gives new things fresh ids, never an id of the data set', () => {
		expect(freshId('Price', ['u-price'])).toBe('u-price-2');
		expect(freshId('Ünïcode & Co.', [])).toBe('u-unicode-co');
		const a = addProvider(start, tiny, { name: 'X', platform: '' });
		const b = addProvider(a.scenario, tiny, { name: 'X', platform: '' });
		expect(b.id).not.toBe(a.id);
	});

	it('a changed scale equal to the data set’s is no change', () => {
		const s = setScale(start, tiny, 'price', {
			...(tiny.criteria[0]!.scale as { kind: 'linear'; worst: number; best: number })
		});
		expect(s.edits.scales).toEqual({});
	});
});

describe('scale input', () => {
	it('reads numbers with a decimal point or comma, and nothing else', () => {
		expect(['0.085', '0,085', '-3', '1e3', ' 7 '].map(readNumber)).toEqual([0.085, 0.085, -3, 1000, 7]);
		const notNumbers = ['', 'abc', '1,000,000', '0x10', 'NaN', '--1'];
		expect(notNumbers.map(readNumber)).toEqual(notNumbers.map(() => undefined));
	});

	it('derives the direction from the levels: less is better when the 100 level is lower', () => {
		expect(scaleKinds.linear.parse(form({ worst: '100', best: '10' }))).toEqual({
			ok: true,
			scale: { kind: 'linear', worst: 100, best: 10 },
			direction: 'lower'
		});
		expect(scaleKinds.linear.parse(form({ worst: '5', best: '5' }))).toMatchObject({ ok: false });
	});

	it('reads rating levels as "label = score" lines, and names the bad line', () => {
		expect(scaleKinds.levels.parse(form({ levels: 'None = 0\nFull = 100' }))).toEqual({
			ok: true,
			scale: {
				kind: 'levels',
				levels: [
					{ id: 'none', label: 'None', score: 0 },
					{ id: 'full', label: 'Full', score: 100 }
				]
			},
			direction: 'higher'
		});
		expect(scaleKinds.levels.parse(form({ levels: 'None = 0\nFull = 120' }))).toEqual({
			ok: false,
			error: 'Line 2 (“Full = 120”): write a label, “=”, and a score from 0 to 100.'
		});
		expect(scaleKinds.levels.parse(form({ levels: 'Only = 1' }))).toMatchObject({ ok: false });
	});
});

/**
 * Each action on the tiny data set (criteria Price and Future in group Cost; providers a, b, c;
 * default weights 50 and 50), with what a person sees change.
 */
describe('scenario actions, one by one', () => {
	const u = (raw: number | string) => ({ kind: 'user' as const, raw });

	it('sets the method and the treatment of unknowns, and nothing else', () => {
		expect(setMethod(start, 'topsis')).toEqual({ ...start, method: 'topsis' });
		expect(setUnknowns(start, 'middle')).toEqual({ ...start, unknowns: 'middle' });
		expect(start.method).toBe('weighted-sum');
	});

	it('leaves a provider out once however often it is unticked, and back in when ticked', () => {
		const out = setIncluded(setIncluded(start, 'a', false), 'a', false);
		expect(out.excluded).toEqual(['a']);
		expect(setIncluded(setIncluded(out, 'b', false), 'a', true).excluded).toEqual(['b']);
		expect(setIncluded(start, 'c', true).excluded).toEqual([]);
	});

	it('resetting one value keeps the provider’s other values and the other providers’', () => {
		let s = setValue(start, 'a', 'price', u(0.05));
		s = setValue(s, 'a', 'future', u('kvm'));
		s = setValue(s, 'b', 'price', u(0.07));
		const back = setValue(s, 'a', 'price', undefined);
		expect(back.edits.values).toEqual({ a: { future: u('kvm') }, b: { price: u(0.07) } });
	});

	it('a reset of the data keeps the data set’s weights and left-out providers, and drops the person’s own', () => {
		const p = addProvider(start, tiny, { name: 'Mine', platform: '' });
		const c = addCriterion(p.scenario, tiny, latency, 30);
		const s = setIncluded(setIncluded(c.scenario, 'a', false), p.id, false);
		const reset = resetEdits(setWeight(s, 'price', 80), tiny);
		expect(reset.weights).toEqual({ price: 80, future: 50 });
		expect(reset.excluded).toEqual(['a']);
		expect(reset.method).toBe(s.method);
	});

	it('numbers a fresh id on from 2 past every id taken', () => {
		expect(freshId('Price', ['u-price', 'u-price-2'])).toBe('u-price-3');
		expect(freshId('Price', ['u-price-2'])).toBe('u-price');
	});

	it('a new provider: name and platform tidied, a blank note left out, its values kept under its id', () => {
		const plain = addProvider(start, tiny, { name: '  Mine ', platform: ' kvm ', notes: '  ', values: {} });
		expect(plain.id).toBe('u-mine');
		expect(plain.scenario.edits.providers).toEqual([{ id: 'u-mine', name: 'Mine', platform: 'kvm' }]);
		// No values given: no empty row for it.
		expect(plain.scenario.edits.values).toEqual({});
		const noted = addProvider(start, tiny, {
			name: 'Mine',
			platform: '',
			notes: ' fast disks ',
			values: { price: u(0.05) }
		});
		expect(noted.scenario.edits.providers[0]).toEqual({
			id: 'u-mine',
			name: 'Mine',
			platform: '',
			notes: 'fast disks'
		});
		expect(noted.scenario.edits.values).toEqual({ 'u-mine': { price: u(0.05) } });
	});

	it('a new criterion joins a group named by id or by name (any case), or a new one; its weight is a slider’s', () => {
		const byId = addCriterion(start, tiny, { ...latency, group: 'cost' }, 33.6);
		expect(byId.scenario.edits.criteria[0]!.group).toBe('cost');
		expect(byId.scenario.edits.groups).toEqual([]);
		// Weights under Sliders are whole numbers: 33.6 → 34.
		expect(byId.scenario.weights[byId.id]).toBe(34);
		const byName = addCriterion(start, tiny, { ...latency, group: ' COST ' });
		expect(byName.scenario.edits.criteria[0]!.group).toBe('cost');
		expect(byName.scenario.weights[byName.id]).toBe(50);
		const fresh = addCriterion(start, tiny, latency);
		expect(fresh.scenario.edits.groups).toEqual([{ id: 'u-speed', name: 'Speed' }]);
		// A second criterion for "speed" finds the group the first one made.
		const second = addCriterion(fresh.scenario, tiny, { ...latency, name: 'Jitter', group: 'speed' });
		expect(second.scenario.edits.groups).toEqual([{ id: 'u-speed', name: 'Speed' }]);
		expect(second.scenario.edits.criteria.map((c) => c.group)).toEqual(['u-speed', 'u-speed']);
		const blank = addCriterion(start, tiny, { ...latency, group: '  ' });
		expect(blank.scenario.edits.groups).toEqual([{ id: 'u-my-criteria', name: 'My criteria' }]);
	});

	it('removing one of two criteria in a group keeps the group and the other’s values', () => {
		const a = addCriterion(start, tiny, latency);
		const b = addCriterion(a.scenario, tiny, { ...latency, name: 'Jitter' });
		let s = setValue(b.scenario, 'a', a.id, u(20));
		s = setValue(s, 'a', b.id, u(3));
		const gone = removeCriterion(s, a.id);
		expect(gone.edits.groups).toEqual([{ id: 'u-speed', name: 'Speed' }]);
		expect(gone.edits.values).toEqual({ a: { [b.id]: u(3) } });
		expect(gone.weights).toEqual({ price: 50, future: 50, [b.id]: 50 });
	});

	it('a scale of one’s own criterion is replaced in place; of the data set’s, kept as a change until reset', () => {
		const c = addCriterion(start, tiny, latency);
		const faster = { kind: 'linear' as const, worst: 200, best: 5 };
		expect(setScale(c.scenario, tiny, c.id, faster).edits.criteria[0]!.scale).toEqual(faster);
		expect(setScale(c.scenario, tiny, c.id, undefined)).toBe(c.scenario);
		const cheaper = { kind: 'linear' as const, worst: 0.1, best: 0.01 };
		const changed = setScale(start, tiny, 'price', cheaper);
		expect(changed.edits.scales).toEqual({ price: cheaper });
		expect(setScale(changed, tiny, 'price', undefined).edits.scales).toEqual({});
	});
});

/**
 * Ways of weighting on tiny's two criteria. Rank order centroid for n = 2: w₁ = (1 + 1/2) / 2 =
 * 0.75, w₂ = (1/2) / 2 = 0.25; rank sum: w₁ = 2 · 2 / (2 · 3) = 2/3, w₂ = 1/3, as weights with two
 * decimals 66.67 and 33.33 (Barron & Barrett 1996). Pairwise with one judgement "3": the priorities of
 * [[1, 3], [1/3, 1]] are 3/4 and 1/4.
 */
describe('ways of weighting: the weights follow the input', () => {
	const even = applyPreset(start, tiny, {
		id: 'even',
		name: 'Even',
		description: 'd',
		weights: { price: 50, future: 50 }
	});

	it('switching to ranks orders by weight (a tie by position), writes ROC weights and drops the preset', () => {
		const ranked = setWeighting(even, tiny, 'rank');
		expect(ranked.rankOrder).toEqual(['price', 'future']);
		expect(ranked.weights).toEqual({ price: 75, future: 25 });
		expect(ranked.preset).toBeUndefined();
		expect(setWeighting(ranked, tiny, 'rank')).toBe(ranked);
		// Sliders: the sync leaves the weights as they are.
		expect(syncWeights(even, tiny)).toBe(even);
		// Ranks already giving these weights: nothing to change, the preset stays.
		const kept = { ...ranked, preset: 'even' };
		expect(syncWeights(kept, tiny)).toBe(kept);
	});

	it('moving a criterion up swaps the weights; a move past either end or of no criterion changes nothing', () => {
		const ranked = setWeighting(start, tiny, 'rank');
		const moved = moveInRank(ranked, tiny, 'future', -1);
		expect(moved.rankOrder).toEqual(['future', 'price']);
		expect(moved.weights).toEqual({ price: 25, future: 75 });
		expect(moveInRank(ranked, tiny, 'price', -1)).toBe(ranked);
		expect(moveInRank(ranked, tiny, 'future', 1)).toBe(ranked);
		expect(moveInRank(ranked, tiny, 'nothing', 1)).toBe(ranked);
		expect(moveInRank(ranked, tiny, 'price', 1).rankOrder).toEqual(['future', 'price']);
	});

	it('rank sum writes its weights; back to ROC stores no rank kind (the default)', () => {
		const ranked = setWeighting(start, tiny, 'rank');
		const sum = setRankKind(ranked, tiny, 'rank-sum');
		expect(sum.rankKind).toBe('rank-sum');
		expect(sum.weights).toEqual({ price: 66.67, future: 33.33 });
		const roc = setRankKind(sum, tiny, 'roc');
		expect(roc).not.toHaveProperty('rankKind');
		expect(roc.weights).toEqual({ price: 75, future: 25 });
		// Back to sliders: the whole numbers the sliders show (66.67 → 67, 33.33 → 33).
		expect(setWeighting(sum, tiny, 'direct').weights).toEqual({ price: 67, future: 33 });
	});

	it('pairwise starts from the weights (equal: judgement 1) but keeps a judgement given before', () => {
		const equal = setWeighting(even, tiny, 'pairwise');
		expect(equal.pairwise).toEqual({ 'price|future': 1 });
		expect(equal.weights).toEqual({ price: 50, future: 50 });
		// The weights did not change: the preset still describes them.
		expect(equal.preset).toBe('even');
		const judgedBefore = { ...even, pairwise: { 'price|future': 3 } };
		const again = setWeighting(judgedBefore, tiny, 'pairwise');
		expect(again.pairwise).toEqual({ 'price|future': 3 });
		expect(again.weights).toEqual({ price: 75, future: 25 });
	});

	it('a judgement given the other way round replaces the earlier one', () => {
		const pairwise = setWeighting(start, tiny, 'pairwise');
		const judged = setJudgement(pairwise, tiny, 'future', 'price', 3);
		expect(judged.pairwise).toEqual({ 'future|price': 3 });
		expect(judged.weights).toEqual({ price: 25, future: 75 });
	});
});

describe('scenario actions: one item among several', () => {
	const mine = (s: typeof start, name: string) => addProvider(s, tiny, { name, platform: '' });

	it('removing one of one’s own providers keeps the others and their exclusions', () => {
		const one = mine(start, 'One');
		const two = mine(one.scenario, 'Two');
		const s = setIncluded(setIncluded(two.scenario, one.id, false), two.id, false);
		const gone = removeProvider(s, one.id);
		expect(gone.edits.providers.map((p) => p.id)).toEqual([two.id]);
		expect(gone.excluded).toEqual([two.id]);
	});

	it('a criterion named like one before it gets the next free id; a group is found by its id too', () => {
		const first = addCriterion(start, tiny, latency);
		const second = addCriterion(first.scenario, tiny, latency);
		expect([first.id, second.id]).toEqual(['u-latency', 'u-latency-2']);
		// A group of one's own whose id is not its name: named by id, it is found; named otherwise, a
		// new group's id steps past the one taken.
		const fast = {
			...start,
			edits: { ...start.edits, groups: [{ id: 'u-speed', name: 'Fast' }] }
		};
		expect(addCriterion(fast, tiny, { ...latency, group: 'u-speed' }).scenario.edits.groups).toEqual([
			{ id: 'u-speed', name: 'Fast' }
		]);
		expect(addCriterion(fast, tiny, latency).scenario.edits.groups).toEqual([
			{ id: 'u-speed', name: 'Fast' },
			{ id: 'u-speed-2', name: 'Speed' }
		]);
	});

	it('a scale is set on the one criterion named, never on the others', () => {
		const a = addCriterion(start, tiny, latency);
		const b = addCriterion(a.scenario, tiny, { ...latency, name: 'Jitter' });
		const faster = { kind: 'linear' as const, worst: 200, best: 5 };
		const s = setScale(b.scenario, tiny, b.id, faster);
		expect(s.edits.criteria.map((c) => c.scale)).toEqual([latency.scale, faster]);
		// A data set criterion's scale, with criteria of one's own present, is a change of its own.
		const price = { kind: 'linear' as const, worst: 0.1, best: 0.01 };
		const changed = setScale(s, tiny, 'price', price);
		expect(changed.edits.scales).toEqual({ price });
		expect(changed.edits.criteria).toEqual(s.edits.criteria);
	});

	it('changing one data set scale keeps the other changes; setting one back to the published scale drops it', () => {
		const future = {
			kind: 'levels' as const,
			levels: [
				{ id: 'xen', label: 'Xen', score: 20 },
				{ id: 'kvm', label: 'KVM', score: 100 }
			]
		};
		const price = { kind: 'linear' as const, worst: 0.1, best: 0.01 };
		const both = setScale(setScale(start, tiny, 'future', future), tiny, 'price', price);
		expect(both.edits.scales).toEqual({ future, price });
		const back = setScale(both, tiny, 'future', structuredClone(tiny.criteria[1]!.scale));
		expect(back.edits.scales).toEqual({ price });
	});

	it('a way of weighting brings only its own input', () => {
		const pairwise = setWeighting(start, tiny, 'pairwise');
		expect(pairwise).not.toHaveProperty('rankOrder');
		const ranked = setWeighting(start, tiny, 'rank');
		expect(ranked).not.toHaveProperty('pairwise');
	});
});
