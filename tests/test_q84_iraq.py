"""Coverage round q84-iraq: Iraq's places and actors filled by class (Baghdad and Mosul quarters, bases and
fields, the IS-remnant belts, Sinjar, the PKK areas of Duhok and Erbil; Iraqi factions and the Iranian-Kurdish
parties). Every sentence is written for the test, about other members of the class than the gold sets name."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers import records_at

from rasd.geo import get_gazetteer
from rasd.geo.printed import parse_printed

recs = records_at("2016-05-04")
ROWS = Path(__file__).resolve().parents[1] / "src/rasd/data/gazetteer/curated/places_q84-iraq.tsv"


def _rows():
    with open(ROWS, encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _one(text, published):
    rs = recs(text, published)
    assert rs, text
    return rs[0]


# 1. the file: a source for every row, a printed point parsed mechanically, an inherited point otherwise
def test_every_row_names_its_page_and_its_point_or_its_container():
    rows = _rows()
    assert len(rows) >= 40
    for r in rows:
        assert r["source_url"].startswith("http"), r["id"]
        assert r["country"] == "IQ" and r["admin"].startswith("IQG"), r["id"]
        if r["printed"]:
            if r["printed"].startswith("{{coord|"):
                lat, lon = map(float, r["printed"][8:].split("|")[:2])
            else:
                p = parse_printed(r["printed"])
                lat, lon = p.lat, p.lon
            assert abs(lat - float(r["lat"])) < 1e-4 and abs(lon - float(r["lon"])) < 1e-4, r["id"]
            assert 29 < lat < 38 and 38.5 < lon < 49, r["id"]
        else:
            assert not r["lat"] and r["approximate"] == "1", r["id"]


# 2. quarters of Baghdad and Mosul are the city's quarters, not the city
@pytest.mark.parametrize("text, published, location", [
    ("أصيب خمسة أشخاص بانفجار عبوة لاصقة بسيارة مدنية في حي الغزالية غربي بغداد.", "2008-02-11",
     "Baghdad - Ghazaliya"),
    ("قتل مدنيان بانفجار عبوة ناسفة قرب محال تجارية في حي الزعفرانية جنوب شرقي بغداد.", "2013-09-17",
     "Baghdad - Al-Za'franiya"),
    ("فجر انتحاري حزاماً ناسفاً قرب سيطرة للجيش في منطقة كوكجلي شرقي الموصل ما أدى إلى مقتل جنديين.", "2017-01-08",
     "Mosul - Gogjali"),
    ("أطلق قناص من داعش النار على مدنيين في محلة باب الطوب بالموصل القديمة فقتل امرأة.", "2017-06-20",
     "Mosul - Bab al-Tob"),
])
def test_a_quarter_is_its_citys(text, published, location):
    r = _one(text, published)
    assert r.location == location
    assert r.geo_precision in (1, 2)


def test_a_quarter_with_its_own_point_is_placed_there():
    r = _one("أصيب أربعة مدنيين بانفجار عبوة ناسفة في منطقة السيدية جنوب غربي بغداد.", "2014-03-02")
    assert r.location == "Baghdad - Al-Saydiya" and r.geo_precision == 1
    assert abs(r.latitude - 33.2496) < 0.01


# 3. bases, airfields and oil fields
def test_an_air_base_is_the_base_not_the_town():
    r = _one("سقطت أربعة صواريخ كاتيوشا على قاعدة القيارة الجوية جنوب الموصل من دون إصابات.", "2020-01-04")
    assert r.location == "Qayyarah Airfield West" and r.geo_precision == 1


def test_a_base_named_with_its_town_keeps_the_town():
    rs = recs("سقط صاروخان على قاعدة التقدم الجوية في الأنبار، فيما سقطت قذيفة ثالثة على حي سكني في مدينة الحبانية "
              "ما أدى إلى إصابة مدني.", "2020-03-17")
    assert {"Al-Taqaddum Air Base", "Habbaniyah"} <= {r.location for r in rs}


def test_an_oil_field_in_the_hamrin_hills():
    r = _one("هاجم مسلحو داعش حراس حقل علاس النفطي شرق تكريت، ما أدى إلى مقتل شرطيين.", "2019-05-22")
    assert r.location == "Allas oil field" and r.admin1 == "Salah Al-Din"


# 4. the belts where IS remnants attack, and the sub-districts that fall back to their district's point
@pytest.mark.parametrize("text, published, location, admin1", [
    ("هاجم مسلحو داعش نقطة للجيش في حوض المطيبيجة، ما أدى إلى مقتل ثلاثة جنود.", "2019-08-14",
     "Mutaibija", "Salah Al-Din"),
    ("اغتال مسلحون مجهولون مختار قرية في ناحية أبي صيدا شمال شرقي بعقوبة.", "2018-11-02",
     "Abi Saida", "Diyala"),
    ("انفجرت عبوة ناسفة بدورية للحشد الشعبي في جزيرة سامراء، ما أدى إلى إصابة ثلاثة من عناصره.", "2021-02-07",
     "Jazirat Samarra", "Salah Al-Din"),
    ("استعادت القوات الأمنية ناحية الشورة جنوب الموصل بعد معارك مع داعش.", "2016-10-29",
     "Al-Shura", "Ninewa"),
])
def test_a_place_of_the_belts(text, published, location, admin1):
    r = _one(text, published)
    assert r.location == location and r.admin1 == admin1


# 5. the PKK areas of Duhok and Erbil, and Sinjar's collective towns
def test_a_turkish_strike_on_mount_metina():
    r = _one("قصفت طائرات حربية تركية مواقع لحزب العمال الكردستاني في جبل متين التابع لقضاء العمادية شمال دهوك.",
             "2021-06-09")
    assert r.location == "Metina" and r.admin1 == "Duhok" and r.actor1 == "Turkish Forces"


def test_a_turkish_strike_in_sidakan():
    r = _one("قصفت المدفعية التركية أطراف قرى ناحية سيدكان شمال أربيل دون وقوع إصابات.", "2020-09-18")
    assert r.location == "Sidakan" and r.admin1 == "Erbil"


def test_a_turkish_strike_in_sheladze():
    r = _one("قتل مدنيان بقصف جوي تركي استهدف أطراف ناحية شيلادزي شمال دهوك.", "2019-01-24")
    assert r.location == "Sheladze" and r.admin1 == "Duhok" and r.actor1 == "Turkish Forces"


def test_a_strike_on_a_collective_town_of_sinjar():
    r = _one("قصفت طائرة مسيرة تركية مقراً في مجمع زورافا شمال سنجار، ما أدى إلى مقتل مقاتلين اثنين.", "2021-08-17")
    assert r.location == "Zorava" and r.admin2 == "Sinjar"


# 6. actors: Iraqi factions and the Iranian-Kurdish parties the IRGC strikes
def test_an_iraqi_faction_claims_a_drone_strike():
    r = _one("تبنت سرايا أولياء الدم هجوماً بطائرة مسيرة على قاعدة حرير شمال أربيل.", "2021-07-06")
    assert r.actor1 == "Saraya Awliya al-Dam" and r.location == "Harir Air Base"


@pytest.mark.parametrize("party, actor", [
    ("حزب كوملة", "Komala"),
    ("الحزب الديمقراطي الكردستاني الإيراني", "Kurdistan Democratic Party of Iran"),
    ("حزب الحياة الحرة الكردستاني", "PJAK"),
])
def test_the_iranian_kurdish_party_struck_is_the_target(party, actor):
    r = _one(f"قصف الحرس الثوري الإيراني بالصواريخ مقرات {party} قرب قضاء كويسنجق، ما أدى إلى مقتل عنصرين.",
             "2022-09-28")
    assert r.actor1 == "Iranian Revolutionary Guard Corps" and r.actor2 == actor


# 7. quarter names that are words stay words
@pytest.mark.parametrize("text", [
    "خرج الشعب العراقي في مظاهرات حاشدة في ساحة التحرير ببغداد للمطالبة بالإصلاح.",
    "تظاهر المئات أمام مبنى المحافظة في الموصل احتجاجاً على سوء الخدمات وقالوا إن الجهاد الحقيقي هو البناء.",
])
def test_a_word_is_no_quarter(text):
    rs = recs(text, "2019-10-25")
    assert all(r.location_text not in ("الشعب", "الجهاد") for r in rs)


def test_the_gazetteer_holds_the_classes():
    gaz = get_gazetteer()
    for name in ("الشعلة", "كوكجلي", "قاعدة التقدم الجوية", "مطار بغداد الدولي", "عكاشات", "ديرلوك", "مكيشيفة"):
        assert any(c.entry.country == "IQ" and c.how == "exact" for c in gaz.lookup(name)), name
