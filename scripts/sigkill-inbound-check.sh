#!/usr/bin/env bash
# Kills the server with SIGKILL while signed WhatsApp webhooks arrive, restarts it on the same data folder and checks
# that every acknowledged webhook is stored once and answered once. See "Crash safety of the inbound pipeline" in
# README.md. Usage: scripts/sigkill-inbound-check.sh [--messages 500] [--kill-after 300]
# Needs JDK 17+, psql, and the built jar (./mvnw -B -q -DskipTests package); CHATNATION_SERVER_JAR overrides its path.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${CHATNATION_SERVER_JAR:-app-server/target/chatnation-server.jar}"
if [[ ! -f "$jar" ]]; then
  echo "no server jar at $jar: build it with ./mvnw -B -q -DskipTests package" >&2
  exit 2
fi
data_dir="$(mktemp -d "${TMPDIR:-/tmp}/chatnation-sigkill.XXXXXX")"

stop_postgres() {
  # The embedded PostgreSQL outlives a SIGKILLed JVM; whichever server instance left it running, stop it here.
  local pid_file="$data_dir/postgres/postmaster.pid"
  if [[ -f "$pid_file" ]]; then
    local pid
    pid="$(head -n 1 "$pid_file")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
}
cleanup() {
  stop_postgres
  if [[ "${KEEP_DATA:-}" == "1" ]]; then echo "data kept in $data_dir"; else rm -rf "$data_dir"; fi
}
trap cleanup EXIT

status=0
java scripts/SigkillInboundCheck.java --jar "$jar" --data-dir "$data_dir" "$@" || status=$?
if [[ $status -ne 0 ]]; then
  echo "server logs: $data_dir/server-1.log, $data_dir/server-2.log" >&2
  KEEP_DATA=1
fi
exit $status
