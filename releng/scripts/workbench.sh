#!/usr/bin/env bash
# Starts the Flowbench workbench on a fresh machine: installs what is missing (Debian packages,
# Maven 3.9), builds the product when it is missing or older than the sources, then starts it.
# Without an X display it runs on a virtual one (Xvfb). Arguments go to the workbench.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$FLOWBENCH_ROOT"

product=releng/org.flowbench.product/target/products/org.flowbench.product/linux/gtk/x86_64
stamp=$product/.flowbench-build-stamp
sources_changed() {
  [ -n "$(find pom.xml bundles features releng targets -newer "$stamp" -type f \
      -not -path '*/target/*' -print -quit 2>/dev/null)" ]
}
if [ ! -f "$stamp" ] || sources_changed; then
  log "building the workbench (tests are run by releng/scripts/test.sh)"
  "$MVN" -B -ntp clean verify -DskipTests
  touch "$stamp"
fi

if [ -z "${DISPLAY:-}" ]; then
  log "no X display: starting the workbench on a virtual display (Xvfb)"
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$product/flowbench-workbench" "$@"
fi
exec "$product/flowbench-workbench" "$@"
