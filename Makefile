# magplan — `make demo` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FORMATS ?= json,csv,xlsx,docx,pdf,ics
# System programs some features need; installed with apt-get when missing.
APT_PACKAGES := libreoffice-writer-nogui libreoffice-calc-nogui tesseract-ocr tesseract-ocr-rus poppler-utils \
	fonts-liberation fonts-crosextra-carlito chromium chromium-driver

.PHONY: bytecode demo test lint typecheck unit score bench bench-web screenshot hardcases fuzz sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

sysdeps:
	@missing=""; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui"; \
	{ command -v fc-list >/dev/null && fc-list | grep -qi "Carlito"; } || missing="$$missing fonts-crosextra-carlito"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	{ command -v fc-list >/dev/null && fc-list | grep -qi "Liberation Serif"; } || missing="$$missing fonts-liberation"; \
	{ command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx rus; } \
	  || missing="$$missing tesseract-ocr tesseract-ocr-rus"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

# Where PYTHONDONTWRITEBYTECODE is set (CI machines, containers) Python writes no bytecode, and every
# `magplan` run would compile the ~140 modules it imports again (0.2–0.3 s of a photo's 2 s); an
# editable install compiles nothing itself.  Compiled here once; up-to-date files are skipped.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q src >/dev/null

demo: $(STAMP) sysdeps bytecode
	$(BIN)/magplan convert fixtures/plan-2026.docx --to $(FORMATS) --out output
	@ls -l output/

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

# The test files run side by side, one file per worker (a file's generated documents are made
# once, by the worker that runs it); `$(BIN)/pytest` alone runs them one after another.
TEST_WORKERS ?= auto
unit: $(STAMP) sysdeps bytecode
	$(BIN)/pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile

# The acceptance comparison against the development corpus (also inside pytest).
score: $(STAMP) bytecode
	$(PYTHON) tests/tools/score.py fixtures/corpus --cmd $(BIN)/magplan --details 5

test: lint typecheck unit

# Generated hard cases (tests/gen): every family (or those named in HARDCASES)
# rebuilt into a temporary folder (HARDCASES_DIR keeps them) and scored, one
# score line per family.
HARDCASES ?=
HARDCASES_COUNT ?= 20
HARDCASES_SEED ?= 1
hardcases: $(STAMP) sysdeps bytecode
	@dir="$${HARDCASES_DIR:-$$(mktemp -d)}"; \
	$(BIN)/python -m tests.gen "$$dir" --count $(HARDCASES_COUNT) --seed $(HARDCASES_SEED) $(HARDCASES) || exit 1; \
	for family in "$$dir"/*/; do \
	  printf '%-16s ' "$$(basename "$$family")"; \
	  $(BIN)/python tests/tools/score.py "$$family" --cmd $(BIN)/magplan --jobs 2 | tail -n 1; \
	done; \
	[ -n "$$HARDCASES_DIR" ] || rm -rf "$$dir"

# The fuzz tests with many random examples (the suite runs a fixed 20 per family), then the
# hostile inputs of each family measured in a fresh process each (seconds, peak memory).
FUZZ_EXAMPLES ?= 500
fuzz: $(STAMP) sysdeps bytecode
	MAGPLAN_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/test_fuzz.py -p no:logging -p no:cacheprovider --hypothesis-show-statistics
	$(BIN)/python benchmarks/hostile.py

# magplan beside the raw libraries and its peers (pandas.read_html, pdfplumber), cold start,
# memory, OCR and batch; `BENCH_ARGS=--speed-only` for the speed table alone.
BENCH_ARGS ?=
bench: $(STAMP) sysdeps bytecode
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# 10 concurrent uploads of the 2026 DOCX to `magplan serve` on 127.0.0.1 (issue 10: median < 2 s).
bench-web: $(STAMP) bytecode
	$(BIN)/python benchmarks/web_load.py

# The page's picture in docs/ (for the README), taken by the browser test.
screenshot: $(STAMP) sysdeps
	MAGPLAN_SCREENSHOTS=1 $(BIN)/pytest tests/test_web_browser.py -k docx_plan

clean:
	rm -rf $(VENV) output/* .pytest_cache .mypy_cache .ruff_cache
