# Sourced by the other scripts: puts the project's own tools on PATH and keeps every tool
# from reaching for the network on its own.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# Runs a command in the WebAssembly build environment. On the Debian route (see setup.sh) that
# means Debian's compiler first on PATH and std built from source; it must not leak into host
# builds, which would rebuild std for the host.
with_wasm_env() {
  if [ -f "$ROOT/.tools/wasm-env.sh" ]; then
    (. "$ROOT/.tools/wasm-env.sh" && "$@")
  else
    "$@"
  fi
}
