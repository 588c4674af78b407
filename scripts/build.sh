#!/usr/bin/env bash
# The release build: dist/ holds everything a static host needs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

rm -rf dist
with_wasm_env trunk build --release --offline
# A real page for every route of the route table (src/core/routes.rs).
mkdir -p target && cargo run --quiet --bin route-pages -- dist target/route-table.json
# The service worker comes last: it lists every file above.
node scripts/service-worker.mjs dist
rm -f dist/.trunk-lock
