import type { UserWorkspaceConfig } from 'vitest/config';
import base from './vite.config';

/**
 * The unit tests as StrykerJS runs them (stryker.config.json): the same projects, with fast-check
 * properties capped (tests/support/stryker-setup.ts) so that each of ~3,000 mutants costs seconds,
 * not the minute the 12,000-run link fuzz takes, and with the 'unit' project's files sharing one
 * module graph (isolate: false) instead of re-importing the data sets for every file. Stryker
 * switches mutants at run time (mutant schemata; static mutants are ignored), so sharing modules
 * is safe there. `npx vitest run` keeps full run counts and isolation.
 */
const projects = (base.test?.projects ?? []).map((project) => {
	const p = project as UserWorkspaceConfig;
	return p.test?.name === 'unit' ? { ...p, test: { ...p.test, isolate: false } } : p;
});

export default {
	...base,
	test: {
		...base.test,
		// Added to the base set-up (which registers every data set and timeline), not in its place.
		setupFiles: [...[base.test?.setupFiles ?? []].flat(), 'tests/support/stryker-setup.ts'],
		// On a loaded machine a few heavy tests (link fuzz, large PDF) pass 5 s in the dry run, which
		// then stops the whole run; Stryker times each mutant out by its own measure (timeoutMS).
		testTimeout: 60_000,
		projects
	}
};
