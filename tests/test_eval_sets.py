"""scripts/eval_sets.py: many gold sets scored at once, pooled, checked against floors, compared with a saved run."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "eval"
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_sets.py"


def load_script():
    spec = importlib.util.spec_from_file_location("eval_sets", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def two_sets(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "set-a", tmp_path / "set-b"
    shutil.copytree(FIXTURE, a)
    shutil.copytree(FIXTURE, b)
    # set-b keeps only its first gold line, so the two sets differ
    lines = (b / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    (b / "gold.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    return a, b


def run(mod, capsys, *argv) -> tuple[int, dict]:
    rc = mod.main([*map(str, argv), "--json"])
    return rc, json.loads(capsys.readouterr().out)


def test_pooled_counts_are_the_sum_of_the_sets(tmp_path, capsys):
    mod = load_script()
    a, b = two_sets(tmp_path)
    rc, rep = run(mod, capsys, a, b)
    assert rc == 0
    sa, sb, pooled = rep["sets"]["set-a"], rep["sets"]["set-b"], rep["pooled"]
    assert sb["documents"] == 1 and sa["documents"] == 3
    for k in ("tp", "fp", "fn", "documents"):
        assert pooled[k] == sa[k] + sb[k]
    iv = pooled["intervals"]["f1"]
    assert iv["low"] <= pooled["f1"] <= iv["high"]


def test_a_saved_run_compares_to_no_change(tmp_path, capsys):
    mod = load_script()
    a, b = two_sets(tmp_path)
    run(mod, capsys, a, b, "--save", tmp_path / "runs")
    assert (tmp_path / "runs" / "set-a.jsonl").is_file() and (tmp_path / "runs" / "set-b.jsonl").is_file()
    rc, rep = run(mod, capsys, a, b, "--against", tmp_path / "runs")
    assert rc == 0
    assert rep["pooled"]["change"]["f1"] == {"value": 0.0, "low": 0.0, "high": 0.0, "better": 0.0}
    # an emptied saved run: the current run finds more, so recall rises in every resample
    (tmp_path / "runs" / "set-a.jsonl").write_text("", encoding="utf-8")
    rc, rep = run(mod, capsys, a, "--against", tmp_path / "runs")
    assert rep["sets"]["set-a"]["tp"] > 0          # the extractor finds some of the fixture's events
    ch = rep["sets"]["set-a"]["change"]["recall"]
    assert ch["value"] > 0 and ch["better"] == 1.0


def test_a_figure_below_its_floor_fails_the_run(tmp_path, capsys):
    mod = load_script()
    a, b = two_sets(tmp_path)
    (a / "floor.json").write_text(json.dumps({"f1": 1.0, "evidence_valid": 1.0}), encoding="utf-8")
    rc, rep = run(mod, capsys, a, b)
    assert rc == 1
    assert rep["sets"]["set-a"]["below_floor"] == ["f1"]
    assert rep["sets"]["set-b"]["below_floor"] == []


def test_a_folder_that_is_no_gold_set_is_named_and_the_rest_scored(tmp_path, capsys):
    mod = load_script()
    a, _ = two_sets(tmp_path)
    empty = tmp_path / "not-gold"
    empty.mkdir()
    rc = mod.main([str(a), str(empty), "--json"])
    captured = capsys.readouterr()
    assert rc == 2
    assert "not-gold: error" in captured.err
    assert json.loads(captured.out)["sets"].keys() == {"set-a"}
