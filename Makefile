# Per-actor stance tables. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
MODEL  := models/stance.pkl
INPUT  ?= seeds
OUT    ?= reports
# Label files to train on together: make train LABELS="labels/statements.csv crisis/labels.csv"
LABELS ?= labels/statements.csv labels/pages/statements.csv labels/crisis/tigray/statements.csv labels/heldout/statements.csv
# Extra options for stance train, e.g. TRAIN_FLAGS=--no-cv to skip the cross-validated scores.
TRAIN_FLAGS ?=
# The model make predict builds when there is none skips them: on all the labels they take over an hour, the
# model itself minutes, and make evaluate reports the same held-out scores in full.
PREDICT_TRAIN_FLAGS ?= --no-cv
# make bench: corpus size, and the size of a second corpus for peak memory (0: skip it).
BENCH_MB ?= 10
BENCH_MEMORY_MB ?= 0

.DEFAULT_GOAL := help
.PHONY: help install train predict evaluate test bench validate clean report-check browser

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

install: $(STAMP) ## Create .venv and install the project with its test extras

# The model is a real file: it is rebuilt only when the labels, actors or code change, or when
# LABELS names another set of files (models/.labels remembers the last set).
LABELS_STAMP := models/.labels
$(LABELS_STAMP): FORCE
	@mkdir -p $(dir $@); if [ "$$(cat $@ 2>/dev/null)" != "$(LABELS)" ]; then echo "$(LABELS)" > $@; fi
.PHONY: FORCE
FORCE:

$(MODEL): $(STAMP) $(LABELS_STAMP) $(LABELS) labels/actors.csv $(wildcard labels/written/*.txt) $(wildcard pipeline/*.py) $(wildcard pipeline/data/*.csv)
	$(BIN)/stance train $(foreach f,$(LABELS),--labels $(f)) --model $@ $(TRAIN_FLAGS)

train: $(MODEL) ## Train the model on LABELS (default labels/statements.csv; only if its inputs changed)

validate: $(STAMP) ## Check the hand labels
	$(BIN)/stance validate labels/statements.csv

predict: TRAIN_FLAGS += $(PREDICT_TRAIN_FLAGS)
predict: $(MODEL) ## Per-actor stance tables for INPUT (default seeds/) into OUT (default reports/)
	$(BIN)/stance predict $(INPUT) --model $(MODEL) --out $(OUT)

evaluate: $(STAMP) ## Leave-one-article-out scores into reports/evaluation.md
	$(BIN)/stance evaluate $(foreach f,$(LABELS),--labels $(f)) --out $(OUT)

# The browser test needs Chromium: installed here when missing and running as root with apt-get
# (a fresh CI machine); anywhere else the test is skipped with its reason.
browser: ## Install Chromium for the browser test when missing (root with apt-get only)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing chromium for the browser test"; \
	      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	      echo "note: chromium could not be installed: the browser test will be skipped"; \
	    else echo "note: chromium is not installed: the browser test will be skipped"; fi; }

test: $(STAMP) browser ## Run the test suite
	$(BIN)/python -m pytest -q

report-check: browser ## Load OUT/report.html in headless Chromium: errors, table, filter; screenshot OUT/report.png
	$(BIN)/python tests/browser.py $(OUT)/report.html $(OUT)/report.png

bench: $(MODEL) ## Speed benchmark: MB/s per stage and end to end, ratio to the bare floor (BENCH_MB=10, BENCH_MEMORY_MB=100)
	BENCH_MB=$(BENCH_MB) BENCH_MEMORY_MB=$(BENCH_MEMORY_MB) $(BIN)/python -m pipeline.bench

clean: ## Remove the environment, model and reports
	rm -rf $(VENV) $(MODEL) models/stance.json $(OUT)
