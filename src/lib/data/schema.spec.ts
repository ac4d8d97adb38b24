import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tiny } from '$testing/tiny';
import type { Dataset } from './schema';

// The schemas are built on first use, once per copy of the module: each test takes a fresh copy,
// so what it checks is built inside it (mutation testing then sees which test reads which rule).
let DatasetSchema: typeof import('./schema').DatasetSchema;
let parseDataset: typeof import('./validate').parseDataset;
beforeEach(async () => {
	vi.resetModules();
	({ DatasetSchema } = await import('./schema'));
	({ parseDataset } = await import('./validate'));
});

/** A copy of the tiny data set (src/testing/tiny.ts) to break one thing in. */
const copy = (): Dataset => structuredClone(tiny);

/** What the schema says is wrong: each issue's code, path and sentence. */
function issues(data: unknown) {
	const result = DatasetSchema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((i) => ({ code: i.code, path: i.path.join('.'), message: i.message }));
}

describe('DatasetSchema: the whole data set hangs together', () => {
	it('accepts the tiny data set as it is (the baseline every case below breaks once)', () => {
		expect(issues(copy())).toEqual([]);
	});

	it.each([
		// tiny: groups [cost], hypervisors [xen, kvm], criteria [price, future], providers [a, b, c].
		['groups', (d: Dataset) => d.groups.push({ id: 'cost', name: 'Cost again' }), 'groups.1.id', 'cost'],
		['hypervisors', (d: Dataset) => d.hypervisors.push({ id: 'kvm', name: 'KVM' }), 'hypervisors.2.id', 'kvm'],
		['criteria', (d: Dataset) => d.criteria.push({ ...d.criteria[0]!, name: 'Price 2' }), 'criteria.2.id', 'price'],
		['providers', (d: Dataset) => d.providers.push({ ...d.providers[1]!, name: 'B 2' }), 'providers.3.id', 'b']
	])('refuses two %s with one id, naming the second', (_, change, path, id) => {
		const d = copy();
		change(d);
		expect(issues(d)).toEqual([{ code: 'custom', path, message: `duplicate id "${id}"` }]);
	});

	it('names every repeat of an id, not only the first', () => {
		const d = copy();
		d.groups.push({ id: 'cost', name: 'Two' }, { id: 'cost', name: 'Three' });
		expect(issues(d).map((i) => i.path)).toEqual(['groups.1.id', 'groups.2.id']);
	});

	it('refuses a criterion in a group the data set does not have', () => {
		const d = copy();
		d.criteria[1]!.group = 'speed';
		expect(issues(d)).toEqual([{ code: 'custom', path: 'criteria.1.group', message: 'unknown group "speed"' }]);
	});

	it('refuses a provider on a hypervisor the data set does not list', () => {
		const d = copy();
		d.providers[2]!.hypervisor = 'vmware';
		expect(issues(d)).toEqual([
			{ code: 'custom', path: 'providers.2.hypervisor', message: 'unknown hypervisor "vmware"' }
		]);
	});

	it('refuses a provider missing a criterion’s value (unknown must be said, not left out)', () => {
		const d = copy();
		delete d.providers[0]!.values['future'];
		expect(issues(d)).toEqual([
			{ code: 'custom', path: 'providers.0.values.future', message: 'missing a value for criterion "future"' }
		]);
	});

	it('refuses a level id as the value of a linear criterion', () => {
		const d = copy();
		d.providers[1]!.values['price'] = { kind: 'judgement', raw: 'cheap', rationale: 'a guess' };
		expect(issues(d)).toEqual([
			{ code: 'custom', path: 'providers.1.values.price.raw', message: 'expected a number, got "cheap"' }
		]);
	});

	it('refuses a value that is not one of a rating’s levels, listing them', () => {
		const d = copy();
		d.providers[0]!.values['future'] = { kind: 'judgement', raw: 'vmware', rationale: 'a guess' };
		d.providers[1]!.values['future'] = { kind: 'judgement', raw: 3, rationale: 'a number' };
		// tiny's Future levels are xen and kvm, in that order.
		expect(issues(d)).toEqual([
			{
				code: 'custom',
				path: 'providers.0.values.future.raw',
				message: '"vmware" is not one of the levels xen, kvm'
			},
			{ code: 'custom', path: 'providers.1.values.future.raw', message: '"3" is not one of the levels xen, kvm' }
		]);
	});

	it('accepts an unknown value on either kind of scale, and each of a rating’s levels', () => {
		const d = copy();
		d.providers[0]!.values['future'] = { kind: 'unknown', reason: 'not said' };
		d.providers[1]!.values['future'] = { kind: 'sourced', raw: 'xen', source: tiny.providers[0]!.hypervisorSource };
		expect(issues(d)).toEqual([]);
	});

	it('refuses a value for a criterion the data set does not have', () => {
		const d = copy();
		d.providers[2]!.values['latency'] = { kind: 'unknown', reason: 'not measured' };
		expect(issues(d)).toEqual([
			{ code: 'custom', path: 'providers.2.values.latency', message: 'no criterion "latency"' }
		]);
	});

	it('accepts a data set with no providers (the starter) and lists nothing', () => {
		const d = copy();
		d.providers = [];
		expect(issues(d)).toEqual([]);
	});
});

