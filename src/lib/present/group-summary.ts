/**
 * The group summary ("Xen vs KVM: under these weights the best Xen provider is…"), shown only where
 * the data set's story defines a grouping and at least two of its groups are in the comparison. A
 * comparison of one's own has none, so no data set's wording leaks into another's.
 */
import { storyOf } from '$lib/data/stories';
import type { Evaluation } from '$lib/evaluation/evaluate';
import { hypervisorSummary } from '$lib/present/summary';

export interface GroupSummaryView {
	/** "Xen vs KVM" */
	title: string;
	text: string;
}

/** `nameOf` dresses each name in the text (the page isolates them: `bidi.ts`). */
export function groupSummaryView(
	evaluation: Evaluation,
	nameOf: (name: string) => string = (n) => n
): GroupSummaryView | undefined {
	const grouping = storyOf(evaluation.dataset.id)?.grouping;
	if (!grouping) return undefined;
	const own = new Set(evaluation.dataset.base.hypervisors.map((h) => h.id));
	const present = new Set(evaluation.providers.map((p) => p.hypervisor).filter((id) => own.has(id)));
	if (present.size < 2) return undefined;
	return { title: grouping.title, text: hypervisorSummary(evaluation, own, nameOf) };
}

/** What a provider's group is called, as a column heading: the story's label, else "Platform". */
export function groupLabel(evaluation: Pick<Evaluation, 'dataset'>): string {
	return storyOf(evaluation.dataset.id)?.grouping?.label ?? 'Platform';
}
