"""Checks shared by the tests of the curated place passes (pass 53, 64, 66): each row is held to the
page it cites, and the built gazetteer keeps what the row says. Not a test module itself."""
from __future__ import annotations

import math

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.build import COUNTRY_BOX
from rasd.geo.names import is_arabic
from rasd.geo.printed import parse_printed
from rasd.text.normalize import normalize_key


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def check_row_prints_its_point(row: dict, boxes: dict = COUNTRY_BOX) -> None:
    """The row names its page, its point is the mechanical reading of the string the page prints, inside
    its country; an approximate row says so (it never gives precision 1)."""
    assert row["source_url"].startswith(("https://", "http://")) and " " not in row["source_url"]
    assert is_arabic(row["name_ar"])
    got = parse_printed(row["printed"])
    assert (got.lat, got.lon) == (float(row["lat"]), float(row["lon"]))
    la0, la1, lo0, lo1 = boxes[row["country"]]
    assert la0 <= got.lat <= la1 and lo0 <= got.lon <= lo1
    assert row["note"].startswith("printed " + row["printed"])
    assert row["approximate"] in ("0", "1")
    if row["approximate"] == "1":
        assert "approximate" in row["note"]


def check_built_entry(row: dict, joined: dict[str, str]) -> None:
    """The built entry keeps the row's page, its coordinate kind and its unit; a row joined to a town
    the sources hold adds its spellings to that town."""
    gaz = get_gazetteer()
    if row["id"] in joined:
        town = gaz.get(joined[row["id"]])
        keys = {normalize_key(n) for n in town.all_names_ar()}
        assert {normalize_key(n) for n in row["names_ar"].split("|")} <= keys
        return
    e = gaz.get("cur:" + row["id"])
    assert e is not None and e.ref == row["source_url"]
    assert e.coord == ("approximate" if row["approximate"] == "1" else "exact")
    if row["admin"]:
        unit = gaz.get(row["admin"])
        assert unit is not None and e.admin1 == (unit.admin1 or unit.id)


def check_report_lands(rid: str, by_id: dict, reports: dict, joined: dict[str, str], published: str,
                       precision: int) -> None:
    """The one-line report written for row `rid` is placed on the row's point (or the town it joins),
    in the admin1 the report names, at the precision the caller expects."""
    text, admin1 = reports[rid]
    want = joined.get(rid, "cur:" + rid)
    out = rasd.extract(text, published)
    recs = [r for r in out if r.gazetteer_id == want]
    assert recs, [(r.location_text, r.location, r.gazetteer_id) for r in out]
    r = recs[0]
    assert r.admin1 == admin1
    e = get_gazetteer().get(want)
    assert km(r.latitude, r.longitude, e.lat, e.lon) < 0.01
    assert r.geo_precision == precision
