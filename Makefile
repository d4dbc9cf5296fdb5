# The two commands a shelter's IT helper needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_VAULT ?= $(CURDIR)/.demo-vault

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/safehaven --vault "$(DEMO_VAULT)" demo --residents 40 --days 120 --seed 7

test: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/ruff check src tests bench

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_store.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
