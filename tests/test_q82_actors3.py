"""Precision round q82-actors3 (who did it and to whom, pooled over every gold set, third wave): each
test is a sentence written for it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2019-06-12")


def _hit(rs, sub="Shelling/artillery/missile attack"):
    return [r for r in rs if r.sub_event_type == sub]


# 1. a result clause of no event word that tells civilian homes or property damaged names the side hit
#    (frames: the clause joins the event's spans; targets.tsv rows for the homes' wordings)
def test_homes_damaged_in_the_result_clause_make_the_shelling_hit_civilians():
    rs = recs("وقصفت قوات النظام براجمات الصواريخ، مساء الثلاثاء، بلدة كفرنبودة شمال حماة، ما أدى إلى تضرر "
              "عدد من المنازل.")
    hit = _hit(rs)
    assert hit and hit[0].actor1 == "Syrian Government Forces" and hit[0].actor2 == "Civilians"


def test_residential_buildings_destroyed_in_the_result_clause():
    rs = recs("قصفت قوات الدعم السريع بالمدفعية حي الثورة في أم درمان، مما أسفر عن دمار كبير في المباني "
              "السكنية.", "2024-02-20")
    hit = _hit(rs)
    assert hit and hit[0].actor2 == "Civilians"


def test_citizens_villages_shelled_are_civilians():
    rs = recs("وفي مديرية ميدي، قصفت قوات الجيش بالمدفعية قرى المواطنين مساء أمس الأحد.", "2021-08-03")
    hit = _hit(rs)
    assert hit and hit[0].actor2 == "Civilians"


def test_a_military_vehicle_destroyed_in_the_result_clause_makes_no_civilians():   # (a guard)
    rs = recs("قصفت قوات النظام مواقع الفصائل في بلدة الهبيط، ما أدى إلى تدمير عربة عسكرية.")
    hit = _hit(rs)
    assert hit and hit[0].actor2 != "Civilians"


# 2. unnamed armed groups in the plural after بين, no other side named: they fought each other
#    (assemble, grammar_words plural_unnamed_side; actors.tsv rows for the indefinite plurals)
def test_a_clash_between_armed_groups_has_unidentified_groups_on_both_sides():
    rs = recs("واندلعت اشتباكات عنيفة بين مجموعات مسلحة في منطقة الهضبة بطرابلس مساء الثلاثاء.", "2022-05-17")
    hit = _hit(rs, "Armed clash")
    assert hit and hit[0].actor1 == "Unidentified Armed Group" and hit[0].actor2 == "Unidentified Armed Group"


def test_a_clash_between_the_armed_groups_has_unidentified_groups_on_both_sides():
    rs = recs("وتجددت المواجهات بين الجماعات المسلحة وسط مدينة صبراتة، وفق مصادر محلية.", "2022-05-17")
    hit = _hit(rs, "Armed clash")
    assert hit and hit[0].actor1 == "Unidentified Armed Group" and hit[0].actor2 == "Unidentified Armed Group"


def test_armed_groups_fighting_a_named_force_are_no_fight_among_themselves():   # (a guard: another side)
    rs = recs("واندلعت اشتباكات بين مجموعات مسلحة وقوات الأمن في مدينة الخمس مساء الثلاثاء.", "2022-05-17")
    hit = _hit(rs, "Armed clash")
    assert hit and (hit[0].actor1, hit[0].actor2) != ("Unidentified Armed Group", "Unidentified Armed Group")


def test_armed_groups_loyal_to_a_named_side_are_no_fight_among_themselves():   # (a guard: their master)
    rs = recs("ودارت اشتباكات بين مجموعات مسلحة موالية لحكومة الوحدة في منطقة الهضبة بطرابلس.", "2022-05-17")
    hit = _hit(rs, "Armed clash")
    assert hit and (hit[0].actor1, hit[0].actor2) != ("Unidentified Armed Group", "Unidentified Armed Group")


def test_a_clash_between_armed_groups_that_wounded_civilians_is_still_theirs():
    rs = recs("وفي مدينة الزاوية، اندلعت مساء أمس اشتباكات بين مجموعات مسلحة في منطقة الحرشة، ما أدى إلى إصابة "
              "أربعة مدنيين، بحسب مصادر طبية.", "2022-05-17")
    hit = _hit(rs, "Armed clash")
    assert hit and hit[0].actor1 == "Unidentified Armed Group" and hit[0].actor2 == "Unidentified Armed Group"
