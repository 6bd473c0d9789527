#!/usr/bin/env bash
# Remakes the geographic data Flowbench ships from the npm packages, at pinned versions:
#   bundles/org.flowbench.geo/data/dbip-country-lite.bin.gz   IP ranges to countries (DB-IP, CC BY 4.0)
#   bundles/org.flowbench.geo/data/world-50m.bin.gz           country shapes (Natural Earth via world-atlas)
#   bundles/org.flowbench.geo.tests/data/dbip-country-sample.csv   source lines the tests check lookups against
#   bundles/org.flowbench.generator/data/country-blocks.csv   real blocks the generator places hosts in
# Needs node and npm (Debian packages nodejs, npm). Change a version here, run it, run the tests,
# update bundles/org.flowbench.geo/data/SOURCES.md and commit the outputs.
set -euo pipefail
DBIP_COUNTRY=@ip-location-db/dbip-country@2.3.2026060120
WORLD_ATLAS=world-atlas@2.0.2
ISO_CODES=i18n-iso-countries@7.14.0

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v npm >/dev/null || { echo "needs npm (apt-get install nodejs npm)" >&2; exit 1; }

unpack() { # npm package spec -> folder with its files
  local dir="$work/$(echo "$1" | tr '/@' '__')"
  mkdir -p "$dir"
  (cd "$work" && npm pack --silent "$1" >"$dir.name")
  tar xzf "$work/$(cat "$dir.name")" -C "$dir"
  echo "$dir/package"
}

dbip=$(unpack "$DBIP_COUNTRY")
atlas=$(unpack "$WORLD_ATLAS")
iso=$(unpack "$ISO_CODES")
dbip_text="IP Geolocation by DB-IP: IP to Country Lite, npm $DBIP_COUNTRY, CC BY 4.0"

node "$here/dbip-country.mjs" "$dbip" "$root/bundles/org.flowbench.geo/data/dbip-country-lite.bin.gz" \
  "$root/bundles/org.flowbench.geo.tests/data/dbip-country-sample.csv" "$dbip_text"
node "$here/world-atlas.mjs" "$atlas" "$iso/codes.json" "$root/bundles/org.flowbench.geo/data/world-50m.bin.gz" \
  "Natural Earth 1:50m Admin 0 countries (public domain), npm $WORLD_ATLAS (ISC); ISO codes from npm $ISO_CODES (MIT)"
node "$here/country-blocks.mjs" "$dbip" "$root/bundles/org.flowbench.generator/data/country-blocks.csv" "$dbip_text"
