"""Coverage round q84-levant: places and armed groups of the Levant fronts that rasd did not know.

Every sentence is written for the test and names other places of the same class than the sets name.
"""
from __future__ import annotations

import csv
from pathlib import Path

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.printed import parse_printed
from rasd.text.normalize import normalize

CURATED = Path(rasd.__file__).parent / "data" / "gazetteer" / "curated" / "places_q84-levant.tsv"
BOXES = {"LB": (33.0, 34.75, 35.0, 36.7), "PS": (31.2, 32.6, 34.2, 35.6), "IL": (29.4, 33.4, 34.2, 35.9)}


def recs(text: str, published: str = "2024-10-05"):
    return rasd.extract(text, published=published)


def _rows():
    with CURATED.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


# 1. the curated rows: a page for every row, the printed point converted mechanically, inside the country
def test_every_row_names_its_page_and_its_printed_point():
    rows = _rows()
    assert len(rows) >= 35
    for r in rows:
        assert r["source_url"].startswith("http"), r["id"]
        if r["printed"]:
            c = parse_printed(r["printed"])
            assert (float(r["lat"]), float(r["lon"])) == (c.lat, c.lon), r["id"]
            s, n, w, e = BOXES[r["country"]]
            assert s <= c.lat <= n and w <= c.lon <= e, r["id"]
        else:
            assert not r["lat"] and (r["parent"] or r["same_as"]), r["id"]


def test_the_built_gazetteer_knows_the_new_names():
    gaz = get_gazetteer()
    want = {"مطار رفيق الحريري الدولي": "cur:lb:beirut-airport", "مخيم شاتيلا": "cur:lb:shatila-camp",
            "معبر كرم أبو سالم": "cur:il:kerem-shalom-crossing", "مستشفى كمال عدوان": "cur:ps:kamal-adwan-hospital",
            "نير عوز": "cur:il:nir-oz", "أوفاكيم": "cur:il:ofakim", "باب العامود": "cur:ps:damascus-gate"}
    for name, eid in want.items():
        t = normalize(name).text
        hits = [h for h in gaz.find_names(t) if h.start == 0 and h.end == len(t)]
        assert hits and eid in hits[0].entry_ids, name


# 2. places: quarters of Beirut's southern suburbs, Israeli towns hit by rockets, kibbutzim of 7 October
def test_a_quarter_of_the_southern_suburbs():
    rs = recs("شن الطيران الحربي المعادي غارة على مبنى في حي المريجة بالضاحية الجنوبية فجر اليوم.", "2024-10-03")
    assert rs and rs[0].location == "Beirut - Mreijeh" and rs[0].country == "Lebanon"


def test_towns_of_haifa_bay_hit_by_rockets():
    rs = recs("أعلن حزب الله أنه قصف كريات موتسكين ومعالوت ترشيحا بصليات من الصواريخ.", "2024-10-08")
    got = {r.location for r in rs}
    assert {"Kiryat Motzkin", "Ma'alot-Tarshiha"} <= got
    assert all(r.country == "Israel" for r in rs)


def test_a_kibbutz_of_the_gaza_envelope():
    rs = recs("قتل مسلحون تسعة أشخاص واختطفوا آخرين في كيبوتس نير عوز قرب حدود القطاع.", "2023-10-07")
    assert rs and rs[0].location == "Nir Oz" and rs[0].latitude is not None


def test_a_hospital_of_khan_yunis_is_placed_at_its_city():
    rs = recs("قصفت طائرات الاحتلال محيط مجمع ناصر الطبي في خان يونس ما أدى إلى مقتل أربعة مواطنين.", "2024-01-22")
    r = next(r for r in rs if r.sub_event_type == "Air/drone strike")
    assert r.location == "Nasser Medical Complex" and r.geo_precision == 2


def test_the_event_is_not_hadath():
    rs = recs("وقال شهود إن تفاصيل الحدث ما زالت غامضة بعد انفجار عبوة ناسفة في بلدة الحدث.", "2024-09-20")
    assert rs and all(r.location == "Hadath" for r in rs)


# 3. armed groups by their own names, and settlers as WAFA names them
def test_settlers_as_wafa_names_them():
    rs = recs("هاجم مستعمرون قرية قصرة جنوب نابلس وأحرقوا ثلاث مركبات.", "2024-04-13")
    assert rs and rs[0].actor1 == "Israeli Settlers"


def test_west_bank_battalions_and_wings():
    rs = recs("أعلنت مجموعة عرين الأسود إطلاق النار على حاجز عسكري قرب بلدة بيتا.", "2022-10-11")
    assert rs and rs[0].actor1 == "Lions' Den"
    rs = recs("أعلنت كتائب أبو علي مصطفى قصف مستوطنة كيسوفيم بقذيفتي هاون.", "2023-11-02")
    assert rs and rs[0].actor1 == "Popular Front for the Liberation of Palestine"
    rs = recs("أعلنت كتائب شهداء الأقصى استهداف قوات الاحتلال بالرصاص عند مدخل مخيم بلاطة.", "2023-08-14")
    assert rs and rs[0].actor1 == "Al-Aqsa Martyrs' Brigades"


def test_amal_by_its_name():
    rs = recs("اندلعت اشتباكات بين مسلحين من حركة أمل وآخرين من عشيرة في بلدة الغازية.", "2023-05-10")
    assert rs and "Amal Movement" in (rs[0].actor1, rs[0].actor2)


def test_lebanese_camps_and_a_camp_jihadist_group():
    rs = recs("قتل جنديان من الجيش اللبناني برصاص مسلحين مجهولين في مخيم البداوي شمال طرابلس.", "2007-06-20")
    assert rs and rs[0].location == "Beddawi camp" and rs[0].geo_precision == 1
    rs = recs("هاجمت جماعة \"جند الشام\" موقعاً للجيش اللبناني عند مدخل مخيم عين الحلوة.", "2007-06-03")
    assert rs and rs[0].actor1 == "Jund al-Sham"


def test_settlements_geonames_held_without_an_arabic_name():
    rs = recs("أطلق مستوطنون من مستوطنة إيتمار النار على مزارعين في قرية عورتا وأصابوا اثنين.", "2024-10-20")
    assert rs and rs[0].actor1 == "Israeli Settlers"
    rs = recs("أطلق شاب النار على حارس عند مدخل مستوطنة كرني شومرون شرق قلقيلية فأصابه بجروح.", "2024-03-02")
    assert rs and rs[0].location == "Karney Shomron" and rs[0].latitude is not None
