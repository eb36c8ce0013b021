# Carer Check — build, serve and test.
#
#   make serve   dev build, served on http://127.0.0.1:8080 (rebuilds on change)
#   make dist    release build into dist/
#   make test    every check, in order, with a summary (what CI runs: .ci/run)
#   make bench   bundle sizes, the size ledger, Lighthouse mobile and cold start (app vs static twin, served compressed), step timings at 4x CPU, text checks on crafted text (a measurement, not a test)
#   make content-report   each council preset's entries, sources and what a reviewer must check; each language's unchecked texts
#   make tools   install whatever build/test tool is missing or at the wrong version
#
# This machine reaches only the package registries (Rust crates, npm, Python, Debian), so every
# tool comes from one of them and nothing may download its own binaries; see
# ../shared/TOOLCHAIN.md. Each tool target checks first and is a quick no-op when the right
# version is already there.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --no-print-directory

# --- Pinned versions --------------------------------------------------------------------
TRUNK_VERSION := 0.21.14
# npm binaryen (pinned in package.json); Trunk.toml pins the same: wasm_opt = "version_132".
BINARYEN_VERSION := 132
WASM_TARGET := wasm32-unknown-unknown
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock, or Trunk refuses to build.
# Deferred (=) so it is read after the Cargo.lock rule below has run.
WASM_BINDGEN_VERSION = $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
TRUNK_TOML_WASM_BINDGEN = $(shell sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)

# Our tools before the system's: Debian's /usr/bin/wasm-opt (binaryen 108) builds a wasm
# that crashes in the browser, so node_modules/.bin/wasm-opt (132) must win.
CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CARGO_HOME)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Panic locations in the wasm name each crate's source file: without the registry's folder
# before it, the English first visit is 153 B smaller (brotli). Deferred (=): the folder
# exists only once `cargo fetch` has run. Cargo adds these to .cargo/config.toml's flags.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS = $(foreach d,$(wildcard $(CARGO_HOME)/registry/src/*/),--remap-path-prefix=$(d)=)
# wasm-bindgen-test-runner drives this chromedriver (headless) for the browser tests.
export CHROMEDRIVER
# apt-get and npm must never stop to ask anything.
export DEBIAN_FRONTEND := noninteractive
export NPM_CONFIG_FUND := false
export NPM_CONFIG_AUDIT := false
export NPM_CONFIG_UPDATE_NOTIFIER := false

# apt-get needs root: use sudo when we are not root and it exists.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || ! command -v sudo >/dev/null 2>&1 || echo sudo)

.PHONY: help tools rust-target trunk wasm-bindgen-cli npm-deps chromium fonts fetch \
        serve dist content-report test fmt-check clippy clippy-wasm test-native test-browser e2e size bench bench-text

help:
	@sed -n 's/^#   make /  make /p' $(firstword $(MAKEFILE_LIST))

# --- Tools ------------------------------------------------------------------------------
tools: rust-target trunk wasm-bindgen-cli npm-deps chromium fonts

rust-target:
	@installed=$$(rustup target list --installed); \
	grep -qx '$(WASM_TARGET)' <<<"$$installed" || rustup target add $(WASM_TARGET)
	@components=$$(rustup component list --installed); \
	for c in rustfmt clippy; do grep -q "^$$c" <<<"$$components" || rustup component add $$c; done

trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "Installing Trunk $(TRUNK_VERSION) (about 10 minutes on 2 cores)"; \
	  cargo install trunk@$(TRUNK_VERSION) --locked; \
	fi

# Unlocked on purpose: `--locked` wants a webpki-roots release the registry does not have
# (TOOLCHAIN.md); current dependencies build the same 0.2.x CLI. Brings wasm-bindgen-test-runner too.
wasm-bindgen-cli: Cargo.lock
	@want='$(WASM_BINDGEN_VERSION)'; pinned='$(TRUNK_TOML_WASM_BINDGEN)'; \
	if [ -z "$$want" ]; then echo "No wasm-bindgen in Cargo.lock" >&2; exit 1; fi; \
	if [ -n "$$pinned" ] && [ "$$pinned" != "$$want" ]; then \
	  echo "Trunk.toml pins wasm_bindgen = \"$$pinned\" but Cargo.lock has $$want: make them agree." >&2; exit 1; \
	fi; \
	if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $$want" ] \
	  || [ "$$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $$want" ]; then \
	  echo "Installing wasm-bindgen-cli $$want (about 3 minutes on 2 cores)"; \
	  cargo install wasm-bindgen-cli@$$want --force; \
	fi

