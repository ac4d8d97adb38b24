import { describe, expect, it } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { effectiveDataset } from '$lib/scenario/effective';
import { emptyEdits } from '$lib/scenario/schema';
import { datasetNotesView } from './dataset';
import { sourcesView } from './sources';

describe('data set notes', () => {
	it('give version 2’s as-of date, its rationale and its changes', () => {
		const v2 = findDataset('cloud-2010', 2)!;
		const view = datasetNotesView(v2);
		expect(view.asOfLine).toBe('Data as of 2010-11-10.');
		expect(view.rationale).toMatch(/^10 November 2010 is the day Red Hat Enterprise Linux 6/);
		expect(view.changesHeading).toBe('What changed in version 2');
		expect(view.changes).toEqual(v2.changes);
	});

	it('say nothing more for version 1, which has neither', () => {
		expect(datasetNotesView(findDataset('cloud-2010', 1)!)).toEqual({
			asOfLine: 'Data as of 2010-05.',
			changes: []
		});
	});

	it('a value dated after the as-of date carries its “applies to” note; others have none', () => {
		const v2 = findDataset('cloud-2010', 2)!;
		const rows = sourcesView(effectiveDataset(v2, emptyEdits())).flatMap((c) => c.rows);
		const noted = rows.filter((r) => r.appliesNote);
		expect(noted.length).toBeGreaterThan(0);
		for (const r of noted) {
			expect(r.provider).toBe('GoGrid');
			expect(r.appliesNote).toMatch(
				/^applies to 2011-01-18: The post \(18 January 2011\) quotes CloudHarmony/
			);
		}
		expect(rows.filter((r) => r.basis === 'Sourced' && !r.appliesNote).length).toBeGreaterThan(10);
	});
});
