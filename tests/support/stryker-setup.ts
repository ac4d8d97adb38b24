/**
 * Mutation testing only (vitest.stryker.config.ts): every fast-check property runs at most
 * STRYKER_FC_RUNS times (default 200). A mutant that only a rarer case would catch can survive
 * here, so the score is, if anything, lower than with the full counts of `npx vitest run`.
 */
import { vi } from 'vitest';

const cap = Number(process.env.STRYKER_FC_RUNS ?? 200);

vi.mock('fast-check', async (importOriginal) => {
	const fc = await importOriginal<typeof import('fast-check')>();
	const assert = ((property: Parameters<typeof fc.assert>[0], params?: Parameters<typeof fc.assert>[1]) =>
		fc.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) })) as typeof fc.assert;
	return { ...fc, assert, default: { ...fc.default, assert } };
});
