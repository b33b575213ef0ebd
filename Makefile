# Two entry points that work on a fresh machine (see README):
#   make demo  - create .venv, install rasd, run the main job on the bundled sample reports
#   make test  - create .venv, install rasd with test extras, run the test-suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

demo: install
	$(BIN)/rasd demo

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info rasd.db test-artifacts
