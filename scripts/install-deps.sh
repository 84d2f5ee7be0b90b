#!/usr/bin/env bash
# Installs the Debian 12 packages EdgeConsole needs to build, run and test.
# Idempotent: when everything is present it only checks (about a second) and exits.
#   scripts/install-deps.sh          build + run set
#   scripts/install-deps.sh --test   also the real peers the tests start (sshd, snmpd, ...)
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev qt6-positioning-dev qt6-translations-l10n libgl1-mesa-dev
  libssh-dev libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libsqlite3-dev sqlite3 libssl-dev openssl libvterm-dev libgeographiclib-dev libmodbus-dev libsnmp-dev
  libcurl4-openssl-dev fonts-wqy-microhei
)
RUN_PKGS=(xvfb xauth x11-apps imagemagick)
TEST_PKGS=(poppler-utils clang-format file dpkg-dev)

want=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${TEST_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#want[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
