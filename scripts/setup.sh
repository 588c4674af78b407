#!/usr/bin/env bash
# Installs what the build and the tests need on a clean Debian machine, and nothing twice:
# a second run takes seconds. Routes and pitfalls: see ../shared/TOOLCHAIN.md (summarised in
# the README).
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$ROOT"
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS"
say() { echo "setup: $*"; }

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)

apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# 1. The Rust standard library for wasm32: rustup's prebuilt one when it can be fetched,
#    otherwise Debian's rustc-web with std built from its matching source.
wasm_std_present() {
  ls "$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)"/libstd-*.rlib >/dev/null 2>&1
}
if command -v rustup >/dev/null && { wasm_std_present || timeout 300 rustup target add wasm32-unknown-unknown; } && wasm_std_present; then
  say "wasm32 std: rustup"
  rm -f "$TOOLS/wasm-env.sh"
else
  say "wasm32 std: rustup cannot provide it; using Debian's rustc-web and building std"
  [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust ] || apt_install rustc-web cargo-web rust-web-src
  llvm=$(/usr/bin/rustc -vV | sed -n 's/^LLVM version: \([0-9]*\).*/\1/p')
  [ -x "/usr/lib/llvm-$llvm/bin/wasm-ld" ] || apt_install "lld-$llvm"
  mkdir -p "$TOOLS/debian-rust/bin"
  ln -sf /usr/bin/cargo /usr/bin/rustc /usr/bin/rustdoc "$TOOLS/debian-rust/bin/"
  cat > "$TOOLS/wasm-env.sh" <<ENV
export PATH="$TOOLS/debian-rust/bin:\$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/lib/llvm-$llvm/bin/wasm-ld
ENV
fi

# 2. Debian packages: the browser the tests drive (never one a tool downloads), the fonts the
#    stylesheet names for Urdu and Arabic (Noto Nastaliq Urdu, Noto Naskh Arabic: what Android
#    phones have), so the tests see those pages as a parent would, and Node.
[ -x "$CHROMIUM" ] || apt_install chromium
[ -f /usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf ] || apt_install fonts-noto-core
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

# 3. Cargo tools, built with the default toolchain (never inside the Debian wasm env).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  # Trunk 0.22.1 declares a newer rust-version than it needs.
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lock file wants a crate version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

WASM_SPLIT_VERSION=0.2.4
# It prints no version of its own: cargo's list of installed tools says.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute)"
  # Splits the release wasm into a core and chunks (scripts/build.sh).
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# 4. Node packages from the committed lock file: wasm-opt (binaryen), lightningcss, Workbox,
#    Playwright (which uses /usr/bin/chromium), axe-core. Skipped when the lock is unchanged.
stamp="node_modules/.setup-lock-hash"
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  say "installing node packages"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > "$stamp"
fi

# 5. Crates for every platform, so that builds can run with --offline.
cargo fetch --quiet
with_wasm_env cargo fetch --quiet --target wasm32-unknown-unknown
say "ready"
