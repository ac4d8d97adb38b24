/** A criterion's direction: 1 when more is better (a benefit), −1 when less is better (a cost). */
export type Direction = 1 | -1;

/** How a column of raw figures is put on a common scale; see `normalise`. */
export type Normalisation = 'none' | 'minmax' | 'max' | 'sum' | 'vector' | 'linear';

export interface MethodOptions {
	normalisation?: Normalisation;
}
