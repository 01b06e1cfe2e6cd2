# The two commands a newcomer needs: `make run` and `make test`. Both install what they need
# (apt packages, the wasm target, cargo-leptos, wasm-bindgen, npm packages) and are safe to
# re-run: each tool is installed only when it is missing or at the wrong version.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

CARGO_LEPTOS_VERSION := 0.3.10
WASM_BINDGEN_VERSION := 0.2.130
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# wasm-opt from npm's binaryen: Debian's is too old and breaks hydration.
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Queries are checked against the committed .sqlx data; no database is needed to build.
export SQLX_OFFLINE := true
export LEPTOS_ENV ?= PROD

.PHONY: run build test setup tools npm browser check lint unit e2e sqlx-prepare clean-data

## Build the release and serve it on http://127.0.0.1:3000 (SQLite in ./data, demonstration directory).
run: build
	target/release/portal serve

## The release build: server and WebAssembly, into target/release and target/site.
build: tools npm
	cargo leptos build --release

## Every test: formatting, lints, unit and property tests, integration tests over HTTP, and
## browser tests in Chromium against the release build.
test: tools npm browser lint unit build e2e

setup: tools npm browser

tools:
	@command -v cargo >/dev/null || { echo "Rust is needed: https://rustup.rs"; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@[ "$$(cargo leptos --version 2>/dev/null)" = "cargo-leptos $(CARGO_LEPTOS_VERSION)" ] \
		|| cargo install cargo-leptos --locked --version $(CARGO_LEPTOS_VERSION)
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

npm: end2end/node_modules/.installed

end2end/node_modules/.installed: end2end/package.json end2end/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y nodejs npm; }
	cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

browser:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }

lint:
	cargo fmt --all --check
	cargo clippy -p app -p server --features app/ssr --all-targets -- -D warnings
	cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test -p app --features ssr
	cargo test -p server

e2e: build browser npm
	cd end2end && npx playwright test

## Regenerate .sqlx after changing a query or a migration (needs the sqlite3 command).
sqlx-prepare:
	mkdir -p target && rm -f target/sqlx-prepare.sqlite3 && rm -rf .sqlx && mkdir -p .sqlx
	for migration in migrations/sqlite/*.sql; do sqlite3 target/sqlx-prepare.sqlite3 < "$$migration"; done
	touch app/src/lib.rs
	SQLX_OFFLINE=false SQLX_OFFLINE_DIR=$(CURDIR)/.sqlx DATABASE_URL=sqlite://$(CURDIR)/target/sqlx-prepare.sqlite3 \
		cargo check -p app --features ssr --tests

## Remove the local database (the next `make run` imports the demonstration directory again).
clean-data:
	rm -rf data
