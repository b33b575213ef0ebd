"""Errors found on battle and strike reports from Yemen (2015-2022), Libya (2014-2020) and Sudan
(2023-2025) (round 67). Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd


def test_the_dead_of_a_side_counted_after_a_battle_are_no_attack_by_that_side():
    text = ("استعادت قوات الجيش الوطني، أمس الأحد، السيطرة على مديرية حيس جنوب الحديدة بعد معارك "
            "مع الحوثيين. وقدرت مصادر عسكرية قتلى الحوثيين بنحو 40 عنصراً.")
    recs = rasd.extract(text, published="2018-12-03")
    assert recs
    assert not any(r.sub_event_type == "Attack" for r in recs)
    assert not any(r.actor2 == "Civilians" for r in recs)
