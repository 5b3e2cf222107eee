#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL cluster: initdb in a temporary
# directory as an unprivileged user, a free loopback port, password authentication; stopped and removed
# when the command ends. Needs Debian's postgresql package (server binaries under /usr/lib/postgresql/<v>/bin).
# Usage: scripts/with-postgres.sh npm run test:pg
set -euo pipefail

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found under /usr/lib/postgresql/<version>/bin: apt-get install -y postgresql" >&2
  exit 1
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/cchc-pg.XXXXXX")"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  # The server refuses to run as root.
  chown nobody "$DIR"
  AS=(runuser -u nobody --)
fi
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PASSWORD="$(node -e "console.log(require('crypto').randomBytes(18).toString('hex'))")"
printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
[ "$(id -u)" -eq 0 ] && chown nobody "$DIR/pwfile"

stop() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -U cchc --pwfile="$DIR/pwfile" --auth=scram-sha-256 -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=300" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
PGPASSWORD="$PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U cchc -d postgres -qc 'CREATE DATABASE cchc' >/dev/null

export DATABASE_URL="postgres://cchc:$PASSWORD@127.0.0.1:$PORT/cchc"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (temporary cluster in $DIR)" >&2
set +e
"$@"
status=$?
set -e
exit $status
