/**
 * A platform's colours, from the data set's story (`data/stories`): the ranking table's platform
 * mark and the charts' bars. Apart from the chart configs (configs.ts) so the ranking, on the first
 * screen, does not bring the charts' code with it (issue 16: the first load).
 */
import type { Colour } from '$lib/data/story';
import { storyOf } from '$lib/data/stories';

export type ChartTheme = 'light' | 'dark';

/** A platform the data set's story gives no colour (a person's own): grey, apart from the others. */
const FALLBACK: Record<ChartTheme, Colour> = {
	light: { fill: '#888888', border: '#333333', line: '#555555', name: 'grey' },
	dark: { fill: '#9a9aa3', border: '#dddde2', line: '#b0b0b8', name: 'grey' }
};

/** A platform's colours, from the data set's story (`data/stories`); grey where it names none. */
export function hypervisorColour(datasetId: string, id: string, theme: ChartTheme = 'light'): Colour {
	const colours = storyOf(datasetId)?.grouping?.colours;
	return (colours && Object.hasOwn(colours, id) ? colours[id]![theme] : undefined) ?? FALLBACK[theme];
}
