/**
 * Pure builders of Chart.js configurations from an evaluation. They read the core's working
 * (scores, contributions, value scores) and never recompute it. Colours are chosen to stay apart in
 * greyscale (the PDF may be printed); each data set's story names its platforms' colours (2010: Xen
 * dark blue, KVM orange with a dark border). The page passes its colour scheme (`theme`); in dark
 * mode the same hues are lighter so bars stay visible. (Value scores are a heatmap, present/heatmap.ts,
 * an HTML grid on the page and drawn directly in the PDF: no chart library.)
 */
import type { ChartConfiguration } from 'chart.js';
import type { Evaluation } from '$lib/evaluation/evaluate';
import { formatScore } from '$lib/present/format';
import { evidenceOf } from '$lib/evaluation/evidence';
import { hypervisorColour, type ChartTheme } from './colours';

/** "Xen dark blue, KVM orange": the score chart's colours in words, for its caption. */
export function hypervisorKey(evaluation: Evaluation, theme: ChartTheme = 'light'): string {
	return evaluation.dataset.hypervisors
		.filter((h) => evaluation.providers.some((p) => p.hypervisor === h.id))
		.map((h) => `${h.name} ${hypervisorColour(evaluation.dataset.id, h.id, theme).name}`)
		.join(', ');
}

/** Per criterion group: a hue; criteria in a group get lighter and darker shades of it. */
const GROUP_HUES: Record<string, number> = {
	cost: 210,
	performance: 140,
	reliability: 30,
	security: 0,
	operations: 270,
	strategy: 50
};
/** Hues for groups the person adds, far from the six above. */
const EXTRA_HUES = [180, 320, 95, 240, 15];

function groupHue(group: string, groups: readonly string[] = []): number {
	const known = GROUP_HUES[group];
	if (known !== undefined) return known;
	const extra = groups.filter((g) => GROUP_HUES[g] === undefined).indexOf(group);
	return EXTRA_HUES[Math.max(0, extra) % EXTRA_HUES.length]!;
}

/** Distinct, greyscale-separable shades: lightness alternates within a group (lighter in dark mode). */
export function criterionColour(
	group: string,
	indexInGroup: number,
	theme: ChartTheme = 'light',
	groups?: readonly string[]
): string {
	const hue = groupHue(group, groups);
	const lightness = (theme === 'dark' ? [48, 72, 60, 84, 40] : [35, 60, 47, 72, 28])[indexInGroup % 5];
	return `hsl(${hue} 55% ${lightness}%)`;
}

/** One swatch per criterion group (its first shade), for the contributions chart's caption. */
export function groupKey(
	evaluation: Evaluation,
	theme: ChartTheme = 'light'
): { id: string; name: string; colour: string }[] {
	const ids = evaluation.dataset.groups.map((g) => g.id);
	return evaluation.dataset.groups
		.filter((g) => evaluation.criteria.some((c) => c.group === g.id))
		.map((g) => ({ id: g.id, name: g.name, colour: criterionColour(g.id, 0, theme, ids) }));
}

/** Provider names in ranking order (the order of every chart). */
function rankedNames(evaluation: Evaluation): string[] {
	return evaluation.ranking.map((r) => r.provider.name);
}

export function scoreChart(evaluation: Evaluation, theme: ChartTheme = 'light'): ChartConfiguration<'bar'> {
	const colours = evaluation.ranking.map((r) =>
		hypervisorColour(evaluation.dataset.id, r.provider.hypervisor, theme)
	);
	return {
		type: 'bar',
		data: {
			labels: rankedNames(evaluation),
			datasets: [
				{
					label: 'Total score (0–100)',
					data: evaluation.ranking.map((r) => Number(formatScore(r.score))),
					backgroundColor: colours.map((c) => c.fill),
					borderColor: colours.map((c) => c.border),
					borderWidth: 2
				},
				scoreRangeDataset(evaluation)
			]
		},
		options: {
			indexAxis: 'y',
			animation: false,
			maintainAspectRatio: false,
			scales: { x: { min: 0, max: 100, title: { display: true, text: 'Score' } } },
			plugins: { legend: { display: false } }
		}
	};
}

/**
 * The score range as a thin floating bar [low, high] over each provider's score bar (Chart.js 4
 * floating bars: data as [min, max]; `grouped: false` puts it on the score bar, not beside it; a
 * lower `order` draws it on top). Mid grey, so it reads on the light and the dark page and in print.
 */
export function scoreRangeDataset(evaluation: Evaluation) {
	const { providers } = evidenceOf(evaluation);
	return {
		label: 'Score range: unknowns at the worst and at the best level',
		data: evaluation.ranking.map((r): [number, number] => {
			const { low, high } = providers[r.index]!.range;
			return [Number(formatScore(low)), Number(formatScore(high))];
		}),
		backgroundColor: 'rgba(128, 128, 140, 0.45)',
		borderColor: '#6b6b75',
		borderWidth: 1.5,
		borderSkipped: false,
		barPercentage: 0.3,
		grouped: false,
		order: -1
	};
}

export function contributionsChart(
	evaluation: Evaluation,
	theme: ChartTheme = 'light'
): ChartConfiguration<'bar'> {
	const seen = new Map<string, number>();
	const groups = evaluation.dataset.groups.map((g) => g.id);
	return {
		type: 'bar',
		data: {
			labels: rankedNames(evaluation),
			datasets: evaluation.criteria.map((criterion, j) => {
				const inGroup = seen.get(criterion.group) ?? 0;
				seen.set(criterion.group, inGroup + 1);
				return {
					label: criterion.name,
					data: evaluation.ranking.map((r) => round2(evaluation.result.contributions?.[r.index]?.[j] ?? 0)),
					backgroundColor: criterionColour(criterion.group, inGroup, theme, groups),
					borderColor: theme === 'dark' ? '#1e1e23' : '#ffffff',
					borderWidth: 1
				};
			})
		},
		options: {
			indexAxis: 'y',
			animation: false,
			maintainAspectRatio: false,
			scales: {
				x: {
					stacked: true,
					min: 0,
					max: 100,
					title: {
						display: true,
						text:
							evaluation.method.additive === false ? 'Share of the total score' : 'Points of the total score'
					}
				},
				y: { stacked: true }
			},
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
		}
	};
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}

/**
 * Rank acceptability as stacked bars, one per provider: the share of SMAA draws in which it takes
 * each rank. Ranks go from dark (1st) to light, so the order reads in greyscale too.
 */
export function acceptabilityChart(view: {
	ranks: string[];
	rows: { provider: string; percents: number[] }[];
}): ChartConfiguration<'bar'> {
	const count = Math.max(1, view.ranks.length - 1);
	return {
		type: 'bar',
		data: {
			labels: view.rows.map((r) => r.provider),
			datasets: view.ranks.map((rank, r) => ({
				label: rank,
				data: view.rows.map((row) => row.percents[r] ?? 0),
				backgroundColor: `hsl(210 45% ${Math.round(22 + (66 * r) / count)}%)`,
				borderColor: '#ffffff',
				borderWidth: 1
			}))
		},
		options: {
			indexAxis: 'y',
			animation: false,
			maintainAspectRatio: false,
			scales: {
				x: { stacked: true, min: 0, max: 100, title: { display: true, text: 'Share of the draws (%)' } },
				y: { stacked: true }
			},
			plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
		}
	};
}
