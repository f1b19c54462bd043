#!/usr/bin/env bash
# Builds the server and the protocol fakes, then runs the inbound pipeline benchmark from the repository root.
# Every argument is passed to the tool; see `bench/inbound/run.sh --help`.
#
#   bench/inbound/run.sh --rate 1000 --duration 60 --warmup 60
#
# The server runs on its embedded defaults in a fresh data folder and is stopped afterwards. Give it a quiet
# machine: anything else using the CPU shows up in the latencies.
# Exit status: 0 targets met, 1 not met, 2 bad arguments, 3 setup failed. Full results: bench/inbound/target/results.md
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

for arg in "$@"; do
  case "$arg" in
    *[[:space:]]*)
      echo "run.sh: arguments must not contain whitespace: '$arg'" >&2
      exit 2
      ;;
  esac
done

# The server jar and the adapters-whatsapp test-jar (the Cloud API fake) come from one reactor build; SKIP_BUILD=1
# reuses what target/ already holds.
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -q -B -DskipTests package -pl app-server -am
fi
exec "${MVN:-./mvnw}" -q -B -f bench/inbound/pom.xml compile exec:java -Dexec.args="$*"
