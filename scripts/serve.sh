#!/usr/bin/env bash
# Development server with live reload at http://127.0.0.1:8080 (a debug build: no service
# worker, so every edit shows at once).
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"
with_wasm_env trunk serve --offline --address 127.0.0.1 --port 8080
