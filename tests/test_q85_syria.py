"""Coverage round q85-syria: Syrian villages and armed groups that rasd did not know.

Every sentence is written for the test and names other places of the same class than the sets name.
"""
from __future__ import annotations

import csv
from pathlib import Path

import rasd
from rasd.geo import get_gazetteer
from rasd.geo.printed import parse_printed
from rasd.text.normalize import normalize

CURATED = Path(rasd.__file__).parent / "data" / "gazetteer" / "curated" / "places_q85-syria.tsv"
SY_BOX = (32.3, 37.4, 35.7, 42.4)


def recs(text: str, published: str = "2018-03-05"):
    return rasd.extract(text, published=published)


def _rows():
    with CURATED.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


# 1. the curated rows: a page for every row, the printed point converted mechanically, inside Syria
def test_every_row_names_its_page_and_its_printed_point_or_parent():
    rows = _rows()
    assert len(rows) >= 40
    for r in rows:
        assert r["source_url"].startswith("http"), r["id"]
        assert r["country"] == "SY", r["id"]
        if r["printed"]:
            c = parse_printed(r["printed"])
            assert (float(r["lat"]), float(r["lon"])) == (c.lat, c.lon), r["id"]
            s, n, w, e = SY_BOX
            assert s <= c.lat <= n and w <= c.lon <= e, r["id"]
        else:
            # (a village takes its sub-district's centroid, a quarter its city's point: never a town's,
            #  which would make the town read as the village's container)
            assert not r["lat"] and r["parent"], r["id"]
            assert r["parent"].startswith(("SY", "cur:rdm:")) or r["level"] == "neighbourhood", r["id"]


def test_the_built_gazetteer_knows_the_new_names():
    gaz = get_gazetteer()
    want = {"مسرابا": "cur:q85:misraba", "زبدين": "cur:q85:zabdin", "أوتايا": "cur:q85:otaya",
            "داديخ": "cur:q85:dadikh", "خنيزير": "cur:q85:khunayzir", "أم شرشوح": "cur:q85:umm-sharshuh",
            "قاح": "cur:q85:qah", "معرشمارين": "cur:q85:maar-shamarin", "غويران": "cur:q85:hsk-ghwayran"}
    for name, eid in want.items():
        t = normalize(name).text
        hits = [h for h in gaz.find_names(t) if h.start == 0 and h.end == len(t)]
        assert hits and eid in hits[0].entry_ids, name


# 2. places: the Eastern Ghouta's towns, the Ghab and Mahardah front, northern Homs, Saraqib's villages
def test_a_town_of_the_eastern_ghouta():
    rs = recs("ريف دمشق - قتل 4 مدنيين بينهم طفلان جراء غارات جوية على بلدة حزة في الغوطة الشرقية.")
    assert rs and rs[0].location == "Hazza" and rs[0].admin1 == "Rural Damascus"


def test_a_village_of_the_marj():
    rs = recs("قصفت قوات النظام بقذائف الهاون قرية البحارية في منطقة المرج بالغوطة الشرقية، ما أدى لإصابة سبعة أشخاص.",
              "2016-05-14")
    assert rs and rs[0].location == "Al-Bahariyah"


def test_a_village_of_the_ghab_takes_the_governorate_of_the_report():
    rs = recs("حماة - استهدفت قوات النظام بالمدفعية الثقيلة قرية الحويز في سهل الغاب، ما أدى لمقتل رجل.", "2019-06-11")
    assert rs and rs[0].location == "Al-Huwayz" and rs[0].admin1 == "Hama" and rs[0].geo_precision == 2


def test_a_village_by_mahardah():
    rs = recs("سقطت قذائف صاروخية على قرية شيزر غرب مدينة محردة بريف حماة، ما أدى لإصابة امرأتين.", "2017-09-20")
    assert rs and rs[0].location == "Shaizar" and rs[0].admin1 == "Hama"


def test_a_village_of_the_northern_homs_countryside():
    rs = recs("حمص - قتل شابان برصاص قناص في قرية الفرحانية بريف حمص الشمالي مساء أمس.", "2016-11-02")
    assert rs and rs[0].location == "Al-Farhaniyah" and rs[0].admin1 == "Homs"


