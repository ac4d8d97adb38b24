import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import { decodeEdits, encodeEdits } from '$lib/share/payload';
import { effectiveDataset } from './effective';
import { bringBack, move, removeAnyCriterion, removeAnyProvider, removedCriteria, rename } from './layout';
import { setIncluded } from './actions';
import { addCriterion, addProvider, setValue } from './data-edits';
import { DEFAULT_WEIGHT } from './defaults';
import { withMustHave } from './must-haves';
import { ScenarioSchema } from './schema';

const start = defaultScenario(tiny);

describe('rows and columns are the person’s', () => {
	it('removes, renames and reorders the data set’s own, and the link payload carries it', () => {
		let s = removeAnyCriterion(start, tiny, 'future');
		s = removeAnyProvider(s, tiny, 'c');
		s = rename(s, tiny, 'a', 'Alpha');
		s = move(s, tiny, 'providers', 'b', -1);
		const e = effectiveDataset(tiny, s.edits);
		expect(e.criteria.map((c) => c.id)).toEqual(['price']);
		expect(e.providers.map((p) => p.name)).toEqual(['B', 'Alpha']);
		expect(removedCriteria(s, tiny).map((c) => c.id)).toEqual(['future']);
		expect(() => ScenarioSchema.parse(s)).not.toThrow();
		const back = decodeEdits(encodeEdits(s.edits));
		expect(back.problems).toEqual([]);
		expect(back.edits.removed).toEqual(['future', 'c']);
		expect(back.edits.names).toEqual({ a: 'Alpha' });
		expect(back.edits.order).toEqual({ providers: ['b', 'a'] });
	});
	it('brings a removed criterion back with its weight', () => {
		const s = bringBack(removeAnyCriterion(start, tiny, 'future'), tiny, 'future');
		expect(effectiveDataset(tiny, s.edits).criteria.map((c) => c.id)).toEqual(['price', 'future']);
		expect(s.weights.future).toBe(start.weights.future);
		expect(s.edits.removed).toBeUndefined();
	});
	it('renaming back to the data set’s name drops the change', () => {
		const s = rename(rename(start, tiny, 'a', 'Alpha'), tiny, 'a', 'A');
		expect(s.edits.names).toBeUndefined();
	});
});

