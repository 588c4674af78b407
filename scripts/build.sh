#!/usr/bin/env bash
# The release build: dist/ holds everything a static host needs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

rm -rf dist
# Trunk's hooks (Trunk.toml) bundle the CSS first and move its inline loader out afterwards.
with_wasm_env trunk build --release --offline
# The exit script is read by people (its comments say why it works as it does) but loaded
# first by every page: shipped minified, about 1 KB.
terser dist/exit.js --compress --mangle --output dist/exit.js
# A real page for every route of the route table (src/core/routes.rs).
mkdir -p target && cargo run --quiet --bin route-pages -- dist target/route-table.json
# Each route's HTML gets the page as the app renders it (English), for the first paint.
node scripts/prerender.mjs dist
# The service worker lists every file above, so it comes after them.
node scripts/service-worker.mjs dist
node scripts/precompress.mjs dist
rm -f dist/.trunk-lock
