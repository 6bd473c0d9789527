#!/usr/bin/env bash
# Builds what is needed and measures GeoIP lookups per second on one thread with the built-in
# DB-IP country data (IPv4 and IPv6). Prints the rates; not part of the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"
"$MVN" -B -q -ntp package -DskipTests -pl releng/org.flowbench.benchmark -am
bench=releng/org.flowbench.benchmark/target
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$bench/classes:$bench/lib/*" org.flowbench.benchmark.GeoLookupBenchmark "$@"
