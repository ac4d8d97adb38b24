import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/validate';
import { syntheticDataset } from '$lib/data/synthetic';
import type { Dataset } from '$lib/data/schema';
import { evaluate, formatScore } from '$lib/mcda/evaluate';
import { scenarioWith } from '$lib/scenario/defaults';
import { defaultScenario } from '$lib/data/presets';
import cloud2010 from '$data/cloud-2010.v1.json';
import { latestDataset } from '$lib/data/datasets';
import { tiny } from '$lib/mcda/tiny.fixture';
import { rankingView } from '$lib/present/results';
import {
	buildReport,
	localDateTime,
	reportFileName,
	type ReportDocument,
	type ReportSection
} from './report';
import { defaultPageFormat } from './page-format';

const exportedAt = new Date(2025, 10, 6, 9, 5); // 6 November 2025, 09:05 local time
const link = 'https://scorecard.example/?s=abc#x';
const options = { exportedAt, link, locale: 'de-DE' };

/** Synthetic data with every kind of value: sourced (with and without a note), judgement, unknown. */
function mixedDataset(): Dataset {
	const d = syntheticDataset(7, 9, 42);
	const [p0, p1, p2] = d.providers;
	p0!.name = 'Société Générale Cloud — Ørsted Łódź';
	p0!.values.c0 = {
		kind: 'judgement',
		raw: 5,
		rationale: 'Estimated from the 2010 price sheet; no figure published.'
	};
	p1!.values.c1 = { kind: 'unknown', reason: 'Not published in 2010.' };
	p2!.values.c2 = {
		kind: 'sourced',
		raw: 3,
		source: {
			title: 'Price list',
			url: 'https://example.org/prices',
			date: '2010-04-12',
			note: '$0.12/h ÷ 2 GB'
		}
	};
	return d;
}

function section<K extends ReportSection['kind']>(doc: ReportDocument, kind: K) {
	const found = doc.sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind);
	if (!found) throw new Error(`no ${kind} section`);
	return found;
}

