# Outpost: `make run` opens the console, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_WORKERS ?= 2
ARGS ?=

.PHONY: setup run test bench lint format translations clean

setup: $(STAMP)

# Reinstall only when the project's dependencies change; safe to run again.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/outpost $(ARGS)

lint: setup
	$(BIN)/ruff check app tests migrations
	$(BIN)/ruff format --check app tests migrations
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest tests --ignore=tests/benchmarks -n $(PYTEST_WORKERS)

bench: setup
	$(BIN)/pytest tests/benchmarks -q -s -p no:xdist

format: setup
	$(BIN)/ruff check --fix app tests migrations
	$(BIN)/ruff format app tests migrations

# Refresh the translation sources from the code, then compile them for Qt.
translations: setup
	$(BIN)/python -m app.ui.translations

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
