"""Round q95-probe-border: border and crossing reports.  The country across a border («على الحدود مع سوريا»، «قرب
الحدود السورية») or the land fire came from («مصدرها الأراضي السورية») is not where the event happened; a town or a
crossing named with a neighbour's adjective («مدينة كلس التركية») lies in that neighbour; a state's border guards are
its forces; and the crossings and border towns these reports name are in the gazetteer.  The sentences are this
round's own."""
from __future__ import annotations

from helpers import one_at, records_at

records = records_at("2024-06-12")
one = one_at("2024-06-12")


def test_the_country_across_the_border_is_not_the_events():
    r = one("قتل مهربان في اشتباك مع دورية أردنية قرب بلدة الرويشد على الحدود مع سوريا.")
    assert r.country == "Jordan" and r.geo_precision <= 2
    r = one("قتل شاب برصاص قوات حرس الحدود العراقية في قضاء سنجار قرب الحدود السورية.")
    assert r.country == "Iraq"


def test_a_town_named_with_a_neighbours_adjective_lies_in_that_neighbour():
    r = one("سقطت ثلاث قذائف مصدرها الأراضي السورية على مدينة كلس التركية، ما أدى إلى إصابة طفل.")
    assert r.country == "Turkey"
    assert r.admin1 is None or "Syria" not in (r.admin1 or "")


def test_border_guards_are_their_states_forces():
    r = one("قتل حرس الحدود العراقي مهرباً حاول التسلل عبر الحدود في قضاء القائم.")
    assert r.actor1 == "Iraqi Security Forces"
    r = one("أطلقت الجندرما النار على لاجئين سوريين قرب بلدة دركوش، ما أدى إلى إصابة اثنين منهم.")
    assert r.actor1 == "Turkish Forces"
    assert r.country == "Syria"


def test_smugglers_are_no_iranian_town_and_a_tunisian_border_town_is_known():
    r = one("أصيب جنديان في تبادل لإطلاق النار مع مهربين على الحدود مع ليبيا قرب مدينة بن قردان.")
    assert r.country == "Tunisia"
    assert r.geo_precision <= 2


def test_crossings_the_gazetteer_now_knows():
    r = one("استهدفت غارة إسرائيلية معبر جوسية الحدودي في ريف القصير، ما أدى إلى أضرار في الطريق.")
    assert r.country == "Syria" and r.geo_precision <= 2 and "جوسية" in (r.location_text or "")
    r = one("هاجم مسلحون نقطة لحرس الحدود قرب منفذ الوليد الحدودي، ما أدى إلى مقتل جندي.")
    assert r.country == "Iraq" and r.geo_precision <= 2


def test_saudi_border_guards_in_yemen_stay_the_coalition_in_yemen():
    r = one("قتل حرس الحدود السعودي مهاجرَين إثيوبيين في مديرية منبه بمحافظة صعدة.")
    assert r.actor1 == "Saudi-led Coalition"
    assert r.country == "Yemen"


def test_a_lebanese_border_village_told_inside_lebanon():
    r = one("قصفت مدفعية الجيش السوري بلدة حوش السيد علي داخل الأراضي اللبنانية في قضاء الهرمل.")
    assert r.country == "Lebanon"
