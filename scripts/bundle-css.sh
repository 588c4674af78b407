#!/bin/sh
# Bundles the guide's stylesheet (style/main.css) and the tools' (style/tools.css), with the
# component stylesheets each imports, into two minified files in target/style/.
# Run by Trunk before every build (Trunk.toml [[hooks]]), so `make serve` picks up CSS edits.
set -eu
cd "$(dirname "$0")/.."
mkdir -p target/style
node_modules/.bin/lightningcss --bundle --minify --targets '>= 0.25%' style/main.css -o target/style/app.css
node_modules/.bin/lightningcss --bundle --minify --targets '>= 0.25%' style/tools.css -o target/style/tools.css
