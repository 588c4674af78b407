#!/usr/bin/env bash
# Browser tests: Playwright drives Debian's Chromium against dist/ served on 127.0.0.1.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"
[ -f dist/index.html ] || { echo "no dist/: run scripts/build.sh first" >&2; exit 1; }
playwright test "$@"
