"""The project's written gold sets (eval/written/*) score at least their recorded floors.

Why: each rule is found on one region's reports; this is where a rule that helps Yemen and
quietly breaks Iraq shows up. The floors are recorded by scripts/written_floors.py with a small
margin (see there), so a test fails on a real loss, not on one event traded for another.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.evaluate import evaluate

WRITTEN = Path(__file__).resolve().parents[1] / "eval" / "written"
SETS = sorted(p for p in WRITTEN.iterdir() if (p / "gold.jsonl").is_file())


def test_there_are_written_sets_with_floors_and_readmes():
    assert len(SETS) >= 1
    for folder in SETS:
        assert (folder / "floor.json").is_file(), folder.name
        assert (folder / "README.md").is_file(), folder.name
        docs = {p.stem for p in (folder / "docs").glob("*.txt")}
        ids = {json.loads(line)["doc_id"] for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
        assert docs == ids, f"{folder.name}: documents without gold or gold without a document"


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_written_set_scores_at_least_its_floor(folder):
    ev = evaluate(folder)
    assert not ev.problems, [str(p) for p in ev.problems]
    got = ev.scores.summary()
    floor = json.loads((folder / "floor.json").read_text(encoding="utf-8"))
    low = {k: (got[k], v) for k, v in floor.items() if got[k] is not None and got[k] < v}
    assert not low, f"{folder.name} fell below its floor (got, floor): {low}"
