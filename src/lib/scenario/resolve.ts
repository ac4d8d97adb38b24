/**
 * Rules a change set must keep that no schema of one item can check: ids are unique, and a
 * person's provider, criterion or group never takes an id the data set already uses. A link, a file
 * or saved work can break either (two providers called `acme`, a criterion called `entry-price`),
 * and the page's keyed lists would then stop working. The later duplicate is dropped and named;
 * everything else is kept.
 */
import type { Dataset } from '$lib/data/schema';
import type { Edits } from './schema';

export interface UniqueEdits {
	edits: Edits;
	/** Plain sentences, one per dropped item. */
	problems: string[];
}

type Kind = 'provider' | 'criterion' | 'group';

function keepFirst<T extends { id: string; name: string }>(
	items: readonly T[],
	taken: ReadonlySet<string>,
	kind: Kind,
	problems: string[]
): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		if (taken.has(item.id)) {
			problems.push(
				`Dropped your ${kind} “${item.name}”: its id “${item.id}” is already one of the data set’s ${kind === 'criterion' ? 'criteria' : `${kind}s`}.`
			);
			return false;
		}
		if (seen.has(item.id)) {
			problems.push(
				`Dropped your ${kind} “${item.name}”: another ${kind} before it has the id “${item.id}”.`
			);
			return false;
		}
		seen.add(item.id);
		return true;
	});
}

/** The change set with every id unique and apart from the data set's; the same object when nothing clashes. */
export function uniqueEdits(edits: Edits, base: Dataset): UniqueEdits {
	const problems: string[] = [];
	const providers = keepFirst(
		edits.providers,
		new Set(base.providers.map((p) => p.id)),
		'provider',
		problems
	);
	const criteria = keepFirst(edits.criteria, new Set(base.criteria.map((c) => c.id)), 'criterion', problems);
	const groups = keepFirst(edits.groups, new Set(base.groups.map((g) => g.id)), 'group', problems);
	if (!problems.length) return { edits, problems };
	return { edits: { ...edits, providers, criteria, groups }, problems };
}
