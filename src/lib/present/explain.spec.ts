import { describe, expect, it } from 'vitest';
import { methods, unknownTreatments } from '$lib/scenario/registry';
import { howItsScored } from './explain';
import { weightedSum } from '$lib/mcda/weighted-sum';

describe("How it's scored", () => {
	it('gives the method’s own explanation and formula, and says where the reasons are', () => {
		const [first, second, weakness, unknowns, last] = howItsScored(weightedSum, 'Sources');
		// Without a treatment named, the default one (worst level) is the chosen one.
		expect(unknowns).toMatch(/^Unknown values \(chosen: “Worst level”\)\. /);
		expect(first).toBe(weightedSum.explanation);
		expect(second).toMatch(/^Score = Σ \(weight × value score\) ÷ Σ weight\./);
		expect(weakness).toBe(`Its known weakness: ${weightedSum.weakness}`);
		expect(last).toBe(
			'Values marked Judgement are our assessment, with the reason given under “Sources”; values ' +
				'marked Your value were entered by you and are shown beside the data set’s.'
		);
	});

	it('says why a score does not depend on the others compared, or that it does (TOPSIS)', () => {
		expect(howItsScored(weightedSum, 'Sources')[1]).toBe(
			'Score = Σ (weight × value score) ÷ Σ weight. The scales are fixed in the data set, not stretched ' +
				'between the best and worst provider compared, so a provider’s score does not change when ' +
				'another one is added or removed, and the order of the others never flips because of it. ' +
				'Providers whose scores read the same to one decimal share a rank (1, 2, 2, 4).'
		);
		const topsis = howItsScored(methods.topsis, 'Sources')[1]!;
		expect(topsis).toContain(
			'The value scales are fixed in the data set, but this method then compares the providers with each ' +
				'other, so a provider’s score can change when another one is added or left out, and the order of ' +
				'the others can flip because of it (rank reversal). Providers whose scores read the same'
		);
	});

	it('a method without a known weakness has no weakness sentence', () => {
		const lines = howItsScored({ ...weightedSum, weakness: undefined }, 'Sources');
		expect(lines).toHaveLength(4);
		expect(lines.join(' ')).not.toContain('Its known weakness');
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
			expect(third).toMatch(/ The other choices: .* Unknown values are marked wherever they appear\.$/);
			// The chosen one is said once, first, not again among the others.
			expect(third.split(treatment.explanation)).toHaveLength(2);
		}
	});
});
