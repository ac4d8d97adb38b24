import { describe, expect, it } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets';
import { tiny } from '$testing/tiny';
import { decodeEdits, encodeEdits } from '$lib/share/payload';
import { effectiveDataset } from './effective';
import { bringBack, move, removeAnyCriterion, removeAnyProvider, removedCriteria, rename } from './layout';
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
		const s = bringBack(removeAnyCriterion(start, tiny, 'future'), 'future');
		expect(effectiveDataset(tiny, s.edits).criteria.map((c) => c.id)).toEqual(['price', 'future']);
		expect(s.weights.future).toBe(start.weights.future);
		expect(s.edits.removed).toBeUndefined();
	});
	it('renaming back to the data set’s name drops the change', () => {
		const s = rename(rename(start, tiny, 'a', 'Alpha'), tiny, 'a', 'A');
		expect(s.edits.names).toBeUndefined();
	});
});
