/**
 * The effective data set: a published data set with the person's change set applied. Everything
 * downstream (evaluation, tables, charts, PDF) reads this, so a user's provider, criterion or value
 * is shown and scored exactly like the data set's own, and marked as theirs.
 *
 * Inputs are immutable (a scenario's edits are replaced, never mutated), so the result is memoised
 * by the identity of the data set and the edits: a weight change reuses it, any edit makes a new one.
 * That new one keeps the previous one's objects wherever nothing in them changed (`reuse`), so a
 * page showing every cell of 200 providers × 40 criteria redraws the one cell that was edited, not
 * all 8,000.
 */
import { ownValue } from '$lib/data/ids';
import type { Criterion, Dataset, Provider, Value } from '$lib/data/schema';
import { uniqueEdits } from './rules';
import type { Scale } from './scale-kinds';
import { slug } from './slug';
import { hasEdits, type Edits, type UserValue } from './model';

/** A value of the effective data set: the data set's own, or the person's (with the original kept). */
export type EffectiveValue = Value | (UserValue & { original?: Value });

/** A criterion of the effective data set: the person may give it any kind of scale (see `scale-kinds.ts`). */
export interface EffectiveCriterion extends Omit<Criterion, 'scale'> {
	scale: Scale;
	origin: 'dataset' | 'user';
	/** The data set's scale, when the person changed its reference levels. */
	originalScale?: Scale;
}

export interface EffectiveProvider extends Omit<Provider, 'values' | 'hypervisorSource'> {
	origin: 'dataset' | 'user';
	/** Where the hypervisor is stated; a person's own provider has none. */
	hypervisorSource?: Provider['hypervisorSource'];
	values: Record<string, EffectiveValue>;
}

export interface EffectiveDataset extends Omit<Dataset, 'criteria' | 'providers'> {
	/** The published data set the edits apply to. */
	base: Dataset;
	criteria: EffectiveCriterion[];
	providers: EffectiveProvider[];
	/** True when the person changed anything. */
	edited: boolean;
}

export const NO_VALUE_YET = 'No value entered yet.';
/** A provider whose platform the person left empty: a dash, as any empty cell. */
const UNSPECIFIED_PLATFORM = { id: 'unspecified', name: '–' };

export { slug } from './slug';

/** A platform typed as free text, matched to the data set's hypervisors by name or id, else its own. */
export function platformOf(platform: string, known: readonly { id: string; name: string }[]) {
	const wanted = platform.trim().toLowerCase();
	if (!wanted) return UNSPECIFIED_PLATFORM;
	return (
		known.find((h) => h.name.toLowerCase() === wanted || h.id === wanted) ?? {
			id: `other-${slug(wanted)}`,
			name: platform.trim()
		}
	);
}

const cache = new WeakMap<Dataset, WeakMap<Edits, EffectiveDataset>>();
/** The data set with no changes, one per published data set (every link without `e=`). */
const unedited = new WeakMap<Dataset, EffectiveDataset>();

export function effectiveDataset(base: Dataset, edits: Edits): EffectiveDataset {
	// Most comparisons change nothing: they share one result, so a server rendering link after
	// link (and everything memoised on the data set) does not rebuild it for each new link.
	if (!hasEdits(edits)) {
		let found = unedited.get(base);
		if (!found) unedited.set(base, (found = apply(base, edits)));
		return found;
	}
	let byEdits = cache.get(base);
	if (!byEdits) cache.set(base, (byEdits = new WeakMap()));
	let found = byEdits.get(edits);
	if (!found) {
		found = reuse(previous.get(base), apply(base, edits));
		byEdits.set(edits, found);
		previous.set(base, found);
	}
	return found;
}

/** The effective data set last made from each published data set, for `reuse`. */
const previous = new WeakMap<Dataset, EffectiveDataset>();

/** True when a and b have the same own keys holding identical (===) values, `skip` aside. */
function sameFields(a: object, b: object, skip?: string): boolean {
	const ak = Object.keys(a);
	if (ak.length !== Object.keys(b).length) return false;
	for (const key of ak) {
		if (key === skip) continue;
		if (!Object.hasOwn(b, key) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key])
			return false;
	}
	return true;
}

/**
 * `next` with the criteria, providers and values of `before` put back wherever they are equal field
 * by field (values compared the same way, so a value and its `original` are kept as they were).
 * The result means exactly what `next` means; only unchanged parts keep their identity, which is
 * what lets the page (Svelte compares by identity) and caches keyed by object skip them.
 */