# npm ci only when node_modules is missing or older than the lock; the stamp records the install.
NPM_STAMP := node_modules/.npm-ci-stamp
$(NPM_STAMP): package-lock.json package.json
	npm ci --loglevel=error
	@touch $@

npm-deps: $(NPM_STAMP)
	@case "$$(command -v wasm-opt)" in $(CURDIR)/node_modules/.bin/wasm-opt) ;; \
	  *) echo "wasm-opt resolves to '$$(command -v wasm-opt)', not node_modules/.bin" >&2; exit 1;; esac
	@wasm-opt --version | grep -q "version $(BINARYEN_VERSION) " \
	  || { echo "node_modules has $$(wasm-opt --version), want binaryen $(BINARYEN_VERSION): rm -rf node_modules" >&2; exit 1; }

chromium:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ]; then \
	  if [ "$$(id -u)" -ne 0 ] && [ -z "$(SUDO)" ]; then \
	    echo "Need root or sudo to apt-get install chromium chromium-driver" >&2; exit 1; fi; \
	  $(SUDO) apt-get update -q; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; \
	fi

# System fonts only (the app downloads none): Debian's Noto fonts for the scripts of its
# languages (Bengali, Gurmukhi for Punjabi, Arabic script for Urdu), so that screenshots and
# the glyph test (tests/e2e/languages.test.mjs) see real letters, not empty boxes.
FONT_LANGS := bn pa ur
fonts:
	@missing=""; for l in $(FONT_LANGS); do fc-list ":lang=$$l" family 2>/dev/null | grep -q . || missing="$$missing $$l"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -ne 0 ] && [ -z "$(SUDO)" ]; then \
	    echo "Need root or sudo to apt-get install fonts-noto-core (no font for:$$missing)" >&2; exit 1; fi; \
	  $(SUDO) apt-get update -q; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-core; \
	fi

# Trunk runs with --offline (else it may try GitHub for tools), which cargo honours too:
# so download every crate first. A quick no-op once they are cached.
fetch: Cargo.lock
	cargo fetch --quiet

# Only when missing (a fresh crate); normally Cargo.lock is committed.
Cargo.lock:
	cargo generate-lockfile

# --- Build ------------------------------------------------------------------------------
serve: rust-target trunk wasm-bindgen-cli npm-deps fetch
	trunk serve --offline --address 127.0.0.1 --port 8080

dist: rust-target trunk wasm-bindgen-cli npm-deps fetch
	trunk build --release --offline

# --- Checks (each runnable alone; `make test` runs them all via .ci/test-stages.sh) ----
test:
	@.ci/test-stages.sh

fmt-check:
	cargo fmt --check

clippy:
	cargo clippy --all-targets -- -D warnings

clippy-wasm: rust-target
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings

test-native:
	cargo test

# Runner (.cargo/config.toml): wasm-bindgen-test-runner, which drives headless Chromium
# through $(CHROMEDRIVER). tests/browser/ is wasm-only (an empty binary natively).
# Only tests/browser/: the native test files have nothing to run in a browser.
test-browser: rust-target wasm-bindgen-cli chromium
	cargo test --target $(WASM_TARGET) --test browser

# Needs a built dist/: not rebuilt here, so `make test` builds it only once. The wording the
# tests look for is copied first: `make size` may run alongside and rebuild with one more
# language, rewriting the build's lang/en.json and content.json while a test file reads them.
e2e: npm-deps chromium
	@copy=$$(mktemp -d) && mkdir "$$copy/lang" \
	&& built=$$(node --input-type=module -e "import { WORDING_FILE } from './tests/e2e/support/wording.mjs'; console.log(WORDING_FILE)") \
	&& cp "$$built" "$$copy/lang/en.json" && cp "$$(dirname "$$(dirname "$$built")")/content.json" "$$copy/" \
	&& { CC_WORDING="$$copy/lang/en.json" node --test tests/e2e/; status=$$?; rm -rf "$$copy"; exit $$status; }

size:
	node tests/size-budget.mjs
	node tests/one-more-language.mjs

# For council reviewers: every directory entry per preset, its source, and what to check.
content-report:
	cargo run --quiet --example content_report

bench: npm-deps chromium dist bench-text
	node bench/bundle-size.mjs
	node bench/ledger.mjs
	node bench/lighthouse.mjs
	node bench/cold-start.mjs
	node bench/steps.mjs

# The checks on carer text against crafted text up to 200,000 characters: steps and time,
# and the worst case (issue 14). Native, so it runs alone too: `make bench-text`.
bench-text:
	cargo run --quiet --release --example text_checks
