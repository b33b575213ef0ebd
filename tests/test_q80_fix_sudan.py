"""Fix round q80-fix-sudan: misses of the Sudan sets, each test a sentence written for it, not one of the sets'."""
from __future__ import annotations

import rasd


def recs(text: str, published: str = "2022-03-15"):
    return rasd.extract(text, published=published)


# 1. the shooting a statement charges others with, told with the teller's own wounded, retells an event
def test_shooting_charged_with_the_tellers_wounded_is_no_repression_of_the_marches_before():
    rs = recs("وفي مدينتي عطبرة وشندي، خرجت مسيرات سلمية دون تسجيل أي إصابات. وقالت الشرطة في بيان إنها "
              "التزمت ضبط النفس، واتهمت عناصر مندسة بإطلاق النار على المتظاهرين، مشيرة إلى إصابة 21 من "
              "أفرادها.", "2022-01-14")
    got = {r.location: r.sub_event_type for r in rs}
    assert got.get("Atbara") == "Peaceful protest" and got.get("Shendi") == "Peaceful protest"


def test_a_charged_shelling_with_its_own_toll_is_still_an_event():
    rs = recs("اتهمت الحكومة قوات الدعم السريع بقصف الحي ما أدى إلى مقتل ثلاث نساء في مدينة الدلنج.",
              "2024-06-02")
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" for r in rs)


# 2. a base whose gazetteer name begins with its type word is looked up whole, past a word ending
#    like a pronoun ("دقنة") and without the adjective after it
def test_the_osman_digna_base_is_not_cut_short():
    rs = recs("استهدفت طائرات مسيرة فجر الثلاثاء قاعدة عثمان دقنة الجوية ومخازن قريبة منها.", "2025-05-13")
    assert rs and all(r.location == "Osman Digna Air Base" for r in rs)
    rs = recs("أغارت المسيرات على قاعدة عثمان دقنة العسكرية والميناء الجنوبي.", "2025-05-13")
    assert rs and rs[0].location == "Osman Digna Air Base"


def test_other_bases_keep_their_names():
    rs = recs("شنت مقاتلات التحالف خمس غارات على قاعدة الديلمي الجوية شمال صنعاء.", "2020-02-03")
    assert rs and rs[0].location == "Al-Dailami Air Base"


# 3. the dead of a "where" clause after a shelling of a town, in a quarter the gazetteer lacks, are its toll
def test_dead_in_an_unknown_quarter_after_a_shelling_are_its_toll():
    rs = recs("وتواصل القصف المدفعي على مدينة نيالا، حيث قتل أمس الخميس خمسة مدنيين في حي الوادي الأخضر.",
              "2024-09-13")
    assert len(rs) == 1
    r = rs[0]
    assert r.sub_event_type == "Shelling/artillery/missile attack" and r.location == "Nyala"
    assert r.fatalities == 5 and str(r.event_date) == "2024-09-12"


def test_dead_in_a_known_quarter_stay_a_place_of_their_own():
    rs = recs("واستأنفت الطائرات قصف الأحياء الشرقية من حلب، حيث قتل ستة مدنيين في حي الكلاسة.", "2016-09-20")
    assert any(r.location != "Aleppo" for r in rs)


# 4. an area the gazetteer lacks, told inside a town, is coded at the town like a quarter
def test_an_unknown_area_inside_a_town_is_coded_at_the_town():
    rs = recs("قتل متظاهر برصاص قوات الأمن في منطقة أبو آدم بمدينة الخرطوم.", "2022-02-08")
    assert rs and rs[0].location == "Khartoum" and "أبو آدم" in rs[0].location_text


# 5. Sudan's "الثوار" from the December 2018 revolution are protesters, not an armed group
def test_sudans_thuwar_are_protesters():
    rs = recs("وتصدت القوات للمواكب بعنف، حيث قتل أحد الثوار بعد أن دهسته عربة مدرعة في شارع المطار بالخرطوم.",
              "2022-11-17")
    assert rs and all(r.sub_event_type != "Armed clash" for r in rs)
    assert any(r.actor2 == "Protesters" for r in rs)
    rs = recs("واعتقلت قوات الأمن أكثر من 45 ثائراً من داخل مستشفى في مدينة بحري.", "2022-11-17")
    assert rs and rs[0].sub_event_type == "Arrests" and rs[0].actor2 == "Protesters"


def test_thuwar_stay_rebels_elsewhere_and_before_the_revolution():
    rs = recs("سيطر الثوار على مدينة أجدابيا بعد معارك مع كتائب القذافي.", "2011-03-27")
    assert any(r.actor1 == "National Transitional Council" for r in rs)


# 6. Al-Jaili, the refinery town north of Khartoum Bahri (data/gazetteer/curated/places_q80-fix-sudan.tsv)
def test_al_jaili_north_of_bahri():
    rs = recs("قصفت مسيرة تابعة للدعم السريع مستودعات الوقود في منطقة الجيلي أمس الأربعاء.", "2024-11-07")
    assert rs and rs[0].location == "Al-Jaili" and rs[0].admin1 == "Khartoum"
