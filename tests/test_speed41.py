"""Round speed-41: geocoder results and place phrases are built with positional arguments
(cheaper for a class than keywords); each value must still land in its own field.

The sentences are written for these tests."""
import sys

import pytest

import rasd
import rasd.extract.pipeline
from rasd.geo import GeoContext, get_gazetteer
from rasd.model import PlaceMention
from rasd.text.normalize import normalize, normalize_key


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _mention(name, **kw):
    return PlaceMention(name=normalize_key(name), text=name, start=0, end=0, **kw)


def _ctx(text="", **kw):
    return GeoContext(text=normalize(text).text, **kw)


def test_a_known_place_fills_every_field(gaz):
    (r,) = gaz.resolve([_mention("البوكمال", kind="city")], _ctx())
    assert isinstance(r.location, str) and r.location
    assert 34.0 < r.latitude < 35.0 and 40.5 < r.longitude < 41.5
    assert r.admin1 == "Deir-ez-Zor" and isinstance(r.admin2, str)
    assert (r.country, r.iso, r.geo_precision) == ("Syria", 760, 1)
    assert isinstance(r.gazetteer_id, str) and r.gazetteer_id
    assert isinstance(r.score, float) and r.score > 0
    assert "type word city" in r.why
    assert r.runner_up is None or isinstance(r.runner_up, str)


def test_a_runner_up_lands_in_its_field(gaz):
    (r,) = gaz.resolve([_mention("صوران", kind="town")],
                       _ctx("تجددت الاشتباكات في ريف حماة الشمالي قرب مدينة مورك وبلدة صوران"))
    assert r.admin1 == "Hama" and "Suran" in r.runner_up and r.runner_up != r.why


def test_an_unknown_place_with_no_container_has_no_point(gaz):
    (r,) = gaz.resolve([_mention("قرية زقزبونة", kind="village")], _ctx(country_hint="SY"))
    assert r.location == "قرية زقزبونة"
    assert (r.latitude, r.longitude, r.admin1, r.admin2, r.admin3) == (None,) * 5
    assert (r.country, r.iso, r.geo_precision, r.gazetteer_id, r.score) == ("Syria", 760, 3, None, 0.0)
    assert r.why == "unknown place; no containing place named: no point" and r.runner_up is None


def test_an_unknown_place_in_a_named_container_takes_the_containers_fields(gaz):
    (r,) = gaz.resolve([_mention("قرية زقزبونة", kind="village", parent_name=normalize_key("الميادين"))],
                       _ctx("قصف على قرية زقزبونة قرب مدينة الميادين", country_hint="SY"))
    assert r.location == "قرية زقزبونة" and r.admin1 == "Deir-ez-Zor"
    assert r.latitude is not None and r.longitude is not None and 40.0 < r.longitude < 41.5
    assert (r.country, r.iso, r.gazetteer_id, r.score) == ("Syria", 760, None, 0.1)
    assert r.geo_precision in (2, 3) and r.why.startswith("unknown place") and r.runner_up is None


def test_a_place_put_abroad_and_unknown_there_is_placed_nowhere(gaz):
    (r,) = gaz.resolve([_mention("قرية زقزبونة", kind="village", country="LB")], _ctx(country_hint="SY"))
    assert r.location == "قرية زقزبونة"
    assert (r.latitude, r.longitude, r.admin1, r.admin2, r.admin3) == (None,) * 5
    assert (r.country, r.geo_precision, r.gazetteer_id, r.score, r.runner_up) == ("Lebanon", 3, None, 0.0, None)
    assert isinstance(r.iso, int) and r.iso != 760
    assert r.why == "a place the report puts in LB: not in the gazetteer"


def test_place_span_values_land_in_their_fields(monkeypatch):
    pipeline = sys.modules["rasd.extract.pipeline"]   # (rasd.extract is also a function)
    found = []

    def spy(*args, **kwargs):
        places = real(*args, **kwargs)
        found.append(places)
        return places

    real = pipeline.find_places
    monkeypatch.setattr(pipeline, "find_places", spy)
    rasd.extract("قصفت قوات النظام بالمدفعية الثقيلة بلدات كفرنبل والتمانعة والهبيط جنوب إدلب في سوريا. "
                 "وقصفت طائرات حربية مدينة الميادين، وقتل في المدينة ثلاثة مدنيين.", "2017-06-20")
    places = found[-1]
    listed = places[:3]   # a list after a plural type word: one group, found through the cue
    assert [p.name for p in listed] == [normalize_key(n) for n in ("كفرنبل", "التمانعة", "الهبيط")]
    for p in listed:
        assert p.kind == "town" and p.qualifier is None and p.direction is None
        assert p.gazetteer_ids and len(p.levels) == len(p.gazetteer_ids)
        assert p.from_cue and not p.is_container and not p.anaphor and p.ref is None
        assert p.parent is not None and p.parent.name == normalize_key("إدلب")
        assert p.start <= p.name_start < p.name_end <= p.end
    assert listed[0].group == listed[1].group == listed[2].group >= 0
    country = next(p for p in places if p.kind == "country")
    assert country.is_container and not country.from_cue and country.group == -1
    assert country.levels == ("country",)
    city, again = places[-2:]
    assert city.kind == "city" and city.from_cue and not city.anaphor and city.group >= 0
    assert again.anaphor and again.from_cue and again.group == -1 and again.ref is city


@pytest.mark.parametrize("mode", ["air", "shelling"])
def test_a_window_without_a_needle_has_no_weapon_of_its_mode(mode):
    """`_weapon_needles` gates the weapon window scans: every window in which the weapons
    lexicon finds a weapon of the mode holds one of its words (random windows of weapon words, with
    proclitics, the لل contraction and words cut at the window's edges)."""
    import random

    from rasd.extract.event_types import _weapon_needles
    from rasd.text.needles import any_in

    weapons = sys.modules["rasd.extract.pipeline"].default_extractor().lex.weapons
    needles = _weapon_needles(weapons, mode)
    words = [normalize_key(p.strip("*+")) for p, _ in weapons.patterns] + ["قصف", "على", "مدينة", "هجوم"]
    rng = random.Random(41)
    seen = 0
    for _ in range(3000):
        parts = [rng.choice(["", "و", "ب", "ل", "وب", "ال", "لل"]) + rng.choice(words) for _ in range(rng.randint(1, 4))]
        text = " ".join(parts)
        a = rng.randint(0, 3)
        window = text[a:len(text) - rng.randint(0, 3)]
        air = any(h.payload[1] == mode for h in weapons.find(window))
        seen += air
        assert not air or any_in(needles, window), window
    assert seen > 200   # (the test saw weapons of the mode)
