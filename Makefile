# The way in: `make serve` to work on the app, `make test` to check it.
.PHONY: setup serve dist test test-host test-browser bench readability clean

setup:
	@scripts/setup.sh

serve: setup
	scripts/serve.sh

dist: setup
	scripts/build.sh

test: setup
	cargo test
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