describe('buildReport', () => {
	const dataset = mixedDataset();
	const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.id, (j * 17) % 101]));
	const evaluation = evaluate(dataset, { ...scenarioWith(dataset, weights), excluded: ['p6'] });
	const doc = buildReport(evaluation, options);

	it('has the sections in the order the issue asks for', () => {
		// Page 1 answers (title with the weights used, the answer, the ranking, the link); the appendix follows.
		expect(doc.sections.map((s) => s.kind)).toEqual([
			'title',
			'answer',
			'ranking',
			'link',
			'appendix',
			'weights',
			'why',
			'charts',
			'value-scores',
			'how-scored',
			// No group summary: this synthetic data set has no story (data/stories), so no grouping.
			'sources'
		]);
	});

	it('names the export date, the data set, its version and as-of date, and who was left out', () => {
		const title = section(doc, 'title');
		expect(title.exported).toBe('Exported 2025-11-06 09:05');
		expect(title.dataset).toBe('Synthetic');
		expect(title.datasetLine).toContain('version 1');
		expect(title.datasetLine).toContain('as of 2010-05');
		expect(title.excludedLine).toContain('Provider 6');
		expect(doc.footer).toContain('2025-11-06 09:05');
		expect(doc.fileName).toBe('cloud-scorecard-2025-11-06.pdf');
	});

	it('lists the ranking in exactly the evaluation’s order, with names (accents kept) and scores as shown', () => {
		const rows = section(doc, 'ranking').rows;
		expect(rows.map((r) => r.provider)).toEqual(evaluation.ranking.map((r) => r.provider.name));
		expect(rows.map((r) => r.score)).toEqual(evaluation.ranking.map((r) => formatScore(r.score)));
		expect(rows.map((r) => r.rank)).toEqual(evaluation.ranking.map((r) => r.rank));
		expect(rows.map((r) => r.provider)).toContain('Société Générale Cloud — Ørsted Łódź');
		expect(rows).toHaveLength(6);
		expect(rows.every((r) => ['Xen', 'KVM'].includes(r.hypervisor))).toBe(true);
	});

	it('lists every criterion’s weight and its share of the total', () => {
		const w = section(doc, 'weights');
		expect(w.rows.map((r) => r.criterion)).toEqual(dataset.criteria.map((c) => c.name));
		expect(w.rows.map((r) => r.weight)).toEqual(dataset.criteria.map((c) => weights[c.id]));
		// Weights (17·j mod 101) = 0, 17, 34, 51, 68, 85, 1, 18, 35; total 309. Shares by hand:
		// 0, 5.50, 11.00, 16.50, 22.01, 27.51, 0.32, 5.83, 11.33 % → whole per cent.
		expect(w.rows.map((r) => r.weight)).toEqual([0, 17, 34, 51, 68, 85, 1, 18, 35]);
		expect(w.rows.map((r) => r.share)).toEqual([
			'0 %',
			'6 %',
			'11 %',
			'17 %',
			'22 %',
			'28 %',
			'0 %',
			'6 %',
			'11 %'
		]);
		expect(w.total).toBe(309);
	});

	it('orders value-score columns like the ranking and marks unknowns', () => {
		const v = section(doc, 'value-scores');
		expect(v.providers).toEqual(evaluation.ranking.map((r) => r.provider.name));
		expect(v.rows).toHaveLength(dataset.criteria.length);
		const p1Column = v.providers.indexOf('Provider 1');
		expect(v.rows[1]?.cells[p1Column]).toEqual({ text: '0', unknown: true, mine: false });
		expect(v.legend.join(' ')).toMatch(/unknown/);
		const first = evaluation.ranking[0]!;
		expect(v.rows[0]?.cells[0]?.text).toBe(String(Math.round(evaluation.cells[first.index]![0]!.score)));
	});

	it('explains the method', () => {
		const how = section(doc, 'how-scored');
		expect(how.paragraphs[0]).toBe(evaluation.method.explanation);
		expect(how.scales).toHaveLength(dataset.criteria.length);
		expect(how.scales[0]?.scale).toBe('0 at 0 units, 100 at 10 units');
		expect(how.scales[3]?.scale).toBe('Low: 0 · Mid: 60 · High: 100');
	});

	it('carries the group summary under the data set’s own title only where its story groups providers', () => {
		const cloud = latestDataset('cloud-2010');
		const onCloud = buildReport(evaluate(cloud, defaultScenario(cloud)), options);
		expect(section(onCloud, 'summary')).toMatchObject({ heading: 'Xen vs KVM' });
		expect(section(onCloud, 'summary').text).toMatch(
			/^Under these weights the best Xen provider is Amazon EC2/
		);
		expect(section(onCloud, 'ranking').platformHeading).toBe('Hypervisor');
		expect(doc.sections.some((s) => s.kind === 'summary')).toBe(false);
		expect(section(doc, 'ranking').platformHeading).toBe('Platform');
	});

	it('lists every value with its source and date, every judgement with its rationale and every unknown', () => {
		const s = section(doc, 'sources');
		// Every provider of the data set, left out or not, on every criterion.
		expect(s.rows).toHaveLength(dataset.criteria.length * dataset.providers.length);
		for (const c of dataset.criteria)
			for (const p of dataset.providers) {
				const value = p.values[c.id]!;
				const row = s.rows.find((r) => r.criterion === c.name && r.provider === p.name);
				expect(row, `${p.id}/${c.id}`).toBeDefined();
				if (value.kind === 'sourced') {
					expect(row).toMatchObject({ basis: 'Sourced', date: value.source.date, url: value.source.url });
					expect(row?.detail).toContain(value.source.title);
				} else if (value.kind === 'judgement') {
					expect(row).toMatchObject({ basis: 'Judgement', detail: value.rationale });
				} else {
					expect(row).toMatchObject({ basis: 'Unknown', detail: value.reason, value: 'unknown' });
				}
			}
		expect(s.rows.find((r) => r.provider === 'Provider 2' && r.criterion === 'Criterion 2')?.detail).toBe(
			'Price list ($0.12/h ÷ 2 GB)'
		);
		expect(s.hypervisors).toHaveLength(dataset.providers.length);
		expect(s.hypervisors.every((h) => h.date && h.url)).toBe(true);
	});

	it('carries the link unchanged on page 1', () => {
		expect(section(doc, 'link').url).toBe(link);
		// On page 1, before the appendix.
		expect(doc.sections.findIndex((s) => s.kind === 'link')).toBeLessThan(
			doc.sections.findIndex((s) => s.kind === 'appendix')
		);
	});
});

