"""Coverage round q93-coverage (stop 32): places that missed gold events named and the gazetteer did not know;
each with its source in `curated/places_q93-coverage.tsv`.

Every sentence is written for the test (not taken from a set) and names other numbers than the probes.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def at(rs, where):
    hits = [r for r in rs if where in (r.location_text or "")]
    assert hits, [(r.location_text, r.location) for r in rs]
    return hits[0]


@pytest.mark.parametrize("text, published, where, gid", [
    # Saladin's Yankjah (a printed point)
    ("كركوك - مراسلنا\nهاجم مسلحون من داعش نقطة للشرطة في قرية ينكجة وقتلوا شرطيين.", "2015-03-14", "ينكجة",
     "cur:q93:yankjah"),
    # Baghdad's al-Tuwaitha nuclear site (a printed point)
    ("بغداد - مراسلنا\nسقطت ثلاث قذائف هاون قرب منشأة التويثة جنوب شرقي العاصمة دون إصابات.", "2007-05-20", "التويثة",
     "cur:q93:tuwaitha"),
    # Aleppo's Kafr Naha
    ("حلب - مراسلنا\nدارت اشتباكات بين فصيلين معارضين في بلدة كفرناها أسفرت عن مقتل أربعة مقاتلين.", "2018-02-25",
     "كفرناها", "cur:q93:kafr-naha"),
    # Arsal's Wadi Hamid, named alone
    ("بيروت - مراسلنا\nتصدى الجيش اللبناني لمحاولة تسلل في وادي حميد وقتل اثنين من المتسللين.", "2015-02-11",
     "وادي حميد", "cur:q93:wadi-hamid"),
    # North Sinai's Iqtiya and al-Mreih (Bir al-Abd)
    ("العريش - مراسلنا\nاستعاد الجيش السيطرة على قرية إقطية بعد اشتباكات مع مسلحي ولاية سيناء.", "2020-08-28", "إقطية",
     "cur:q93:iqtiya"),
    ("العريش - مراسلنا\nقصفت طائرة حربية منزلين في قرية المريح يتحصن فيهما مسلحون.", "2020-07-30", "المريح",
     "cur:q93:mreih"),
    # Gezira's Hantoub
    ("ود مدني - مراسلنا\nاشتبك الجيش مع قوات الدعم السريع في حنتوب على الضفة الشرقية للنيل الأزرق.", "2024-01-06",
     "حنتوب", "cur:q93:hantoub"),
    # Zgharta's Aitou
    ("بيروت - الوكالة الوطنية\nاستهدفت مسيرة إسرائيلية سيارة عند مدخل بلدة أيطو في قضاء زغرتا.", "2024-11-02", "أيطو",
     "cur:q93:aitou"),
])
def test_places_behind_missed_events(text, published, where, gid):
    r = at(recs(text, published), where)
    assert r.gazetteer_id == gid, (r.location_text, r.gazetteer_id)


def test_taiz_rawda_quarter_is_not_al_jawfs_ar_rawd():
    # «حي الروضة» in a report datelined Taiz was read as Ar Rawd in al-Jawf (geo_precision 1)
    rs = recs("تعز - مراسلنا\nأصيب خمسة مدنيين بقذيفة سقطت على حي الروضة مساء الخميس.", "2016-05-12")
    r = at(rs, "الروضة")
    assert r.gazetteer_id == "cur:q93:taiz-rawda", (r.location_text, r.gazetteer_id)
    assert r.admin1 == "Taiz"


def test_marib_rawda_stays_in_marib():
    rs = recs("مأرب - مراسلنا\nسقط صاروخ على حي الروضة في مدينة مأرب وأصيب طفلان.", "2021-03-02")
    assert rs and all(r.admin1 == "Marib" for r in rs), [(r.location, r.admin1) for r in rs]
