# Sitrep: two commands from a fresh clone (see README "Quick start").
#   make run    set up .venv and open the dashboard on the built-in sample corpus
#   make test   set up .venv (with test tools) and run every test
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
SHARED_GEODATA := $(abspath ../shared/geodata)

.PHONY: run test lint typecheck build bench clean chromium postgis

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "sitrep.pth").unlink(missing_ok=True)'
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(BIN)/python -m dashboard

chromium:
	@bash scripts/ensure-chromium

postgis:
	@bash scripts/ensure-postgis

test: $(VENV)/.dev chromium postgis
	$(BIN)/ruff check .
	SITREP_DATA_DIR=$${SITREP_DATA_DIR:-$(SHARED_GEODATA)} $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.dev
	$(BIN)/mypy

build: $(VENV)/.runtime
	$(BIN)/python -m layers build corpus/samples --out build/sample

bench: $(VENV)/.dev
	SITREP_DATA_DIR=$${SITREP_DATA_DIR:-$(SHARED_GEODATA)} bash benchmarks/run_all.sh

clean:
	rm -rf build .pytest_cache *.egg-info
