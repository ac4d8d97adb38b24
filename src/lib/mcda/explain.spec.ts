import { describe, expect, it } from 'vitest';
import { howItsScored } from './explain';
import { weightedSum } from './weighted-sum';

describe("How it's scored", () => {
	it('gives the method’s own explanation and formula, and says where the reasons are', () => {
		const [first, second, third] = howItsScored(weightedSum, 'Sources');
		expect(first).toBe(weightedSum.explanation);
		expect(second).toMatch(/^Score = Σ \(weight × value score\) ÷ Σ weight\./);
		expect(third).toContain('“Sources”');
	});
});
