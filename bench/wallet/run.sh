#!/usr/bin/env bash
# Builds the project's jars and runs the wallet benchmark from the repository root.
# Every argument is passed to the tool; see `bench/wallet/run.sh --help`.
#
#   bench/wallet/run.sh                                   # embedded PostgreSQL, both scenarios
#   bench/wallet/run.sh --db jdbc:postgresql://localhost:5432/postgres --user postgres
#
# Exit status: 0 every operation succeeded and the wallets add up; 1 errors or a broken invariant;
# 2 bad arguments; 3 the database could not be set up. Full results: bench/wallet/target/results.md
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

mvn="${MVN:-$repo_root/mvnw}"
# The benchmark drives the real use cases: build core-domain, ports and adapters-persistence (tests skipped,
# nothing installed), then run against those jars.
"$mvn" -q -B ${MAVEN_OFFLINE:-} -pl adapters-persistence -am package -DskipTests
exec "$mvn" -q -B ${MAVEN_OFFLINE:-} -f bench/wallet/pom.xml compile exec:java -Dexec.args="$*"
