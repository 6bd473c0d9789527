#!/usr/bin/env bash
# Times the workbench's views on a large dataset (default 10 M flows; -flows N changes that): from a
# new selection to every view showing its new data, and the longest stall of the UI thread while
# generating, loading and updating (-profile also shows where the UI thread was during long
# stalls). Runs a copy of the packaged product with the benchmark bundle
# added, on a virtual display unless DISPLAY is set. Prints a table.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"
"$MVN" -B -q -ntp verify -DskipTests
product=releng/org.flowbench.product/target/products/org.flowbench.product/linux/gtk/x86_64
work=$(mktemp -d /tmp/flowbench-view-benchmark.XXXXXX)
trap '[ -f "$work/workspace/.metadata/.log" ] && cp "$work/workspace/.metadata/.log" /tmp/flowbench-view-benchmark.log; rm -rf "$work"' EXIT
cp -r "$product" "$work/product"
jar=$(ls bundles/org.flowbench.ui.benchmark/target/org.flowbench.ui.benchmark-*.jar | head -n 1)
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *//p' | tr -d '\r')
cp "$jar" "$work/product/plugins/org.flowbench.ui.benchmark_$version.jar"
echo "org.flowbench.ui.benchmark,$version,plugins/org.flowbench.ui.benchmark_$version.jar,4,false" \
  >> "$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
export FLOWBENCH_VMARGS="${FLOWBENCH_VMARGS:--Xmx8g}"
command=("$work/product/flowbench-workbench" -data "$work/workspace" -application org.flowbench.ui.benchmark.views "$@")
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "${command[@]}"
else
  "${command[@]}"
fi
