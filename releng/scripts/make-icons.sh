#!/usr/bin/env bash
# Draws the Flowbench icon (a traffic curve over bars on a rounded square) in the sizes the
# product uses. Needs ImageMagick. The PNGs are committed; run this only to change the design.
set -euo pipefail
out=$(cd "$(dirname "$0")/../../bundles/org.flowbench.ui/icons" && pwd)
tmp=$(mktemp -d)
convert -size 256x256 xc:none \
  -fill '#1f4e79' -draw 'roundrectangle 8,8 247,247 40,40' \
  -fill '#5b9bd5' -draw 'rectangle 44,150 72,212' -draw 'rectangle 88,118 116,212' \
  -draw 'rectangle 132,166 160,212' -draw 'rectangle 176,96 204,212' \
  -stroke '#ffc000' -strokewidth 14 -fill none \
  -draw 'line 36,124 80,92' -draw 'line 80,92 124,128' -draw 'line 124,128 168,72' -draw 'line 168,72 220,52' \
  "$tmp/icon.png"
for s in 16 32 48 64 128; do
  convert "$tmp/icon.png" -resize ${s}x${s} "$out/flowbench$s.png"
done
rm -rf "$tmp"
