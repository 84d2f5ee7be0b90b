#!/usr/bin/env bash
# Regenerates the screenshots of the user guide (docs/images/<view>-<lang>.png) from the real
# console: a fresh data directory with the demo estate, one run per view and language, under Xvfb
# with the xcb platform. The console saves a picture of its own window (hidden option --screenshot
# FILE) once the Sites page has loaded and a site with contents is selected, then quits. With
# --screenshot-view it pictures instead the site's Nodes tab with each agent's state (site-nodes),
# the window of that site's first node (node, node-metrics),
# the bootstrap token dialog with a fresh token (token), the "Add Node over SSH" wizard (wizard)
# or the "Install from CSV" dialog with its per-host table filling in (batch), or the Survey page
# with the demo survey's checks (survey), or the Conflicts page with the sync status (conflicts),
# or the Commissioning page with a run recorded through edgectl and an item selected
# (commissioning), or that run's acceptance report dialog with both signatures drawn
# (commissioning-report).
#
#   scripts/screenshots.sh                 build (dev preset) if needed, then take the pictures
#   BUILD_DIR=/path/to/build scripts/screenshots.sh
#   VIEWS="commissioning commissioning-report" scripts/screenshots.sh    only these views
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

# The commissioning views need a cabinet with devices and a run with results, evidence, a failed
# and a skipped item (no demo estate beside it: the page shows the first cabinet).
make_commissioning() {
  local d=$1 run site="Harbour Logistics Depot" cab="Cabinet A1"
  local c=("$build/bin/edgectl" --data "$d")
  "${c[@]}" site add --name "$site" --kind cabinet-site --code HLD \
    --address "12 Quay Road, Ningbo" >/dev/null
  "${c[@]}" cabinet add --site "$site" --name "$cab" --height-u 24 --depth-mm 600 \
    --width-mm 600 --model EC-24AIO --serial SN-CAB-778812 \
    --components server,switch,pdu,ups,battery,air-conditioner,env-gateway,smoke-sensor,temp-humidity-sensor,water-sensor,door-sensor,lighting \
    >/dev/null
  "${c[@]}" device add --site "$site" --cabinet "$cab" --name UPS-1 --kind ups --protocol snmp \
    --address 10.20.0.11 --model "UPS 3 kVA" --serial SN-UPS-4411 >/dev/null
  "${c[@]}" device add --site "$site" --cabinet "$cab" --name "Env gateway" \
    --kind temp-humidity-sensor --protocol modbus-tcp --address 10.20.0.12:502 \
    --serial SN-ENV-2207 >/dev/null
  run=$("${c[@]}" --json commission start --cabinet "$cab" --template all-in-one-cabinet \
    --customer "Harbour Logistics" --engineer "Li Wei" --name "Acceptance 2026-11-26" |
    python3 -c 'import json, sys; d = json.load(sys.stdin); print(d.get("id") or d["run"]["id"])')
  rec() { "${c[@]}" commission record "$run" --cabinet "$cab" "$@" >/dev/null; }
  # Stand-in photos: a PNG of a grey cabinet front with a coloured band (Python's zlib only).
  photo() {
    python3 - "$1" "$2" <<'PY'
import struct, sys, zlib
w, h, (r, g, b) = 640, 480, [int(sys.argv[2][i:i + 2], 16) for i in (0, 2, 4)]
rows = b""
for y in range(h):
    row = bytearray(b"\0")
    for x in range(w):
        shade = 70 + (x + y) * 60 // (w + h)
        band = 180 < y < 260 and 60 < x < 580
        row += bytes((r, g, b)) if band else bytes((shade, shade + 8, shade + 14))
    rows += row
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
PY
  }
  photo "$d.tape.png" e8c547
  photo "$d.door.png" 3c6e9c
  photo "$d.labels.png" f2f2f2
  rec --item physical.depth --measure 580 --unit mm
  rec --item physical.depth --photo "$d.tape.png" --comment "Tape from the front to the rear door"
  rec --item physical.height --measure 24
  rec --item physical.sealing --photo "$d.door.png" --comment "Door gaskets"
  rec --item physical.sealing --pass --comment "Gaskets intact"
  rec --item physical.labelling --photo "$d.labels.png"
  rec --item physical.labelling --note "Labels as in drawing EC-24-07"
  rec --item physical.labelling --pass
  rec --item power.input-voltage --measure 229.6
  rec --item power.input-frequency --measure 50.02
  rec --item power.pdu-outlets --note "8 of 8 outlets live"
  rec --item power.pdu-outlets --pass
  rec --item cooling.eer --measure 3.4
  rec --item cooling.eer --photo "$d.tape.png" --comment "Rating plate"
  rec --item cooling.supply-temperature --measure 22.5
  rec --item environment.lighting --note "Lamp flickers when the door closes"
  rec --item environment.lighting --fail --comment "Lamp flickers; replacement ordered"
  rec --item environment.smoke --skip "Fire panel not installed by the customer yet"
  rec --item network.uplink --note "Fibre uplink patched to the carrier's port 3"
  rec --item network.uplink --pass
}

views=${VIEWS:-sites site-nodes node node-metrics token wizard batch survey conflicts commissioning commissioning-report}
mkdir -p "$out"
for lang in en zh_CN; do
  for view in $views; do
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # A clean home: no settings, history or data of the person running the script.
    mkdir -p "$scratch/config" "$scratch/data-home" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    echo "== $lang $view -> docs/images/$view-$lang.png"
    demo=()
    if [[ "$view" == conflicts ]]; then
      HOME="$scratch" make_conflicts "$scratch/data" "$scratch/other"
    elif [[ "$view" == commissioning* ]]; then
      HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data-home" \
        XDG_RUNTIME_DIR="$scratch/runtime" make_commissioning "$scratch/data"
      demo=(--no-demo)
    fi
    env -u WAYLAND_DISPLAY \
      HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data-home" \
      XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
      QT_LOGGING_RULES="*.info=false" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" \
        "$console" --data "$scratch/data" --lang "$lang" --screenshot "$out/$view-$lang.png" \
        --screenshot-view "$view" "${demo[@]}"
    rm -rf "$scratch"
    trap - EXIT
  done
done
for view in $views; do ls -l "$out/$view-en.png" "$out/$view-zh_CN.png"; done
