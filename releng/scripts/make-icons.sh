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

# The views' icons: one picture per view, drawn on 64 px and kept at 16 px and 32 px (the @2x
# that the workbench takes on high-resolution screens). Each view has its own so that stacked
# tabs can be told apart, and none falls back to the platform's default view icon.
bundles=$(cd "$(dirname "$0")/../../bundles" && pwd)
dark='#1f4e79' light='#5b9bd5' accent='#ffc000'
view_icon() { # bundle name draw-arguments...
  local dir="$bundles/$1/icons" name=$2
  shift 2
  mkdir -p "$dir"
  convert -size 64x64 xc:none "$@" "$tmp/$name.png"
  convert "$tmp/$name.png" -resize 16x16 "$dir/${name}16.png"
  convert "$tmp/$name.png" -resize 32x32 "$dir/${name}16@2x.png"
}
tmp=$(mktemp -d)
view_icon org.flowbench.ui.charts traffic \
  -fill "$light" -stroke none -draw 'polygon 4,60 4,40 16,30 28,42 40,12 52,26 60,20 60,60' \
  -fill none -stroke "$dark" -strokewidth 6 -draw 'polyline 4,40 16,30 28,42 40,12 52,26 60,20'
view_icon org.flowbench.ui.charts talkers \
  -fill "$dark" -draw 'rectangle 2,4 62,16' -fill "$light" -draw 'rectangle 2,26 44,38' -draw 'rectangle 2,48 28,60'
view_icon org.flowbench.ui.charts destinations \
  -stroke "$dark" -strokewidth 6 -draw 'line 12,62 12,14' -draw 'line 32,62 32,28' -draw 'line 52,62 52,42' \
  -stroke none -fill "$accent" -draw 'circle 12,12 12,2' -draw 'circle 32,26 32,16' -draw 'circle 52,40 52,30'
view_icon org.flowbench.ui.charts protocols \
  -fill "$light" -draw 'circle 32,32 32,2' -fill "$dark" -draw 'path "M 32,32 L 32,2 A 30,30 0 0,1 61,40 Z"' \
  -fill "$accent" -draw 'path "M 32,32 L 61,40 A 30,30 0 0,1 40,61 Z"'
view_icon org.flowbench.ui.tables flows \
  -fill "$dark" -draw 'rectangle 2,4 62,16' -fill "$light" -draw 'rectangle 2,22 62,30' -draw 'rectangle 2,36 62,44' \
  -draw 'rectangle 2,50 62,58'
view_icon org.flowbench.ui.tables conversations \
  -fill "$dark" -draw 'polygon 2,20 22,4 22,14 62,14 62,26 22,26 22,36' \
  -fill "$accent" -draw 'polygon 62,44 42,28 42,38 2,38 2,50 42,50 42,60'
view_icon org.flowbench.ui.tables insights \
  -fill none -stroke "$dark" -strokewidth 7 -draw 'circle 26,26 26,6' -draw 'line 40,40 58,58' \
  -stroke "$accent" -strokewidth 5 -draw 'polyline 14,32 22,22 30,28 38,18'
view_icon org.flowbench.ui datasets \
  -fill "$light" -stroke "$dark" -strokewidth 4 -draw 'rectangle 8,12 56,52' -draw 'ellipse 32,52 24,8 0,180' \
  -stroke none -draw 'rectangle 10,12 54,50' -stroke "$dark" -draw 'ellipse 32,12 24,8 0,360' -draw 'ellipse 32,32 24,8 0,180' \
  -draw 'line 8,12 8,52' -draw 'line 56,12 56,52'
view_icon org.flowbench.ui collector \
  -fill "$light" -stroke "$dark" -strokewidth 4 -draw 'polygon 4,36 18,36 22,46 42,46 46,36 60,36 60,60 4,60' \
  -stroke none -fill "$accent" -draw 'polygon 32,40 16,22 26,22 26,2 38,2 38,22 48,22'
rm -rf "$tmp"
