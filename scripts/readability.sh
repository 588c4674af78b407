#!/usr/bin/env bash
# `make readability`: reading ease of the English stage pages (needs a build in dist/).
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"
venv="$ROOT/.tools/readability-venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r scripts/requirements-readability.txt
node scripts/page-text.mjs
"$venv/bin/python" scripts/readability.py
