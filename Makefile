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
	$(BIN)/biasbot eval tests/data/heldout
	$(BIN)/biasbot eval tests/data/heldout2
	$(BIN)/biasbot eval tests/data/heldout3
	$(BIN)/biasbot eval tests/data/heldout4
	$(BIN)/biasbot eval tests/data/heldout5
	$(BIN)/biasbot eval tests/data/heldout6
	$(BIN)/biasbot eval tests/data/heldout7
	$(BIN)/biasbot eval tests/data/heldout8
	$(BIN)/biasbot eval tests/data/heldout9
	$(BIN)/biasbot eval tests/data/heldout10
	$(BIN)/biasbot eval tests/data/heldout11
	$(BIN)/biasbot eval tests/data/heldout12
	$(BIN)/biasbot eval ../shared/data/articles ../shared/seeds

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
