/**
 * The decision core's public face: methods, normalisations, weights and analyses, all pure
 * TypeScript (no Svelte, no DOM). Matrices are [alternative][criterion]; directions are 1 (more is
 * better) or −1 (less is better); weights are any non-negative numbers, scaled to sum to 1 inside.
 */
export type { Direction, Normalisation, MethodOptions } from './types';
export { normalise, unitWeights } from './normalise';
export { wsm, type WsmOptions } from './wsm';
export { wpm, type WpmOptions } from './wpm';
export { topsis, topsisScorer, topsisWorking, type TopsisOptions, type TopsisWorking } from './topsis';
export {
	ahp,
	AhpInputError,
	inconsistentJudgements,
	mostInconsistentJudgement,
	randomIndex,
	RANDOM_INDEX,
	type AhpInputProblem,
	type AhpMode,
	type AhpResult,
	type InconsistentJudgement
} from './ahp';
export { rankWeights } from './rank-weights';
export { weightStability, type WeightInterval } from './stability';
export { smaa, smaaWithRanges, SmaaRun, type SmaaOptions, type SmaaRanges, type SmaaResult } from './smaa';
export type { SmaaMessage, SmaaRequest } from './smaa-worker';

// The existing core, for one import path.
export { normaliseWeights, type MethodResult, type ScoringMethod } from './method';
export { weightedSum } from './weighted-sum';
export { competitionRanks, orderByScore } from './ranking';
export { rankStability, type Stability } from './robustness';
export { fillSimplex, seededRandom } from './random';
export {
	firstChoices,
	geometricMeanJudgements,
	groupAhp,
	kendallW,
	meanWeights,
	midRanks,
	mostDisputedCriterion,
	type Concordance
} from './group';
