#!/usr/bin/env bash
# Builds the project's jars and runs the contact import benchmark from the repository root.
#
#   bench/contact-import/run.sh                     # embedded PostgreSQL, 100,000 rows
#   bench/contact-import/run.sh --rows 200000 --db jdbc:postgresql://localhost:5432/postgres --user postgres
#
# Exit status: 0 imported every row at or above the target rate; 1 below it or rows missing; 2 bad arguments.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

mvn="${MVN:-$repo_root/mvnw}"
"$mvn" -q -B ${MAVEN_OFFLINE:-} -pl adapters-persistence,adapters-formats -am package -DskipTests
exec "$mvn" -q -B ${MAVEN_OFFLINE:-} -f bench/contact-import/pom.xml compile exec:java -Dexec.args="$*"
