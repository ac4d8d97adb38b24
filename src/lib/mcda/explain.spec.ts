import { describe, expect, it } from 'vitest';
import { unknownTreatments } from '$lib/scenario/registry';
import { howItsScored } from './explain';
import { weightedSum } from './weighted-sum';

describe("How it's scored", () => {
	it('gives the method’s own explanation and formula, and says where the reasons are', () => {
		const [first, second, , fourth] = howItsScored(weightedSum, 'Sources');
		expect(first).toBe(weightedSum.explanation);
		expect(second).toMatch(/^Score = Σ \(weight × value score\) ÷ Σ weight\./);
		expect(fourth).toContain('“Sources”');
	});

	it('explains each treatment of unknowns in a sentence, the chosen one first', () => {
		for (const treatment of Object.values(unknownTreatments)) {
			const third = howItsScored(weightedSum, 'Sources', treatment)[2]!;
			expect(
				third.startsWith(`Unknown values (chosen: “${treatment.label}”). ${treatment.explanation}`)
			).toBe(true);
			for (const other of Object.values(unknownTreatments)) expect(third).toContain(other.explanation);
		}
	});
});
