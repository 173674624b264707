# khabar's one build entry point.
#
#   make demo    build the npm package and serve the demo page on http://127.0.0.1:$(PORT)
#   make test    install what is missing, then run every test (native, browser, Node, page, consumer)
#   make pkg     build the npm package into pkg/
#   make bench   khabar beside its peers (Hazm, persian-tools, dateparser, trafilatura): one table
#
# Tools are installed on first use and reused: wasm-bindgen-cli under $(TOOLS), npm dev tools
# under tests/node_modules, Debian packages through apt when they are missing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
# Must equal the `wasm-bindgen` pin in Cargo.toml.
WASM_BINDGEN_VERSION := 0.2.130
TOOLS ?= $(HOME)/.cache/khabar
WASM_BINDGEN_ROOT := $(TOOLS)/wasm-bindgen-$(WASM_BINDGEN_VERSION)
WASM_BINDGEN := $(WASM_BINDGEN_ROOT)/bin/wasm-bindgen
NODE_TOOLS := tests/node_modules/.bin
WASM := target/wasm32-unknown-unknown/release/khabar.wasm
# Budgets for the shipped files, gzip -9 bytes: the wasm module and the JS glue. They stop growth;
# they are not issue 8's targets, which the module misses: it embeds the Persian word table for
# half-space repair (about 63 KB of its gzip) beside a core of about 180 KB, against 200 KB with a
# lexicon and 100 KB for the core. Measured options that would shrink it cost speed (README,
# Performance). A module built with rustup's prebuilt standard library keeps the panic
# formatting that `make wasm` otherwise leaves out, 10.6 KB gzip more: it has its own budget.
# Raised on 2026-12-08 from 250,000 to 254,000 for the rules learned that day from 110 unseen
# pages (about 3 KB gzip with no smaller way found; 1.5 KB was won back from the lexicon and the
# module's custom sections). README, Performance.
WASM_GZIP_BUDGET := 254000
WASM_GZIP_BUDGET_PREBUILT_STD := 265000
GLUE_GZIP_BUDGET := 5120

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL = DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends

# Runs cargo for wasm32 with whichever toolchain this machine has: rustup's wasm32 target
# (a usual laptop), or Debian's rustc-web with the standard library built from source (machines
# where rustup cannot download the target). $(3): rustc flags that need the standard library
# built from source, used on that path only.
define wasm_cargo
	if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then \
		cargo $(1) --target wasm32-unknown-unknown $(2); \
	elif [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library ]; then \
		RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
		CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-16 \
		$(if $(3),CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS='$(3)') \
		/usr/bin/cargo $(1) --target wasm32-unknown-unknown -Z build-std=std,panic_abort $(2); \
	else \
		echo "No wasm32 toolchain: run 'rustup target add wasm32-unknown-unknown', or on Debian 'make deps-wasm'." >&2; \
		exit 1; \
	fi
endef

.PHONY: help
help:
	@sed -n '3,7p' Makefile | sed 's/^# *//'

# ---------------------------------------------------------------------------------------------
# Installing what is missing (idempotent)

.PHONY: deps-wasm
deps-wasm:
	@if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then \
		missing=""; \
		for p in rustc-web cargo-web rust-web-src lld-16; do \
			dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			echo "Installing$$missing (Debian's Rust with its standard library sources)"; \
			$(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; \
		fi; \
	fi

.PHONY: deps-browser
deps-browser:
	@missing=""; \
	for p in chromium chromium-driver; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing; \
	fi

$(WASM_BINDGEN):
	@echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) into $(WASM_BINDGEN_ROOT) (a few minutes, once)"
	cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION) --root $(WASM_BINDGEN_ROOT)

$(NODE_TOOLS)/wasm-opt: tests/package.json tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: deps
deps: deps-wasm deps-browser $(WASM_BINDGEN) $(NODE_TOOLS)/wasm-opt

# ---------------------------------------------------------------------------------------------
# Building

.PHONY: wasm
# The shipped module aborts on a panic without formatting a message (none reaches JavaScript on
# wasm32-unknown-unknown either way: both end in a trap), which drops core's formatting and the
# panic locations: 10.6 KB gzip. Needs a standard library built with it, so rustup's prebuilt
# one goes without. LLVM's inlining threshold at 100 (225 at opt-level 2) saves 4.7 KB gzip; in
# Chromium extract runs as fast, in Node 1.5% slower (2026-12-07).
wasm: deps-wasm
	@$(call wasm_cargo,build,--lib --release,-Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=100)

# --low-memory-unused holds because rustc's wasm32 layout puts the stack first (data starts at
# 1 MiB), so nothing lives in the first 1 KiB; with --converge it saves 1.2 KB gzip at the same speed.
# The producers and target-features sections name the compilers and features for tools; engines
# ignore them (274 bytes).
.PHONY: pkg
pkg: wasm $(WASM_BINDGEN) $(NODE_TOOLS)/wasm-opt
	rm -rf pkg && mkdir -p pkg
	$(WASM_BINDGEN) --target web --out-dir pkg --out-name khabar $(WASM)
	$(NODE_TOOLS)/wasm-opt --low-memory-unused -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
		--enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals \
		--strip-producers --strip-target-features pkg/khabar_bg.wasm -o pkg/khabar_bg.wasm
	cp pkg-template/package.json pkg-template/README.md pkg-template/LICENSE pkg-template/node.js pkg/
	@$(MAKE) --no-print-directory size SIZE_GATE=warn

