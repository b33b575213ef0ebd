"""Lead's rules of stop 21, each on sentences written for the test."""
from __future__ import annotations

import rasd


def test_a_fight_in_the_countryside_retold_as_the_taking_of_villages_is_the_taking():
    """The fight told at a region ("قرى في ريف حماة ... بعد معارك مع") and then the villages taken by name: the
    first village is a take-over like the others, not the fight moved onto it (ACLED codes a fight that ends
    in a change of control as that change)."""
    text = ("إدلب - خاص\n\nسيطرت فصائل المعارضة، مساء الثلاثاء، على عدة قرى في ريف حماة الشمالي وذلك بعد معارك "
            "عنيفة مع قوات النظام.\n\nوقال مراسلنا إن مقاتلي الفصائل انتزعوا السيطرة على قرى (معان, الطليسية) "
            "شرقي مدينة مورك، بعد انسحاب قوات النظام منها.")
    got = {(r.location_text, r.sub_event_type) for r in rasd.extract(text, published="2017-03-22")}
    assert ("معان", "Non-state actor overtakes territory") in got
    assert ("الطليسية", "Non-state actor overtakes territory") in got
    assert ("معان", "Armed clash") not in got


def test_a_fight_told_at_the_same_village_is_still_one_taking():
    text = ("حماة - مراسلنا\n\nاندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في محيط قرية معان شرقي مورك، "
            "وتمكنت الفصائل مساء اليوم من السيطرة على القرية بشكل كامل.")
    subs = [r.sub_event_type for r in rasd.extract(text, published="2017-03-22") if "معان" in (r.location_text or "")]
    assert subs == ["Non-state actor overtakes territory"]
