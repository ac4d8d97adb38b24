/**
 * The report's reference part (charts, value scores, how it's scored, sources, what happened next),
 * block by block. Every document is built inside its test: StrykerJS switches a mutant on before the
 * tests run, not while the file is collected, so a document built in a `describe` body would be the
 * unmutated one.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { latestDataset } from '$lib/data/datasets';
import { evaluate } from '$lib/evaluation/evaluate';
import { setScale, setValue } from '$lib/scenario/data-edits';
import { scenarioWith } from '$lib/scenario/defaults';
import { tiny } from '$testing/tiny';
import type { Block } from './blocks';
import { figures, sources } from './report-reference';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Tiny at equal weights: B 75.0, A 72.4, C 50.0 (worked in report.spec.ts). */
const equal = () => scenarioWith(tiny, { price: 50, future: 50 });

function table(blocks: Block[], name: string): TableBlock {
	const found = blocks.find((b): b is TableBlock => b.kind === 'table' && b.name === name);
	if (!found) throw new Error(`no table ${name}`);
	return found;
}

/** The blocks under a heading, up to the next heading of its level or above. */
function under(blocks: Block[], heading: string): Block[] {
	const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
	if (start < 0) throw new Error(`no heading ${heading}`);
	const level = (blocks[start] as Extract<Block, { kind: 'heading' }>).level;
	const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
	return blocks.slice(start + 1, end < 0 ? undefined : end);
}

const kinds = (blocks: Block[]) =>
	blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind));

/** Tiny's value scales, as the data set gives them (src/testing/tiny.ts). */
const TINY_SCALES = [
	['Price', '0.2 $/h', '0.01 $/h', 'test'],
	// A levels scale has no two ends: its levels in words, across both columns.
	['Future', { text: 'Xen: 50 · KVM: 100', span: 2 }, 'test']
];

