import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, MAX_RECENT, MAX_SAVED_QUERY, MAX_TITLE, RECENT_KEY, STORAGE_KEY } from './storage';
import { readRecent, readRecentList, saveRecent } from './saved-work';

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
		expect(saveRecent(entry('a', 1), storage)).toMatchObject({ saved: true });
		expect(saveRecent(entry('b', 2), storage)).toMatchObject({ saved: true });
		expect(saveRecent(entry('a', 3, 'w=changed'), storage)).toMatchObject({ saved: true });
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

	it('sets a whole unreadable list aside, and keeps its text under a backup key when saving', () => {
		for (const bad of ['not json', '{"a":1}', 'null', '"text"']) {
			const storage = memory();
			storage.setItem(RECENT_KEY, bad);
			const list = readRecentList(storage);
			expect(list.entries, bad).toEqual([]);
			expect(list.problems.join(' '), bad).toMatch(/could not be read; they are kept aside/);
			expect(saveRecent(entry('new', 5), storage)).toMatchObject({ saved: true });
			expect(storage.getItem(BACKUP_KEY)).toBe(bad);
			expect(readRecent(storage).map((e) => e.id)).toEqual(['new']);
		}
	});

	it('drops a damaged entry alone and names it: the other saved comparisons are kept, and the next save keeps them', () => {
		// Each of these once wiped the whole list at the next save (issue 21, item 3; issue 16, item 2).
		const set = 'Saved comparison 2';
		const damaged: [unknown, string][] = [
			[
				{ ...entry('long-title', 1), title: 'x'.repeat(MAX_TITLE + 1) },
				`${set}, “${'x'.repeat(40)}…”, could not be read and was set aside: its title is not text of at most 300 characters.`
			],
			[
				{ ...entry('text-time', 1), savedAt: '2026-12-03T10:00:00Z' },
				`${set}, “T text-time”, could not be read and was set aside: the time it was saved is not a number.`
			],
			[
				{ ...entry('', 1) },
				`${set}, “T ”, could not be read and was set aside: its id is not text of 1 to 64 characters.`
			],
			[
				{ ...entry('huge', 1), query: 'w='.padEnd(MAX_SAVED_QUERY + 1, '1') },
				`${set}, “T huge”, could not be read and was set aside: its comparison is not text of at most 2,000,000 characters.`
			],
			[{ id: 1 }, `${set} could not be read and was set aside: its id is not text of 1 to 64 characters.`],
			[null, `${set} could not be read and was set aside: it is not a saved comparison.`]
		];
		for (const [bad, sentence] of damaged) {
			const storage = memory();
			const good = Array.from({ length: 9 }, (_, i) => entry(`g${i}`, 100 - i));
			storage.setItem(RECENT_KEY, JSON.stringify([good[0], bad, ...good.slice(1)]));
			const list = readRecentList(storage);
			expect(list.entries.map((e) => e.id)).toEqual(good.map((e) => e.id));
			expect(list.problems).toEqual([sentence, 'The other saved comparisons are kept.']);
			expect(saveRecent(entry('g3', 200, 'w=edited'), storage)).toMatchObject({ saved: true });
			const after = readRecent(storage);
			expect(after).toHaveLength(9);
			expect(after[0]).toMatchObject({ id: 'g3', query: 'w=edited' });
			// The damaged text is kept as it was.
			expect(JSON.parse(storage.getItem(BACKUP_KEY)!)[1]).toEqual(JSON.parse(JSON.stringify(bad)));
		}
	});

	it('with four damaged entries among ten, each is set aside and named, and the six others survive the next save', () => {
		const storage = memory();
		const good = Array.from({ length: 6 }, (_, i) => entry(`g${i}`, 100 - i));
		const bad = [
			{ ...entry('long-title', 90), title: 'Long '.repeat(61) },
			{ ...entry('', 80), title: 'No id' },
			{ ...entry('text-time', 70), savedAt: 'yesterday', title: 'Text time' },
			{ ...entry('huge', 60), query: 'w='.padEnd(MAX_SAVED_QUERY + 1, '1'), title: 'Huge' }
		];
		storage.setItem(RECENT_KEY, JSON.stringify([good[0], ...bad, ...good.slice(1)]));
		const list = readRecentList(storage);
		expect(list.entries.map((e) => e.id)).toEqual(['g0', 'g1', 'g2', 'g3', 'g4', 'g5']);
		expect(list.problems).toEqual([
			'Saved comparison 2, “Long Long Long Long Long Long Long Long …”, could not be read and was set aside: its title is not text of at most 300 characters.',
			'Saved comparison 3, “No id”, could not be read and was set aside: its id is not text of 1 to 64 characters.',
			'Saved comparison 4, “Text time”, could not be read and was set aside: the time it was saved is not a number.',
			'Saved comparison 5, “Huge”, could not be read and was set aside: its comparison is not text of at most 2,000,000 characters.',
			'The other saved comparisons are kept.'
		]);
		expect(saveRecent(entry('g5', 300, 'w=edited'), storage)).toMatchObject({ saved: true });
		expect(readRecent(storage).map((e) => e.id)).toEqual(['g5', 'g0', 'g1', 'g2', 'g3', 'g4']);
		expect(JSON.parse(storage.getItem(BACKUP_KEY)!)).toHaveLength(10);
	});

	it('crafted entries (keys named like Object’s properties, a polluting __proto__) are read as plain data', () => {
		const storage = memory();
		const text =
			'[{"id":"__proto__","query":"w=1","title":"Proto","savedAt":5},' +
			'{"id":"constructor","query":"w=2","title":"Ctor","savedAt":4,"__proto__":{"polluted":1}},' +
			'{"__proto__":{"id":"inherited","query":"w=3","title":"Inherited","savedAt":3}},' +
			'{"id":"ok","query":"w=4","title":"OK","savedAt":2}]';
		storage.setItem(RECENT_KEY, text);
		const list = readRecentList(storage);
		expect(list.entries.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'ok']);
		expect(list.problems).toEqual([
			'Saved comparison 3 could not be read and was set aside: its id is not text of 1 to 64 characters.',
			'The other saved comparisons are kept.'
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys({ a: 1 })).toEqual(['a']);
	});

	it('keeps the first of two entries with one id and says so', () => {
		const storage = memory();
		storage.setItem(
			RECENT_KEY,
			JSON.stringify([entry('a', 5, 'w=first'), entry('a', 9, 'w=second'), entry('b', 1)])
		);
		const list = readRecentList(storage);
		expect(list.entries.map((e) => [e.id, e.query])).toEqual([
			['a', 'w=first'],
			['b', 'w=1']
		]);
		expect(list.problems).toEqual([
			'Saved comparison 2, “T a”, repeated another’s id and was set aside; the first is kept.',
			'The other saved comparisons are kept.'
		]);
	});

	it('writes a title of at most MAX_TITLE characters, so what it writes it can read back', () => {
		const storage = memory();
		// Three providers with 80-character names make a title of about 320 characters.
		// (emoji are two UTF-16 units each: the cut must not split one).
		const title = Array.from({ length: 3 }, (_, i) => `${'😀Ω'.repeat(40)}${i} 50.0`).join(', ');
		expect(title.length).toBeGreaterThan(MAX_TITLE);
		for (let i = 0; i < 9; i++) saveRecent(entry(`old${i}`, i), storage);
		expect(saveRecent({ ...entry('mine', 50), title }, storage)).toMatchObject({ saved: true });
		const after = readRecent(storage);
		expect(after).toHaveLength(10);
		expect(after[0]!.title.length).toBeLessThanOrEqual(MAX_TITLE);
		expect(after[0]!.title.length).toBeGreaterThanOrEqual(MAX_TITLE - 2);
		expect(after[0]!.title).toMatch(/^(😀Ω)+.*…$/u);
		expect(after[0]!.title.isWellFormed()).toBe(true);
	});

	it('refuses to save a query longer than saved work may be, and says why', () => {
		const storage = memory();
		expect(saveRecent(entry('a', 1, 'w='.padEnd(MAX_SAVED_QUERY + 1, '1')), storage)).toEqual({
			saved: false,
			reason: 'too-large'
		});
		expect(storage.getItem(RECENT_KEY)).toBeNull();
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
		expect(saveRecent(entry('a', 1), refusing)).toEqual({ saved: false, reason: 'refused' });
		expect(readRecent(undefined)).toEqual([]);
		expect(saveRecent(entry('a', 1), undefined)).toEqual({ saved: false, reason: 'refused' });
	});
});
