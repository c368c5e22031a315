# chatmedic: `make run` builds and serves the playground; `make test` runs every check.
# Each target installs what is missing (scripts/ensure-tools.sh) and is quiet when all is there.
SHELL := /bin/bash
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: run build test check lint rust-test wasm-test js-check addons-lint e2e e2e-firefox bench screenshots release verify-release clean

run: build
	@echo
	@echo "Load the extension: chrome://extensions → Developer mode → Load unpacked → $(CURDIR)/dist/chatmedic-chromium"
	@echo "Store-ready zip:    $(CURDIR)/dist/chatmedic-chromium.zip"
	@echo "Firefox:            about:debugging → This Firefox → Load Temporary Add-on → $(CURDIR)/dist/chatmedic-firefox/manifest.json"
	@echo "AMO zip:            $(CURDIR)/dist/chatmedic-firefox.zip"
	@node scripts/serve.mjs www $(PORT)

build:
	@scripts/build.sh

test:
	@scripts/ensure-tools.sh test
	@$(MAKE) --no-print-directory lint rust-test build js-check addons-lint wasm-test e2e e2e-firefox
	@echo "make test: all checks passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --target wasm32-unknown-unknown -p chatmedic --all-targets -- -D warnings

rust-test:
	cargo test --quiet

js-check:
	node_modules/.bin/tsc -p jsconfig.json
	node scripts/check-imports.mjs
	node scripts/check-version.mjs
	node scripts/store-listing.mjs --check

# The wasm boundary in headless Chromium through chromedriver (wasm-bindgen-test).
wasm-test:
	cargo test --target wasm32-unknown-unknown -p chatmedic --test wasm_boundary

# Mozilla's own linter (what AMO runs on upload) on the Firefox package: no errors, no warnings.
addons-lint:
	node_modules/.bin/addons-linter --warnings-as-errors --output text dist/chatmedic-firefox.zip

e2e:
	node --test --test-concurrency=1 tests/e2e/

# The README's pictures, refreshed on purpose: the suites that take them, writing to
# docs/screenshots instead of tests/artifacts/screenshots (where a plain test run leaves them).
screenshots: build
	CHATMEDIC_SCREENSHOTS=docs/screenshots node --test --test-concurrency=1 tests/e2e/extension.test.mjs tests/e2e/banner.test.mjs tests/e2e/autorefresh.test.mjs tests/e2e/watch.test.mjs tests/e2e/locales.test.mjs tests/firefox/
	@git status --short docs/screenshots

# The smaller suite in headless Firefox (firefox-esr through geckodriver) against the same lab.
e2e-firefox:
	node --test --test-concurrency=1 tests/firefox/

# Everything a user pays, in one table with each row's target (docs/performance.md): the core
# natively and in wasm (a `bench`-feature build of the same wasm) and through the JS boundary, the
# shipped size, the worker's cold start and memory (headless Chromium against the lab), the page's
# cost and time to banner (tests/e2e/sensor.test.mjs), and the fleet simulation. The build is
# `make build`'s, with the optimised CLI writing the registry's data (no dev-profile CLI build).
# The native build runs beside the tools' check and the wasm build (their single-threaded LTO
# links leave a core free); `cargo run` of the CLI waits for it (the profile's build lock). The
# bench wasm starts once the shipped wasm is compiled (scripts/wasm-pkg.sh, WASM_PKG_ALSO).
bench:
	@cargo build --quiet --profile bench-native -p chatmedic & native=$$!; \
	  scripts/ensure-tools.sh test \
	  && WASM_PKG_ALSO='target/bench-pkg bench' CHATMEDIC_CLI='cargo run --quiet --profile bench-native -p chatmedic --' \
	    scripts/build.sh; status=$$?; \
	  wait $$native || status=1; exit $$status
	node tests/bench/bench.mjs

# Everything the two stores need for the version in Cargo.toml, in dist/release/ (README:
# Publishing): the packages, the source archive AMO's reviewers rebuild them from, the listings
# and the store images. Needs a tree without uncommitted changes (the source archive is HEAD).
release:
	@scripts/release.sh

# Rebuilds the packages from dist/release's source archive in a temporary folder and compares
# them with the released ones, byte for byte.
verify-release:
	@scripts/verify-release.sh

clean:
	rm -rf target dist extension/pkg www/pkg extension/src/generated tests/artifacts
