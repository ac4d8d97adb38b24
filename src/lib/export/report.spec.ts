import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/validate';
import { syntheticDataset } from '$testing/synthetic';
import type { Dataset } from '$lib/data/schema';
import { evaluate } from '$lib/evaluation/evaluate';
import { formatScore } from '$lib/present/format';
import { scenarioWith } from '$lib/scenario/defaults';
import { setJudgement, setMustHave, setWeighting } from '$lib/scenario/actions';
import { defaultScenario } from '$lib/scenario/presets';
import cloud2010 from '$data/cloud-2010.v1.json';
import { latestDataset } from '$lib/data/datasets';
import { tiny } from '$testing/tiny';
import { acceptabilityView, smaaInput } from '$lib/present/acceptability';
import { heatmapView } from '$lib/present/heatmap';
import { smaa } from '$lib/mcda';
import { buildReport, localDateTime, type Block, type Cell, type ReportDocument } from './report';
import { pdfFileName, slug } from './file-name';
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

const text = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
const headings = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const paragraphs = (doc: ReportDocument) =>
	doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** The table the page captions `name`. */
function table(doc: ReportDocument, name: string): Extract<Block, { kind: 'table' }> {
	const found = doc.blocks.find(
		(b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.name === name
	);
	if (!found) throw new Error(`no table ${name}`);
	return found;
}

/** The blocks under a heading, up to the next heading of its level or above. */
function under(doc: ReportDocument, heading: string): Block[] {
	const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
	if (start < 0) throw new Error(`no heading ${heading}`);
	const level = (doc.blocks[start] as Extract<Block, { kind: 'heading' }>).level;
	const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
	return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * Tiny (src/testing/tiny.ts) at equal weights, worked by hand. Price is linear from 0.2 $/h
 * (0) to 0.01 $/h (100): A at 0.02 → 100·0.18/0.19 = 94.74, B at 0.105 → 50, C unknown → 0 (worst
 * level). Future: Xen 50, KVM 100, so A 50, B 100, C 100. Scores (equal weights, the mean):
 * B (50 + 100)/2 = 75.0, A (94.74 + 50)/2 = 72.37 → 72.4, C (0 + 100)/2 = 50.0; C's range with its
 * unknown at the best level: (100 + 100)/2 = 100.0.
 */
describe('the report of a comparison worked by hand', () => {
	const evaluation = evaluate(tiny, scenarioWith(tiny, { price: 50, future: 50 }));
	// Built before each test, not in the describe body: StrykerJS switches a mutant on before the tests run.
	let doc: ReportDocument;
	beforeEach(() => {
		doc = buildReport(evaluation, options);
	});

	it('has page 1 (the answer, the ranking, the link) and then the appendix, in this order', () => {
		expect(headings(doc)).toEqual([
			'Cloud Scorecard',
			'The answer',
			'Ranking',
			'Link to this comparison',
			'Appendix: how the answer was reached',
			'Weights used',
			'Why #1 wins',
			'How far can each weight move?',
			'Rank acceptability',
			'Charts',
			'Value scores',
			"How it's scored",
			'Sources',
			'Platform of each provider',
			'Values'
		]);
		// The appendix is a part (level 2): it starts a new page.
		expect(doc.blocks.find((b) => b.kind === 'heading' && b.level === 2)).toEqual({
			kind: 'heading',
			text: 'Appendix: how the answer was reached',
			level: 2
		});
	});

	it('names the pick, its margin and the ranking as computed by hand', () => {
		expect(paragraphs(doc)).toContain('B comes first with 75.0 points, 2.6 points ahead of A (72.4).');
		const ranking = table(doc, 'Ranking');
		expect(ranking.head).toEqual(['Rank', 'Provider', 'Platform', 'Score', 'Known', 'Range']);
		expect(ranking.rows).toEqual([
			['1', 'B', 'KVM', '75.0', '2 of 2', '75.0–75.0'],
			['2', 'A', 'Xen', '72.4', '2 of 2', '72.4–72.4'],
			['3', 'C', 'KVM', '50.0', '1 of 2', '50.0–100.0']
		]);
		expect(under(doc, 'Ranking')).toContainEqual({
			kind: 'paragraph',
			text: 'B and C cannot be told apart on the evidence: their ranges overlap.',
			style: 'small'
		});
	});

	it('says “your own, no preset” on page 1 and in the appendix alike', () => {
		expect(paragraphs(doc)).toContain('Weights: your own, no preset.');
		expect(under(doc, 'Weights used')[0]).toEqual({
			kind: 'paragraph',
			text: 'Weights: your own, no preset. A criterion’s share is its weight ÷ the sum of weights.',
			style: 'muted'
		});
		expect(JSON.stringify(doc)).not.toContain('Custom weights');
	});

	it('lists the weights with their shares and the sum', () => {
		const weights = table(doc, 'Weights used');
		expect(weights.head).toEqual(['Criterion', 'Group', 'Weight', 'Share']);
		expect(weights.rows).toEqual([
			['Price', 'Cost', '50', '50 %'],
			['Future', 'Cost', '50', '50 %']
		]);
		expect(weights.foot).toEqual([{ text: 'Sum of weights', span: 2 }, '100', '= 100 %']);
	});

	it('shows each weight’s stability interval, as on the page', () => {
		// Price share p: B = 100 − 50p, A = 50 + 44.74p, C = 100 − 100p. B ≥ A while
		// p ≤ 50/94.74 = 52.8 % (53 %); B ≥ C for every p, equal at p = 0 (both 100), where B is no
		// longer first alone: Price at 0 % and Future at 100 % are a tie with C. Future's share is
		// 1 − p: from 47 %.
		expect(table(doc, 'Weight stability')).toMatchObject({
			head: ['Criterion', 'Share now', 'Leader stays first from', 'to', 'In words'],
			rows: [
				[
					'Price',
					'50 %',
					'0 %',
					'53 %',
					'B stays first while Price is between 0 % and 53 % of the weight; above that A overtakes; at 0 % it ties with C.'
				],
				[
					'Future',
					'50 %',
					'47 %',
					'100 %',
					'B stays first while Future is between 47 % and 100 % of the weight; below that A overtakes; at 100 % it ties with C.'
				]
			]
		});
	});

	it('shows rank acceptability with the page’s figures (the same seeded draws as its worker)', () => {
		const acceptability = table(doc, 'Rank acceptability');
		expect(acceptability.head).toEqual(['Provider', '1st', '2nd', '3rd']);
		expect(acceptability.rows.map((r) => text(r[0]!))).toEqual(['B', 'A', 'C']);
		for (const row of acceptability.rows)
			expect(row.slice(1).reduce((sum, c) => sum + parseInt(text(c), 10), 0)).toBe(100);
		// The page's worker runs the request as it is, confidence draws included.
		const input = smaaInput(evaluation, true);
		const page = acceptabilityView(evaluation, input, smaa(input.request.values, input.request));
		expect(acceptability.rows).toEqual(
			page.rows.map((r) => [r.provider, ...r.percents.map((p) => `${p} %`)])
		);
		expect(under(doc, 'Rank acceptability')[0]).toEqual({
			kind: 'paragraph',
			text: 'How often would each provider take each place if the weights moved up to 25 % either way from yours and the unknown values could be anything?',
			style: 'muted'
		});
	});

	it('prints the value scores in ranking order, the unknown shaded and marked', () => {
		const scores = table(doc, 'Value scores');
		expect(scores.head).toEqual(['Criterion', 'B', 'A', 'C']);
		expect(scores.rows).toEqual([
			['Price', '50', '95', { text: '0*', shade: true }],
			['Future', '100', '50', '100']
		]);
	});

	it('draws the two charts, each with its caption, and the value heatmap from the page’s view model', () => {
		const charts = doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
		expect(charts.map((c) => c.chart)).toEqual(['score', 'contributions']);
		const heatmaps = doc.blocks.flatMap((b) => (b.kind === 'heatmap' ? [b.heatmap] : []));
		expect(heatmaps).toHaveLength(1);
		const [heatmap] = heatmaps;
		expect(heatmap).toEqual(heatmapView(evaluation));
		// Under the Charts heading, after the charts; columns in ranking order, C's price hatched.
		expect(under(doc, 'Charts').at(-1)).toEqual({ kind: 'heatmap', heatmap });
		expect(heatmap!.columns.map((c) => c.name)).toEqual(['B', 'A', 'C']);
		expect(heatmap!.groups[0]!.rows[0]!.cells.map((c) => [c.text, c.bin])).toEqual([
			['50', 2],
			['95', 4],
			['unknown', undefined]
		]);
	});

	it('carries the link unchanged on page 1, before the appendix', () => {
		const at = doc.blocks.findIndex((b) => b.kind === 'link');
		expect(doc.blocks[at]).toEqual({
			kind: 'link',
			text: 'Open this address to see the same comparison, with these weights and providers, in Cloud Scorecard:',
			url: link
		});
		expect(at).toBeLessThan(headings(doc).indexOf('Appendix: how the answer was reached') + 100);
		expect(doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2)).toBeGreaterThan(at);
	});

	it('names the file after the data set, the leader (no preset) and the local date', () => {
		expect(doc.fileName).toBe('cloud-scorecard-tiny-b-first-2025-11-06.pdf');
		expect(doc.footer).toBe('Cloud Scorecard · exported 2025-11-06 09:05');
	});
});

describe('copy slips (issue 19)', () => {
	it('a plural name takes the apostrophe alone: “Data centres’ share”', () => {
		// A gets KVM too: 94.74 and 100 against B (50, 100) and C (0, 100), so nobody overtakes A
		// whatever the shares; with all the weight on Data centres all three score 100 and tie.
		const dominant: Dataset = {
			...tiny,
			criteria: tiny.criteria.map((c) => (c.id === 'future' ? { ...c, name: 'Data centres' } : c)),
			providers: tiny.providers.map((p) =>
				p.id === 'a'
					? { ...p, values: { ...p.values, future: { kind: 'judgement', raw: 'kvm', rationale: 't' } } }
					: p
			)
		};
		const doc = buildReport(evaluate(dominant, scenarioWith(dominant, { price: 50, future: 50 })), options);
		expect(table(doc, 'Weight stability').rows.map((r) => text(r[4]!))).toEqual([
			'No other provider overtakes A whatever Price’s share of the weight, from 0 % to 100 %; at 0 % it ties with B and C.',
			'No other provider overtakes A whatever Data centres’ share of the weight, from 0 % to 100 %; at 100 % it ties with B and C.'
		]);
		expect(JSON.stringify(doc)).not.toMatch(/s’s\b/);
	});

	it('a provider of the person’s own reads “Hetzner Cloud (yours)”, with its space', async () => {
		const { addProvider } = await import('$lib/scenario/data-edits');
		const scenario = addProvider(scenarioWith(tiny, { price: 50, future: 50 }), tiny, {
			name: 'Hetzner Cloud',
			platform: 'KVM'
		}).scenario;
		const rows = table(buildReport(evaluate(tiny, scenario), options), 'Ranking').rows;
		// Both values unknown: 0 on each, last.
		expect(rows.at(-1)?.slice(0, 4)).toEqual(['4', 'Hetzner Cloud (yours)', 'KVM', '0.0']);
	});

	it('the Range note names the method as it is called: “the score (TOPSIS)”, not “(topsis)”', () => {
		const topsis = buildReport(
			evaluate(tiny, { ...scenarioWith(tiny, { price: 50, future: 50 }), method: 'topsis' }),
			options
		);
		const notes = paragraphs(topsis).join(' ');
		expect(notes).toContain('Range: the score (TOPSIS) with every unknown value at the worst level');
		expect(notes).not.toContain('(topsis)');
	});
});

describe('pdfFileName', () => {
	it.each([
		[
			{ datasetId: 'cloud-2010', preset: 'Security and compliance first', date: '2026-12-03' },
			'cloud-scorecard-cloud-2010-security-and-compliance-first-2026-12-03.pdf'
		],
		[
			{ datasetId: 'cloud-2010', preset: 'Balanced', modified: true, leader: 'GoGrid', date: '2026-12-03' },
			'cloud-scorecard-cloud-2010-balanced-modified-2026-12-03.pdf'
		],
		[
			{ datasetId: 'cloud-2026', leader: 'Hetzner Cloud', date: '2026-12-03' },
			'cloud-scorecard-cloud-2026-hetzner-cloud-first-2026-12-03.pdf'
		],
		// Accents folded; a name in another script leaves nothing to name it by.
		[
			{ datasetId: 'starter', leader: 'Société Générale Cloud', date: '2026-01-02' },
			'cloud-scorecard-starter-societe-generale-cloud-first-2026-01-02.pdf'
		],
		[
			{ datasetId: 'starter', leader: 'Яндекс', date: '2026-01-02' },
			'cloud-scorecard-starter-2026-01-02.pdf'
		],
		[{ datasetId: 'starter', date: '2026-01-02' }, 'cloud-scorecard-starter-2026-01-02.pdf'],
		// Long names are cut at a word, at most 32 characters.
		[
			{ datasetId: 'cloud-2010', preset: 'Enterprise moving to RHEL 6 and KVM', date: '2026-12-03' },
			'cloud-scorecard-cloud-2010-enterprise-moving-to-rhel-6-and-2026-12-03.pdf'
		],
		// Nothing a file system refuses.
		[
			{ datasetId: 'x', leader: 'a/b\\c:d*e?"f"<g>|h', date: '2026-12-03' },
			'cloud-scorecard-x-a-b-c-d-e-f-g-h-first-2026-12-03.pdf'
		]
	])('%j → %s', (parts, name) => {
		expect(pdfFileName(parts)).toBe(name);
	});

	it('cuts an over-long single word', () => {
		expect(slug('a'.repeat(40))).toBe('a'.repeat(32));
	});

	it('uses the local date, also just before midnight', () => {
		const doc = buildReport(evaluate(tiny, scenarioWith(tiny, { price: 1 })), {
			...options,
			exportedAt: new Date(2010, 0, 2, 23, 59)
		});
		// Price alone: A (94.7) leads B (50) and C (0).
		expect(doc.fileName).toBe('cloud-scorecard-tiny-a-first-2010-01-02.pdf');
		expect(localDateTime(new Date(2010, 11, 31, 0, 1))).toBe('2010-12-31 00:01');
	});
});

describe('the report on synthetic and real data', () => {
	const dataset = mixedDataset();
	const weights = Object.fromEntries(dataset.criteria.map((c, j) => [c.id, (j * 17) % 101]));
	const evaluation = evaluate(dataset, { ...scenarioWith(dataset, weights), excluded: ['p6'] });
	// Built before each test, not in the describe body: StrykerJS switches a mutant on before the tests run.
	let doc: ReportDocument;
	beforeEach(() => {
		doc = buildReport(evaluation, options);
	});

	it('names the export date, the data set, its version and as-of date, and who was left out', () => {
		expect(paragraphs(doc)).toEqual(
			expect.arrayContaining([
				'Synthetic',
				'Data set synthetic, version 1, data as of 2010-05. Weighted sum, 6 providers compared.',
				'Left out of this comparison: Provider 6.',
				'Exported 2025-11-06 09:05'
			])
		);
	});

	it('lists every criterion’s weight and its share of the total', () => {
		// Weights (17·j mod 101) = 0, 17, 34, 51, 68, 85, 1, 18, 35; total 309. Shares by hand:
		// 0, 5.50, 11.00, 16.50, 22.01, 27.51, 0.32, 5.83, 11.33 % → whole per cent.
		const w = table(doc, 'Weights used');
		expect(w.rows.map((r) => r.slice(2))).toEqual([
			['0', '0 %'],
			['17', '6 %'],
			['34', '11 %'],
			['51', '17 %'],
			['68', '22 %'],
			['85', '28 %'],
			['1', '0 %'],
			['18', '6 %'],
			['35', '11 %']
		]);
		expect(w.foot?.slice(1)).toEqual(['309', '= 100 %']);
	});

	it('keeps accented names as they are', () => {
		expect(table(doc, 'Ranking').rows.map((r) => text(r[1]!))).toContain(
			'Société Générale Cloud — Ørsted Łódź'
		);
	});

	it('lists every value with its source and date, every judgement with its rationale and every unknown', () => {
		const values = table(doc, 'Values');
		// A group row per criterion, then every provider of the data set (left out or not).
		expect(values.rows).toHaveLength(dataset.criteria.length * (dataset.providers.length + 1));
		expect(values.rows[0]).toEqual([{ text: 'Criterion 0', span: 5, strong: true, shade: true }]);
		expect(values.rows).toContainEqual([
			'Provider 2',
			'3 units',
			'Sourced',
			{ text: 'Price list ($0.12/h ÷ 2 GB)', url: 'https://example.org/prices' },
			'2010-04-12'
		]);
		expect(values.rows).toContainEqual([
			'Société Générale Cloud — Ørsted Łódź',
			'5 units',
			'Judgement',
			'Estimated from the 2010 price sheet; no figure published.',
			'–'
		]);
		expect(values.rows).toContainEqual(['Provider 1', 'unknown', 'Unknown', 'Not published in 2010.', '–']);
		expect(table(doc, 'Platform of each provider').rows).toHaveLength(dataset.providers.length);
	});

	it('carries the group summary under the data set’s own title only where its story groups providers', () => {
		const cloud = latestDataset('cloud-2010');
		const onCloud = buildReport(evaluate(cloud, defaultScenario(cloud)), options);
		expect(under(onCloud, 'Xen vs KVM')[0]).toMatchObject({
			kind: 'paragraph',
			text: expect.stringMatching(/^Under these weights the best Xen provider is Amazon EC2/)
		});
		expect(table(onCloud, 'Ranking').head[2]).toBe('Hypervisor');
		expect(headings(doc)).not.toContain('Xen vs KVM');
		expect(table(doc, 'Ranking').head[2]).toBe('Platform');
		expect(onCloud.fileName).toBe('cloud-scorecard-cloud-2010-balanced-2025-11-06.pdf');
	});

	it('ends with What happened next where the data set has a timeline', () => {
		const v3 = latestDataset('cloud-2010');
		const withUnknowns = buildReport(
			evaluate(v3, {
				...scenarioWith(v3, Object.fromEntries(v3.criteria.map((c) => [c.id, 10]))),
				unknowns: 'middle'
			}),
			options
		);
		expect(headings(withUnknowns).slice(-3)).toEqual([
			'What happened next',
			'What became of the providers ranked, after 2010-11-10',
			'Events 2007–2026, each with its source (the data describe 2010-11-10)'
		]);
		expect(paragraphs(withUnknowns)).toContain(
			// The page's wording for the rule in force (`answerView(…).rule`), one wording on page and PDF.
			'Unknown values: Middle of the scale (an unknown value scores 50, as if the provider were average on it).'
		);
		expect(paragraphs(withUnknowns).some((p) => p.startsWith('Data as of 2010-11-10. '))).toBe(true);
		expect(headings(withUnknowns)).toContain('What changed in version 3');
	});
});

describe('page 1 on the real data set', () => {
	it('names the pick, the runner-up, the margin, why, how robust and the weights used', () => {
		const dataset = parseDataset('cloud-2010.v1.json', cloud2010 as unknown as Dataset);
		const evaluation = evaluate(dataset, defaultScenario(dataset));
		const doc = buildReport(evaluation, options);
		const [first, second] = evaluation.ranking;
		const margin = formatScore(Number(formatScore(first!.score)) - Number(formatScore(second!.score)));
		expect(paragraphs(doc)).toContain(
			`${first!.provider.name} comes first with ${formatScore(first!.score)} points, ${margin} points ahead of ` +
				`${second!.provider.name} (${formatScore(second!.score)}).`
		);
		expect(paragraphs(doc)).toContain('Weights: the Balanced preset.');
		expect(table(doc, 'Weights used').rows).toHaveLength(17);
		expect(table(doc, 'Values').rows).toHaveLength(17 * 7);
	});
});

describe('edge cases', () => {
	it('says why there is no ranking and leaves out the ranking charts when every weight is zero', () => {
		const dataset = syntheticDataset(3, 4);
		const doc = buildReport(evaluate(dataset, scenarioWith(dataset, {})), options);
		expect(under(doc, 'Ranking')[0]).toEqual({
			kind: 'paragraph',
			text: 'Give at least one criterion a weight to see a ranking. Every criterion has weight 0.'
		});
		expect(doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))).toEqual([]);
		// The value heatmap needs no weights: it stays.
		expect(doc.blocks.filter((b) => b.kind === 'heatmap')).toHaveLength(1);
		expect(table(doc, 'Weights used').rows.map((r) => r[3])).toEqual(['–', '–', '–', '–']);
		// Not ranked: value-score columns follow the data set.
		expect(table(doc, 'Value scores').head).toEqual(['Criterion', 'Provider 0', 'Provider 1', 'Provider 2']);
		expect(headings(doc)).not.toContain('How far can each weight move?');
	});

	it('has no charts, value scores or acceptability when every provider is left out', () => {
		const dataset = syntheticDataset(2, 3);
		const scenario = { ...scenarioWith(dataset, { c0: 50 }), excluded: ['p0', 'p1'] };
		const doc = buildReport(evaluate(dataset, scenario), options);
		expect(under(doc, 'Ranking')[0]).toMatchObject({ text: expect.stringMatching(/left out/) });
		expect(doc.blocks.some((b) => b.kind === 'chart' || b.kind === 'heatmap')).toBe(false);
		expect(headings(doc)).not.toContain('Charts');
		expect(headings(doc)).not.toContain('Value scores');
		expect(headings(doc)).not.toContain('Rank acceptability');
		// Sources still list the whole data set: a group row per criterion and two providers.
		expect(table(doc, 'Values').rows).toHaveLength(3 * 3);
	});
});