function reuse(before: EffectiveDataset | undefined, next: EffectiveDataset): EffectiveDataset {
	if (!before) return next;
	const oldCriteria = new Map(before.criteria.map((c) => [c.id, c]));
	const criteria = next.criteria.map((c) => {
		const old = oldCriteria.get(c.id);
		return old && sameFields(old, c) ? old : c;
	});
	const oldProviders = new Map(before.providers.map((p) => [p.id, p]));
	const providers = next.providers.map((p) => {
		const old = oldProviders.get(p.id);
		if (!old) return p;
		// Same values in the same order (a moved column reorders them).
		const oldIds = Object.keys(old.values);
		const entries = Object.entries(p.values);
		let same = oldIds.length === entries.length;
		const values: Record<string, EffectiveValue> = {};
		entries.forEach(([id, value], i) => {
			const was = Object.hasOwn(old.values, id) ? old.values[id] : undefined;
			if (was && (was === value || sameFields(was, value))) values[id] = was;
			else values[id] = value;
			if (values[id] !== was || oldIds[i] !== id) same = false;
		});
		if (same && sameFields(old, p, 'values')) return old;
		return { ...p, values };
	});
	const unchanged = <T>(a: readonly T[], b: readonly T[]) =>
		a.length === b.length && a.every((x, i) => x === b[i]);
	return {
		...next,
		criteria: unchanged(criteria, before.criteria) ? before.criteria : criteria,
		providers: unchanged(providers, before.providers) ? before.providers : providers
	};
}

function apply(base: Dataset, given: Edits): EffectiveDataset {
	// Whatever door the edits came through, ids are unique here (the doors name what was dropped).
	const { edits } = uniqueEdits(given, base);
	const removed = new Set(edits.removed ?? []);
	const renamed = <T extends { id: string; name: string }>(item: T): T => {
		const name = ownValue(edits.names, item.id);
		return name ? { ...item, name } : item;
	};
	const criteria: EffectiveCriterion[] = [
		...base.criteria
			.filter((c) => !removed.has(c.id))
			.map((c): EffectiveCriterion => {
				const scale = ownValue(edits.scales, c.id);
				const named = renamed(c);
				return scale
					? { ...named, scale, origin: 'dataset', originalScale: c.scale }
					: { ...named, origin: 'dataset' };
			}),
		...edits.criteria.map((c): EffectiveCriterion => ({
			id: c.id,
			name: c.name,
			group: c.group,
			description: c.description || 'A criterion you added.',
			unit: c.unit,
			direction: c.direction,
			scale: c.scale,
			scaleRationale: 'Reference levels you set.',
			origin: 'user'
		}))
	];
	const groups = [...base.groups, ...edits.groups];
	// Keep only criteria whose group exists (a hostile change set can name any group).
	const knownGroups = new Set(groups.map((g) => g.id));
	const shownCriteria = inOrder(
		criteria.filter((c) => knownGroups.has(c.group)),
		edits.order?.criteria
	);

	const hypervisors = [...base.hypervisors];
	const userProviders: EffectiveProvider[] = edits.providers.map((p) => {
		const platform = platformOf(p.platform, hypervisors);
		if (!hypervisors.some((h) => h.id === platform.id)) hypervisors.push(platform);
		return {
			id: p.id,
			name: p.name,
			offering: p.platform || '–',
			hypervisor: platform.id,
			notes: p.notes || 'A provider you added.',
			values: {},
			origin: 'user'
		};
	});

	const baseValues = new Map(base.providers.map((p) => [p.id, p.values]));
	const providers: EffectiveProvider[] = inOrder(
		[
			...base.providers
				.filter((p) => !removed.has(p.id))
				.map((p): EffectiveProvider => ({ ...renamed(p), values: {}, origin: 'dataset' })),
			...userProviders
		],
		edits.order?.providers
	);
	for (const provider of providers) {
		// Ids from a link or a file: read only what the records themselves hold (never `constructor`).
		const mine = ownValue(edits.values, provider.id);
		const published = baseValues.get(provider.id);
		for (const criterion of shownCriteria) {
			const original = ownValue(published, criterion.id);
			const user = ownValue(mine, criterion.id);
			provider.values[criterion.id] = user
				? original
					? { ...user, original }
					: user
				: (original ?? { kind: 'unknown', reason: NO_VALUE_YET });
		}
	}

	return {
		...base,
		base,
		groups,
		hypervisors,
		criteria: shownCriteria,
		providers,
		// Groups alone change nothing shown, so they do not count (unlike `hasEdits`).
		edited: hasEdits({ ...edits, groups: [] })
	};
}

/** Items in the person's order: those it names first, in its order, then the rest as they were. */
export function inOrder<T extends { id: string }>(items: T[], order: readonly string[] | undefined): T[] {
	if (!order?.length) return items;
	const byId = new Map(items.map((item) => [item.id, item]));
	const first = order.flatMap((id) => byId.get(id) ?? []);
	const named = new Set(first.map((item) => item.id));
	return [...first, ...items.filter((item) => !named.has(item.id))];
}

/** True when a value carries a number or level (the person's "unknown" is still unknown). */
export function isKnown(
	value: EffectiveValue | undefined
): value is EffectiveValue & { raw: number | string } {
	return !!value && value.kind !== 'unknown' && value.raw !== null;
}
