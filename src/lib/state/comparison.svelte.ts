/**
 * The comparison the person is working on: one scenario, replaced (never mutated) on every change,
 * with an undo history. Everything the page shows is derived from `scenario`: the data set it
 * names, the evaluation, the share link. The class is created from the page's `load` data with
 * `$derived`, so opening another link makes a new one rather than copying state by hand.
 */
import { loadedDataset } from '$lib/data/catalogue';
import type { Dataset } from '$lib/data/schema';
import { presetsFor } from '$lib/scenario/presets';
import { effectiveDataset } from '$lib/scenario/effective';
import { evaluate } from '$lib/evaluation/evaluate';
import * as actions from '$lib/scenario/actions';
import type { Preset } from '$lib/scenario/defaults';
import type { MethodId, UnknownTreatmentId, WeightingId } from '$lib/scenario/registry';
import type { RankKind } from '$lib/scenario/weighting';
import type { Scenario } from '$lib/scenario/model';
import { encodeScenario } from '$lib/share/link';

/** How many steps Undo can go back. */
export const UNDO_DEPTH = 100;
/** Changes of the same thing within this time are one undo step (a slider drag, typing a number). */
const COALESCE_MS = 1000;

export class Comparison {
	/** The data set the page opened with. */
	readonly #opened: Dataset;
	scenario: Scenario = $state.raw() as Scenario;
	/** What the last change was, for the Undo button's label; empty when there is nothing to undo. */
	lastChange = $state('');
	/**
	 * How many steps the person has taken, each one a history entry in the address bar (so the
	 * browser's Back undoes within the app): a change that starts a new undo step adds one, except a
	 * weight being typed or dragged, which adds one once it is settled (`settle`: change or blur), so
	 * neither each keystroke nor each slider tick is an entry.
	 */
	steps = $state(0);
	/** A weight is being typed or dragged: its step is counted when it is settled. */
	unsettled = $state(false);
	/** The undo step last counted for a weight, so settling the same edit twice counts it once. */
	#settledStep: object | undefined;

	/**
	 * The published data set the scenario names. Whoever replaces the scenario with one on another
	 * data set loads that data set first (`loadDataset`), so it is always here; the data set the
	 * page opened with stands in otherwise.
	 */
	readonly base = $derived.by(
		() => loadedDataset(this.scenario.dataset.id, this.scenario.dataset.version) ?? this.#opened
	);
	/** The published data set with the person's edits, derived once for the evaluator and the link. */
	readonly effective = $derived(effectiveDataset(this.base, this.scenario.edits));
	readonly evaluation = $derived(evaluate(this.base, this.scenario, this.effective));
	readonly presets = $derived(presetsFor(this.base));
	/** The share link's query (without `?`). */
	readonly query = $derived(encodeScenario(this.scenario, this.base, this.effective));

	#history: { scenario: Scenario; label: string; key: string; at: number }[] = [];

	constructor(initial: Scenario, dataset: Dataset) {
		this.#opened = dataset;
		this.scenario = initial;
	}

	/**
	 * Make `next` the scenario, remembering the previous one for undo. `key` names what changed:
	 * consecutive changes with the same key in quick succession (dragging one slider) are one step.
	 */
	#commit(next: Scenario, label: string, key = label, sync = true, settled = true) {
		// In rank or pairwise mode the weights follow that input, also after a criterion is added or removed.
		if (sync && next.weighting !== 'direct') next = actions.syncWeights(next, this.base);
		if (next === this.scenario) return;
		const now = Date.now();
		const top = this.#history.at(-1);
		if (!(top && top.key === key && now - top.at < COALESCE_MS)) {
			this.#history.push({ scenario: this.scenario, label, key, at: now });
			if (this.#history.length > UNDO_DEPTH) this.#history.shift();
			if (settled) this.steps++;
		} else top.at = now;
		this.scenario = next;
		this.lastChange = label;
		this.unsettled = !settled;
	}

