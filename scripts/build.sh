#!/usr/bin/env bash
# The release build: dist/ holds everything a static host needs.
#
#   BASE=/guide/  the folder of the site the guide is served from (default: the site's root)
#   SITE=https://example.org  the site's address, for whole addresses in the pages' alternates
#                 and for sitemap.xml (without it, no sitemap: a sitemap's addresses are whole)
#   DIST=dir      where to write it (default: dist)
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"
export BASE="${BASE:-}" SITE="${SITE:-}"
DIST="${DIST:-dist}"

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
WASM_OUT="$WASM_TARGET/wasm32-unknown-unknown/release/cp-guide.wasm"
# The same wasm is split and optimised once, whatever the folder or the site (the pages say
# where they are served from; the wasm does not): a second build for another BASE reuses it.
if [ ! "$STAGE/pkg/.split-done" -nt "$WASM_OUT" ] || [ "$ROOT/scripts/merge-chunks.mjs" -nt "$STAGE/pkg/.split-done" ] \
   || [ "$ROOT/scripts/lib-split-loader.mjs" -nt "$STAGE/pkg/.split-done" ]; then
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
  # The splitter's many small shared chunks joined into fewer (a file costs a phone a round trip).
  node scripts/merge-chunks.mjs "$STAGE/pkg"
  touch "$STAGE/pkg/.split-done"
fi

rm -rf "$DIST"
sh scripts/bundle-css.sh
# The page and its files, from index.html (as Trunk would), then the inline start script moved
# into a file the Content-Security-Policy allows.
node scripts/assemble.mjs "$DIST" "$STAGE/pkg"
node scripts/externalize-loader.mjs "$DIST"
# A real page for every route of the route table (src/core/routes.rs).
mkdir -p target && cargo run --quiet --bin route-pages -- "$DIST" target/route-table.json
# Each tool's page preloads its own chunks.
node scripts/chunks.mjs "$DIST"
# wasm-bindgen's glue and the splitter's loader are read before the app can start (about 100 KB
# as written, which a host that does not compress sends as it is): shipped minified
# (after chunks.mjs, which reads the loader as the splitter wrote it).
for js in "$DIST"/pkg/*/cp-guide.js "$DIST"/pkg/*/__wasm_split.js; do
  terser "$js" --module --compress --mangle --output "$js"
done
# Each route's HTML gets the page as the app renders it (English), for the first paint.
node scripts/prerender.mjs "$DIST"
# The service worker lists every file above, so it comes after them.
node scripts/service-worker.mjs "$DIST"
node scripts/precompress.mjs "$DIST"
