#!/usr/bin/env bash
# Regenerates the screenshots of the user guide (docs/images/<view>-<lang>.png) from the real
# console: a fresh data directory with the demo estate, one run per view and language, under Xvfb
# with the xcb platform. The console saves a picture of its own window (hidden option --screenshot
# FILE) once the Sites page has loaded and a site with contents is selected, then quits. With
# --screenshot-view it pictures instead the site's Nodes tab with each agent's state (site-nodes),
# the window of that site's first node (node, node-metrics),
# the bootstrap token dialog with a fresh token (token), the "Add Node over SSH" wizard (wizard)
# or the "Install from CSV" dialog with its per-host table filling in (batch), or the Survey page
# with the demo survey's checks (survey), or the Conflicts page with the sync status (conflicts).
#
#   scripts/screenshots.sh                 build (dev preset) if needed, then take the pictures
#   BUILD_DIR=/path/to/build scripts/screenshots.sh
#
# Needs: xvfb (xvfb-run), fonts-wqy-microhei for the Chinese picture (scripts/install-deps.sh).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build/dev}
console="$build/bin/edge-console"
out="$root/docs/images"

if [[ ! -x "$console" ]] || [[ -f "$build/build.ninja" ]]; then
  if [[ ! -f "$build/build.ninja" ]]; then
    echo "== configuring $build (dev preset)"
    if [[ "$build" == "$root/build/dev" ]]; then
      cmake --preset dev -S "$root"
    else
      cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug
    fi
  fi
  echo "== building edge-console in $build"
  cmake --build "$build" --target edge-console edgectl
fi
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: run scripts/install-deps.sh" >&2; exit 1; }
fc-list | grep -qi "wqy" || echo "warning: fonts-wqy-microhei is not installed; Chinese text may show as boxes" >&2

# The conflicts view needs conflicts: two offline data directories edit the same sites and meet
# through sync bundles (a notes edit on both sides, a delete against an edit).
make_conflicts() {
  local a=$1 b=$2 ctl="$build/bin/edgectl"
  "$ctl" --data "$a" site add --name "Depot 7" --kind cabinet-site --code DEP7 \
    --notes "Cabinet at the loading bay" >/dev/null
  "$ctl" --data "$a" site add --name "Harbour North" --kind cabinet-site --code HBN >/dev/null
  "$ctl" --data "$a" sync export -o "$a/first.bundle" >/dev/null
  "$ctl" --data "$b" sync import "$a/first.bundle" >/dev/null
  "$ctl" --data "$a" site edit "Depot 7" --notes "UPS replaced, battery 2026-11" >/dev/null
  "$ctl" --data "$b" site edit "Depot 7" --notes "UPS on bypass, awaiting spare" >/dev/null
  "$ctl" --data "$b" site rm "Harbour North" >/dev/null
  "$ctl" --data "$a" site edit "Harbour North" --notes "Door sensor re-seated" >/dev/null
  "$ctl" --data "$b" sync export -o "$b/second.bundle" >/dev/null
  "$ctl" --data "$a" sync import "$b/second.bundle" >/dev/null
}

mkdir -p "$out"
for lang in en zh_CN; do
  for view in sites site-nodes node node-metrics token wizard batch survey conflicts; do
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # A clean home: no settings, history or data of the person running the script.
    mkdir -p "$scratch/config" "$scratch/data-home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    echo "== $lang $view -> docs/images/$view-$lang.png"
    if [[ "$view" == conflicts ]]; then
      HOME="$scratch" make_conflicts "$scratch/data" "$scratch/other"
    fi
    env -u WAYLAND_DISPLAY \
      HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data-home" \
      XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
      QT_LOGGING_RULES="*.info=false" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$console" --data "$scratch/data" --lang "$lang" --screenshot "$out/$view-$lang.png" \
        --screenshot-view "$view"
    rm -rf "$scratch"
    trap - EXIT
  done
done
ls -l "$out"/*-en.png "$out"/*-zh_CN.png
