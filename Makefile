# EdgeConsole developer entry points. Everything goes through CMake presets (CMakePresets.json)
# and Ninja; the build directories are build/<preset>. Works as root on a fresh Debian 12 machine
# that has only git and make: every target first runs scripts/install-deps.sh (quick when done).
#
#   make run [ARGS="--demo"]   install deps, build the dev preset, start the console
#   make test                  CI preset (-Werror): build and run every test except benchmarks
#   make asan-test             ASan+UBSan preset: build and run the tests except benchmarks
#   make bench                 build the CI preset and run the benchmarks, printing their JSON
#   make package               release preset: .deb packages per component and a .tar.gz
#   make translations          refresh translations/*.ts from the sources (lupdate)
#   make format / check-format clang-format changed files / check every C++ file
#   make clean                 remove build/
#
# Variables: JOBS (parallel compile jobs, default: number of CPUs), ARGS (console arguments),
# CCACHE=0 to build without ccache (default: use it when installed and not in CI).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ARGS ?=
ifeq ($(CI),true)
CCACHE ?= 0
else
CCACHE ?= 1
endif

DEPS := scripts/install-deps.sh

# $(call configure,<preset>): configure once; later builds re-run CMake by themselves when a
# CMakeLists.txt changes. ccache is used as the compiler launcher when present.
define configure
	@if [[ ! -f build/$(1)/build.ninja ]]; then \
	  launcher=""; \
	  if [[ "$(CCACHE)" == "1" ]] && command -v ccache >/dev/null; then \
	    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=$$(command -v ccache)"; \
	  fi; \
	  echo "== configure: cmake --preset $(1) $$launcher"; \
	  cmake --preset $(1) $$launcher; \
	fi
endef

.PHONY: help deps run build test asan-test bench package translations format check-format clean

help:
	@sed -n '5,16p' Makefile | sed 's/^# \{0,1\}//'

deps:
	@$(DEPS)

run:
	@$(DEPS)
	$(call configure,dev)
	cmake --build --preset dev -j $(JOBS) --target edge-console
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" && -z "$${QT_QPA_PLATFORM:-}" ]]; then \
	  echo "make run: no DISPLAY; starting the console inside a virtual X server (xvfb-run)."; \
	  echo "make run: connect a display (ssh -X, or a desktop session) to see the window."; \
	  exec xvfb-run -a build/dev/bin/edge-console $(ARGS); \
	else \
	  exec build/dev/bin/edge-console $(ARGS); \
	fi

build:
	@$(DEPS)
	$(call configure,dev)
	cmake --build --preset dev -j $(JOBS)

test:
	@$(DEPS) --test --peers
	$(call configure,ci)
	cmake --build --preset ci -j $(JOBS)
	ctest --preset ci

asan-test:
	@$(DEPS) --test --peers
	$(call configure,asan)
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan

bench:
	@$(DEPS) --test --peers
	$(call configure,ci)
	cmake --build --preset ci -j $(JOBS)
	python3 scripts/run-bench.py build/ci

package:
	@$(DEPS) --test
	$(call configure,release)
	cmake --build --preset release -j $(JOBS)
	cpack --preset release
	@ls -l build/packages/*.deb build/packages/*.tar.gz

translations:
	@$(DEPS) --test
	$(call configure,dev)
	cmake --build --preset dev --target translations-update
	@python3 scripts/ts-status.py --summary || true

format:
	@$(DEPS) --test
	scripts/check-format.sh --fix

check-format:
	@$(DEPS) --test
	scripts/check-format.sh --all

clean:
	rm -rf build
