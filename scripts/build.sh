#!/usr/bin/env bash
# The release build: dist/ holds everything a static host needs.
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"

# The WebAssembly, split: a core every page needs, and one chunk per tool, fetched when the tool
# is first opened (src/ui/chunks.rs). Trunk cannot split (trunk-rs/trunk#1022), so this is
# cargo, then wasm-split-cli (wasm_split_cli_support, the splitter cargo-leptos uses; it needs
# the linker's relocations), then wasm-bindgen and wasm-opt on every piece. A target folder of
# its own, so `make serve` (Trunk, one unsplit file) and this build do not rebuild each other.
# RUSTFLAGS replaces .cargo/config.toml's flags, so erase_components is named again.
WASM_TARGET="$ROOT/target/split"
STAGE="$ROOT/target/split-stage"
RUSTFLAGS="--cfg=erase_components -Clink-args=--emit-relocs" with_wasm_env \
  cargo build --release --offline --target wasm32-unknown-unknown --bin cp-guide --features split \
  --target-dir "$WASM_TARGET"
rm -rf "$STAGE" && mkdir -p "$STAGE/split" "$STAGE/pkg"
wasm-split-cli --target web --out-name cp-guide \
  "$WASM_TARGET/wasm32-unknown-unknown/release/cp-guide.wasm" "$STAGE/split"
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name cp-guide \
  --out-dir "$STAGE/pkg" "$STAGE/split/cp-guide.wasm"
rm -f "$STAGE/pkg"/*.d.ts
cp "$STAGE/split/__wasm_split.js" "$STAGE/pkg/"
find "$STAGE/split" -name '*.wasm' ! -name 'cp-guide.wasm' -exec cp {} "$STAGE/pkg/" \;
for wasm in "$STAGE/pkg"/*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm" -o "$wasm"
done

rm -rf dist
sh scripts/bundle-css.sh
# The page and its files, from index.html (as Trunk would), then the inline start script moved
# into a file the Content-Security-Policy allows.
node scripts/assemble.mjs dist "$STAGE/pkg"
node scripts/externalize-loader.mjs dist
# The exit script is read by people (its comments say why it works as it does) but loaded
# first by every page: shipped minified, about 1 KB.
terser dist/exit.js --compress --mangle --output dist/exit.js
# A real page for every route of the route table (src/core/routes.rs).
mkdir -p target && cargo run --quiet --bin route-pages -- dist target/route-table.json
# Each tool's page preloads its own chunks.
node scripts/chunks.mjs dist
# wasm-bindgen's glue and the splitter's loader are read before the app can start (about 100 KB
# as written, which a host that does not compress sends as it is): shipped minified
# (after chunks.mjs, which reads the loader as the splitter wrote it).
for js in dist/pkg/*/cp-guide.js dist/pkg/*/__wasm_split.js; do
  terser "$js" --module --compress --mangle --output "$js"
done
# Each route's HTML gets the page as the app renders it (English), for the first paint.
node scripts/prerender.mjs dist
# The service worker lists every file above, so it comes after them.
node scripts/service-worker.mjs dist
node scripts/precompress.mjs dist
