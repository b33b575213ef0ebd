"""Round q93-listtype (stop 32): force told after a list of protest places is at the place its own clause names,
not at every place of the list: named in the clause before the force word, or named again before a clause that
says "there" (هناك); a clause that names none leaves the force at all of them."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-05-01")


def _types(rs):
    return sorted((r.location_text, r.sub_event_type) for r in rs)


def _at(rs, place):
    return {r.sub_event_type for r in rs if place in (r.location_text or "")}


def test_there_after_a_place_named_again_keeps_the_force_there():
    rs = records("امتدت المظاهرات يوم الجمعة إلى مدينتي سنار وكوستي، حيث قال ناشطون إن محتجين أغلقوا السوق في "
                 "كوستي، وإن ثلاثة متظاهرين قتلوا هناك برصاص قوات الأمن.")
    assert "Excessive force against protesters" in _at(rs, "كوستي"), _types(rs)
    assert _at(rs, "سنار") == {"Peaceful protest"}, _types(rs)


def test_there_after_a_party_office_stormed_keeps_the_force_there():
    rs = records("عمت الاحتجاجات يوم الثلاثاء مدن الديوانية والسماوة والعمارة، حيث حاول المتظاهرون اقتحام مقر "
                 "حزب في العمارة، وسقط قتيلان هناك برصاص الحراس.")
    assert "Excessive force against protesters" in _at(rs, "العمارة"), _types(rs)
    assert _at(rs, "الديوانية") == {"Peaceful protest"}, _types(rs)
    assert _at(rs, "السماوة") == {"Peaceful protest"}, _types(rs)


def test_there_with_no_place_named_again_leaves_the_force_at_both():
    rs = records("خرجت مظاهرات يوم الأحد في مدينتي الفاشر ونيالا، حيث قتل متظاهران برصاص الشرطة هناك.")
    assert _at(rs, "الفاشر") == {"Excessive force against protesters"}, _types(rs)
    assert _at(rs, "نيالا") == {"Excessive force against protesters"}, _types(rs)


def test_force_clause_naming_no_place_leaves_the_force_at_both():
    rs = records("خرج محتجون يوم الجمعة في مدينتي سنار وكوستي، وأطلقت قوات الأمن الرصاص الحي عليهم فقتلت ثلاثة "
                 "متظاهرين.")
    assert _at(rs, "سنار") == {"Excessive force against protesters"}, _types(rs)
    assert _at(rs, "كوستي") == {"Excessive force against protesters"}, _types(rs)
