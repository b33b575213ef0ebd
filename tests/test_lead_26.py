"""Lead's probe round, stop 26: protests and what they turned into.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-11-20")


def _types_at(rows, name):
    return sorted(r.sub_event_type for r in rows if name in (r.location_text or ""))


def test_a_riot_told_after_a_protest_list_is_what_that_protest_became():
    # the list says where people marched; the next sentence says one of those places rioted: ACLED
    # codes that place's protest as one violent demonstration, the others stay peaceful
    text = ("النجف - تظاهر آلاف الشبان اليوم الأربعاء في مدن كربلاء والكوت والسماوة للمطالبة بإسقاط "
            "الحكومة. وفي الكوت، أضرم متظاهرون غاضبون النار في مقر حزب الفضيلة.")
    rows = records(text)
    assert _types_at(rows, "الكوت") == ["Violent demonstration"], rows
    assert _types_at(rows, "كربلاء") == ["Peaceful protest"], rows
    assert _types_at(rows, "السماوة") == ["Peaceful protest"], rows


def test_the_friday_prayer_is_the_time_of_the_march_not_a_cause():
    # "بعد صلاة الجمعة": after the prayer people marched; Friday is the protests' day, and the next
    # sentence that gives no day goes on telling it
    text = ("درعا - خرجت مظاهرات حاشدة بعد صلاة الجمعة في بلدات طفس والمزيريب واليادودة. "
            "وفي المزيريب، هاجم متظاهرون مبنى البلدية وحطموا واجهاته.")
    rows = records(text)
    assert {r.event_date for r in rows} == {"2019-11-15"}, rows
    assert _types_at(rows, "المزيريب") == ["Violent demonstration"], rows


def test_a_time_between_the_verb_and_the_blown_up_shrine():
    rows = records("نينوى - فجر مسلحو التنظيم صباح اليوم ضريح الشيخ فتحي في الجانب الأيمن من مدينة الموصل.")
    assert [(r.sub_event_type, r.actor1) for r in rows] == [("Looting/property destruction", "Islamic State")], rows
    assert "shrine" in rows[0].targets and rows[0].civilian_targeting, rows
    # ... but dawn is no verb: a strike at dawn on a house stays the strike
    rows = records("إدلب - استهدفت غارة جوية فجر اليوم منزل عائلة في بلدة معرة حرمة.")
    assert [r.sub_event_type for r in rows] == ["Air/drone strike"], rows


def test_a_place_in_a_media_body_name_is_no_event_place():
    rows = records("حماة - قتل طفلان في قصف مدفعي على بلدة اللطامنة، وفق ما أفاد مركز حماة الإعلامي.")
    assert [r.location_text for r in rows] == ["بلدة اللطامنة"], rows
    rows = records("ريف دمشق - قالت شبكة دوما الإخبارية إن طائرات حربية قصفت بلدة حرستا.")
    assert [r.location_text for r in rows] == ["بلدة حرستا"], rows
    # ... and a channel's: the strike is told at no place of its own
    rows = records("قصفت طائرات حربية مستشفى ميدانياً، بحسب ما أظهرت مقاطع مصورة بثتها قناة حلب اليوم.")
    assert [r for r in rows if "حلب" in (r.location_text or "")] == [], rows