describe('figures: charts, value scores and how they are computed', () => {
	it('on tiny at equal weights: the two charts, the heatmap, the value scores in ranking order and the scales', () => {
		const blocks = figures(evaluate(tiny, equal()));
		expect(blocks).toEqual([
			{ kind: 'heading', text: 'Charts', level: 3 },
			{
				kind: 'chart',
				chart: 'score',
				caption:
					'Total score per provider, coloured by platform (Xen grey, KVM grey); the thin grey bar over each score is its range, with every unknown value at the worst and at the best level'
			},
			{
				kind: 'chart',
				chart: 'contributions',
				caption:
					'Why each provider scores what it does: the points each criterion contributes (weight share × value score), one colour per criterion group, shades within a group'
			},
			// 3 providers × 2 criteria = 6 cells, well under the budget: drawn.
			{ kind: 'heatmap', heatmap: expect.objectContaining({ heading: 'Value heatmap' }) },
			{ kind: 'heading', text: 'Value scores', level: 3 },
			{
				kind: 'paragraph',
				text: 'Each provider’s value score (0–100) on each criterion, before weighting.',
				style: 'muted'
			},
			{
				kind: 'table',
				name: 'Value scores',
				// Ranking order B, A, C; a column of figures per provider (1–3), the criterion 120 pt wide,
				// and continued on the next page when there are more providers than fit.
				head: ['Criterion', 'B', 'A', 'C'],
				// Price: B 0.105 → 100·0.095/0.19 = 50, A 0.02 → 94.7 → 95, C unknown → 0 (worst level),
				// marked * and shaded. Future: KVM 100, Xen 50.
				rows: [
					['Price', '50', '95', { text: '0*', shade: true }],
					['Future', '100', '50', '100']
				],
				numeric: [1, 2, 3],
				widths: { 0: 120 },
				wide: true
			},
			{
				kind: 'paragraph',
				text: '* unknown value, scored 0 (worst level) until a value is known.',
				style: 'small'
			},
			{ kind: 'heading', text: "How it's scored", level: 3 },
			{ kind: 'paragraph', text: expect.stringMatching(/^Each criterion turns a provider’s raw figure/) },
			{ kind: 'paragraph', text: expect.stringMatching(/^Score = Σ \(weight × value score\) ÷ Σ weight\./) },
			{ kind: 'paragraph', text: expect.stringMatching(/^Its known weakness: /) },
			{ kind: 'paragraph', text: expect.stringMatching(/^Unknown values \(chosen: “Worst level”\)\./) },
			{
				kind: 'paragraph',
				// Points to the PDF's own section, “Sources”.
				text: 'Values marked Judgement are our assessment, with the reason given under “Sources”; values marked Your value were entered by you and are shown beside the data set’s.'
			},
			{
				kind: 'table',
				name: 'Value scales',
				head: ['Criterion', 'Scores 0 at', 'Scores 100 at', 'Why'],
				rows: TINY_SCALES,
				widths: { 0: 95, 1: 85, 2: 85 },
				dense: true
			}
		]);
	});

	it('marks the person’s own value with † (not shaded: it is known) and says what † means', () => {
		// C's price set to 0.01 $/h, the best end: 100. C (100 + 100)/2 = 100 now leads B 75.0 and A 72.4.
		const scenario = setValue(equal(), 'c', 'price', { kind: 'user', raw: 0.01 });
		const blocks = figures(evaluate(tiny, scenario));
		expect(table(blocks, 'Value scores')).toMatchObject({
			head: ['Criterion', 'C', 'B', 'A'],
			rows: [
				['Price', '100†', '50', '95'],
				['Future', '100', '100', '50']
			]
		});
		// No unknown value is left among the compared: the legend explains † alone.
		expect(under(blocks, 'Value scores').slice(-1)).toEqual([
			{ kind: 'paragraph', text: '† your value (you entered or changed it).', style: 'small' }
		]);
	});

	it('says beside a scale the person changed what the data set has', () => {
		const scenario = setScale(equal(), tiny, 'price', { kind: 'linear', worst: 0.3, best: 0.01 });
		expect(table(figures(evaluate(tiny, scenario)), 'Value scales').rows).toEqual([
			[
				'Price',
				'0.3 $/h',
				'0.01 $/h',
				'test Changed by you; the data set has 0 at 0.2 $/h, 100 at 0.01 $/h.'
			],
			TINY_SCALES[1]
		]);
	});

	it('with every weight at zero: no chart, but the Charts heading stays above the heatmap', () => {
		// Not ranked: no score or contribution chart; the 6 value cells still make a heatmap. Value
		// scores in the data set's order.
		const blocks = figures(evaluate(tiny, scenarioWith(tiny, {})));
		expect(kinds(blocks)).toEqual([
			'h3 Charts',
			'heatmap',
			'h3 Value scores',
			'paragraph',
			'table',
			'paragraph',
			"h3 How it's scored",
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'table'
		]);
		expect(table(blocks, 'Value scores').head).toEqual(['Criterion', 'A', 'B', 'C']);
	});

	it('with every provider left out: no charts, heatmap or value scores, only how it is scored', () => {
		const blocks = figures(evaluate(tiny, { ...equal(), excluded: ['a', 'b', 'c'] }));
		expect(kinds(blocks)).toEqual([
			"h3 How it's scored",
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'paragraph',
			'table'
		]);
	});
});

