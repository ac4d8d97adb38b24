#!/usr/bin/env bash
# with-postgres.sh [--url-as NAME] COMMAND…: runs COMMAND with a throwaway PostgreSQL server, named
# in TEST_DATABASE_URL (and in NAME too, with --url-as: `--url-as DATABASE_URL` for the app itself).
# Debian's postgresql, installed with apt when missing (as root; otherwise it says what to run);
# the server lives in a temporary directory, on a free loopback port, as an unprivileged user
# (initdb refuses root: nobody when we are root), with fsync off (nothing in it is kept), and is
# stopped and removed when COMMAND ends, whatever its outcome. COMMAND's exit status is ours.
# Used by `npm run test:postgres` (test-postgres.sh) and `npm run bench:postgres`.
set -euo pipefail
cd "$(dirname "$0")/../.."

URL_AS=""
if [ "${1:-}" = "--url-as" ]; then
	URL_AS="$2"
	shift 2
fi
if [ $# -eq 0 ]; then
	echo "usage: with-postgres.sh [--url-as NAME] COMMAND…" >&2
	exit 2
fi

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
# fsync off: a throwaway database for tests and benches, never data anyone keeps.
(cd "$DIR" && as_server "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
	-o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null)
"$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U scorecard scorecard_test
export TEST_DATABASE_URL="postgres://scorecard@127.0.0.1:$PORT/scorecard_test"
if [ -n "$URL_AS" ]; then export "$URL_AS=$TEST_DATABASE_URL"; fi
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') at 127.0.0.1:$PORT (in $DIR)"

# Not exec: the trap must still stop the server when COMMAND ends.
status=0
"$@" || status=$?
exit "$status"
