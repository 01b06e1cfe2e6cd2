# The two commands a newcomer needs: `make run` and `make test`. Both install what they need
# (apt packages, the wasm target, wasm-bindgen, npm packages) and are safe to re-run: each tool
# is installed only when it is missing or at the wrong version.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

WASM_BINDGEN_VERSION := 0.2.130
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# wasm-opt from npm's binaryen: Debian's is too old and breaks hydration.
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Queries are checked against the committed .sqlx data; no database is needed to build.
export SQLX_OFFLINE := true

.PHONY: run build test setup tools npm browser check lint unit e2e fuzz sqlx-prepare postgres clean-data

## Build the release and serve it on http://127.0.0.1:3000 (SQLite in ./data, demonstration directory).
run: build
	target/release/portal serve

## The release build: the server into target/release, and the site (stylesheet, scripts and
## the islands' WebAssembly) into target/site. These are the steps cargo-leptos would take, done
## directly: cargo-leptos itself takes 14 minutes to compile on a new machine.
SITE := target/site
build: tools npm
	cargo build --release -p server --bin portal
	cargo build --profile wasm-release -p frontend --lib --target wasm32-unknown-unknown
	rm -rf $(SITE) && mkdir -p $(SITE)/pkg
	cp -R public/. $(SITE)/
	cp style/main.css $(SITE)/pkg/portal.css
	wasm-bindgen --target web --no-typescript --out-name portal --out-dir $(SITE)/pkg \
		target/wasm32-unknown-unknown/wasm-release/frontend.wasm
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
		$(SITE)/pkg/portal_bg.wasm -o $(SITE)/pkg/portal_bg.wasm

## Every test: formatting, lints, unit and property tests, integration tests over HTTP, and
## browser tests in Chromium against the release build.
test: tools npm browser postgres lint unit build e2e

setup: tools npm browser

tools:
	@command -v cargo >/dev/null || { echo "Rust is needed: https://rustup.rs"; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
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

## The HTTP integration suite runs on both backends (each test makes its own database).
unit: postgres
	cargo test -p app --features ssr
	cargo test -p server
	PORTAL_TEST_BACKEND=postgres cargo test -p server --test api

e2e: build browser npm
	cd end2end && npx playwright test

## Fuzz one target for FUZZ_SECONDS: `make fuzz TARGET=triage` (or forms, openreferral_json,
## directory_json). New inputs join fuzz/corpus/TARGET; a crash is saved in fuzz/artifacts/TARGET
## (copy it to fuzz/regressions/TARGET once fixed, and `make test` replays it). libFuzzer and the
## address sanitizer need unstable compiler flags, which RUSTC_BOOTSTRAP allows on stable Rust.
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_SECONDS ?= 600
fuzz:
	@[ "$$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $(CARGO_FUZZ_VERSION)" ] \
		|| cargo install cargo-fuzz --locked --version $(CARGO_FUZZ_VERSION)
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run $(TARGET) -O -- -max_total_time=$(FUZZ_SECONDS) -max_len=16384

## Regenerate .sqlx after changing a query or a migration (needs the sqlite3 command and the
## PostgreSQL server on PORTAL_TEST_POSTGRES_URL). Each query is checked twice: once against
## SQLite, once against PostgreSQL, each pass leaving out the other backend's half.
PORTAL_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432
PREPARE_POSTGRES_URL := $(PORTAL_TEST_POSTGRES_URL)/portal_sqlx_prepare
sqlx-prepare: postgres
	mkdir -p target && rm -f target/sqlx-prepare.sqlite3 && rm -rf .sqlx && mkdir -p .sqlx
	for migration in migrations/sqlite/*.sql; do sqlite3 target/sqlx-prepare.sqlite3 < "$$migration"; done
	psql -q "$(PORTAL_TEST_POSTGRES_URL)/postgres" -c "DROP DATABASE IF EXISTS portal_sqlx_prepare" -c "CREATE DATABASE portal_sqlx_prepare"
	for migration in migrations/postgres/*.sql; do psql -q -v ON_ERROR_STOP=1 "$(PREPARE_POSTGRES_URL)" -f "$$migration"; done
	touch app/src/lib.rs
	SQLX_OFFLINE=false SQLX_OFFLINE_DIR=$(CURDIR)/.sqlx DATABASE_URL=sqlite://$(CURDIR)/target/sqlx-prepare.sqlite3 \
		cargo check -p app --features sqlx-prepare-sqlite --tests
	touch app/src/lib.rs
	SQLX_OFFLINE=false SQLX_OFFLINE_DIR=$(CURDIR)/.sqlx DATABASE_URL=$(PREPARE_POSTGRES_URL) \
		cargo check -p app --features sqlx-prepare-postgres --tests

## Start the local PostgreSQL server if it is installed and not answering (a fresh machine of
## this kind has one installed but may have it stopped).
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 || { command -v pg_ctlcluster >/dev/null \
		&& $(SUDO) pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start \
		&& for i in $$(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; } \
		|| { echo "PostgreSQL is needed on 127.0.0.1:5432 for the tests (apt-get install postgresql)"; exit 1; }

## Remove the local database (the next `make run` imports the demonstration directory again).
clean-data:
	rm -rf data