def test_a_village_south_of_saraqib():
    rs = recs("إدلب - شنت الطائرات الحربية الروسية 5 غارات على قرية مرديخ جنوب سراقب، ما أدى لمقتل 3 مدنيين.", "2020-01-28")
    assert rs and rs[0].location == "Mardikh" and rs[0].admin1 == "Idleb"


def test_a_village_with_a_printed_point():
    rs = recs("إدلب - انفجرت عبوة ناسفة بسيارة مدنية في بلدة قاح قرب الحدود التركية، ما أدى لإصابة 6 أشخاص.", "2021-04-17")
    assert rs and rs[0].location == "Qah" and rs[0].geo_precision == 1


def test_a_village_beside_its_town_keeps_both_records():
    # the village's point is its sub-district's, so the town named with it is no container of it
    rs = recs("حمص - شنت الطائرات الروسية غارات على مدن تلبيسة والرستن والزعفرانة، ما أدى لمقتل 14 مدنياً.",
              "2015-10-02")
    assert {r.location for r in rs} >= {"Ar Rastan", "Al-Zaafaraniyah", "Tallbisah"}


def test_a_quarter_of_damascus():
    rs = recs("دمشق - انفجرت سيارة مفخخة في حي الدويلعة جنوب شرقي دمشق، ما أدى لمقتل 3 أشخاص.", "2025-07-01")
    assert rs and rs[0].location.endswith("Dweila")


# 3. a class fix: "معر" fused to the next word, like كفر and دير (معرشمشة for معر شمشة)
def test_a_maar_name_written_fused():
    gaz = get_gazetteer()
    t = normalize("قصفت قوات النظام بلدة معرشمشة شرق معرة النعمان").text
    names = [gaz.get(i).name_en for h in gaz.find_names(t) for i in h.entry_ids]
    assert "Maar Shamshah" in names


def test_maar_fused_does_not_make_ordinary_words_places():
    gaz = get_gazetteer()
    for s in ("افتتاح معرض الكتاب في المدينة", "لا معرفة لدينا بمصيرهم"):
        t = normalize(s).text
        assert not [h for h in gaz.find_names(t) if not h.common_word], s


# 4. names that are also words stay words without a cue
def test_village_names_that_are_words_need_a_cue():
    gaz = get_gazetteer()
    for s in ("أعلنت الجهة المشرفة على المعبر إغلاقه", "تمسك الأهالي بقيمهم الأصيلة", "مسجد الخلفاء الراشدين"):
        t = normalize(s).text
        assert all(h.common_word for h in gaz.find_names(t)), s


# 5. actors: factions of the Syrian National Army, pro-government militias, Sweida's factions
def test_sna_factions_by_their_own_names():
    rs = recs("حلب - قتل 3 عناصر في اشتباكات بين فرقة المعتصم وجيش الشرقية في مدينة مارع بريف حلب الشمالي.",
              "2022-10-12")
    assert rs and {rs[0].actor1, rs[0].actor2} == {"Mu'tasim Division", "Jaysh al-Sharqiya"}


def test_the_amshat_nickname():
    rs = recs("عفرين - اختطف عناصر من العمشات 4 مدنيين من قرية في ناحية شيخ الحديد بريف عفرين.", "2021-08-09")
    assert rs and rs[0].actor1 == "Sultan Suleiman Shah Division"


def test_the_25th_division_in_syria_is_not_sudans():
    rs = recs("قصفت قوات الفرقة 25 مهام خاصة بلدة كنصفرة في جبل الزاوية بأكثر من 40 قذيفة.", "2020-02-20")
    assert rs and rs[0].actor1 == "Syrian Government Forces"


def test_the_baqir_brigade_is_iran_backed():
    rs = recs("حلب - هاجم مقاتلو لواء الباقر مواقع لفصائل المعارضة قرب بلدة الحاضر جنوب حلب، وقتل 5 منهم.", "2016-06-03")
    assert rs and rs[0].actor1 == "Iranian-backed Militias"