describe('CriterionSchema: a linear scale points the way its direction says', () => {
	const withScale = (direction: 'higher' | 'lower', worst: number, best: number) => {
		const d = copy();
		// Criterion 0 is Price ($/h); its values 0.02 and 0.105 are numbers, so only the scale can fail.
		d.criteria[0] = { ...d.criteria[0]!, direction, scale: { kind: 'linear', worst, best } };
		return issues(d);
	};

	it.each([
		['higher', 0, 10],
		['lower', 10, 0],
		['higher', -5, -1],
		['lower', 0.2, 0.01]
	] as const)('%s with worst %d and best %d is fine', (direction, worst, best) => {
		expect(withScale(direction, worst, best)).toEqual([]);
	});

	it.each([
		['higher', 10, 0, 'direction is "higher" but worst is 10 and best is 0'],
		['higher', 5, 5, 'direction is "higher" but worst is 5 and best is 5'],
		['lower', 0, 10, 'direction is "lower" but worst is 0 and best is 10'],
		['lower', 5, 5, 'direction is "lower" but worst is 5 and best is 5']
	] as const)('%s with worst %d and best %d is refused, saying both', (direction, worst, best, message) => {
		expect(withScale(direction, worst, best)).toEqual([{ code: 'custom', path: 'criteria.0.scale', message }]);
	});

	it('a rating may say "lower" (its levels carry the scores, so nothing to check)', () => {
		const d = copy();
		d.criteria[1]!.direction = 'lower';
		expect(issues(d)).toEqual([]);
	});
});

describe('parseDataset: the message a broken file gives', () => {
	it('names the file, then each field path and what was wrong, one per line', () => {
		const d = copy();
		d.criteria[1]!.group = 'speed';
		d.providers[2]!.hypervisor = 'vmware';
		expect(() => parseDataset('data/tiny.v1.json', d)).toThrow(
			'Invalid data set data/tiny.v1.json:\n' +
				'  data/tiny.v1.json: criteria.1.group: unknown group "speed"\n' +
				'  data/tiny.v1.json: providers.2.hypervisor: unknown hypervisor "vmware"'
		);
	});
});

describe('the parts of a data set: ids, dates, links, scales', () => {
	const ID = 'an id uses lower-case letters, digits and hyphens';
	const DATE = 'a date is written YYYY, YYYY-MM or YYYY-MM-DD';

	it.each([['-cost'], ['cost_2'], ['Cost'], ['co st'], ['']])('refuses the group id %j, saying what an id is', (bad) => {
		const d = copy();
		d.groups[0]!.id = bad;
		expect(issues(d)).toContainEqual({ code: 'invalid_format', path: 'groups.0.id', message: ID });
	});

	it.each([['cost'], ['0-day'], ['a--b']])('takes the id %j', (good) => {
		const d = copy();
		d.groups[0]!.id = good;
		for (const c of d.criteria) c.group = good;
		expect(issues(d)).toEqual([]);
	});

	it.each([['2010-5'], ['10-05-2010'], ['2010-05-01x'], ['x2010'], ['2010-05-1']])(
		'refuses the as-of date %j, saying how a date is written',
		(bad) => {
			const d = copy();
			d.asOf = bad;
			expect(issues(d)).toEqual([{ code: 'invalid_format', path: 'asOf', message: DATE }]);
		}
	);

	it.each([['2010'], ['2010-11'], ['2010-11-10']])('takes the as-of date %j', (good) => {
		const d = copy();
		d.asOf = good;
		expect(issues(d)).toEqual([]);
	});

	it.each([['http://example.org/'], ['https://example.org/a?b=1']])('takes a source at %j', (url) => {
		const d = copy();
		d.providers[0]!.hypervisorSource = { ...d.providers[0]!.hypervisorSource, url };
		expect(issues(d)).toEqual([]);
	});

	it.each([['ftp://example.org/'], ['xhttp://example.org/'], ['httpx://example.org/'], ['javascript:alert(1)']])(
		'refuses a source at %j: a source is a web page',
		(url) => {
			const d = copy();
			d.providers[0]!.hypervisorSource = { ...d.providers[0]!.hypervisorSource, url };
			expect(issues(d).map((i) => i.path)).toEqual(['providers.0.hypervisorSource.url']);
		}
	);

	it('refuses a linear scale whose two ends are too far apart to score between', () => {
		const d = copy();
		// −1e308 to 1e308: two finite numbers whose distance is Infinity.
		d.criteria[0] = { ...d.criteria[0]!, scale: { kind: 'linear', worst: 1e308, best: -1e308 } };
		expect(issues(d)).toEqual([
			{
				code: 'custom',
				path: 'criteria.0.scale.best',
				message: 'the distance between worst and best must be a finite number'
			}
		]);
	});

	it('refuses a rating with two levels of one id', () => {
		const d = copy();
		const future = d.criteria[1]!;
		if (future.scale.kind !== 'levels') throw new Error('tiny’s Future is a rating');
		future.scale.levels[1]!.id = 'xen';
		expect(issues(d)).toContainEqual({
			code: 'custom',
			path: 'criteria.1.scale.levels',
			message: 'two levels have the same id'
		});
	});
});
