#!/usr/bin/env bash
# Installs the Debian 12 packages EdgeConsole needs to build, run and test.
# Idempotent: when everything is present it only checks (about a second) and exits.
#
#   scripts/install-deps.sh            build + run set (what `make run` needs)
#   scripts/install-deps.sh --test     also the tools the test suite and packaging use
#   scripts/install-deps.sh --peers    also the real peers integration tests start
#                                      (sshd, snmpd, a Modbus server, Podman, PostgreSQL, ...)
#   scripts/install-deps.sh --list     print the packages that would be checked and exit
#
# Options combine (`--test --peers`). Runs as root, or through sudo when not root.
# docs/dependencies.md says why each dependency is here.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev qt6-positioning-dev qt6-translations-l10n qt6-qpa-plugins libgl1-mesa-dev
  libssh-dev libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libsqlite3-dev sqlite3 libssl-dev openssl libvterm-dev libgeographiclib-dev libmodbus-dev libsnmp-dev
  libcurl4-openssl-dev fonts-wqy-microhei
)
# Running the console under X (make run, screenshots) and rendering the icon (scripts/render-icons.sh).
RUN_PKGS=(xvfb xauth x11-apps imagemagick librsvg2-bin)
# The test suite: PDF text extraction, format check, packaging checks (cpack DEB needs
# dpkg-shlibdeps from dpkg-dev and `file`), python3 for scripts/ts-status.py.
TEST_PKGS=(poppler-utils clang-format file dpkg-dev python3 geographiclib-tools)
# Real peers that integration tests start on loopback with their own config (see
# environment notes): sshd, snmpd, a Modbus server, Podman, PostgreSQL. `make test` installs them.
PEER_PKGS=(
  openssh-server snmpd snmp python3-pymodbus python3-serial python3-serial-asyncio mbpoll
  podman runc slirp4netns uidmap busybox-static sox postgresql
)

want=("${BUILD_PKGS[@]}" "${RUN_PKGS[@]}")
list_only=0
for arg in "$@"; do
  case "$arg" in
    --test) want+=("${TEST_PKGS[@]}") ;;
    --peers) want+=("${PEER_PKGS[@]}") ;;
    --list) list_only=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option '$arg' (use --test, --peers, --list or --help)" >&2; exit 2 ;;
  esac
done

if [[ $list_only -eq 1 ]]; then
  printf '%s\n' "${want[@]}"
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: this script is for Debian 12 (dpkg-query not found)." >&2
  echo "install-deps: install the packages listed by '$0 --list' with your package manager." >&2
  exit 1
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
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and sudo is missing; run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Never read from the terminal (CI has no stdin).
"${SUDO[@]}" apt-get update -qq </dev/null
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "install-deps: done"
