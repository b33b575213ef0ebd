"""The bundled sample reports: consistent files, and records that keep the output contract.

These are contract checks over the demo data (evidence, types, dates, places
inside the right country), plus one coverage check: together the samples
exercise every kind of event the lexicons support.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

import pytest

from rasd.extract.pipeline import default_extractor
from rasd.model import EVENT_TYPE_OF, SPEC_KEYS, Document, Record
from rasd.resources import data_path
from rasd.text.dates import find_anchor
from rasd.text.normalize import normalize

SAMPLES = data_path("samples")
TXT = sorted(SAMPLES.glob("*.txt"))

# generous bounding boxes (lat_min, lat_max, lon_min, lon_max) by file-name prefix
COUNTRY_BOX = {
    "sy": (32.3, 37.4, 35.5, 42.5),
    "iq": (29.0, 37.5, 38.7, 48.8),
    "ye": (12.0, 19.0, 42.0, 54.0),
    "ly": (19.5, 33.2, 9.3, 25.2),
    "sd": (8.5, 22.3, 21.8, 38.7),
}


@lru_cache(maxsize=None)
def records_of(name: str) -> tuple[Record, ...]:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    return tuple(default_extractor().extract(Document(id=name, text=text)))


def test_there_are_ten_to_twenty_samples_from_five_countries():
    assert 10 <= len(TXT) <= 20
    assert {p.name[:2] for p in TXT} == set(COUNTRY_BOX)


def test_jsonl_holds_the_same_reports():
    lines = [json.loads(x) for x in (SAMPLES / "samples.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert sorted(o["id"] for o in lines) == sorted(p.stem for p in TXT)
    for o in lines:
        text = (SAMPLES / f"{o['id']}.txt").read_text(encoding="utf-8")
        assert o["text"] == text
        anchor, kind = find_anchor(normalize(text).text, None)
        assert kind == "dateline" and o["published"] == anchor.isoformat()


def test_readme_describes_every_sample():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for p in TXT:
        assert f"`{p.name}`" in readme


@pytest.mark.parametrize("name", [p.name for p in TXT])
def test_sample_records_keep_the_contract(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    recs = records_of(name)
    assert recs, f"{name} gave no record"
    anchor, _ = find_anchor(normalize(text).text, None)
    lat0, lat1, lon0, lon1 = COUNTRY_BOX[name[:2]]
    for r in recs:
        d = r.to_dict()
        assert list(d)[:len(SPEC_KEYS)] == list(SPEC_KEYS)
        assert r.event_type == EVENT_TYPE_OF[r.sub_event_type]
        assert r.evidence
        for s in r.evidence:
            assert text[s.start:s.end] == s.text
        assert r.location_text and r.location_text in text
        # nothing happens after the report was written
        assert r.event_date is not None and date.fromisoformat(r.event_date) <= anchor
        assert r.date_start <= r.event_date <= r.date_end
        assert r.time_precision in (1, 2, 3) and r.geo_precision in (1, 2, 3)
        assert 0.0 <= r.confidence <= 1.0
        for lo, best, hi in ((r.fatalities_low, r.fatalities, r.fatalities_high),
                             (r.injured_low, r.injured, r.injured_high)):
            if best is not None:
                assert lo is not None and lo <= best and (hi is None or best <= hi)
        if r.latitude is not None:
            assert lat0 <= r.latitude <= lat1 and lon0 <= r.longitude <= lon1, (r.location, r.latitude)
    # ids are unique within a report
    assert len({r.event_id for r in recs}) == len(recs)


def test_most_sample_records_are_geocoded():
    recs = [r for p in TXT for r in records_of(p.name)]
    located = [r for r in recs if r.latitude is not None]
    assert len(located) >= 0.85 * len(recs)


def test_samples_cover_every_event_kind():
    subs = {r.sub_event_type for p in TXT for r in records_of(p.name)}
    wanted = {
        "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
        "Remote explosive/landmine/IED", "Suicide bomb", "Attack",
        "Abduction/forced disappearance", "Arrests",
        "Government regains territory", "Non-state actor overtakes territory",
        "Peaceful protest", "Excessive force against protesters",
        "Looting/property destruction",
    }
    assert wanted <= subs, wanted - subs
    weapons = {w for p in TXT for r in records_of(p.name) for w in r.weapons}
    assert {"car bomb", "aircraft", "mortar"} <= weapons
