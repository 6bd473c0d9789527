#!/usr/bin/env bash
# Builds what is needed and runs the core benchmark: Flowbench's engine and DuckDB side by side on
# generated flows (default 10 M office-day flows; --flows N and --scenario S change that).
# Needs about 8 GB of memory. Prints the table of times, ratios and rows per second.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"
"$MVN" -B -q -ntp package -DskipTests -pl releng/org.flowbench.benchmark -am
bench=releng/org.flowbench.benchmark/target
exec "$JAVA_HOME/bin/java" -Xmx12g --enable-native-access=ALL-UNNAMED -cp "$bench/classes:$bench/lib/*" org.flowbench.benchmark.CoreBenchmark "$@"
