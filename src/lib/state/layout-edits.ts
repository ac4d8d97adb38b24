/**
 * The changes of "Rows and columns" on a comparison: rename, reorder and remove any provider or
 * criterion, the data set's own included, and bring a removed criterion back (`scenario/layout.ts`).
 * Loaded with that section, not with the page (issue 16: the first load), through `Comparison.edit`.
 */
import * as layout from '$lib/scenario/layout';
import type { Comparison } from './comparison.svelte';

export function layoutEdits(comparison: Comparison) {
	return {
		removeAnyProvider: (providerId: string) =>
			comparison.edit((s, base) => layout.removeAnyProvider(s, base, providerId), 'provider removed'),
		removeAnyCriterion: (criterionId: string) =>
			comparison.edit((s, base) => layout.removeAnyCriterion(s, base, criterionId), 'criterion removed'),
		bringBack: (id: string) =>
			comparison.edit((s, base) => layout.bringBack(s, base, id), 'criterion brought back'),
		rename: (id: string, name: string) =>
			comparison.edit((s, base) => layout.rename(s, base, id, name), 'rename', `rename:${id}`),
		move: (kind: 'providers' | 'criteria', id: string, by: number) =>
			comparison.edit(
				(s, base) => layout.move(s, base, kind, id, by),
				kind === 'providers' ? 'row moved' : 'column moved'
			)
	};
}
