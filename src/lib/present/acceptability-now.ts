/**
 * Rank acceptability computed at once, without the worker: for the PDF. Apart from
 * `acceptability.ts` so the SMAA code itself (mcda/smaa.ts) is not in the page's first load: the
 * page runs it in a worker, and the PDF builder, which loads when asked for, imports it here.
 */
import type { Evaluation } from '$lib/evaluation/evaluate';
import { smaa } from '$lib/mcda';
import { acceptabilityView, smaaInput, type AcceptabilityView } from './acceptability';

/**
 * The page's figures without its worker, for the PDF (which cannot wait for the section to scroll
 * into view). The run is seeded by the comparison (`smaaInput`), so the numbers equal the page's.
 */
export function acceptabilityNow(
	evaluation: Evaluation,
	uncertainUnknowns = true
): AcceptabilityView | undefined {
	const input = smaaInput(evaluation, uncertainUnknowns);
	if (!input.providerIds.length) return undefined;
	// The confidence factors are not shown: one draw for them (they come after, so the shares are the page's).
	const result = smaa(input.request.values, { ...input.request, confidenceSamples: 1 });
	return acceptabilityView(evaluation, input, result);
}
