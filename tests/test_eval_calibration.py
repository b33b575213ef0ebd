"""`rasd eval --calibration`: right and false records per confidence band, counted on hand-built predictions."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate import score

from test_eval import FIXTURE, hand_predictions, load_gold

#: confidences for the seven hand predictions of test_eval (P3 and P7 are extras, P5 matches an optional event)
CONFIDENCES = [0.9, 0.75, 0.55, 0.85, 0.6, 0.95, 0.4]


def predictions() -> list[dict]:
    return [{**p, "confidence": c} for p, c in zip(hand_predictions(), CONFIDENCES)]


def test_every_prediction_gets_an_outcome_and_extras_are_the_false_ones():
    s = score(load_gold(FIXTURE), predictions())
    assert len(s.outcomes) == s.predicted == 7
    assert sum(false for _, false in s.outcomes) == s.events.fp == 2
    assert sorted(c for c, false in s.outcomes if false) == [0.4, 0.55]


def test_bands_count_records_and_false_ones():
    rows = {r["band"]: r for r in score(load_gold(FIXTURE), predictions()).calibration_rows()}
    assert {b: (r["records"], r["false"]) for b, r in rows.items()} == {
        "0.00-0.50": (1, 1), "0.50-0.60": (1, 1), "0.60-0.70": (1, 0), "0.70-0.80": (1, 0),
        "0.80-0.90": (1, 0), "0.90-1.00": (2, 0)}
    assert rows["0.90-1.00"]["precision"] == 1.0 and rows["0.50-0.60"]["precision"] == 0.0


def test_records_without_a_confidence_have_their_own_row():
    preds = predictions()
    del preds[0]["confidence"]
    preds[5]["confidence"] = "high"
    rows = {r["band"]: r for r in score(load_gold(FIXTURE), preds).calibration_rows()}
    assert rows["none"]["records"] == 2 and rows["none"]["false"] == 0
    assert "0.90-1.00" not in rows


def test_cli(tmp_path):
    path = tmp_path / "run.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions()), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", str(FIXTURE), "-p", str(path), "--calibration", "--json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)["calibration"]
    assert sum(r["records"] for r in rows) == 7 and sum(r["false"] for r in rows) == 2
    res = CliRunner().invoke(app, ["eval", str(FIXTURE), "-p", str(path), "--calibration"])
    assert "records by confidence" in res.stdout