# The size gate: fails above budget (`make test` runs it); `make pkg` only reports, so that a
# package over budget can still be built, measured and benchmarked.
SIZE_GATE ?= fail
.PHONY: size
size:
	@budget=$(WASM_GZIP_BUDGET); \
	if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then budget=$(WASM_GZIP_BUDGET_PREBUILT_STD); fi; \
	wasm=$$(wc -c < pkg/khabar_bg.wasm); wasm_gz=$$(gzip -9 -c pkg/khabar_bg.wasm | wc -c); \
	glue=$$(wc -c < pkg/khabar.js); glue_gz=$$(gzip -9 -c pkg/khabar.js | wc -c); \
	echo "size: khabar_bg.wasm $$wasm bytes, $$wasm_gz gzip (budget $$budget); khabar.js $$glue bytes, $$glue_gz gzip (budget $(GLUE_GZIP_BUDGET))"; \
	if [ $$wasm_gz -gt $$budget ] || [ $$glue_gz -gt $(GLUE_GZIP_BUDGET) ]; then \
		echo "size: over budget" >&2; [ "$(SIZE_GATE)" = warn ]; \
	fi

define copy_extension_pkg
	rm -rf www/extension/pkg && mkdir -p www/extension/pkg
	cp pkg/khabar.js pkg/khabar_bg.wasm pkg/LICENSE www/extension/pkg/
endef

# The demo is a static site: www/ plus the package, the font with its licence and the seed pages
# (as samples) copied beside it; the example extension in www/extension gets its own copy of the
# package, since an extension may only load code packaged inside it.
.PHONY: site
site: pkg
	rm -rf www/pkg && cp -r pkg www/pkg
	mkdir -p www/fonts
	cp tests/node_modules/vazirmatn/fonts/webfonts/Vazirmatn\[wght\].woff2 www/fonts/Vazirmatn.woff2
	cp tests/node_modules/vazirmatn/OFL.txt www/fonts/OFL.txt
	rm -rf www/samples && node tests/support/samples.mjs tests/fixtures/seeds www/samples
	$(copy_extension_pkg)

# The example extension alone: load www/extension as an unpacked extension afterwards.
.PHONY: extension
extension: pkg
	$(copy_extension_pkg)

.PHONY: demo
demo: site
	node tests/support/serve.mjs www $(PORT)

# ---------------------------------------------------------------------------------------------
# Testing

.PHONY: test
test: deps
	cargo test
	@$(MAKE) --no-print-directory site
	@$(MAKE) --no-print-directory size
	@$(MAKE) --no-print-directory test-browser test-node test-page test-consumer

# wasm-bindgen-test in headless Chromium (tests/web.rs).
.PHONY: test-browser
test-browser: deps-browser $(WASM_BINDGEN)
	@export PATH="$(WASM_BINDGEN_ROOT)/bin:$$PATH" \
		CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		CHROMEDRIVER=/usr/bin/chromedriver \
		WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
		WASM_BINDGEN_TEST_TIMEOUT=300; \
	$(call wasm_cargo,test,--test web)

# node:test against the built package in pkg/, and the demo's display helpers.
.PHONY: test-node
test-node:
	node --test tests/node/

# Playwright (system Chromium) against the demo page served on 127.0.0.1 (after `make site`),
# and the example extension loaded unpacked.
.PHONY: test-page
test-page: deps-browser
	node --test tests/e2e/demo.test.mjs tests/e2e/extension.test.mjs

# The package as a developer meets it: npm pack, an offline install into a fresh project, Node,
# strict TypeScript, a Vite build and Vite's dev server in Chromium.
.PHONY: test-consumer
test-consumer: deps-browser
	node --test tests/e2e/consumer.test.mjs

# ---------------------------------------------------------------------------------------------
# Benchmarks (numbers, never assertions; not part of `make test`)
#
# `make bench` prints one markdown table: khabar natively, in Node and in headless Chromium,
# side by side with Hazm, dateparser and trafilatura (Python venv in tests/bench/.venv) and
# persian-tools (tests/bench/node_modules), on the seeds and corpora built from them.

BENCH_VENV := tests/bench/.venv
# Hazm's current release needs Python 3.12 or 3.13: the first such Python found (3.12 first, the
# one constraints.txt was resolved with; PATH, then pyenv's versions), else python3 (which gets
# Hazm's older release, see requirements.txt).
PYENV_VERSIONS := $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions
BENCH_PYTHON ?= $(firstword $(foreach p,python3.12 $(wildcard $(PYENV_VERSIONS)/3.12*/bin/python3) \
	python3.13 $(wildcard $(PYENV_VERSIONS)/3.13*/bin/python3) python3,\
	$(shell $(p) -c 'import sys' >/dev/null 2>&1 && command -v $(p))))

$(BENCH_VENV)/.installed: tests/bench/requirements.txt tests/bench/constraints.txt
	@echo "Installing the Python peers into $(BENCH_VENV) with $(BENCH_PYTHON) (once)"
	rm -rf $(BENCH_VENV)
	$(BENCH_PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check \
		-r tests/bench/requirements.txt -c tests/bench/constraints.txt
	@touch $@

tests/bench/node_modules/.package-lock.json: tests/bench/package.json tests/bench/package-lock.json
	cd tests/bench && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: bench-deps
bench-deps: deps-browser $(BENCH_VENV)/.installed tests/bench/node_modules/.package-lock.json
	@[ -x /usr/bin/time ] || { echo "Installing time"; $(SUDO) apt-get update -qq && $(APT_INSTALL) time; }

.PHONY: bench
bench: pkg bench-deps
	node tests/bench/run.mjs

.PHONY: clean
clean:
	rm -rf target pkg www/pkg www/fonts www/samples www/extension/pkg tests/node_modules tests/artifacts
