/**
 * Pure builders of Chart.js configurations from an evaluation. They read the core's working
 * (scores, contributions, value scores) and never recompute it. Colours are chosen to stay apart in
 * greyscale (the PDF may be printed): Xen dark, KVM light with a dark border.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatScore, type Evaluation } from '$lib/mcda/evaluate';

export const HYPERVISOR_COLOURS: Record<string, { fill: string; border: string }> = {
	xen: { fill: '#1f4e79', border: '#0b2540' },
	kvm: { fill: '#f0a04b', border: '#7a4a10' }
};
const FALLBACK = { fill: '#888888', border: '#333333' };

/** Per criterion group: a hue; criteria in a group get lighter and darker shades of it. */
const GROUP_HUES: Record<string, number> = {
	cost: 210,
	performance: 140,
	reliability: 30,
	security: 0,
	operations: 270,
	strategy: 50
};

/** Distinct, greyscale-separable shades: lightness alternates within a group. */
export function criterionColour(group: string, indexInGroup: number): string {
	const hue = GROUP_HUES[group] ?? 200;
	const lightness = [35, 60, 47, 72, 28][indexInGroup % 5];
	return `hsl(${hue} 55% ${lightness}%)`;
}

/** Provider names in ranking order (the order of every chart). */
function rankedNames(evaluation: Evaluation): string[] {
	return evaluation.ranking.map((r) => r.provider.name);
}

export function scoreChart(evaluation: Evaluation): ChartConfiguration<'bar'> {
	const colours = evaluation.ranking.map((r) => HYPERVISOR_COLOURS[r.provider.hypervisor] ?? FALLBACK);
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
				}
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

export function contributionsChart(evaluation: Evaluation): ChartConfiguration<'bar'> {
	const seen = new Map<string, number>();
	return {
		type: 'bar',
		data: {
			labels: rankedNames(evaluation),
			datasets: evaluation.criteria.map((criterion, j) => {
				const inGroup = seen.get(criterion.group) ?? 0;
				seen.set(criterion.group, inGroup + 1);
				return {
					label: criterion.name,
					data: evaluation.ranking.map((r) => round2(evaluation.result.contributions[r.index]?.[j] ?? 0)),
					backgroundColor: criterionColour(criterion.group, inGroup),
					borderColor: '#ffffff',
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

export function profileChart(evaluation: Evaluation): ChartConfiguration<'line'> {
	const dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [1, 3]];
	const points = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
	return {
		type: 'line',
		data: {
			labels: evaluation.criteria.map((c) => c.name),
			datasets: evaluation.providers.map((provider, i) => {
				const colour = HYPERVISOR_COLOURS[provider.hypervisor] ?? FALLBACK;
				return {
					label: provider.name,
					data: evaluation.cells[i]?.map((cell) => round2(cell.score)) ?? [],
					borderColor: colour.border,
					backgroundColor: colour.fill,
					borderDash: dashes[i % dashes.length],
					pointStyle: points[i % points.length],
					pointRadius: 4,
					tension: 0
				};
			})
		},
		options: {
			animation: false,
			maintainAspectRatio: false,
			scales: { y: { min: 0, max: 100, title: { display: true, text: 'Value score' } } },
			plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
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