describe('page 1 of the report', () => {
	const v1 = cloud2010 as unknown as Dataset;
	it('names the pick, the runner-up, the margin, why, how robust and the weights used', () => {
		const dataset = parseDataset('cloud-2010.v1.json', v1);
		const evaluation = evaluate(dataset, defaultScenario(dataset));
		const doc = buildReport(evaluation, options);
		const answer = section(doc, 'answer');
		const [first, second] = evaluation.ranking;
		const margin = formatScore(Number(formatScore(first!.score)) - Number(formatScore(second!.score)));
		expect(answer.headline).toBe(
			`${first!.provider.name} comes first with ${formatScore(first!.score)} points, ${margin} points ahead of ` +
				`${second!.provider.name} (${formatScore(second!.score)}).`
		);
		expect(answer.sentence).toMatch(
			new RegExp(`^${first!.provider.name} leads ${second!.provider.name} by ${margin} points, mostly on `)
		);
		expect(answer.robustness).toMatch(
			/first (under every weighting tried|in \d+ % of the weightings tried) \(500 trials, each weight ±25 %\), (and|but)/
		);
		expect(answer.known).toMatch(/^Known values: .* \d+ of 17/);
		expect(section(doc, 'title').weightsLine).toBe('Weights: the Balanced preset.');
		expect(section(doc, 'weights')).toMatchObject({
			preset: 'Balanced',
			totalText: `Sum of weights ${evaluation.totalWeight} = 100 %`
		});
	});
});

describe('buildReport edge cases', () => {
	it('says why there is no ranking and leaves out the ranking charts when every weight is zero', () => {
		const dataset = syntheticDataset(3, 4);
		const doc = buildReport(evaluate(dataset, scenarioWith(dataset, {})), options);
		expect(section(doc, 'ranking')).toMatchObject({ rows: [], empty: expect.stringMatching(/weight 0/) });
		expect(section(doc, 'charts').charts.map((c) => c.id)).toEqual(['profile']);
		expect(section(doc, 'weights').rows.map((r) => r.share)).toEqual(['–', '–', '–', '–']);
		// Not ranked: value-score columns follow the data set.
		expect(section(doc, 'value-scores').providers).toEqual(['Provider 0', 'Provider 1', 'Provider 2']);
	});

	it('has no charts and no rows when every provider is left out', () => {
		const dataset = syntheticDataset(2, 3);
		const scenario = { ...scenarioWith(dataset, { c0: 50 }), excluded: ['p0', 'p1'] };
		const doc = buildReport(evaluate(dataset, scenario), options);
		expect(section(doc, 'ranking').empty).toMatch(/left out/);
		expect(section(doc, 'charts').charts).toEqual([]);
		expect(section(doc, 'value-scores').rows.every((r) => r.cells.length === 0)).toBe(true);
		// Sources still list the whole data set.
		expect(section(doc, 'sources').rows).toHaveLength(6);
	});

	it('covers the real data set: ranking, 17 weights and every value', () => {
		const dataset = parseDataset('data/cloud-2010.v1.json', cloud2010);
		const evaluation = evaluate(dataset, scenarioWith(dataset, { 'entry-price': 100, tooling: 20 }));
		const doc = buildReport(evaluation, options);
		expect(section(doc, 'ranking').rows.map((r) => r.provider)).toEqual(
			evaluation.ranking.map((r) => r.provider.name)
		);
		expect(section(doc, 'weights').rows).toHaveLength(dataset.criteria.length);
		expect(section(doc, 'sources').rows).toHaveLength(dataset.criteria.length * dataset.providers.length);
	});
});

describe('report helpers', () => {
	it.each([
		['en-US', 'letter'],
		['en-CA', 'letter'],
		['es-MX', 'letter'],
		['fr-CA', 'letter'],
		['en', 'letter'],
		['en-GB', 'a4'],
		['de-DE', 'a4'],
		['fr', 'a4'],
		['es', 'a4'],
		['ja-JP', 'a4'],
		// The region read from the tag itself: with a script, lower case, extensions.
		['zh-Hant-TW', 'a4'],
		['en-us', 'letter'],
		['en-US-u-nu-latn', 'letter'],
		['es-PR', 'letter'],
		['', 'a4'],
		['not a locale!', 'a4'],
		[undefined, 'a4']
	] as const)('page format for %j is %s', (locale, format) => {
		expect(defaultPageFormat(locale)).toBe(format);
	});

	it('uses the local date for the file name, also just before midnight', () => {
		expect(reportFileName(new Date(2010, 0, 2, 23, 59))).toBe('cloud-scorecard-2010-01-02.pdf');
		expect(localDateTime(new Date(2010, 11, 31, 0, 1))).toBe('2010-12-31 00:01');
	});
});

