# Jämlik: `make run` serves the product with demo data; `make test` runs every check.
# Both install what they need: the Python venv, the npm packages and Debian's Chromium.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
NPM := npm --prefix frontend
PIP_FLAGS := --quiet --disable-pip-version-check
export PIP_NO_INPUT := 1

.PHONY: run run-clock test lint typecheck check-client openapi test-backend test-backend-sqlite \
	test-backend-postgres test-frontend docs lock hooks check-participant-size e2e chromium wrk frontend-build bench bench-live bench-language clean help

help:
	@echo "make run    serve API + SPA with demo data on http://127.0.0.1:8000 (SQLite)"
	@echo "make run-clock  the same on a fresh database whose clock can be moved"
	@echo "            (POST /api/v1/testing/clock), mail caught in var/mail"
	@echo "make test   lint, types, backend (SQLite + PostgreSQL when JAMLIK_TEST_POSTGRES_URL),"
	@echo "            frontend unit tests and Playwright end-to-end tests in Chromium"
	@echo "make bench  load benchmark against PostgreSQL"
	@echo "make bench-live  300 phones voting in one live room (PostgreSQL)"
	@echo "make bench-language  precision, recall and speed of the language checker"

# --- installation -----------------------------------------------------------------------------

# Every Python package at the version requirements.lock pins (written by `make lock` from
# pyproject.toml's ranges), then the project itself without resolving anything again.
$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_FLAGS) --upgrade pip 2> >(grep -v "is ignored: it is neither" >&2)
	$(BIN)/pip install $(PIP_FLAGS) -r requirements.lock 2> >(grep -v "is ignored: it is neither" >&2)
	$(BIN)/pip install $(PIP_FLAGS) --no-deps -e . 2> >(grep -v "is ignored: it is neither" >&2)
	touch $@

# Re-pin requirements.lock after a change to pyproject.toml's dependencies (keeps the pins that
# still fit; `make lock LOCK_ARGS=--upgrade` takes the newest releases).
lock: $(VENV)/.installed
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		$(LOCK_ARGS) --output-file requirements.lock pyproject.toml

# The git hooks of .pre-commit-config.yaml (ruff, Biome, the generated files' staleness).
hooks: $(VENV)/.installed
	$(BIN)/pre-commit install

# `npm install` from the committed lock file, not `npm ci`: npm 11 on these machines writes lock
# files without the other platforms' optional packages (Biome's), which `npm ci` then refuses.
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	$(NPM) install --no-audit --no-fund
	touch $@

# Debian packages a target needs, installed when their command is missing.
# Test tools may not download browsers here, so the end-to-end tests use Debian's Chromium.
define apt_require
	@command -v $(1) >/dev/null 2>&1 || { \
		echo "Installing Debian's $(2)"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(2) >/dev/null; }
endef

chromium:
	$(call apt_require,chromium,chromium)

wrk:
	$(call apt_require,wrk,wrk)

frontend/dist/index.html: frontend/node_modules/.installed $(shell find frontend/src frontend/index.html frontend/participant.html frontend/vite.config.ts frontend/public -type f 2>/dev/null)
	$(NPM) run build

frontend-build: frontend/dist/index.html

# --- running ----------------------------------------------------------------------------------

run: $(VENV)/.installed frontend-build
	$(BIN)/jamlik run-dev

# The end-to-end tests' server, by hand: a fresh database with the demo data every start, the
# movable clock (JAMLIK_TEST_CLOCK is refused by `make run`: its database outlives a moved clock)
# and a real SMTP server that writes each mail to var/mail. Test tooling: it lives in tests/.
run-clock: $(VENV)/.installed frontend-build
	$(BIN)/python -m tests.support.e2e_server --port 8000 --mail-dir var/mail

# --- checks -----------------------------------------------------------------------------------

lint: $(VENV)/.installed frontend/node_modules/.installed
	$(BIN)/ruff check backend tests bench
	$(BIN)/ruff format --check backend tests bench
	$(BIN)/mypy backend bench tests
	$(NPM) run lint
	$(NPM) run typecheck

# The committed schema and the generated client must match the code.
check-client: $(VENV)/.installed frontend/node_modules/.installed
	@$(BIN)/jamlik openapi > $(VENV)/openapi.json
	@diff -q $(VENV)/openapi.json frontend/openapi.json >/dev/null || { \
		echo "frontend/openapi.json is stale: run 'make openapi' and commit the result"; exit 1; }
	$(NPM) run check:client

# docs/permissions.md and the state diagrams in docs/certification-states.md, from the policies.
docs: $(VENV)/.installed
	$(BIN)/python -m backend.policy_docs

openapi: $(VENV)/.installed frontend/node_modules/.installed
	$(BIN)/jamlik openapi > frontend/openapi.json
	$(NPM) run gen:client

test-backend-sqlite: $(VENV)/.installed
	$(BIN)/python -m pytest

test-backend-postgres: $(VENV)/.installed
	@if [ -n "$$JAMLIK_TEST_POSTGRES_URL" ]; then \
		echo "Backend suite on PostgreSQL ($$JAMLIK_TEST_POSTGRES_URL)"; \
		JAMLIK_TEST_BACKEND=postgres $(BIN)/python -m pytest; \
	else \
		echo "JAMLIK_TEST_POSTGRES_URL not set: backend suite ran on SQLite only"; \
	fi

# Both passes at once when PostgreSQL is there: each is one Python process and the machines have
# two CPUs, so `make test` is about ten minutes shorter. The SQLite pass prints as it goes; the
# PostgreSQL pass's output follows it, whole. Each has its own temporary directory.
test-backend: $(VENV)/.installed
	@if [ -z "$$JAMLIK_TEST_POSTGRES_URL" ]; then $(MAKE) --no-print-directory test-backend-sqlite test-backend-postgres; exit; fi; \
	log=$$(mktemp); tmp=$$(mktemp -d); \
	JAMLIK_TEST_BACKEND=postgres $(BIN)/python -m pytest --basetemp="$$tmp/postgres" >"$$log" 2>&1 & pg=$$!; \
	trap 'kill $$pg 2>/dev/null' INT TERM; \
	echo "Backend suite on SQLite, and on PostgreSQL ($$JAMLIK_TEST_POSTGRES_URL) beside it"; \
	$(BIN)/python -m pytest --basetemp="$$tmp/sqlite"; sqlite=$$?; \
	wait $$pg; postgres=$$?; \
	echo "Backend suite on PostgreSQL ($$JAMLIK_TEST_POSTGRES_URL):"; cat "$$log"; \
	rm -rf "$$log" "$$tmp"; \
	[ $$sqlite -eq 0 ] && [ $$postgres -eq 0 ]

test-frontend: frontend/node_modules/.installed
	$(NPM) test

# The participant page must stay small for a slow phone: at most 60 KB of gzipped JavaScript.
check-participant-size: frontend-build
	$(NPM) run check:participant-size

e2e: $(VENV)/.installed chromium frontend-build
	$(NPM) run e2e

test: lint check-client test-backend test-frontend check-participant-size e2e

# Load test on PostgreSQL with wrk; figures in bench/results/latest.json (docs/bench.md).
bench: $(VENV)/.installed wrk
	$(BIN)/python -m bench.run $(BENCH_ARGS)

# 300 phones in one live room against PostgreSQL; figures in bench/results/live-latest.json.
bench-live: $(VENV)/.installed
	$(BIN)/python -m bench.live $(BENCH_ARGS)

# Precision, recall and words per second of the inclusive-language checker on its corpus.
bench-language: $(VENV)/.installed
	$(BIN)/python -m bench.language $(BENCH_ARGS)

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist var
