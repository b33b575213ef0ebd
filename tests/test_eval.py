"""`rasd eval`: the scorer's counts on hand-built predictions, its matching rules, bad input, the CLI.

The gold set under tests/fixtures/eval/ was written for these tests (three short reports and
their hand coding).  Every expected figure below was counted by hand from that gold and the
predictions built here; none depends on what the extractor currently returns, except the
end-to-end tests, which only check that the ways of getting predictions agree.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate import (EvalError, GoldSet, actor_ok, distance_km, evaluate, fold_name, in_range,
                           load_gold, score)
from rasd.model import EVENT_TYPE_OF

FIXTURE = Path(__file__).parent / "fixtures" / "eval"
TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in (FIXTURE / "docs").glob("*.txt")}
runner = CliRunner()

# GeoNames points of the fixture (see its README)
ARIHA = (35.81374, 36.60964)
ARIHA_DISTRICT = (35.76284, 36.55204)   # the district's centroid, 5.7 km from the town
SARMIN = (35.90403, 36.72501)
TAFAS = (32.73709, 36.06654)
DARAA = (32.6189, 36.1021)


def span(doc_id: str, quote: str) -> dict:
    """An evidence span that really quotes the fixture document."""
    start = TEXTS[doc_id].index(quote)
    return {"start": start, "end": start + len(quote), "text": quote}


def pred(doc_id: str, sub: str, location_text: str, quote: str | None = None, **kw) -> dict:
    """A record as `rasd extract --format jsonl` prints it (only the keys the scorer reads)."""
    rec = {"doc_id": doc_id, "event_type": EVENT_TYPE_OF[sub], "sub_event_type": sub,
           "location_text": location_text, "location": kw.pop("location", None),
           "latitude": None, "longitude": None, "actor1": None, "actor2": None,
           "fatalities": None, "injured": None, "event_date": None,
           "evidence": [span(doc_id, quote or location_text)]}
    if "at" in kw:
        rec["latitude"], rec["longitude"] = kw.pop("at")
    rec.update(kw)
    return rec


def hand_predictions() -> list[dict]:
    """Seven records; the comment on each says how the gold should judge it."""
    return [
        # P1: the shelling, right in everything but the wounded (3, gold says 4)
        pred("deir-001", "Shelling/artillery/missile attack", "بلدة الشحيل", location="al-Shuhayl",
             actor1="Syrian Government Forces", actor2="Civilians", fatalities=2, injured=3,
             event_date="2019-03-12"),
        # P2: the clash; actor2 missing, the day before
        pred("deir-001", "Armed clash", "الحوايج", actor1="Islamic State", event_date="2019-03-11"),
        # P3: an air strike nobody reported at the shelled town: extra
        pred("deir-001", "Air/drone strike", "الشحيل", quote="بلدة الشحيل"),
        # P4: the strike on Ariha, named in English, geocoded to the district centroid (5.7 km off)
        pred("idlib-002", "Air/drone strike", "مدينة أريحا", location="Ariha", at=ARIHA_DISTRICT,
             actor1="Russian Forces", actor2="Civilians", fatalities=3, event_date="2019-11-04"),
        # P5: the optional strike near Sarmin: neither hit nor extra, but its fields are judged
        pred("idlib-002", "Air/drone strike", "سرمين", at=SARMIN, event_date="2019-11-04"),
        # P6: the protest, placed 2.2 km north of Tafas under another name: a hit
        pred("daraa-003", "Peaceful protest", "ساحة البلدية", quote="مبنى البلدية",
             at=(TAFAS[0] + 0.02, TAFAS[1]), actor1="Protesters"),
        # P7: the arrest put in Daraa city, 30 km from Nawa: extra (and the gold arrest is missed);
        # its evidence does not quote the document
        {**pred("daraa-003", "Arrests", "درعا", location="Daraa", at=DARAA),
         "evidence": [{"start": 0, "end": 4, "text": "دمشق"}]},
    ]


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    g = load_gold(FIXTURE)
    assert g.problems == []
    return g


@pytest.fixture(scope="module")
def hand(gold):
    return score(gold, hand_predictions())


# --------------------------------------------------------------------------- counts


def test_event_counts_on_hand_built_predictions(hand):
    assert hand.documents == 3 and hand.predicted == 7
    assert (hand.events.tp, hand.events.fp, hand.events.fn) == (4, 2, 1)
    assert hand.events.precision == pytest.approx(4 / 6)
    assert hand.events.recall == pytest.approx(4 / 5)
    assert hand.events.f1 == pytest.approx(8 / 11)
    assert hand.optional_matched == 1
    s = hand.summary()
    assert (s["gold_events"], s["precision"], s["recall"], s["f1"]) == (5, 0.667, 0.8, 0.727)


def test_field_accuracies_on_hand_built_predictions(hand):
    def counts(share):
        return (share.right, share.total)

    # actor1 judged on P1 P2 P4 P5 P6 (P5 has none); actor2 on P1 P2 P4 (empty lists are not judged)
    assert counts(hand.actor1) == (4, 5)
    assert counts(hand.actor2) == (2, 3)
    # killed: P1 2 in [2,2], P4 3 in [3,∞), P5 nothing in [0,0]; injured: P1 3 not in [4,4], P5 ok
    assert counts(hand.killed) == (3, 3)
    assert counts(hand.injured) == (1, 2)
    assert counts(hand.casualty) == (4, 5)
    # coordinates judged where the gold has them: Ariha (5.7 km off), Sarmin, Tafas
    assert counts(hand.geo) == (2, 3)
    # dates: P1 right, P2 a day early, P4 right, P5 inside the optional event's range
    assert counts(hand.date) == (3, 4)
    assert counts(hand.evidence) == (6, 7)
    assert hand.summary()["casualty_acc"] == 0.8


def test_per_document_and_per_type_tables(hand):
    rows = {r["doc_id"]: (r["tp"], r["fp"], r["fn"]) for r in hand.per_doc_rows()}
    assert rows == {"deir-001": (2, 1, 0), "idlib-002": (1, 0, 0), "daraa-003": (1, 1, 1)}
    by_type = {r["sub_event_type"]: (r["tp"], r["fp"], r["fn"]) for r in hand.by_type_rows()}
    assert by_type == {
        "Armed clash": (1, 0, 0), "Air/drone strike": (1, 1, 0),
        "Shelling/artillery/missile attack": (1, 0, 0), "Arrests": (0, 1, 1), "Peaceful protest": (1, 0, 0),
    }
    air = next(r for r in hand.by_type_rows() if r["sub_event_type"] == "Air/drone strike")
    assert (air["gold"], air["predicted"], air["precision"], air["recall"]) == (1, 2, 0.5, 1.0)
    # the breakdowns add up to the totals
    assert sum(t[0] for t in by_type.values()) == hand.events.tp
    assert sum(t[1] for t in by_type.values()) == hand.events.fp


def test_findings_name_document_and_field(hand):
    found = {(f.kind, f.doc_id, f.sub_event_type) for f in hand.findings}
    assert ("missed", "daraa-003", "Arrests") in found
    assert ("extra", "daraa-003", "Arrests") in found
    assert ("extra", "deir-001", "Air/drone strike") in found
    assert ("injured", "deir-001", "Shelling/artillery/missile attack") in found
    assert ("actor2", "deir-001", "Armed clash") in found
    assert ("date", "deir-001", "Armed clash") in found
    assert ("geo", "idlib-002", "Air/drone strike") in found
    assert ("actor1", "idlib-002", "Air/drone strike") in found     # the optional one's actor
    assert ("evidence", "daraa-003", "Arrests") in found
    assert len(hand.findings) == 9


def test_type_relaxed_counts_same_event_type(gold):
    # the shelling coded as an air strike: wrong sub-event type, right event type
    preds = [pred("deir-001", "Air/drone strike", "الشحيل")]
    s = score(gold, preds)
    assert (s.events.tp, s.events.fp, s.events.fn) == (0, 1, 5)
    assert (s.relaxed.tp, s.relaxed.fp, s.relaxed.fn) == (1, 0, 4)
    assert s.summary()["type_relaxed_recall"] == 0.2
    assert s.summary()["type_relaxed_precision"] == 1.0


def test_nothing_predicted_is_all_misses(gold):
    s = score(gold, [])
    assert (s.events.tp, s.events.fp, s.events.fn) == (0, 0, 5)
    assert s.events.precision == 0.0 and s.events.f1 == 0.0
    assert s.actor1.value is None and s.evidence.value is None


def test_predictions_for_other_documents_are_ignored(gold):
    s = score(gold, [pred("deir-001", "Armed clash", "الحوايج"), {"doc_id": "elsewhere", "sub_event_type": "Attack"}])
    assert (s.predicted, s.ignored, s.events.tp, s.events.fp) == (1, 1, 1, 0)


# --------------------------------------------------------------------------- matching rules


def write_gold(folder: Path, docs: list[tuple[str, str, list[dict]]], published: str | None = None) -> Path:
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as f:
        for doc_id, text, events in docs:
            (folder / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            f.write(json.dumps({"doc_id": doc_id, "published": published, "events": events}, ensure_ascii=False) + "\n")
    return folder


def event(sub: str, names: list[str], lat=None, lon=None, **kw) -> dict:
    return {"sub_event_type": sub, "actor1": [], "actor2": [],
            "location": {"names": names, "lat": lat, "lon": lon},
            "killed": None, "injured": None, "required": True, **kw}


def raw(doc_id: str, sub: str, location_text: str, **kw) -> dict:
    return {"doc_id": doc_id, "event_type": EVENT_TYPE_OF[sub], "sub_event_type": sub,
            "location_text": location_text, "evidence": [], **kw}


STRIKE = "Air/drone strike"
TEXT = "قصفت طائرات حربية بلدة كفرومة."


def test_optional_event_is_neither_miss_nor_extra(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [
        event(STRIKE, ["كفرومة"]),
        event(STRIKE, ["حاس"], required=False),
    ])]))
    # not produced: not a miss
    s = score(g, [raw("d", STRIKE, "كفرومة")])
    assert (s.events.tp, s.events.fp, s.events.fn, s.optional_matched) == (1, 0, 0, 0)
    # produced, even twice: not an extra, not a hit
    s = score(g, [raw("d", STRIKE, "كفرومة"), raw("d", STRIKE, "حاس"), raw("d", STRIKE, "حاس")])
    assert (s.events.tp, s.events.fp, s.events.fn, s.optional_matched) == (1, 0, 0, 1)
    # produced with another sub-event type: an extra like any other
    s = score(g, [raw("d", STRIKE, "كفرومة"), raw("d", "Armed clash", "حاس")])
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 1, 0)


def test_optional_event_never_takes_the_prediction_of_a_required_one(tmp_path):
    # the optional reading is listed first, at the same place; one record must go to the required one
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [
        event(STRIKE, ["كفرومة"], required=False, note="a second raid the same day"),
        event(STRIKE, ["كفرومة"]),
    ])]))
    s = score(g, [raw("d", STRIKE, "كفرومة")])
    assert (s.events.tp, s.events.fp, s.events.fn, s.optional_matched) == (1, 0, 0, 0)
    s = score(g, [raw("d", STRIKE, "كفرومة"), raw("d", STRIKE, "كفرومة")])
    assert (s.events.tp, s.events.fp, s.events.fn, s.optional_matched) == (1, 0, 0, 1)


def test_each_gold_event_is_matched_once(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [event(STRIKE, ["كفرومة"])])]))
    s = score(g, [raw("d", STRIKE, "كفرومة"), raw("d", STRIKE, "Kafruma")])
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 1, 0)
    g = load_gold(write_gold(tmp_path / "two", [("d", TEXT, [event(STRIKE, ["كفرومة"]), event(STRIKE, ["كفرومة"])])]))
    s = score(g, [raw("d", STRIKE, "كفرومة")])
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 0, 1)


def test_within_5_km_under_another_name_matches(tmp_path):
    lat, lon = 35.6, 36.6
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [event(STRIKE, ["كفرومة"], lat, lon)])]))
    near = (lat + 0.04, lon)          # 4.4 km north
    far = (lat + 0.05, lon)           # 5.6 km north
    assert 4.3 < distance_km(lat, lon, *near) < 4.5 and 5.5 < distance_km(lat, lon, *far) < 5.7
    s = score(g, [raw("d", STRIKE, "تل النبي أيوب", latitude=near[0], longitude=near[1])])
    assert (s.events.tp, s.geo.right, s.geo.total) == (1, 1, 1)
    s = score(g, [raw("d", STRIKE, "تل النبي أيوب", latitude=far[0], longitude=far[1])])
    assert (s.events.tp, s.events.fp, s.events.fn) == (0, 1, 1)
    # the right name but coordinates 5.6 km off: a hit with a geo error
    s = score(g, [raw("d", STRIKE, "كفرومة", latitude=far[0], longitude=far[1])])
    assert (s.events.tp, s.geo.right, s.geo.total) == (1, 0, 1)
    # no coordinates and another name: no match
    s = score(g, [raw("d", STRIKE, "معرة حرمة")])
    assert s.events.tp == 0


def test_place_names_fold_marks_articles_and_type_words():
    same = ["الجورة", "حيّ الجورة", "حي الجورة", "Al-Joura", "al Joura neighbourhood", "JOURA", "جورة"]
    assert {fold_name(n) for n in same} == {"جوره", "joura"}
    assert fold_name("Joura") == fold_name("the Joura district")
    assert fold_name("Deir ez-Zor") == fold_name("Deir al Zor") == "deir zor"
    assert fold_name("مدينة أريحا") == fold_name("اريحا")
    assert fold_name("العشارة") == fold_name("عشاره")
    # a type word at the end goes, but never the name itself; a bare type word names nothing
    assert fold_name("al-Omar oil field") == fold_name("Omar") == "omar"
    assert fold_name("مخيم اليرموك") == fold_name("اليرموك") == "يرموك"
    assert fold_name("Camp") == "" and fold_name("مخيم") == ""
    assert fold_name("الميادين") != fold_name("البوكمال")
    assert fold_name(None) == "" and fold_name("") == ""


def test_actor_names():
    assert actor_ok("the Islamic State", ["Islamic State"]) is True
    assert actor_ok("ISIS", ["Islamic State"]) is False
    assert actor_ok(None, ["Civilians"]) is False
    assert actor_ok("anything", []) is None


def test_casualty_ranges_with_open_bounds():
    assert in_range(None, None) and in_range(7, None)            # no gold number: anything goes
    assert in_range(10, [3, None]) and not in_range(2, [3, None])  # "at least three"
    assert in_range(0, [None, 5]) and not in_range(6, [None, 5])
    assert in_range(None, [None, 5]) and in_range(None, [0, 0])  # nothing said = none, allowed
    assert not in_range(None, [1, None]) and not in_range(None, [2, 2])
    assert in_range(24, [10, 99]) and not in_range(100, [10, 99])
    assert not in_range("three", [3, 3])


def test_casualty_ranges_in_scoring(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [
        event(STRIKE, ["كفرومة"], killed=[1, None], injured=[None, 5]),
        event("Armed clash", ["حاس"], killed=None, injured=[0, 0]),
    ])]))
    s = score(g, [raw("d", STRIKE, "كفرومة", fatalities=12, injured=None),
                  raw("d", "Armed clash", "حاس", fatalities=4, injured=None)])
    # killed: 12 in [1,∞) ; clash killed null not judged.  injured: None in [∞,5], None in [0,0]
    assert (s.killed.right, s.killed.total, s.injured.right, s.injured.total) == (1, 1, 2, 2)
    s = score(g, [raw("d", STRIKE, "كفرومة", fatalities=None, injured=6)])
    assert (s.killed.right, s.killed.total, s.injured.right, s.injured.total) == (0, 1, 0, 1)


def test_date_ranges(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [event(STRIKE, ["كفرومة"], date=["2020-01-03", "2020-01-05"])])]))
    for day, ok in (("2020-01-03", True), ("2020-01-05T22:00", True), ("2020-01-06", False), (None, False)):
        s = score(g, [raw("d", STRIKE, "كفرومة", event_date=day)])
        assert (s.date.right, s.date.total) == (int(ok), 1), day


def test_evidence_must_quote_the_original_text(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [])]))
    good = {"start": 0, "end": 4, "text": TEXT[:4]}
    cases = [([good], True), ([], False), ([good, {"start": 5, "end": 9, "text": "xxxx"}], False),
             ([{"start": -4, "end": len(TEXT), "text": TEXT[-4:]}], False), (["not a span"], False)]
    for spans, ok in cases:
        s = score(g, [raw("d", STRIKE, "كفرومة", evidence=spans)])
        assert (s.evidence.right, s.evidence.total) == (int(ok), 1), spans


# --------------------------------------------------------------------------- bad input


def test_missing_gold_file(tmp_path):
    (tmp_path / "docs").mkdir()
    with pytest.raises(EvalError, match="gold.jsonl: missing"):
        load_gold(tmp_path)
    with pytest.raises(EvalError, match="not a folder"):
        load_gold(tmp_path / "nowhere")


def _copy_fixture(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    shutil.copytree(FIXTURE, folder)
    return folder


def _rewrite_line(folder: Path, n: int, new: str) -> None:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    lines[n - 1] = new
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_malformed_gold_line_is_reported_and_the_rest_scored(tmp_path):
    folder = _copy_fixture(tmp_path)
    _rewrite_line(folder, 2, '{"doc_id": "idlib-002", "events": [')
    g = load_gold(folder)
    assert [d.doc_id for d in g.docs] == ["deir-001", "daraa-003"]
    assert len(g.problems) == 1 and g.problems[0].fatal
    assert str(g.problems[0]).startswith(f"{folder / 'gold.jsonl'}:2: not valid JSON")


def test_missing_document_file(tmp_path):
    folder = _copy_fixture(tmp_path)
    (folder / "docs" / "daraa-003.txt").unlink()
    g = load_gold(folder)
    assert [d.doc_id for d in g.docs] == ["deir-001", "idlib-002"]
    msg = str(g.problems[0])
    assert f"{folder / 'gold.jsonl'}:3" in msg and "daraa-003.txt: document file missing" in msg


def test_unknown_sub_event_type(tmp_path):
    folder = _copy_fixture(tmp_path)
    line = json.loads((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    line["events"][1]["sub_event_type"] = "Armed clashes"
    _rewrite_line(folder, 1, json.dumps(line, ensure_ascii=False))
    g = load_gold(folder)
    assert [d.doc_id for d in g.docs] == ["idlib-002", "daraa-003"]
    msg = str(g.problems[0])
    assert ":1: event 2: unknown sub_event_type 'Armed clashes'" in msg
    assert "did you mean 'Armed clash'" in msg


@pytest.mark.parametrize("events, fragment", [
    ([{"sub_event_type": STRIKE, "location": {"names": ["x"]}, "killed": [5, 2]}], "low is above high"),
    ([{"sub_event_type": STRIKE, "location": {"names": ["x"]}, "killed": 3}], "killed must be [low, high]"),
    ([{"sub_event_type": STRIKE, "location": {"names": ["x"]}, "date": "03/01/2020"}], "date must be a date YYYY-MM-DD"),
    ([{"sub_event_type": STRIKE, "location": "x"}], "location must be an object"),
    ([{"sub_event_type": STRIKE, "location": {"names": []}}], "neither names nor coordinates"),
    ([{"sub_event_type": STRIKE, "location": {"names": ["x"]}, "required": "no"}], "required must be true or false"),
])
def test_other_malformed_gold_events(tmp_path, events, fragment):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, events), ("ok", TEXT, [])]))
    assert [d.doc_id for d in g.docs] == ["ok"]
    assert fragment in str(g.problems[0]) and ":1: event 1" in str(g.problems[0])


def test_duplicate_doc_and_path_like_ids(tmp_path):
    write_gold(tmp_path, [("d", TEXT, []), ("d", TEXT, [])])
    with open(tmp_path / "gold.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"doc_id": "../etc/passwd", "events": []}) + "\n")
    g = load_gold(tmp_path)
    assert [d.doc_id for d in g.docs] == ["d"]
    assert "already coded on line 1" in str(g.problems[0]) and "must be a file name" in str(g.problems[1])


def test_bad_published_date_is_a_warning(tmp_path):
    g = load_gold(write_gold(tmp_path, [("d", TEXT, [])], published="yesterday"))
    assert [d.doc_id for d in g.docs] == ["d"] and g.docs[0].published is None
    assert not g.problems[0].fatal and "published" in str(g.problems[0])


def test_nothing_scorable_raises(tmp_path):
    write_gold(tmp_path, [])
    (tmp_path / "gold.jsonl").write_text("not json\n", encoding="utf-8")
    with pytest.raises(EvalError, match="no document could be loaded"):
        evaluate(tmp_path, predictions=tmp_path / "unused.jsonl")


# --------------------------------------------------------------------------- command line


def write_predictions(path: Path, preds: list[dict], extra_lines: list[str] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
        for line in extra_lines:
            f.write(line + "\n")
    return path


def cli(*args: str):
    return runner.invoke(app, ["eval", *map(str, args)])


def test_cli_scores_saved_predictions_as_json(tmp_path):
    preds = write_predictions(tmp_path / "run.jsonl", hand_predictions())
    res = cli(FIXTURE, "--predictions", preds, "--json", "--by-type", "--per-doc")
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert {k: obj[k] for k in ("documents", "gold_events", "predicted", "tp", "fp", "fn", "precision", "recall",
                                "f1", "actor1_acc", "actor2_acc", "casualty_acc", "geo_acc_5km", "date_acc",
                                "evidence_valid", "docs_per_s")} == {
        "documents": 3, "gold_events": 5, "predicted": 7, "tp": 4, "fp": 2, "fn": 1, "precision": 0.667,
        "recall": 0.8, "f1": 0.727, "actor1_acc": 0.8, "actor2_acc": 0.667, "casualty_acc": 0.8,
        "geo_acc_5km": 0.667, "date_acc": 0.75, "evidence_valid": 0.857, "docs_per_s": None}
    assert {r["doc_id"]: r["fn"] for r in obj["per_doc"]} == {"deir-001": 0, "idlib-002": 0, "daraa-003": 1}
    assert {r["sub_event_type"] for r in obj["by_type"]} == {
        "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Arrests", "Peaceful protest"}
    assert obj["problems"] == []


def test_cli_table_and_show(tmp_path):
    preds = write_predictions(tmp_path / "run.jsonl", hand_predictions())
    res = cli(FIXTURE, "--predictions", preds, "--show", "--per-doc")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert "MISSED   daraa-003: Arrests @ نوى" in lines
    assert "EXTRA    deir-001: Air/drone strike @ الشحيل" in lines
    assert any(line.startswith("INJURED  deir-001: Shelling/artillery/missile attack @ الشحيل: got 3, want [4, 4]")
               for line in lines)
    assert re.search(r"event precision\s*│\s*0\.667\s*│\s*4/6", res.stdout)
    assert re.search(r"daraa-003\s*│\s*2\s*│\s*0\s*│\s*2\s*│\s*1\s*│\s*1\s*│\s*1\s*│", res.stdout)


def test_cli_bad_predictions_lines_are_warned_about(tmp_path):
    preds = write_predictions(tmp_path / "run.jsonl", hand_predictions(), ["{oops", "[1, 2]"])
    res = cli(FIXTURE, "--predictions", preds, "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["tp"] == 4
    err = re.sub(r"\s+", " ", res.stderr)
    assert f"{preds}:8: not valid JSON" in err and f"{preds}:9: not an event record" in err
    assert cli(FIXTURE, "--predictions", preds, "--json", "--strict").exit_code == 2


def test_cli_bad_gold_exit_codes(tmp_path):
    res = cli(tmp_path, "--json")
    assert res.exit_code == 2 and "gold.jsonl: missing" in res.stderr
    res = cli(FIXTURE, "--predictions", tmp_path / "none.jsonl")
    assert res.exit_code == 2 and "predictions file not found" in res.stderr
    folder = _copy_fixture(tmp_path)
    _rewrite_line(folder, 3, "{broken")
    preds = write_predictions(tmp_path / "run.jsonl", hand_predictions())
    res = cli(folder, "--predictions", preds, "--json")
    assert res.exit_code == 0                       # two documents still scored
    assert json.loads(res.stdout)["documents"] == 2
    assert "gold.jsonl:3: not valid JSON" in re.sub(r"\s+", " ", res.stderr)
    assert cli(folder, "--predictions", preds, "--strict").exit_code == 2
    (folder / "gold.jsonl").write_text("{broken\n", encoding="utf-8")
    res = cli(folder, "--predictions", preds)
    assert res.exit_code == 2 and "nothing to score" in res.stderr


# --------------------------------------------------------------------------- end to end (the extractor)

TIMING = {"docs_per_s", "extract_seconds", "extractor_load_seconds"}


def figures(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if k not in TIMING}


def test_cli_runs_the_extractor_and_its_saved_run_scores_the_same(tmp_path):
    saved = tmp_path / "run.jsonl"
    res = cli(FIXTURE, "--json", "--save-predictions", saved)
    assert res.exit_code == 0, res.output
    live = json.loads(res.stdout)
    assert live["documents"] == 3 and live["gold_events"] == 5 and live["docs_per_s"] > 0
    assert live["predicted"] == len(saved.read_text(encoding="utf-8").splitlines())
    again = json.loads(cli(FIXTURE, "--json", "--predictions", saved).stdout)
    assert figures(again) == figures(live)


def test_in_process_run_equals_scoring_rasd_extract_output(tmp_path):
    """The in-process extractor and `rasd extract --format jsonl` (how the reference scorer runs it)
    must give the same records, hence the same figures."""
    gold = load_gold(FIXTURE)
    docs = tmp_path / "docs.jsonl"
    with open(docs, "w", encoding="utf-8") as f:
        for d in gold.docs:
            f.write(json.dumps({"id": d.doc_id, "text": d.text,
                                "published": d.published.isoformat() if d.published else None},
                               ensure_ascii=False) + "\n")
    res = runner.invoke(app, ["extract", "--format", "jsonl", str(docs)])
    assert res.exit_code == 0, res.output
    out = tmp_path / "extract.jsonl"
    out.write_text(res.stdout, encoding="utf-8")
    via_cli = evaluate(FIXTURE, predictions=out).scores.summary()
    in_process = evaluate(FIXTURE).scores.summary()
    assert figures(via_cli) == figures(in_process)


def test_workers_give_the_same_figures():
    one = evaluate(FIXTURE).scores
    two = evaluate(FIXTURE, workers=2).scores
    assert figures(one.summary()) == figures(two.summary())
    assert one.per_doc_rows() == two.per_doc_rows()


def test_an_extractor_crash_counts_as_misses():
    def broken(doc):
        raise RuntimeError("boom")

    ev = evaluate(FIXTURE, extract=broken)
    assert (ev.scores.events.tp, ev.scores.events.fn) == (0, 5)
    assert len(ev.problems) == 3 and all("extraction failed: RuntimeError: boom" in str(p) for p in ev.problems)


# --------------------------------------------------------------------------- the reference scorer

REFERENCE = Path(os.environ.get("RASD_REFERENCE_SCORER", "/work/shared/eval/score.py"))


def _reference():
    if not REFERENCE.is_file():
        pytest.skip(f"the project's reference scorer is not at {REFERENCE} (set RASD_REFERENCE_SCORER)")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_same_figures_as_the_reference_scorer_on_random_predictions():
    """rasd eval must agree with shared/eval/score.py on any output, not only the extractor's."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    ref = _reference()
    gold_rows = [json.loads(line) for line in (FIXTURE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = load_gold(FIXTURE)
    places = ["بلدة الشحيل", "الحوايج", "Ariha", "سرمين", "طفس", "نوى", "درعا", "Shheil", "حي الحوايج"]
    coords = [None, ARIHA, ARIHA_DISTRICT, SARMIN, TAFAS, (TAFAS[0] + 0.03, TAFAS[1]), DARAA]
    actors = [None, "Syrian Government Forces", "Civilians", "Islamic State", "Russian Forces", "Protesters"]
    counts = st.one_of(st.none(), st.integers(0, 6))
    one = st.builds(
        lambda doc, sub, place, at, a1, a2, k, i, day: {
            **raw(doc, sub, place, latitude=at and at[0], longitude=at and at[1], actor1=a1, actor2=a2,
                  fatalities=k, injured=i, event_date=day),
            "evidence": [{"start": 0, "end": 3, "text": TEXTS[doc][:3]}]},
        st.sampled_from(sorted(TEXTS)),
        st.sampled_from(["Shelling/artillery/missile attack", "Armed clash", STRIKE, "Peaceful protest",
                         "Arrests", "Attack"]),
        st.sampled_from(places), st.sampled_from(coords), st.sampled_from(actors), st.sampled_from(actors),
        counts, counts, st.sampled_from([None, "2019-03-12", "2019-11-04", "2019-11-05", "2020-01-01"]))

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(one, max_size=14))
    def check(preds):
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()):
            theirs = ref.score(gold_rows, preds, TEXTS, False)
        ours = score(gold, preds).summary()
        assert {k: ours[k] for k in theirs} == theirs

    check()