	/** The weight being typed or dragged is set (the box's change or blur, the slider let go). */
	settle = () => {
		if (!this.unsettled) return;
		this.unsettled = false;
		const top = this.#history.at(-1);
		if (top && top !== this.#settledStep) {
			this.#settledStep = top;
			this.steps++;
		}
	};

	get canUndo(): boolean {
		// Reading lastChange makes this reactive; the history itself is plain data.
		return this.lastChange !== '' && this.#history.length > 0;
	}

	undo = () => {
		const step = this.#history.pop();
		if (!step) return;
		this.scenario = step.scenario;
		this.unsettled = false;
		this.lastChange = this.#history.at(-1)?.label ?? '';
		return step.label;
	};

	setWeight = (criterionId: string, weight: number) =>
		this.#commit(
			actions.setWeight(this.scenario, criterionId, weight),
			'weight change',
			`weight:${criterionId}`,
			true,
			false
		);
	equalWeights = () => this.#commit(actions.equalWeights(this.scenario, this.base), 'equal weights');
	applyPreset = (preset: Preset) =>
		this.#commit(actions.applyPreset(this.scenario, this.base, preset), `preset “${preset.name}”`);
	setIncluded = (providerId: string, included: boolean) =>
		this.#commit(
			actions.setIncluded(this.scenario, providerId, included),
			included ? 'include provider' : 'leave out provider'
		);
	setMethod = (method: MethodId) => this.#commit(actions.setMethod(this.scenario, method), 'method change');
	setMustHave = (criterionId: string, required: number | string | undefined) =>
		this.#commit(
			actions.setMustHave(this.scenario, criterionId, required),
			required === undefined ? 'must-have removed' : 'must-have',
			`must:${criterionId}`
		);
	setUnknowns = (unknowns: UnknownTreatmentId) =>
		this.#commit(actions.setUnknowns(this.scenario, unknowns), 'treatment of unknowns');
	/**
	 * Paste a spreadsheet block at a cell of the grid: one undo step, however many cells and rows.
	 * `apply` is `applyPaste` from the grid, so reading a pasted block loads with the grid's code,
	 * not with the page.
	 */
	paste = <Pasted extends { scenario: Scenario }>(
		apply: (scenario: Scenario, base: Dataset) => Pasted
	): Pasted => {
		const result = apply(this.scenario, this.base);
		this.#commit(result.scenario, 'paste', `paste:${++this.#pastes}`);
		return result;
	};
	#pastes = 0;
	/**
	 * A change computed by code that loads with the part offering it (`data-edits.ts`: one's own
	 * values, providers, criteria and scales; `layout-edits.ts`: renaming, reordering and removing
	 * any row or column), not with the page: `next` makes the new scenario
	 * from the current one and its data set; `label` and `key` are as for every change.
	 */
	edit = (next: (scenario: Scenario, base: Dataset) => Scenario, label: string, key = label) =>
		this.#commit(next(this.scenario, this.base), label, key);

	/** Replace the whole comparison (an import, saved work, a new comparison); undo brings it back. */
	replace = (scenario: Scenario, label: string) => this.#commit(scenario, label, label, false);

	setWeighting = (weighting: WeightingId) =>
		this.#commit(actions.setWeighting(this.scenario, this.base, weighting), 'way of setting the weights');
	moveInRank = (criterionId: string, by: number) =>
		this.#commit(actions.moveInRank(this.scenario, this.base, criterionId, by), 'rank order change', 'rank');
	setRankKind = (kind: RankKind) =>
		this.#commit(actions.setRankKind(this.scenario, this.base, kind), 'weights from the ranking');
	setJudgement = (a: string, b: string, value: number) =>
		this.#commit(
			actions.setJudgement(this.scenario, this.base, a, b, value),
			'pairwise judgement',
			`judgement:${a}|${b}`
		);
}