describe('the value heatmap of a large comparison', () => {
	it('is left out of the PDF over the cell budget, with a line saying where the scores are', () => {
		// 60 × 40 = 2,400 cells, over SERVER_CELL_BUDGET (2,000).
		const dataset = syntheticDataset(60, 40, 7);
		const doc = buildReport(evaluate(dataset, scenarioWith(dataset, { c0: 50 })), options);
		expect(doc.blocks.some((b) => b.kind === 'heatmap')).toBe(false);
		expect(under(doc, 'Value heatmap')).toEqual([
			{
				kind: 'paragraph',
				text:
					'Left out of the PDF: 60 providers × 40 criteria are too many cells to print as a grid. ' +
					'The value scores table below has every score.',
				style: 'muted'
			}
		]);
	});

	it('is drawn at the budget', () => {
		const dataset = syntheticDataset(50, 40, 7); // 2,000 cells
		const doc = buildReport(evaluate(dataset, scenarioWith(dataset, { c0: 50 })), options);
		expect(doc.blocks.filter((b) => b.kind === 'heatmap')).toHaveLength(1);
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
	let doc: ReportDocument;
	beforeEach(() => {
		doc = buildReport(evaluate(evil, scenarioWith(evil, { price: 50, future: 50 })), options);
	});

	it('leave no embedding, override or isolate control anywhere in the PDF text', () => {
		expect(JSON.stringify(doc)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});

	it('keep the names and the sentences around them as plain text', () => {
		expect(paragraphs(doc)).toContain('evil leads A by 2.6 points, mostly on Future; A is better on price.');
		expect(paragraphs(doc)).toContain('evil comes first with 75.0 points, 2.6 points ahead of A (72.4).');
		expect(table(doc, 'Ranking').rows.map((r) => r[1])).toEqual(['evil', 'A', 'C']);
		expect(table(doc, 'Weights used').rows.map((r) => r.slice(0, 2))).toEqual([
			['Price', 'Cost'],
			['Future', 'Cost']
		]);
	});
});

/**
 * Page 1 and the working, block by block, each document built inside its test. Tiny at equal
 * weights, as worked at the top of this file: B 75.0, A 72.4, C 50.0 (C's range 50.0–100.0).
 */
describe('page 1, block by block', () => {
	const equal = () => scenarioWith(tiny, { price: 50, future: 50 });
	/** Page 1: from the title to the link, before the appendix. */
	const page1 = (doc: ReportDocument) =>
		doc.blocks.slice(0, doc.blocks.findIndex((b) => b.kind === 'link') + 1);

	it('on tiny: what was compared, the answer with its checks, the ranking with its notes, the link', () => {
		const doc = buildReport(evaluate(tiny, equal()), options);
		expect(doc.title).toBe('Cloud Scorecard: Tiny');
		expect(page1(doc)).toEqual([
			{ kind: 'heading', text: 'Cloud Scorecard', level: 1 },
			{ kind: 'paragraph', text: 'Tiny', style: 'lead' },
			{
				kind: 'paragraph',
				text: 'Data set tiny, version 1, data as of 2010-05. Weighted sum, 3 providers compared.',
				style: 'muted'
			},
			// Nobody left out: no "Left out" line.
			{ kind: 'paragraph', text: 'Weights: your own, no preset.', style: 'strong' },
			{
				kind: 'paragraph',
				text: 'Unknown values: Worst level (an unknown value scores 0: no evidence, no points).',
				style: 'muted'
			},
			{ kind: 'paragraph', text: 'Exported 2025-11-06 09:05', style: 'muted' },
			{ kind: 'heading', text: 'The answer', level: 3 },
			{
				kind: 'paragraph',
				text: 'B comes first with 75.0 points, 2.6 points ahead of A (72.4).',
				style: 'lead'
			},
			// B − A per criterion: Future 0.5·(100 − 50) = +25.0, Price 0.5·(50 − 94.74) = −22.4.
			{ kind: 'paragraph', text: 'B leads A by 2.6 points, mostly on future; A is better on price.' },
			// The weight trials are drawn (their share is not worked here); the rest is: under "Middle of
			// the scale" C's price scores 50, C (50 + 100)/2 = 75.0 ties B; under "Left out" C is scored
			// on Future alone, 100, and leads. C's range 50.0–100.0 overlaps B's 75.0.
			{
				kind: 'paragraph',
				text: expect.stringMatching(
					/^B came first in \d+ % of the weightings tried \(500 trials, each weight ±25 %\), but not under the other unknown-value rules; its score range overlaps C’s, so the unknown values could change the order\.$/
				)
			},
			{ kind: 'paragraph', text: 'Under Middle of the scale: B and C tie; under Left out: C.' },
			{ kind: 'paragraph', text: 'Known values: B 2 of 2, A 2 of 2, C 1 of 2.', style: 'muted' },
			// No must-haves: neither their sentence nor anyone ruled out.
			{ kind: 'heading', text: 'Ranking', level: 3 },
			{
				kind: 'table',
				name: 'Ranking',
				head: ['Rank', 'Provider', 'Platform', 'Score', 'Known', 'Range'],
				rows: [
					['1', 'B', 'KVM', '75.0', '2 of 2', '75.0–75.0'],
					['2', 'A', 'Xen', '72.4', '2 of 2', '72.4–72.4'],
					['3', 'C', 'KVM', '50.0', '1 of 2', '50.0–100.0']
				],
				// Rank, Score, Known and Range are figures (right-aligned), in columns of fixed width.
				numeric: [0, 3, 4, 5],
				widths: { 0: 40, 3: 60, 4: 60, 5: 90 }
			},
			// The weighted sum's scores do not depend on who is compared: no rank-reversal note.
			{
				kind: 'paragraph',
				text: 'Known: how many of the criteria have a value for the provider (sourced, judgement or yours). Range: the score (weighted sum) with every unknown value at the worst level and at the best level; a provider with every value known has a single point.',
				style: 'small'
			},
			{
				kind: 'paragraph',
				text: 'B and C cannot be told apart on the evidence: their ranges overlap.',
				style: 'small'
			},
			{ kind: 'heading', text: 'Link to this comparison', level: 3 },
			{
				kind: 'link',
				text: 'Open this address to see the same comparison, with these weights and providers, in Cloud Scorecard:',
				url: link
			}
		]);
		// The appendix opens with what it holds.
		expect(under(doc, 'Appendix: how the answer was reached')[0]).toEqual({
			kind: 'paragraph',
			text: 'The weights, how robust the answer is, the charts, every value score, how the scores are computed and where every value comes from.',
			style: 'muted'
		});
	});

	it('names everyone left out, and a sole provider is first by default', () => {
		const doc = buildReport(evaluate(tiny, { ...equal(), excluded: ['a', 'c'] }), options);
		expect(page1(doc).slice(2, 5)).toEqual([
			{
				kind: 'paragraph',
				text: 'Data set tiny, version 1, data as of 2010-05. Weighted sum, 1 providers compared.',
				style: 'muted'
			},
			{ kind: 'paragraph', text: 'Left out of this comparison: A, C.', style: 'muted' },
			{ kind: 'paragraph', text: 'Weights: your own, no preset.', style: 'strong' }
		]);
		expect(table(doc, 'Ranking').rows).toEqual([['1', 'B', 'KVM', '75.0', '2 of 2', '75.0–75.0']]);
		expect(under(doc, 'Why #1 wins')).toEqual([
			{ kind: 'paragraph', text: 'B is the only provider compared, so it is first by default.' }
		]);
	});

	it('says the must-haves in force and who they rule out, and why, after the answer', () => {
		// Future at least KVM: A (Xen) is ruled out; B 75.0 and C 50.0 remain.
		const doc = buildReport(evaluate(tiny, setMustHave(equal(), 'future', 'kvm')), options);
		const answer = under(doc, 'The answer');
		expect(answer.slice(-2)).toEqual([
			{ kind: 'paragraph', text: 'Must-haves: Future at least KVM. Ruled out: A.', style: 'strong' },
			{ kind: 'paragraph', text: 'A: Future Xen, below “KVM”, the level you require.' }
		]);
		expect(table(doc, 'Ranking').rows.map((r) => r[1])).toEqual(['B', 'C']);
	});

	it('when no provider meets every must-have: which to relax first, and each provider’s reasons joined by “;”', () => {
		// Price at most 0.01 $/h rules out all three (A 0.02, B 0.105, C unknown); Future at least KVM
		// only A: relax Future first (1 of 3).
		const scenario = setMustHave(setMustHave(equal(), 'future', 'kvm'), 'price', 0.01);
		const doc = buildReport(evaluate(tiny, scenario), options);
		expect(under(doc, 'The answer')).toEqual([
			{ kind: 'paragraph', text: 'Every provider is ruled out by your must-haves (below).', style: 'lead' },
			{ kind: 'paragraph', text: 'Every provider is ruled out by your must-haves (below).' },
			{
				kind: 'paragraph',
				text: 'Must-haves: Price at most 0.01 $/h; Future at least KVM. Ruled out: A, B and C.',
				style: 'strong'
			},
			{
				kind: 'paragraph',
				text: 'No provider meets every must-have. Relax “Future at least KVM” first: it rules out the fewest (1 of 3).'
			},
			{
				kind: 'paragraph',
				text: 'A: Price 0.02 $/h, above the 0.01 $/h you require; Future Xen, below “KVM”, the level you require.'
			},
			{ kind: 'paragraph', text: 'B: Price 0.105 $/h, above the 0.01 $/h you require.' },
			{ kind: 'paragraph', text: 'C: Price unknown.' }
		]);
		expect(under(doc, 'Ranking')).toEqual([
			{ kind: 'paragraph', text: 'Every provider is ruled out by your must-haves (below).' }
		]);
	});

	it('flags inconsistent pairwise judgements in bold on page 1', () => {
		// c0 9× c1, c1 9× c2 and c2 9× c0: a circle, as inconsistent as judgements get.
		const dataset = syntheticDataset(3, 3);
		let scenario = setWeighting(scenarioWith(dataset, { c0: 1, c1: 1, c2: 1 }), dataset, 'pairwise');
		scenario = setJudgement(scenario, dataset, 'c0', 'c1', 9);
		scenario = setJudgement(scenario, dataset, 'c1', 'c2', 9);
		scenario = setJudgement(scenario, dataset, 'c2', 'c0', 9);
		const doc = buildReport(evaluate(dataset, scenario), options);
		expect(under(doc, 'The answer')[2]).toEqual({
			kind: 'paragraph',
			text: expect.stringMatching(
				/^Your pairwise judgements are inconsistent within Group \(consistency ratio \d+\.\d\d\), above 0\.10: these weights may not say what you mean\. Revisit them under “Way of setting the weights”\.$/
			),
			style: 'strong'
		});
	});

	it('warns of rank reversal under the ranking for TOPSIS', () => {
		const doc = buildReport(evaluate(tiny, { ...equal(), method: 'topsis' }), options);
		expect(under(doc, 'Ranking')[1]).toEqual({
			kind: 'paragraph',
			text: 'TOPSIS scores each provider against the others compared, so adding or leaving out a provider can change the order of the rest (rank reversal).',
			style: 'muted'
		});
	});
});

describe('the working, block by block', () => {
	const equal = () => scenarioWith(tiny, { price: 50, future: 50 });
	const kinds = (blocks: Block[]) =>
		blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind));
	/** From the appendix heading up to the Charts or How it's scored heading. */
	const working = (doc: ReportDocument) => {
		const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
		const end = doc.blocks.findIndex(
			(b) => b.kind === 'heading' && (b.text === 'Charts' || b.text === "How it's scored")
		);
		return doc.blocks.slice(start, end);
	};

	it('on tiny: the weights with their sum, why B wins, each weight’s interval and rank acceptability', () => {
		const doc = buildReport(evaluate(tiny, equal()), options);
		expect(working(doc)).toEqual([
			{ kind: 'heading', text: 'Appendix: how the answer was reached', level: 2 },
			expect.objectContaining({ kind: 'paragraph', style: 'muted' }),
			{ kind: 'heading', text: 'Weights used', level: 3 },
			{
				kind: 'paragraph',
				text: 'Weights: your own, no preset. A criterion’s share is its weight ÷ the sum of weights.',
				style: 'muted'
			},
			{
				kind: 'table',
				name: 'Weights used',
				head: ['Criterion', 'Group', 'Weight', 'Share'],
				rows: [
					['Price', 'Cost', '50', '50 %'],
					['Future', 'Cost', '50', '50 %']
				],
				// 50 + 50 = 100, the shares add up to 100 %.
				foot: [{ text: 'Sum of weights', span: 2 }, '100', '= 100 %'],
				numeric: [2, 3],
				widths: { 2: 55, 3: 55 }
			},
			{ kind: 'heading', text: 'Why #1 wins', level: 3 },
			{
				kind: 'paragraph',
				// B's lead over A on Future: 0.5·(100 − 50) = 25.0; A's on Price 0.5·(94.74 − 50) = 22.4.
				// A overtakes when Price passes 50/94.74 = 52.8 % → 53 % (the stability table's worked bound).
				text: 'B is first with 75.0, 2.6 points ahead of A (72.4). Most of B’s lead comes from Future (25.0 points more): a point is one of the 100 a provider can score, and each criterion gives its share of the weight times the provider’s value score on it. A does better on Price (22.4 points). The smallest change of one weight that would change the leader: raising Price from 50 % to 53 % of the total weight (the other weights keeping their proportions) would put A first.'
			},
			{ kind: 'heading', text: 'How far can each weight move?', level: 3 },
			{
				kind: 'paragraph',
				text: 'How far can one criterion’s share of the total weight move, the others keeping their proportions, before B is no longer first? Exact for the weighted sum.',
				style: 'muted'
			},
			// Rows as worked in “shows each weight’s stability interval”, above.
			expect.objectContaining({
				kind: 'table',
				name: 'Weight stability',
				numeric: [1, 2, 3],
				widths: { 0: 95, 1: 45, 2: 55, 3: 45 },
				dense: true
			}),
			{ kind: 'heading', text: 'Rank acceptability', level: 3 },
			{
				kind: 'paragraph',
				text: 'How often would each provider take each place if the weights moved up to 25 % either way from yours and the unknown values could be anything?',
				style: 'muted'
			},
			{
				kind: 'paragraph',
				// The shares are drawn; what was drawn is not: tiny has one unknown value, C's price.
				text: expect.stringMatching(
					/^We drew 10,000 sets of weights at random, each weight within ±25 % of yours and each of the 1 unknown value anywhere on its criterion’s 0–100 scale, and ranked the providers by weighted sum each time\. /
				)
			},
			{
				kind: 'table',
				name: 'Rank acceptability',
				head: ['Provider', '1st', '2nd', '3rd'],
				rows: [
					[
						'B',
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/)
					],
					[
						'A',
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/)
					],
					[
						'C',
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/),
						expect.stringMatching(/^\d+ %$/)
					]
				],
				// A column of figures per place; wider than a page: continued.
				numeric: [1, 2, 3],
				widths: { 0: 120 },
				wide: true
			}
		]);
	});

	it('with the unknown values held as scored, C is third in every draw, also on a second PDF of the same comparison', () => {
		// C's price held at 0 (worst level): with Price's share p, C = 100 − 100p and A = 50 + 44.74p, so
		// C beats A only while p < 50/144.74 = 34.5 %. Each weight moves within 50 ± 25 %, so p ≥
		// 37.5/(37.5 + 62.5) = 37.5 %: C is never above A, and never above B (100 − 50p).
		const evaluation = evaluate(tiny, equal());
		const drawn = buildReport(evaluation, options);
		const held = buildReport(evaluation, { ...options, uncertainUnknowns: false });
		expect(under(held, 'Rank acceptability')[0]).toEqual({
			kind: 'paragraph',
			text: 'How often would each provider take each place if the weights moved up to 25 % either way from yours?',
			style: 'muted'
		});
		expect(table(held, 'Rank acceptability').rows[2]).toEqual(['C', '0 %', '0 %', '100 %']);
		// With C's price anywhere from 0 to 100, C scores up to (100 + 100)/2 = 100 and is sometimes first.
		expect(table(drawn, 'Rank acceptability').rows[2]![1]).not.toBe('0 %');
		// The first export's draws are kept per switch, not mixed up.
		expect(table(buildReport(evaluation, options), 'Rank acceptability')).toEqual(
			table(drawn, 'Rank acceptability')
		);
	});

	it('with every weight at zero: the sum is 0 with no share, and there is no Why #1 wins or stability', () => {
		const doc = buildReport(evaluate(tiny, scenarioWith(tiny, {})), options);
		expect(table(doc, 'Weights used').foot).toEqual([{ text: 'Sum of weights', span: 2 }, '0', '–']);
		expect(kinds(working(doc))).toEqual([
			'h2 Appendix: how the answer was reached',
			'paragraph',
			'h3 Weights used',
			'paragraph',
			'table',
			'h3 Rank acceptability',
			'paragraph',
			'paragraph',
			'table'
		]);
	});

	it('with every provider left out: only the weights, then how it is scored and the sources', () => {
		const doc = buildReport(evaluate(tiny, { ...equal(), excluded: ['a', 'b', 'c'] }), options);
		const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2);
		// Tiny's story groups nobody: no group summary either.
		expect(kinds(doc.blocks.slice(start))).toEqual([
			'h2 Appendix: how the answer was reached',
			'paragraph',
			'h3 Weights used',
			'paragraph',
			'table',
			"h3 How it's scored",
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'table',
			'h3 Sources',
			'paragraph',
			'paragraph',
			'h4 Platform of each provider',
			'table',
			'h4 Values',
			'table'
		]);
	});

	it('on tiny, nothing but the listed sections: no group summary between the scales and the sources', () => {
		const doc = buildReport(evaluate(tiny, equal()), options);
		const scales = doc.blocks.findIndex((b) => b.kind === 'table' && b.name === 'Value scales');
		expect(doc.blocks[scales + 1]).toEqual({ kind: 'heading', text: 'Sources', level: 3 });
	});
});
