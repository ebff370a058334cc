# The template repository's own tasks. `make test` is the one command that
# sets up its environment and runs every tier of the template's tests.
.DEFAULT_GOAL := help
UV ?= uv
export UV_PYTHON_DOWNLOADS := never
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup tools test test-fast test-generated test-update test-conformance lint fmt docs bench lock

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

setup: ## Install the template's dev environment from uv.lock
	$(UV) sync --frozen

tools: .tools/bin/actionlint ## Build the linters that come from the Go module proxy

.tools/bin/actionlint:
	GOBIN=$(CURDIR)/.tools/bin go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

test: setup tools ## Every tier: unit, fast, generated, update, services
	$(UV) run --frozen pytest -p no:cacheprovider

test-fast: setup tools ## Only the fast tier (no generated project is installed and run)
	$(UV) run --frozen pytest -m "not generated and not update and not services and not conformance"

test-generated: setup tools ## Golden combinations: install, `make ci`, `make run`
	$(UV) run --frozen pytest -m generated

test-update: setup tools ## The copier update chain per stack
	$(UV) run --frozen pytest -m update

test-conformance: setup tools ## RealWorld conformance + schemathesis (CONFORMANCE_BASE_URL: any server)
	$(UV) run --frozen pytest -m conformance

lint: setup ## Format check, lint and type-check the template's own Python
	$(UV) run --frozen ruff format --check extensions tests scripts benchmarks
	$(UV) run --frozen ruff check extensions tests scripts benchmarks
	$(UV) run --frozen mypy

fmt: setup ## Format the template's own Python
	$(UV) run --frozen ruff format extensions tests scripts benchmarks
	$(UV) run --frozen ruff check --fix extensions tests scripts benchmarks

docs: setup ## Build the template docs (mkdocs, strict) into site/
	$(UV) run --frozen mkdocs build --strict

bench: setup ## Benchmarks, run on purpose: generation, update, generated make ci
	$(UV) run --frozen python benchmarks/run.py

lock: ## Re-resolve the lock files the stacks ship
	./scripts/lock-python
	./scripts/lock-go
	./scripts/lock-typescript
