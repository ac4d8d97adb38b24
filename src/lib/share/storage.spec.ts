import { describe, expect, it } from 'vitest';
import { MAX_RECENT, readRecent, RECENT_KEY, saveRecent, STORAGE_KEY } from './storage';

function memory(quota = Infinity): Storage {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (v.length > quota) throw new DOMException('full', 'QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear(),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
}

const refusing = {
	getItem: () => {
		throw new DOMException('denied', 'SecurityError');
	},
	setItem: () => {
		throw new DOMException('full', 'QuotaExceededError');
	}
};

const entry = (id: string, savedAt: number, query = `w=${savedAt}`) => ({
	id,
	query,
	title: `T ${id}`,
	savedAt
});

describe('recent comparisons', () => {
	it('stores entries newest first and replaces an entry by its id', () => {
		const storage = memory();
		expect(readRecent(storage)).toEqual([]);
		expect(saveRecent(entry('a', 1), storage)).toBe(true);
		expect(saveRecent(entry('b', 2), storage)).toBe(true);
		expect(saveRecent(entry('a', 3, 'w=changed'), storage)).toBe(true);
		expect(readRecent(storage).map((e) => [e.id, e.query])).toEqual([
			['a', 'w=changed'],
			['b', 'w=2']
		]);
	});

	it(`keeps the last ${MAX_RECENT}`, () => {
		const storage = memory();
		for (let i = 1; i <= MAX_RECENT + 3; i++) saveRecent(entry(`e${i}`, i), storage);
		const ids = readRecent(storage).map((e) => e.id);
		expect(ids).toHaveLength(MAX_RECENT);
		expect(ids[0]).toBe(`e${MAX_RECENT + 3}`);
		expect(ids).not.toContain('e1');
	});

	it('carries over the single comparison the first release saved', () => {
		const storage = memory();
		storage.setItem(STORAGE_KEY, 'v=1&w=1');
		expect(readRecent(storage)).toEqual([
			{ id: 'saved', query: 'v=1&w=1', title: 'Your saved comparison', savedAt: 0 }
		]);
	});

	it('drops what is damaged instead of trusting it', () => {
		const storage = memory();
		for (const bad of [
			'not json',
			'{"a":1}',
			'[{"id":1}]',
			JSON.stringify([{ ...entry('x', 1), savedAt: 'soon' }])
		]) {
			storage.setItem(RECENT_KEY, bad);
			expect(readRecent(storage), bad).toEqual([]);
		}
	});

	it('drops the oldest entries when the quota is full', () => {
		const storage = memory(400);
		for (let i = 1; i <= 6; i++) saveRecent(entry(`e${i}`, i, 'w=' + 'x'.repeat(60)), storage);
		const ids = readRecent(storage).map((e) => e.id);
		expect(ids[0]).toBe('e6');
		expect(ids.length).toBeLessThan(6);
	});

	it('reports failure instead of throwing when storage refuses or is missing', () => {
		expect(readRecent(refusing)).toEqual([]);
		expect(saveRecent(entry('a', 1), refusing)).toBe(false);
		expect(readRecent(undefined)).toEqual([]);
		expect(saveRecent(entry('a', 1), undefined)).toBe(false);
	});
});
