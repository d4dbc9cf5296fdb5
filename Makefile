# The two commands a shelter's IT helper needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_VAULT ?= $(CURDIR)/.demo-vault
SCREENSHOT_LANGS ?= es pt_BR fr ar  # besides English (docs/screenshots/<lang>/)

# A new PyInstaller changes what goes into the bundle: move it on purpose, with the lock
# file (packaging/requirements-build.txt), never by accident.
PYINSTALLER := pyinstaller==6.22.3
MAX_BUNDLE_MB ?= 155

.PHONY: demo test test-fast lint bench screenshots translations package clean

$(BIN)/python:
	@echo "Setting up a Python environment in $(VENV)…"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Not --quiet: the first install takes about a minute, and a silent minute looks stuck.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	@echo "Installing SafeHaven and its libraries (about a minute)…"
	$(BIN)/python -m pip install --progress-bar on -e '.[test]'
	@echo "Installed."
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python packaging/qt_system_libs.py
	$(BIN)/safehaven --vault "$(DEMO_VAULT)" demo --residents 40 --days 120 --seed 7

# Everything: every test (slow ones included), then the linters. One worker per core, each
# test file on one worker (its module fixtures made once); PYTEST_WORKERS=0 runs in one.
# PYTHONDONTWRITEBYTECODE is emptied for the tests: with it set, each worker rewrote the
# asserts of every test module again at collection (about 14 CPU s of 20 a worker) and each
# command the tests start compiled the app again; the .pyc files go to __pycache__/ (ignored).
PYTEST_WORKERS ?= auto
PYTEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=
test: $(VENV)/.installed
	$(PYTEST_ENV) $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile
	$(MAKE) --no-print-directory lint

# The quick loop while working (about 90 s on two cores): all but the tests marked slow
# (sync at scale, property tests, the packaged build, the slowest measured, listed in
# tests/slow_tests.txt). `make test` before a commit still runs them all.
test-fast: $(VENV)/.installed
	$(PYTEST_ENV) $(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile \
		-m "not slow"

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: $(VENV)/.installed
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_reports.py
	$(BIN)/python bench/bench_sync.py
	$(BIN)/python bench/bench_server_load.py

screenshots: $(VENV)/.installed
	test -d "$(DEMO_VAULT)" || $(BIN)/safehaven --vault "$(DEMO_VAULT)" demo --no-gui --residents 40 --days 120 --seed 7
	QT_QPA_PLATFORM=offscreen $(BIN)/safehaven --vault "$(DEMO_VAULT)" screenshots --out docs/screenshots
	for lang in $(SCREENSHOT_LANGS); do QT_QPA_PLATFORM=offscreen $(BIN)/safehaven \
		--vault "$(DEMO_VAULT)" screenshots --lang $$lang --out docs/screenshots/$$lang; done

# After changing user-visible strings: update the sources of both catalogues, translate the
# new entries, then compile what the app loads (see TRANSLATORS.md).
# - the Qt UI (ui/): .ts sources (pyside6-lupdate, edit with pyside6-linguist) -> .qm;
# - the core (CLI, reports, services): gettext, extracted with Babel into safehaven.pot, merged
#   into each <lang>/LC_MESSAGES/safehaven.po (edit with any PO editor) -> .mo.
# update_words.py adds the vocabulary (domain/words.py), which no extractor can see, to both.
TR := resources/translations
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate src/safehaven/ui/*.py -ts $(wildcard $(TR)/safehaven_*.ts)
	PYTHONPATH=src $(BIN)/python $(TR)/update_words.py $(TR)/*.ts
	for ts in $(TR)/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done
	$(BIN)/pybabel extract -F babel.cfg --no-default-keywords -k tr -k tr_n:1,2 -k N_ \
		--project SafeHaven --copyright-holder "SafeHaven contributors" \
		--add-location=file --sort-by-file -o $(TR)/safehaven.pot.new src
	PYTHONPATH=src $(BIN)/python $(TR)/update_words.py --pot $(TR)/safehaven.pot.new \
		$(TR)/safehaven.pot
	if ls $(TR)/*/LC_MESSAGES/safehaven.po >/dev/null 2>&1; then \
		$(BIN)/pybabel update -D safehaven -i $(TR)/safehaven.pot -d $(TR) --ignore-obsolete --no-fuzzy-matching \
			--width 100 && \
		$(BIN)/pybabel compile -D safehaven -d $(TR) --statistics; fi

# The Linux one-folder build (dist/safehaven/) from pinned versions, then a check of its
# size (fails above MAX_BUNDLE_MB), that it starts, and that it writes a report.
package: $(BIN)/python
	$(BIN)/python -m pip install --quiet -r packaging/requirements-build.txt '$(PYINSTALLER)'
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/safehaven.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/check_build.py dist/safehaven \
		--max-mb $(MAX_BUNDLE_MB)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis
