"""Every gold set under eval/written/ must load without a skipped line: the floors in eval_sets.py and the
README's table are only as good as the gold they count, and a malformed line would silently shrink a set.

The writers' own check_gold.py scripts differ from set to set; this test holds every set to one reader,
the one `rasd eval` uses, plus two things it does not check itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate import load_gold

SETS = sorted(p.parent for p in (Path(__file__).resolve().parents[1] / "eval" / "written").glob("*/gold.jsonl"))


def test_the_sets_are_found():
    assert len(SETS) >= 39


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_gold_set_loads_whole(folder: Path):
    gold = load_gold(folder)
    assert [str(p) for p in gold.problems] == []
    coded = {d.doc_id for d in gold.docs}
    texts = {p.stem for p in (folder / "docs").glob("*.txt")}
    assert sorted(texts - coded) == [], "reports without a gold line would be scored as having no event"
    for doc in gold.docs:
        assert doc.published is not None, f"{doc.doc_id}: no publication date"
        for n, ev in enumerate(doc.events, 1):
            if ev.date is None:
                continue
            start, end = ev.date
            assert start <= end, f"{doc.doc_id} event {n}: date range {ev.date} runs backwards"
            assert start <= doc.published.isoformat(), f"{doc.doc_id} event {n}: dated after publication"