describe('buildReport: the evidence and what happened next', () => {
	const v2 = latestDataset('cloud-2010');
	const weights = Object.fromEntries(v2.criteria.map((c) => [c.id, 10]));
	const evaluation = evaluate(v2, { ...scenarioWith(v2, weights), unknowns: 'middle' });
	const doc = buildReport(evaluation, options);

	it('names the treatment of unknowns in the title block and in How it’s scored', () => {
		expect(section(doc, 'title').unknownsLine).toBe(
			'Unknown values: Middle of the scale. An unknown value scores 50, as if the provider were average on it.'
		);
		expect(section(doc, 'how-scored').paragraphs.join(' ')).toContain(
			'Unknown values (chosen: “Middle of the scale”)'
		);
	});

	it('gives every ranked provider its Known and Range cells as on the page, and the notes', () => {
		const view = rankingView(evaluation);
		expect(section(doc, 'ranking').rows.map((r) => `${r.provider}|${r.score}|${r.known}|${r.range}`)).toEqual(
			view.rows.map((r) => `${r.provider}|${r.score}|${r.known}|${r.range}`)
		);
		expect(section(doc, 'ranking').rows.every((r) => /^\d+ of 17$/.test(r.known ?? ''))).toBe(true);
		expect(section(doc, 'ranking').notes).toEqual(view.notes);
		expect(section(doc, 'summary').text).toContain('By weight, Xen providers’ values are');
	});

	it('ends the appendix with What happened next, with every event and its source (the link is on page 1)', () => {
		const kinds = doc.sections.map((s) => s.kind);
		expect(kinds.slice(-2)).toEqual(['sources', 'timeline']);
		expect(kinds.indexOf('link')).toBeLessThan(kinds.indexOf('appendix'));
		const timeline = section(doc, 'timeline');
		expect(timeline.heading).toBe('What happened next');
		expect(timeline.context).toBe('This is context only: it never changes a score.');
		expect(timeline.events.length).toBeGreaterThanOrEqual(30);
		expect(timeline.events.every((e) => e.url?.startsWith('http'))).toBe(true);
		expect(timeline.fates[0]).toMatch(new RegExp(`^1\\. ${evaluation.ranking[0]!.provider.name} — `));
	});

	it('carries the data set notes and the “applies to” note of a late-dated value', () => {
		const sources = section(doc, 'sources');
		expect(sources.datasetNotes?.asOfLine).toBe('Data as of 2010-11-10.');
		expect(sources.datasetNotes?.changesHeading).toBe('What changed in version 3');
		expect(sources.rows.filter((r) => r.appliesNote).map((r) => r.provider)).toEqual([
			'GoGrid',
			'GoGrid',
			'GoGrid'
		]);
	});

	it('has no timeline for a data set without one', () => {
		expect(
			buildReport(evaluate(tiny, scenarioWith(tiny, { price: 1, future: 1 })), options).sections.map(
				(s) => s.kind
			)
		).not.toContain('timeline');
	});
});

describe('names with bidirectional controls (issue 21)', () => {
	// Tiny with a provider, a criterion and a group whose names open a right-to-left override and
	// never close it; at equal weights B leads A by 2.6 points (present/answer.spec.ts).
	const RLO = '\u202e';
	const evil: Dataset = {
		...tiny,
		groups: tiny.groups.map((g) => ({ ...g, name: `${RLO}Cost` })),
		criteria: tiny.criteria.map((c) => (c.id === 'future' ? { ...c, name: `${RLO}Future` } : c)),
		providers: tiny.providers.map((p) => (p.id === 'b' ? { ...p, name: `${RLO}evil` } : p))
	};
	const doc = buildReport(evaluate(evil, scenarioWith(evil, { price: 50, future: 50 })), options);

	it('leave no embedding, override or isolate control anywhere in the PDF text', () => {
		expect(JSON.stringify(doc)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});

	it('keep the names and the sentences around them as plain text', () => {
		const answer = doc.sections.find((s) => s.kind === 'answer');
		expect(answer?.sentence).toBe('evil leads A by 2.6 points, mostly on Future; A is better on price.');
		expect(answer?.headline).toBe('evil comes first with 75.0 points, 2.6 points ahead of A (72.4).');
		const ranking = doc.sections.find((s) => s.kind === 'ranking');
		expect(ranking?.rows.map((r) => r.provider)).toEqual(['evil', 'A', 'C']);
		const weights = doc.sections.find((s) => s.kind === 'weights');
		expect(weights?.rows.map((r) => [r.criterion, r.group])).toEqual([
			['Price', 'Cost'],
			['Future', 'Cost']
		]);
	});
});
