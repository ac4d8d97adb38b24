/**
 * Which preset the weights are, in words: "Balanced", "Balanced (modified)" or "your own, no preset"
 * (one wording for weights of no preset, on the page, page 1 of the PDF and its appendix).
 * Derived from the scenario and the data set's presets every time, never stored, so it can never
 * disagree with the weights: the preset a comparison started from (`scenario.preset`, carried in
 * the link as `p=`) and whether its weights still equal that preset's.
 */
import { presetsFor } from '$lib/scenario/presets';
import type { Dataset } from '$lib/data/schema';
import type { Preset } from '$lib/scenario/defaults';
import type { Scenario } from '$lib/scenario/schema';

/** Weights that are no preset's. */
export const NO_PRESET_LABEL = 'Your own, no preset';

export interface PresetView {
	/** The preset the weights are or started from; undefined for custom weights. */
	preset?: Preset;
	/** True once any of the data set's criteria has a weight other than the preset's. */
	modified: boolean;
	/** "Balanced", "Balanced (modified)" or "Your own, no preset". */
	label: string;
	/** For a sentence: "the Balanced preset", "the Balanced preset, modified", "your own, no preset". */
	phrase: string;
}

/**
 * True when every criterion of the data set has the preset's weight (0 where the preset names
 * none). The person's own criteria are not part of any preset and do not count.
 */
export function matchesPreset(
	scenario: Pick<Scenario, 'weights'>,
	base: Pick<Dataset, 'criteria'>,
	preset: Preset
): boolean {
	return base.criteria.every((c) => (scenario.weights[c.id] ?? 0) === (preset.weights[c.id] ?? 0));
}

/**
 * The preset the scenario names (modified or not); else a preset whose weights it has exactly (a
 * link from before presets were named, say); else custom weights.
 */
export function presetView(
	scenario: Pick<Scenario, 'weights' | 'preset'>,
	base: Dataset,
	presets: readonly Preset[] = presetsFor(base)
): PresetView {
	const named = scenario.preset ? presets.find((p) => p.id === scenario.preset) : undefined;
	const preset = named ?? presets.find((p) => matchesPreset(scenario, base, p));
	if (!preset) return { modified: false, label: NO_PRESET_LABEL, phrase: 'your own, no preset' };
	const modified = !matchesPreset(scenario, base, preset);
	return {
		preset,
		modified,
		label: modified ? `${preset.name} (modified)` : preset.name,
		phrase: modified ? `the ${preset.name} preset, modified` : `the ${preset.name} preset`
	};
}
