#!/usr/bin/env bash
# npm run test:postgres: the storage and API suites, and the two-process test, on a real PostgreSQL
# (a throwaway server started by with-postgres.sh: Debian's postgresql, installed with apt when
# missing, in a temporary directory, removed afterwards). Builds first; set SKIP_BUILD=1 when build/
# is already this checkout's build (.ci/run does, after `npm test` has built it).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" != "--inside" ]; then
	exec bash tests/support/with-postgres.sh bash tests/support/test-postgres.sh --inside
fi

# The suites share one database and empty its tables between tests: one file at a time.
npx vitest run src/lib/server --no-file-parallelism
if [ "${SKIP_BUILD:-}" != 1 ]; then npx vite build >/dev/null; fi
npx playwright test tests/postgres.test.ts
