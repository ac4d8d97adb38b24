import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findDataset } from '$lib/data/datasets';
import { defaultScenario } from '$lib/scenario/presets';
import { Comparison, UNDO_DEPTH } from './comparison.svelte';
import { dataEdits } from './data-edits';
import { layoutEdits } from './layout-edits';

/**
 * The page's comparison with undo (Ctrl+Z), in Node: the class's runes are compiled by the Svelte
 * plugin, and its `$derived` fields are read outside any effect, as the page's handlers do.
 */
const v1 = findDataset('cloud-2010', 1)!;
const start = defaultScenario(v1);

let now = 0;
/** Changes are coalesced by time (Date.now); each test moves the clock by hand. */
const at = (ms: number) => {
	now = ms;
};

beforeEach(() => {
	now = 1_000_000;
	vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

describe('Comparison: undo', () => {
	it('starts with nothing to undo', () => {
		const c = new Comparison(start, v1);
		expect(c.canUndo).toBe(false);
		expect(c.lastChange).toBe('');
		expect(c.undo()).toBeUndefined();
		expect(c.scenario).toBe(start);
	});

	it('one slider drag is one step: same criterion within a second', () => {
		const c = new Comparison(start, v1);
		c.setWeight('entry-price', 10);
		at(now + 400);
		c.setWeight('entry-price', 20);
		at(now + 400);
		c.setWeight('entry-price', 30);
		expect(c.scenario.weights['entry-price']).toBe(30);
		expect(c.lastChange).toBe('weight change');
		expect(c.undo()).toBe('weight change');
		expect(c.scenario).toBe(start);
		expect(c.canUndo).toBe(false);
	});

	it('the second counts from the latest change, so a slow steady drag stays one step', () => {
		// 0, 900, 1800 ms: each within 1 s of the one before (1.8 s from the first).
		const c = new Comparison(start, v1);
		c.setWeight('entry-price', 10);
		at(now + 900);
		c.setWeight('entry-price', 20);
		at(now + 900);
		c.setWeight('entry-price', 30);
		c.undo();
		expect(c.scenario).toBe(start);
	});

	it('a pause of a second or more starts a new step', () => {
		const c = new Comparison(start, v1);
		c.setWeight('entry-price', 10);
		at(now + 1000);
		c.setWeight('entry-price', 20);
		c.undo();
		expect(c.scenario.weights['entry-price']).toBe(10);
		expect(c.canUndo).toBe(true);
		c.undo();
		expect(c.scenario).toBe(start);
	});

	it('another criterion is another step, however quick', () => {
		const c = new Comparison(start, v1);
		c.setWeight('entry-price', 10);
		c.setWeight('ram-price', 10);
		c.setWeight('entry-price', 20);
		c.undo();
		expect(c.scenario.weights).toMatchObject({ 'entry-price': 10, 'ram-price': 10 });
		c.undo();
		expect(c.scenario.weights).toMatchObject({ 'entry-price': 10, 'ram-price': start.weights['ram-price'] });
		c.undo();
		expect(c.scenario).toBe(start);
	});

	it('changes of different kinds are separate steps, labelled for the Undo button', () => {
		const c = new Comparison(start, v1);
		c.setMethod('topsis');
		c.setUnknowns('middle');
		c.setIncluded('gogrid', false);
		expect(c.lastChange).toBe('leave out provider');
		expect(c.undo()).toBe('leave out provider');
		expect(c.lastChange).toBe('treatment of unknowns');
		expect(c.scenario.excluded).toEqual([]);
		expect(c.undo()).toBe('treatment of unknowns');
		expect(c.scenario.unknowns).toBe('worst');
		expect(c.undo()).toBe('method change');
		expect(c.scenario.method).toBe('weighted-sum');
		expect(c.lastChange).toBe('');
	});

	it('the same labelled action twice in a second is one step (a preset clicked twice)', () => {
		const c = new Comparison(start, v1);
		c.setMethod('topsis');
		c.setMethod('weighted-product');
		c.undo();
		expect(c.scenario.method).toBe('weighted-sum');
		expect(c.canUndo).toBe(false);
	});

	it(`keeps the last ${UNDO_DEPTH} steps`, () => {
		const c = new Comparison(start, v1);
		for (let i = 0; i <= UNDO_DEPTH; i++) {
			at(now + 1000);
			c.setWeight('entry-price', i % 2 ? 0 : 100);
		}
		let steps = 0;
		while (c.canUndo) {
			c.undo();
			steps++;
		}
		expect(steps).toBe(UNDO_DEPTH);
		// The oldest state (before the first change) fell off the end: undo stops one change later.
		expect(c.scenario.weights['entry-price']).toBe(100);
		expect(c.scenario).not.toBe(start);
	});

	it('replacing the whole comparison is one step back to the one before', () => {
		const c = new Comparison(start, v1);
		const other = { ...start, method: 'topsis' as const };
		c.replace(other, 'import');
		expect(c.scenario).toBe(other);
		expect(c.undo()).toBe('import');
		expect(c.scenario).toBe(start);
	});
});

describe('Comparison: derived from the scenario', () => {
	it('the evaluation and the link follow each change and each undo', () => {
		const c = new Comparison({ ...start, weights: { ...start.weights } }, v1);
		const zero = Object.fromEntries(v1.criteria.map((x) => [x.id, 0]));
		c.replace({ ...start, weights: { ...zero, 'entry-price': 100 } }, 'only price');
		// Only Entry price weighted: Rackspace $0.015/h → 100·(0.015 − 0.2)/(0.01 − 0.2) = 97.4 first.
		expect(c.evaluation.ranking[0]!.provider.name).toBe('Rackspace Cloud Servers');
		expect(c.evaluation.ranking[0]!.score).toBeCloseTo(97.368, 3);
		expect(c.query).toBe(`v=2&d=cloud-2010.1&w=100${',0'.repeat(16)}&p=balanced`);
		c.undo();
		expect(c.query).toBe(
			'v=2&d=cloud-2010.1&w=50,60,30,20,30,20,50,30,40,40,30,40,40,20,40,30,30&p=balanced'
		);
	});

	it('the evaluator and the link read one effective data set, rebuilt only by an edit', () => {
		const c = new Comparison(start, v1);
		const before = c.effective;
		expect(c.evaluation.dataset).toBe(before);
		c.setWeight('entry-price', 10);
		expect(c.effective).toBe(before); // a weight is not an edit of the data
		const query = c.query;
		const id = dataEdits(c).addProvider({ name: 'Acme Cloud', platform: 'Xen' });
		expect(c.effective).not.toBe(before);
		expect(c.evaluation.dataset).toBe(c.effective);
		expect(c.effective.providers.map((p) => p.id)).toContain(id);
		expect(c.query).not.toBe(query); // the link carries the new provider (as e=, compressed)
	});
});

describe('Comparison: steps (one history entry each, for the browser’s Back)', () => {
	it('a preset or a method is a step at once; a weight only once it is settled, however many ticks', () => {
		const c = new Comparison(start, v1);
		expect(c.steps).toBe(0);
		c.applyPreset(c.presets[1]!);
		expect(c.steps).toBe(1);
		at(now + 2000);
		c.setMethod('topsis');
		expect(c.steps).toBe(2);
		at(now + 2000);
		// Typing "37": two changes of one undo step, not a step until the box is left.
		c.setWeight('entry-price', 3);
		at(now + 150);
		c.setWeight('entry-price', 37);
		expect(c.unsettled).toBe(true);
		expect(c.steps).toBe(2);
		c.settle();
		expect(c.unsettled).toBe(false);
		expect(c.steps).toBe(3);
		// A blur after the change event settles nothing more.
		c.settle();
		expect(c.steps).toBe(3);
		// The arrow key on the box within the second: the same undo step, so no new entry.
		at(now + 300);
		c.setWeight('entry-price', 38);
		c.settle();
		expect(c.steps).toBe(3);
		// A second later the same box again: a new step.
		at(now + 2000);
		c.setWeight('entry-price', 40);
		c.settle();
		expect(c.steps).toBe(4);
	});

	it('Undo is no step of its own and ends a weight edit', () => {
		const c = new Comparison(start, v1);
		c.setWeight('entry-price', 3);
		c.undo();
		expect(c.unsettled).toBe(false);
		expect(c.steps).toBe(0);
	});
});

describe('Comparison: rows and columns (layoutEdits)', () => {
	const providerIds = (c: Comparison) => c.effective.providers.map((p) => p.id);

	it('renaming is one undo step per item however many keys are typed, and shows the new name', () => {
		const c = new Comparison(start, v1);
		const edits = layoutEdits(c);
		edits.rename('gogrid', 'G');
		at(now + 200);
		edits.rename('gogrid', 'GoGrid Cloud');
		expect(c.effective.providers.find((p) => p.id === 'gogrid')?.name).toBe('GoGrid Cloud');
		expect(c.lastChange).toBe('rename');
		// Another item's rename is a step of its own.
		at(now + 200);
		edits.rename('ibm', 'IBM Cloud');
		expect(c.undo()).toBe('rename');
		expect(c.effective.providers.find((p) => p.id === 'ibm')?.name).toBe('IBM');
		expect(c.effective.providers.find((p) => p.id === 'gogrid')?.name).toBe('GoGrid Cloud');
		expect(c.undo()).toBe('rename');
		expect(c.scenario).toBe(start);
	});

	it('moves a row or a column, each with its own label', () => {
		const c = new Comparison(start, v1);
		const edits = layoutEdits(c);
		edits.move('providers', 'gogrid', -2);
		expect(providerIds(c).slice(0, 3)).toEqual(['gogrid', 'amazon-ec2', 'rackspace']);
		expect(c.lastChange).toBe('row moved');
		at(now + 5000);
		edits.move('criteria', 'ram-price', -1);
		expect(c.effective.criteria.slice(0, 2).map((x) => x.id)).toEqual(['ram-price', 'entry-price']);
		expect(c.lastChange).toBe('column moved');
		c.undo();
		c.undo();
		expect(c.scenario).toBe(start);
	});

	it('removes a data set provider and a criterion, and brings the criterion back with a weight', () => {
		const c = new Comparison(start, v1);
		const edits = layoutEdits(c);
		edits.removeAnyProvider('ntt');
		expect(providerIds(c)).not.toContain('ntt');
		expect(c.lastChange).toBe('provider removed');
		at(now + 5000);
		edits.removeAnyCriterion('ram-price');
		expect(c.effective.criteria.map((x) => x.id)).not.toContain('ram-price');
		expect(c.lastChange).toBe('criterion removed');
		at(now + 5000);
		edits.bringBack('ram-price');
		expect(c.effective.criteria.map((x) => x.id)).toContain('ram-price');
		expect(c.scenario.weights['ram-price']).toBeGreaterThan(0);
		expect(c.lastChange).toBe('criterion brought back');
		expect(c.undo()).toBe('criterion brought back');
		expect(c.undo()).toBe('criterion removed');
		expect(c.undo()).toBe('provider removed');
		expect(c.scenario).toBe(start);
	});
});

describe('Comparison: one’s own data (dataEdits)', () => {
	const value = (raw: number) => ({ kind: 'user' as const, raw });

	it('typing in one cell is one undo step; another cell, or later, is a step of its own', () => {
		const c = new Comparison(start, v1);
		const edits = dataEdits(c);
		edits.setValue('gogrid', 'entry-price', value(0.1));
		at(now + 300);
		edits.setValue('gogrid', 'entry-price', value(0.12));
		expect(c.scenario.edits.values.gogrid).toEqual({ 'entry-price': value(0.12) });
		expect(c.lastChange).toBe('value edit');
		at(now + 300);
		edits.setValue('ibm', 'entry-price', value(0.3));
		at(now + 5000);
		edits.setValue('gogrid', 'entry-price', undefined);
		expect(c.scenario.edits.values.gogrid).toBeUndefined();
		expect(c.undo()).toBe('value reset');
		expect(c.scenario.edits.values.gogrid).toEqual({ 'entry-price': value(0.12) });
		expect(c.undo()).toBe('value edit');
		expect(c.scenario.edits.values.ibm).toBeUndefined();
		expect(c.undo()).toBe('value edit');
		expect(c.scenario).toBe(start);
	});

	it('adds and removes a provider and a criterion of one’s own, returning their new ids', () => {
		const c = new Comparison(start, v1);
		const edits = dataEdits(c);
		const provider = edits.addProvider({ name: 'Acme Cloud', platform: 'KVM' });
		expect(provider).toBe('u-acme-cloud');
		expect(c.lastChange).toBe('new provider “Acme Cloud”');
		at(now + 5000);
		const criterion = edits.addCriterion({
			name: 'Support hours',
			group: 'Service',
			unit: 'h',
			direction: 'higher',
			scale: { kind: 'linear', worst: 0, best: 24 }
		});
		expect(criterion).toBe('u-support-hours');
		expect(c.effective.criteria.find((x) => x.id === criterion)?.name).toBe('Support hours');
		expect(c.lastChange).toBe('new criterion “Support hours”');
		at(now + 5000);
		edits.removeCriterion(criterion);
		expect(c.lastChange).toBe('criterion removed');
		at(now + 5000);
		edits.removeProvider(provider);
		expect(c.effective.providers.map((p) => p.id)).not.toContain(provider);
		expect(c.lastChange).toBe('provider removed');
		expect([c.undo(), c.undo(), c.undo(), c.undo()]).toEqual([
			'provider removed',
			'criterion removed',
			'new criterion “Support hours”',
			'new provider “Acme Cloud”'
		]);
		expect(c.scenario).toBe(start);
	});

	it('changes a scale and resets all of one’s data, each one undo step', () => {
		const c = new Comparison(start, v1);
		const edits = dataEdits(c);
		edits.setScale('entry-price', { kind: 'linear', worst: 0.5, best: 0 });
		expect(c.scenario.edits.scales['entry-price']).toEqual({ kind: 'linear', worst: 0.5, best: 0 });
		expect(c.lastChange).toBe('scale change');
		at(now + 5000);
		edits.resetEdits();
		expect(c.scenario.edits.scales).toEqual({});
		expect(c.lastChange).toBe('reset of your data');
		expect(c.undo()).toBe('reset of your data');
		expect(c.scenario.edits.scales['entry-price']).toEqual({ kind: 'linear', worst: 0.5, best: 0 });
		expect(c.undo()).toBe('scale change');
		expect(c.scenario).toBe(start);
	});
});
