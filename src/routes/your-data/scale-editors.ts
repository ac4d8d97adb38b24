/**
 * One editor component per scale kind, loaded when a form first shows that kind. The registry
 * (`$lib/scenario/scale-kinds.ts`) stays free of Svelte; this map is typed by its ids, so a kind
 * added there without an editor here fails the type check.
 *
 * An editor only renders its fields (named as the kind's `parse` reads them); the form around it
 * reads them on submit with `scaleKinds[kind].parse(new FormData(form), current)`.
 */
import type { Component } from 'svelte';
import type { Scale, ScaleKindId } from '$lib/scenario/scale-kinds';

export interface ScaleEditorProps<S extends Scale = Scale> {
	/** The scale to start from (the criterion's, or one made from it); none for a new criterion. */
	scale?: S;
	/** The criterion's unit, for the labels ("Scores 0 at (GB)"). */
	unit: string;
	/** Prefix for the fields' element ids (the form's `$props.id()`). */
	id: string;
}

type Editors = {
	[K in ScaleKindId]: () => Promise<{ default: Component<ScaleEditorProps<Extract<Scale, { kind: K }>>> }>;
};

export const scaleEditors: Editors = {
	linear: () => import('./LinearScaleEditor.svelte'),
	levels: () => import('./LevelsScaleEditor.svelte'),
	piecewise: () => import('./PiecewiseScaleEditor.svelte')
};

/** The editor of a kind, typed for any scale (the map's entries are per kind). */
export const editorFor = (kind: ScaleKindId) =>
	scaleEditors[kind] as () => Promise<{ default: Component<ScaleEditorProps> }>;
