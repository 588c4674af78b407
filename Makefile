# The way in: `make serve` to work on the app, `make test` to check it.
.PHONY: setup serve dist test test-host test-browser bench readability clean

setup:
	@scripts/setup.sh

serve: setup
	scripts/serve.sh

dist: setup
	scripts/build.sh

# Also a build for a folder of a site (tests/browser/base-path.spec.js), first, so that dist/'s
# build is the one whose lists target/ keeps.
test: setup
	cargo test
	BASE=/guide/ SITE=https://guide.example.org DIST=target/dist-guide scripts/build.sh
	scripts/build.sh
	scripts/test-browser.sh

test-host:
	cargo test

test-browser:
	scripts/test-browser.sh

bench: dist
	node scripts/bench.mjs

readability: dist
	scripts/readability.sh

clean:
	rm -rf dist target/style test-results
