# Two entry points that work on a fresh machine (see README):
#   make demo  - create .venv, install rasd, run the main job on the bundled sample reports:
#                extract them into a fresh SQLite store (rasd-demo.db), print the events and
#                write them as JSONL, ACLED CSV, UCDP GED CSV and GeoJSON under demo-out/
#   make test  - create .venv, install rasd with test extras, run the test-suite
# and two more for people:
#   make serve - the map and REST API over the demo store, http://127.0.0.1:8000/
#   make eval  - score the extractor on the project's written gold sets (eval/written/)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= rasd-demo.db

.PHONY: demo serve test eval install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

demo: install
	$(BIN)/rasd demo --no-serve --db $(DEMO_DB)
	mkdir -p demo-out
	$(BIN)/rasd export --db $(DEMO_DB) -f jsonl -o demo-out/events.jsonl
	$(BIN)/rasd export --db $(DEMO_DB) -f acled-csv -o demo-out/events-acled.csv
	$(BIN)/rasd export --db $(DEMO_DB) -f ucdp-csv -o demo-out/events-ucdp.csv
	$(BIN)/rasd export --db $(DEMO_DB) -f geojson -o demo-out/events.geojson
	@echo "events written to demo-out/; see them on a map with: make serve"

serve: install
	$(BIN)/rasd serve --db $(DEMO_DB)

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python scripts/eval_sets.py

clean:
	rm -rf $(VENV) build *.egg-info rasd.db rasd-demo.db* demo-out test-artifacts