/** The tiny data set: providers a, b, c; criteria price and future (weights 50 and 50). */
describe('rows and columns: each case of removing, bringing back, renaming and moving', () => {
	const latency = {
		name: 'Latency',
		group: 'cost',
		unit: 'ms',
		direction: 'lower' as const,
		scale: { kind: 'linear' as const, worst: 100, best: 10 }
	};

	it('removing a data set provider drops its values, new name, exclusion and place in the order, once', () => {
		let s = setValue(start, 'c', 'price', { kind: 'user', raw: 0.05 });
		s = setValue(s, 'a', 'price', { kind: 'user', raw: 0.03 });
		s = rename(s, tiny, 'c', 'Gamma');
		s = setIncluded(s, 'c', false);
		s = move(s, tiny, 'providers', 'c', -1);
		expect(s.edits.order).toEqual({ providers: ['a', 'c', 'b'] });
		const gone = removeAnyProvider(removeAnyProvider(s, tiny, 'c'), tiny, 'c');
		expect(gone.edits.removed).toEqual(['c']);
		expect(gone.edits.values).toEqual({ a: { price: { kind: 'user', raw: 0.03 } } });
		expect(gone.edits).not.toHaveProperty('names');
		expect(gone.edits.order).toEqual({ providers: ['a', 'b'] });
		expect(gone.excluded).toEqual([]);
	});

	it('removing one’s own provider deletes it and its place in the order', () => {
		const mine = addProvider(start, tiny, { name: 'Mine', platform: '' });
		const moved = move(mine.scenario, tiny, 'providers', mine.id, -1);
		expect(moved.edits.order).toEqual({ providers: ['a', 'b', mine.id, 'c'] });
		const gone = removeAnyProvider(moved, tiny, mine.id);
		expect(gone.edits.providers).toEqual([]);
		expect(gone.edits.order).toEqual({ providers: ['a', 'b', 'c'] });
		expect(gone.edits).not.toHaveProperty('removed');
	});

	it('removing a data set criterion drops its must-have, keeps its weight; none set, none made', () => {
		const musts = withMustHave(withMustHave(start, 'future', 'kvm'), 'price', 0.1);
		const gone = removeAnyCriterion(musts, tiny, 'future');
		expect(gone.musts).toEqual({ price: 0.1 });
		expect(gone.weights).toEqual({ price: 50, future: 50 });
		expect(gone.edits.removed).toEqual(['future']);
		expect(removeAnyCriterion(start, tiny, 'future')).not.toHaveProperty('musts');
		// Removed twice is removed once.
		expect(removeAnyCriterion(gone, tiny, 'future').edits.removed).toEqual(['future']);
	});

	it('removing one’s own criterion deletes it with its weight and its place among the columns', () => {
		const mine = addCriterion(start, tiny, latency);
		const moved = move(mine.scenario, tiny, 'criteria', mine.id, -2);
		expect(moved.edits.order).toEqual({ criteria: [mine.id, 'price', 'future'] });
		const gone = removeAnyCriterion(moved, tiny, mine.id);
		expect(gone.edits.criteria).toEqual([]);
		expect(gone.weights).toEqual({ price: 50, future: 50 });
		expect(gone.edits.order).toEqual({ criteria: ['price', 'future'] });
	});

	it('bringing a criterion back gives it the default weight when it has none, and keeps the other removals', () => {
		let s = removeAnyCriterion(start, tiny, 'future');
		s = removeAnyProvider(s, tiny, 'c');
		const back = bringBack({ ...s, weights: { price: 50 } }, tiny, 'future');
		expect(back.weights).toEqual({ price: 50, future: DEFAULT_WEIGHT });
		expect(back.edits.removed).toEqual(['c']);
		// A weight it still has is kept as it was.
		expect(bringBack({ ...s, weights: { price: 50, future: 7 } }, tiny, 'future').weights.future).toBe(7);
	});

	it('bringing a data set provider back restores it and adds no weight under its id', () => {
		const s = removeAnyProvider({ ...start, weights: { price: 50, future: 50 } }, tiny, 'c');
		const back = bringBack(s, tiny, 'c');
		expect(back.edits.removed).toBeUndefined();
		expect(back.weights).toEqual({ price: 50, future: 50 });
	});

	it('renames one’s own items in place, the data set’s as a new name; blank or unknown changes nothing', () => {
		const p = addProvider(start, tiny, { name: 'Mine', platform: '' });
		const c = addCriterion(p.scenario, tiny, latency);
		let s = rename(c.scenario, tiny, p.id, '  Ours ');
		s = rename(s, tiny, c.id, 'Delay');
		expect(s.edits.providers.map((x) => x.name)).toEqual(['Ours']);
		expect(s.edits.criteria.map((x) => x.name)).toEqual(['Delay']);
		expect(s.edits).not.toHaveProperty('names');
		expect(rename(start, tiny, 'future', 'Roadmap').edits.names).toEqual({ future: 'Roadmap' });
		expect(rename(start, tiny, 'a', '   ')).toBe(start);
		expect(rename(start, tiny, 'nobody', 'X')).toBe(start);
	});

	it('moves within the grid only, keeping the other axis’s order', () => {
		const rows = move(start, tiny, 'providers', 'a', 2);
		expect(rows.edits.order).toEqual({ providers: ['b', 'c', 'a'] });
		const both = move(rows, tiny, 'criteria', 'future', -1);
		expect(both.edits.order).toEqual({ providers: ['b', 'c', 'a'], criteria: ['future', 'price'] });
		expect(move(start, tiny, 'providers', 'a', -1)).toBe(start);
		expect(move(start, tiny, 'providers', 'c', 1)).toBe(start);
		expect(move(start, tiny, 'criteria', 'nothing', 1)).toBe(start);
	});
});
