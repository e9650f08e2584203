# Two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/biasbot run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: $(STAMP)
	@for d in $$(ls -d tests/data/heldout* | sort -V); do echo "== $$d"; $(BIN)/biasbot eval $$d || exit 1; done
	@echo "== ../shared/data/articles ../shared/seeds"
	$(BIN)/biasbot eval ../shared/data/articles ../shared/seeds

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