describe('sources: where every value comes from', () => {
	it('on tiny: the as-of line, the platforms and every value with its basis, no changes, no timeline', () => {
		expect(sources(evaluate(tiny, equal()))).toEqual([
			{ kind: 'heading', text: 'Sources', level: 3 },
			{
				kind: 'paragraph',
				text: 'Every value in data set tiny version 1, with its source and the date the fact applies to, our rationale where it is a judgement, or why it is unknown.',
				style: 'muted'
			},
			// Tiny gives no rationale for its as-of date: the line ends at the date (no trailing space).
			{ kind: 'paragraph', text: 'Data as of 2010-05.' },
			{ kind: 'heading', text: 'Platform of each provider', level: 4 },
			{
				kind: 'table',
				name: 'Platform of each provider',
				head: ['Provider', 'Platform', 'Source', 'Date'],
				rows: [
					['A', 'Xen', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
					['B', 'KVM', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
					['C', 'KVM', { text: 'Test', url: 'https://example.org/' }, '2010-05']
				],
				widths: { 0: 110, 1: 60, 3: 58 }
			},
			{ kind: 'heading', text: 'Values', level: 4 },
			{
				kind: 'table',
				name: 'Values',
				head: ['Provider', 'Value', 'Basis', 'Source, rationale or reason', 'Date'],
				// A group row per criterion (bold, shaded, across all five columns), then each provider.
				// Judgements and unknowns have no date: '–'.
				rows: [
					[{ text: 'Price', span: 5, strong: true, shade: true }],
					['A', '0.02 $/h', 'Sourced', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
					['B', '0.105 $/h', 'Sourced', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
					['C', 'unknown', 'Unknown', 'no source', '–'],
					[{ text: 'Future', span: 5, strong: true, shade: true }],
					['A', 'Xen', 'Judgement', 'test', '–'],
					['B', 'KVM', 'Judgement', 'test', '–'],
					['C', 'KVM', 'Judgement', 'test', '–']
				],
				widths: { 0: 90, 1: 70, 2: 50, 4: 50 },
				dense: true
			}
		]);
	});

	it('lists the person’s value first and the data set’s value it replaced under it', () => {
		const scenario = setValue(equal(), 'c', 'price', { kind: 'user', raw: 0.01 });
		expect(table(sources(evaluate(tiny, scenario)), 'Values').rows.slice(0, 5)).toEqual([
			[{ text: 'Price', span: 5, strong: true, shade: true }],
			['A', '0.02 $/h', 'Sourced', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
			['B', '0.105 $/h', 'Sourced', { text: 'Test', url: 'https://example.org/' }, '2010-05'],
			['C', '0.01 $/h', 'Your value', 'Entered by you.', '–'],
			['C (data set)', 'unknown', 'Unknown', 'no source', '–']
		]);
	});

	it('puts a fact dated after the as-of date on a second line of its source, with why it is used', () => {
		const later = {
			title: 'Test',
			url: 'https://example.org/',
			date: '2010-09',
			appliesAfterAsOf: 'Quoted by a later post.'
		};
		const dataset: Dataset = {
			...tiny,
			providers: tiny.providers.map((p) =>
				p.id === 'a'
					? { ...p, values: { ...p.values, price: { kind: 'sourced', raw: 0.02, source: later } } }
					: p
			)
		};
		expect(table(sources(evaluate(dataset, equal())), 'Values').rows[1]).toEqual([
			'A',
			'0.02 $/h',
			'Sourced',
			{ text: 'Test\napplies to 2010-09: Quoted by a later post.', url: 'https://example.org/' },
			'2010-09'
		]);
	});

	describe('on cloud-2010 version 3, with its changes and its timeline', () => {
		const v3 = latestDataset('cloud-2010');
		/**
		 * Entry price alone, Amazon EC2 left out. Linear from 0.2 $/h (0) to 0.01 $/h (100), lower is
		 * better: Rackspace 0.015 → 100·0.185/0.19 = 97.4, GoGrid 0.095 → 55.3, IBM 0.17 → 15.8; NTT
		 * and The Planet unknown → 0 each, a tie for 4th.
		 */
		const priceAlone = () => ({
			...scenarioWith(v3, { 'entry-price': 100 }),
			excluded: ['amazon-ec2']
		});

		it('lists what changed in this version under its own heading', () => {
			const blocks = sources(evaluate(v3, priceAlone()));
			const changes = under(blocks, 'What changed in version 3');
			expect(changes).toHaveLength(1);
			expect(changes[0]).toMatchObject({ kind: 'list' });
			expect((changes[0] as Extract<Block, { kind: 'list' }>).items[0]).toBe(
				'This version answers the provenance audit of version 2 (18 findings: F1–F15 on values, T1–T3 on the timeline); each line names the finding it answers.'
			);
			expect(blocks[1]).toEqual({
				kind: 'paragraph',
				text: 'Every value in data set cloud-2010 version 3, with its source and the date the fact applies to, our rationale where it is a judgement, or why it is unknown.',
				style: 'muted'
			});
			expect(blocks[2]).toMatchObject({
				kind: 'paragraph',
				text: expect.stringMatching(
					/^Data as of 2010-11-10\. 10 November 2010 is the day Red Hat Enterprise Linux 6 became/
				)
			});
		});

		it('ends with what happened next: the fates in ranking order, then the dated events with their sources', () => {
			const blocks = sources(evaluate(v3, priceAlone()));
			const history = blocks.slice(
				blocks.findIndex((b) => b.kind === 'heading' && b.text === 'What happened next')
			);
			expect(kinds(history)).toEqual([
				'h3 What happened next',
				'paragraph',
				'h4 What became of the providers ranked, after 2010-11-10',
				'list',
				'h4 Events 2007–2026, each with its source (the data describe 2010-11-10)',
				'table'
			]);
			// The timeline's description, then the line that it never changes a score.
			expect(history[1]).toEqual({
				kind: 'paragraph',
				text:
					'Dated events from 2007 to today about the providers of the cloud-2010 data set and the two hypervisors, ' +
					'each with the source it was read in. Hindsight only: nothing here is used to score the providers, which ' +
					'are scored as they stood on the data set’s as-of date. This is context only: it never changes a score.'
			});
			const fates = (history[3] as Extract<Block, { kind: 'list' }>).items;
			// "rank. provider — what became of it", in the order worked out above; left-out Amazon EC2 has none.
			expect(fates.map((f) => f.slice(0, f.indexOf(' — ')))).toEqual([
				'1. Rackspace Cloud Servers',
				'2. GoGrid',
				'3. IBM',
				'4. NTT Communications',
				'4. The Planet'
			]);
			expect(fates[1]).toMatch(/^2\. GoGrid — 2015: Datapipe buys GoGrid \(month not found\)\. 2017: /);
			const events = history[5] as TableBlock;
			expect(events).toMatchObject({
				head: ['Date', 'What happened', 'Concerns', 'Source'],
				widths: { 0: 55, 2: 80, 3: 150 },
				dense: true
			});
			// The first two events of data/history/cloud-2010.timeline.json: the first source has a note,
			// printed after its title in brackets; the second has none.
			expect(events.rows.slice(0, 2)).toEqual([
				[
					'2007-02',
					'KVM is part of Linux 2.6.20, the first kernel release to ship it.',
					'KVM',
					{
						text: 'Linux 2.6.20 released with KVM support (Kernel Virtual Machine) (The post (February 2007) does not give the release day.)',
						url: 'https://blog.mypapit.net/2007/02/linux-2620-released-with-kvm-support-kernel-virual-machine.html'
					}
				],
				[
					'2007-08',
					'Citrix agrees to buy XenSource, the company founded by Xen’s creators, for about $500 million.',
					'Xen',
					{
						text: 'Virtualisation wars are on (IT-Online, 16 August 2007)',
						url: 'https://it-online.co.za/2007/08/16/virtualisation-wars-are-on/'
					}
				]
			]);
		});

		it('names the providers compared, without ranks, when nothing is ranked', () => {
			// Every weight zero: not ranked; the providers in the data set's order, Amazon EC2 still left out.
			const scenario = { ...scenarioWith(v3, {}), excluded: ['amazon-ec2'] };
			const blocks = sources(evaluate(v3, scenario));
			const fates = under(blocks, 'What became of the providers compared, after 2010-11-10');
			expect(fates).toHaveLength(1);
			const items = (fates[0] as Extract<Block, { kind: 'list' }>).items;
			expect(items.map((f) => f.slice(0, f.indexOf(' — ')))).toEqual([
				'Rackspace Cloud Servers',
				'GoGrid',
				'IBM',
				'NTT Communications',
				'The Planet'
			]);
		});
	});
});
