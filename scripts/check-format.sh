#!/usr/bin/env bash
# Checks (or fixes) the C++ format against .clang-format with clang-format 14.
#
#   scripts/check-format.sh              check the C++ files changed against HEAD (and new files)
#   scripts/check-format.sh --all        check every C++ file in the tree
#   scripts/check-format.sh --fix [...]  reformat those files in place instead of checking
#   scripts/check-format.sh FILE...      check just these files
#
# Skipped: build directories, generated code, the CMake test fixtures. Exit status 1 when a
# checked file is not formatted (the list is printed), 0 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
mode=changed
fix=0
files=()
for arg in "$@"; do
  case "$arg" in
    --all) mode=all ;;
    --changed) mode=changed ;;
    --fix) fix=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "check-format: unknown option '$arg'" >&2; exit 2 ;;
    *) files+=("$arg"); mode=files ;;
  esac
done

if ! command -v "$CLANG_FORMAT" >/dev/null; then
  echo "check-format: $CLANG_FORMAT not found (scripts/install-deps.sh --test installs it)" >&2
  exit 2
fi

is_cxx() { [[ "$1" =~ \.(cpp|cc|cxx|h|hpp|hh)$ ]]; }
skip() { [[ "$1" =~ ^(build[^/]*|out|\.cache)/ || "$1" =~ (^|/)(generated|gen|third_party)/ || "$1" =~ ^tests/cmake-rules/fixtures/ ]]; }

list_files() {
  if [[ $mode == files ]]; then
    printf '%s\n' "${files[@]}"
  elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    if [[ $mode == all ]]; then
      git ls-files --cached --others --exclude-standard
    else
      { git diff --name-only --diff-filter=ACMR HEAD; git ls-files --others --exclude-standard; } | sort -u
    fi
  else
    find . -type f \( -name '*.cpp' -o -name '*.h' \) | sed 's|^\./||'
  fi
}

targets=()
while IFS= read -r f; do
  [[ -n "$f" && -f "$f" ]] || continue
  is_cxx "$f" || continue
  skip "$f" && continue
  targets+=("$f")
done < <(list_files)

if [[ ${#targets[@]} -eq 0 ]]; then
  echo "check-format: no C++ files to check ($mode)"
  exit 0
fi

if [[ $fix -eq 1 ]]; then
  "$CLANG_FORMAT" -i --style=file "${targets[@]}"
  echo "check-format: formatted ${#targets[@]} files"
  exit 0
fi

bad=()
for f in "${targets[@]}"; do
  if ! "$CLANG_FORMAT" --dry-run -Werror --style=file "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done

if [[ ${#bad[@]} -eq 0 ]]; then
  echo "check-format: ${#targets[@]} files formatted correctly"
  exit 0
fi
echo "check-format: ${#bad[@]} of ${#targets[@]} files need clang-format:"
printf '  %s\n' "${bad[@]}"
echo "check-format: see the changes with: clang-format ${bad[0]} | diff ${bad[0]} -"
echo "check-format: fix them with: scripts/check-format.sh --fix ${bad[*]:0:3}${bad[3]:+ ...}"
exit 1
