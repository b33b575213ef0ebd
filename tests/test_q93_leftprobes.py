"""Round q93-leftprobes (stop 32): sentences earlier stops noticed and left.

1. «الضاحية الجنوبية» alone (no quarter before it) was read as the type word «الضاحية» pointing back to a place named
   before, so a strike told only by Beirut's southern suburb gave no record; a definite type word that opens a
   gazetteer name of its own is that name (places.find_places `_opens_own_name`).
2. «أطلق الجنود النار» (a bare deed verb, no «و», soldiers its subject) left actor1 empty; a deed verb right before the
   bare soldiers makes them its doer: the army named before, or the country's army (grammar_words
   `soldiers_deed_verb`, actors.py `_deed_verb_before`)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-10-06")


def _sides(rs):
    return [(r.sub_event_type, r.actor1, r.actor2, r.location) for r in rs]


# 1. Beirut's southern suburb on its own ----------------------------------------------------------------------------

def test_a_verbless_strike_on_the_southern_suburb_gives_a_record():
    rs = records("غارة جوية عنيفة على الضاحية الجنوبية لبيروت قبيل منتصف الليل.")
    assert [r for r in rs if r.sub_event_type == "Air/drone strike" and "Dahieh" in (r.location or "")], _sides(rs)


def test_a_strike_verb_on_the_southern_suburb_without_beirut_gives_a_record():
    rs = records("أغارت طائرات حربية إسرائيلية مساء الأحد على الضاحية الجنوبية مرتين.")
    assert [r for r in rs if r.sub_event_type == "Air/drone strike" and "Dahieh" in (r.location or "")], _sides(rs)


def test_a_quarter_in_the_southern_suburb_keeps_one_record():
    # (guard) the suburb that holds a named quarter gives no record of its own
    rs = records("استهدفت غارة جوية شقة في حي الكفاءات في الضاحية الجنوبية لبيروت مساء السبت.")
    assert len(rs) == 1 and "Dahieh" not in (rs[0].location or ""), _sides(rs)


def test_the_town_named_before_still_takes_a_bare_pointing_back_type_word():
    # (guard) «البلدة» after a named town is still that town
    rs = records("توغلت قوة إسرائيلية في بلدة كفركلا، ثم قصفت المدفعية البلدة بعد الظهر.")
    assert rs and all("Kfar Kila" in (r.location or "") or "Kafr Kila" in (r.location or "") for r in rs), _sides(rs)


# 2. «أطلق الجنود» with no «و» ---------------------------------------------------------------------------------------

def test_soldiers_after_a_bare_verb_in_a_new_sentence_are_the_army_named_before():
    rs = records("دخل الجيش الإسرائيلي مدينة قلقيلية صباح السبت. أطلق الجنود النار على محتجين تجمعوا "
                 "قرب دوار المدينة.", "2024-03-09")
    assert rs and all(r.actor1 == "Israeli Forces" for r in rs), _sides(rs)


def test_soldiers_after_a_bare_verb_with_no_army_named_are_the_countrys_army():
    rs = records("في مدينة عطبرة، أطلق الجنود الرصاص على محتجين تجمعوا أمام مقر الحامية.", "2024-02-02")
    assert rs and all(r.actor1 == "Sudanese Armed Forces" for r in rs), _sides(rs)


def test_soldiers_killed_after_a_casualty_verb_are_no_doer():
    # (guard) «قتل الجنود»: no deed verb of the group; the soldiers stay the ones hit
    rs = records("في مدينة عطبرة، قتل ثلاثة من الجنود في هجوم بطائرة مسيرة على مقر الحامية.", "2024-02-02")
    assert rs and all(r.actor1 != "Sudanese Armed Forces" for r in rs), _sides(rs)
