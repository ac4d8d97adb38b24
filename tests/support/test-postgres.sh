#!/usr/bin/env bash
# npm run test:postgres: the storage and API suites, and the two-process test, on a real PostgreSQL.
# Starts a throwaway server (Debian's postgresql, installed with apt when missing) in a temporary
# directory, on a free loopback port, as an unprivileged user (initdb refuses root), and removes it
# afterwards. Set SKIP_BUILD=1 when build/ is already this checkout's build.
set -euo pipefail
cd "$(dirname "$0")/../.."

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "PostgreSQL is not installed: run 'sudo apt-get install postgresql' first." >&2
		exit 1
	fi
	echo "Installing Debian's postgresql…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(pg_bin)"

DIR="$(mktemp -d -t scorecard-pg-XXXXXX)"
# The server runs as this user: nobody when we are root (initdb refuses root), else ourselves.
if [ "$(id -u)" = 0 ]; then
	chown nobody "$DIR"
	as_server() { runuser -u nobody -- "$@"; }
else
	as_server() { "$@"; }
fi
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

stop() {
	as_server "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$DIR"
}
trap stop EXIT

(cd "$DIR" && as_server "$BIN/initdb" -D "$DIR/data" -U scorecard --auth=trust -E UTF8 --no-instructions >/dev/null)
# fsync off: a throwaway database for tests, never data anyone keeps.
(cd "$DIR" && as_server "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
	-o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null)
"$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U scorecard scorecard_test
export TEST_DATABASE_URL="postgres://scorecard@127.0.0.1:$PORT/scorecard_test"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') at 127.0.0.1:$PORT (in $DIR)"

# The suites share one database and empty its tables between tests: one file at a time.
npx vitest run src/lib/server --no-file-parallelism
if [ "${SKIP_BUILD:-}" != 1 ]; then npx vite build >/dev/null; fi
npx playwright test tests/postgres.test.ts
