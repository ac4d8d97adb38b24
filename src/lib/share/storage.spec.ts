import { describe, expect, it } from 'vitest';
import { readSaved, STORAGE_KEY, writeSaved } from './storage';

function memory(): Storage {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, v),
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

describe('saved comparison', () => {
	it('stores and reads back a query', () => {
		const storage = memory();
		expect(readSaved(storage)).toBeNull();
		expect(writeSaved('v=1&w=1', storage)).toBe(true);
		expect(storage.getItem(STORAGE_KEY)).toBe('v=1&w=1');
		expect(readSaved(storage)).toBe('v=1&w=1');
	});

	it('treats storage that throws or is missing as empty', () => {
		expect(readSaved(refusing)).toBeNull();
		expect(writeSaved('v=1', refusing)).toBe(false);
		expect(readSaved(undefined)).toBeNull();
		expect(writeSaved('v=1', undefined)).toBe(false);
		// In Node there is no localStorage at all (or a stub): the defaults must not throw either.
		expect(() => readSaved()).not.toThrow();
	});
});
