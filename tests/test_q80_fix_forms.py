"""Fix round q80-fix-forms (the misses of q78-forms, q80-syria-e and syria-c): each test is a sentence written for
it, not one of the sets'."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2019-04-10")


# 1. a ground raid ("الإغارة على"، "أغار مسلحون على") is no air strike because the report tells one elsewhere,
#    and a hostile statement's "client of" a state ("العميلة لـ") names no side of the event
_RAID = ("أعلنت جماعة مسلحة، في بيان اليوم الأربعاء، أن مقاتليها تمكنوا فجر الثلاثاء من الإغارة على موقع لقوات "
         "النخبة العميلة للسعودية في منطقة الوضيع، وقتلوا أربعة من أفرادها.\n"
         "وكانت طائرة بدون طيار قد قصفت، مساء الأحد، سيارة في منطقة الروضة، ما أدى إلى مقتل شخصين.")


def test_a_ground_raid_in_a_report_with_a_drone_strike_is_no_air_strike():
    rs = recs(_RAID, "2019-04-10")
    raid = [r for r in rs if r.location_text and "الوضيع" in r.location_text]
    assert raid and all(r.sub_event_type != "Air/drone strike" for r in raid)


def test_the_state_a_force_is_a_client_of_is_no_side():
    rs = recs(_RAID, "2019-04-10")
    assert all("Saudi" not in (r.actor1 or "") and "Saudi" not in (r.actor2 or "") for r in rs)


def test_gunmen_raiding_a_village_told_after_an_air_strike_are_on_the_ground():
    rs = recs("قتل خمسة مدنيين في غارة جوية على بلدة كتم صباح اليوم.\n"
              "وفي مساء اليوم نفسه أغار مسلحون على قرية أبو زريقة ونهبوا المواشي.", "2019-04-10")
    raid = [r for r in rs if r.location_text and "زريقه" in r.location_text.replace("ة", "ه")]
    assert raid and all(r.sub_event_type != "Air/drone strike" for r in raid)


def test_aircraft_that_raid_stay_an_air_strike():
    rs = recs("أغارت الطائرات الحربية على مواقع للمسلحين في منطقة الوضيع، بعد يوم من هجوم بالهاون على بلدة "
              "شقرة.", "2019-04-10")
    assert any(r.sub_event_type == "Air/drone strike" for r in rs)


# 2. fire an armed side came under ("تعرضت قواته لإطلاق نار") and fire returned ("وردت بإطلاق النار") are an
#    exchange of fire: a fight, not an attack on people
def test_returned_fire_is_no_attack_on_civilians():
    rs = recs("السويداء – قتل 4 أشخاص بقصف إسرائيلي استهدف بلدة الشجرة في ريف درعا الغربي، فجر اليوم الأحد، بعد "
              "اشتباك بين قوة إسرائيلية متوغلة ومسلحين من أبناء البلدة.\n"
              "وأفاد الجيش الإسرائيلي بأن قواته تعرضت لإطلاق نار من مسلحين خلال عملية تفتيش في المنطقة، وردت "
              "بإطلاق النار.", "2019-04-07")
    assert rs and not any(r.sub_event_type == "Attack" for r in rs)


def test_a_force_that_came_under_fire_fought():
    rs = recs("أصيب أربعة مدنيين بغارة إسرائيلية على بلدة الرفيد بعد مواجهة بين قوة متوغلة وأبناء البلدة.\n"
              "وقال الجيش الإسرائيلي إن قواته تعرضت لإطلاق نار في المنطقة.", "2019-04-10")
    assert rs and not any(r.sub_event_type == "Attack" for r in rs)


def test_gunmen_firing_on_a_wedding_stay_an_attack():
    rs = recs("قتل شخصان عندما أطلق مسلحون مجهولون النار على حفل زفاف في بلدة الصنمين.", "2019-04-10")
    assert any(r.sub_event_type == "Attack" for r in rs)


# 3. the next item of a tally at a place of its own is an event of its own, and a body found is a killing, not
#    the report's shelling
_TALLY = ("حصيلة يوم الخميس:\n"
          "- قتل مدنيان بقذائف أطلقتها قوات النظام على بلدة كفرنبودة.\n"
          "- اختطف مسلحون مجهولون تاجراً في مدينة السلمية.\n"
          "- عثر على جثة رجل مجهول الهوية قرب قرية الشيخ هلال.\n")


def test_a_body_found_in_the_next_item_is_no_abduction():
    rs = recs(_TALLY, "2019-04-11")
    at_village = [r for r in rs if r.location_text and "هلال" in r.location_text]
    assert at_village and all(r.sub_event_type != "Abduction/forced disappearance" for r in at_village)


def test_a_body_found_is_no_shelling():
    rs = recs(_TALLY, "2019-04-11")
    at_village = [r for r in rs if r.location_text and "هلال" in r.location_text]
    assert at_village and all(r.sub_event_type == "Attack" for r in at_village)
