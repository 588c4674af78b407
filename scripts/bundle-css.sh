#!/bin/sh
# Bundles style/main.css and the component stylesheets it imports into one minified file.
# Run by Trunk before every build (Trunk.toml [[hooks]]), so `make serve` picks up CSS edits.
set -eu
cd "$(dirname "$0")/.."
mkdir -p target/style
node_modules/.bin/lightningcss --bundle --minify --targets '>= 0.25%' style/main.css -o target/style/app.css
