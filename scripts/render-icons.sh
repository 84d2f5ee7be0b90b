#!/usr/bin/env bash
# Renders resources/icons/edge-console.svg to the PNG sizes the desktop file and the packages
# use (48, 128, 256). The PNGs are committed, so builds do not need the renderer; run this
# after editing the SVG. Needs rsvg-convert (librsvg2-bin, installed by scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons: install librsvg2-bin" >&2; exit 1; }
for size in 48 128 256; do
  rsvg-convert -w "$size" -h "$size" edge-console.svg -o "edge-console-${size}.png"
  echo "render-icons: resources/icons/edge-console-${size}.png"
done
