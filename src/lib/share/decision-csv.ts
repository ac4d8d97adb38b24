/**
 * The facilitator's "Export answers (CSV)": one row per participant — name, last change, way of
 * weighting, first choice, and each criterion's share of their weights in per cent — then the
 * group's row. Names are the participants' own text, so every text cell goes through the CSV
 * writer's formula escaping (a name like `=HYPERLINK(…)` is written `'=HYPERLINK(…)`).
 */
import type { GroupResult } from '$lib/evaluation/group-decision';
import { memberName, type MemberInput } from '$lib/present/group-decision';
import { weightingModes } from '$lib/scenario/registry';
import { toCsv } from './csv';

const share = (x: number) => Math.round(x * 1000) / 10;

export function exportAnswersCsv(result: GroupResult, inputs: readonly MemberInput[]): string {
	const criteria = result.evaluation.criteria;
	const total = criteria.reduce((s, c) => s + (result.weights[c.id] ?? 0), 0);
	return toCsv([
		['Name', 'Last changed', 'Way of weighting', 'First choice', ...criteria.map((c) => `${c.name} (%)`)],
		...result.members.map((m, i) => [
			memberName(inputs[i]?.name ?? '', i),
			inputs[i]?.updatedAt ?? '',
			weightingModes[m.evaluation.scenario.weighting].name,
			m.first.map((r) => r.provider.name).join(' and '),
			...m.shares.map((s) => (m.evaluation.totalWeight > 0 ? share(s) : ''))
		]),
		[
			'Group',
			'',
			result.aggregation === 'judgements' ? 'Geometric mean of judgements' : 'Mean of normalised weights',
			result.evaluation.ranking
				.filter((r) => r.rank === 1)
				.map((r) => r.provider.name)
				.join(' and '),
			...criteria.map((c) => (total > 0 ? share((result.weights[c.id] ?? 0) / total) : ''))
		]
	]);
}
