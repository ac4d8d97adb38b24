import { mergeConfig } from 'vitest/config';
import base from './vite.config';

/**
 * The unit tests as StrykerJS runs them (stryker.config.json): the same projects, with fast-check
 * properties capped (tests/support/stryker-setup.ts) so that each of ~3,000 mutants costs seconds,
 * not the minute the 12,000-run link fuzz takes. `npx vitest run` keeps the full run counts.
 */
export default mergeConfig(base, { test: { setupFiles: ['tests/support/stryker-setup.ts'] } });
