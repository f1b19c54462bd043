#!/usr/bin/env bash
# Builds and runs the API baseline benchmark from the repository root.
# Every argument is passed to the tool; see `bench/api-baseline/run.sh --help`.
#
#   bench/api-baseline/run.sh --url http://localhost:8080 --rate 1000 --duration 60 --warmup 10
#
# Exit status: 0 all requests answered 2xx, 1 errors or non-2xx responses, 2 bad arguments,
# 3 setup against the API failed. Full results: bench/api-baseline/target/results.md
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

exec "${MVN:-mvn}" -q -B -f bench/api-baseline/pom.xml compile exec:java -Dexec.args="$*"
