import { describe, expect, it } from 'vitest';
import { methods, unknownTreatments } from '$lib/scenario/registry';
import { howItsScored } from './explain';
import { weightedSum } from './weighted-sum';

describe("How it's scored", () => {
	it('gives the method’s own explanation and formula, and says where the reasons are', () => {
		const [first, second, weakness, , last] = howItsScored(weightedSum, 'Sources');
		expect(first).toBe(weightedSum.explanation);
		expect(second).toMatch(/^Score = Σ \(weight × value score\) ÷ Σ weight\./);
		expect(weakness).toBe(`Its known weakness: ${weightedSum.weakness}`);
		expect(last).toContain('“Sources”');
	});

	it('explains each method with its formula and weakness, and warns of rank reversal where it applies', () => {
		for (const method of Object.values(methods)) {
			const text = howItsScored(method, 'Sources').join(' ');
			expect(text).toContain(method.explanation);
			expect(text).toContain(method.formula);
			expect(text).toContain(method.weakness!);
			expect(text.includes('rank reversal')).toBe(method.dependsOnAlternatives === true);
		}
	});

	it('explains each treatment of unknowns in a sentence, the chosen one first', () => {
		for (const treatment of Object.values(unknownTreatments)) {
			const third = howItsScored(weightedSum, 'Sources', treatment)[3]!;
			expect(
				third.startsWith(`Unknown values (chosen: “${treatment.label}”). ${treatment.explanation}`)
			).toBe(true);
			for (const other of Object.values(unknownTreatments)) expect(third).toContain(other.explanation);
		}
	});
});
