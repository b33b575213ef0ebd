"""`rasd eval --interval / --against`: document-bootstrap intervals and paired changes.

The tallies here are built by hand (no extractor run), so every expectation follows from the
counts written below.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate import DocRow, Scores, Tally
from rasd.intervals import intervals, paired_change

runner = CliRunner()
FIXTURE = Path(__file__).parent / "fixtures" / "eval"


def scores(rows: list[tuple[int, int, int]], prefix: str = "d") -> Scores:
    """A Scores with one document per (tp, fp, fn) row and the summed event tally."""
    s = Scores(documents=len(rows))
    for i, (tp, fp, fn) in enumerate(rows):
        s.per_doc.append(DocRow(f"{prefix}{i}", tp + fn, 0, tp + fp, Tally(tp, fp, fn)))
        s.events.tp += tp
        s.events.fp += fp
        s.events.fn += fn
    return s


MIXED = [(3, 1, 0), (0, 2, 2), (5, 0, 1), (1, 1, 1), (4, 0, 0), (0, 0, 3), (2, 2, 0), (6, 1, 2)]


def test_interval_brackets_the_set_figure():
    s = scores(MIXED)
    iv = intervals(s)
    assert iv["precision"].value == pytest.approx(s.events.precision)
    assert iv["recall"].value == pytest.approx(s.events.recall)
    assert iv["f1"].value == pytest.approx(s.events.f1)
    for v in iv.values():
        assert 0.0 <= v.low < v.value < v.high <= 1.0
        assert v.better is None


def test_documents_that_all_score_alike_leave_no_spread():
    iv = intervals(scores([(2, 1, 1)] * 10))
    for v in iv.values():
        assert v.low == v.high == pytest.approx(v.value)


def test_more_documents_of_the_same_kind_narrow_the_interval():
    narrow = intervals(scores(MIXED * 8))["f1"]
    wide = intervals(scores(MIXED))["f1"]
    assert narrow.high - narrow.low < (wide.high - wide.low) * 0.6


def test_seeded_so_a_figure_can_be_remade():
    assert intervals(scores(MIXED)) == intervals(scores(MIXED))
    assert intervals(scores(MIXED), seed=1) == intervals(scores(MIXED), seed=1)


def test_identical_runs_change_nothing():
    ch = paired_change(scores(MIXED), scores(MIXED))
    for v in ch.values():
        assert (v.value, v.low, v.high, v.better) == (0.0, 0.0, 0.0, 0.0)


def test_a_run_better_in_every_document_is_better_in_every_resample():
    old = scores(MIXED)
    new = scores([(tp + 1, fp, max(fn - 1, 0)) if fn else (tp, max(fp - 1, 0), fn) for tp, fp, fn in MIXED])
    ch = paired_change(new, old)
    assert ch["f1"].value > 0 and ch["f1"].low > 0 and ch["f1"].better == 1.0


def test_pairing_removes_the_spread_both_runs_share():
    """One extra found in one document of forty: the paired interval is tight around a small gain,
    far narrower than either run's own interval."""
    old_rows = MIXED * 5
    new_rows = list(old_rows)
    new_rows[1] = (0, 1, 2)          # one false record fewer
    old, new = scores(old_rows), scores(new_rows)
    ch = paired_change(new, old)["f1"]
    own = intervals(new)["f1"]
    assert 0.0 < ch.value < 0.02
    assert ch.high - ch.low < (own.high - own.low) / 3
    assert ch.low >= 0.0             # no resample can make the run with one extra fewer worse


def test_only_shared_documents_are_compared():
    old = scores(MIXED)
    new = scores(MIXED + [(0, 9, 9)])   # a document the old run never scored
    ch = paired_change(new, old)
    assert ch["f1"].value == 0.0


def test_nothing_to_resample_is_an_error():
    with pytest.raises(ValueError, match="no documents"):
        intervals(Scores())
    with pytest.raises(ValueError, match="no scored document in common"):
        paired_change(scores(MIXED, "a"), scores(MIXED, "b"))


# --------------------------------------------------------------------------- the CLI


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_cli_prints_intervals_and_the_change_as_json(tmp_path):
    from test_eval import hand_predictions

    full = _write(tmp_path / "full.jsonl", hand_predictions())
    fewer = _write(tmp_path / "fewer.jsonl", hand_predictions()[:2])   # only the first document's two
    res = runner.invoke(app, ["eval", str(FIXTURE), "--predictions", str(full), "--interval",
                              "--against", str(fewer), "--json"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    iv = obj["intervals"]["f1"]
    assert iv["low"] <= obj["f1"] <= iv["high"]
    ch = obj["against"]
    assert ch["predictions"] == str(fewer)
    assert ch["recall"]["value"] > 0 and 0.0 <= ch["recall"]["better"] <= 1.0


def test_cli_table_and_a_missing_baseline(tmp_path):
    from test_eval import hand_predictions

    full = _write(tmp_path / "full.jsonl", hand_predictions())
    res = runner.invoke(app, ["eval", str(FIXTURE), "--predictions", str(full), "--interval"])
    assert res.exit_code == 0, res.output
    assert "95 % intervals" in res.stdout and "event F1" in res.stdout
    res = runner.invoke(app, ["eval", str(FIXTURE), "--predictions", str(full),
                              "--against", str(tmp_path / "nowhere.jsonl")])
    assert res.exit_code == 2
