"""Round q88-lists: events whose places come as a list, and roundups that give a total then its shares.

Every sentence is written for the test and names other places and numbers than the sets.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def at(rs, place_word: str):
    got = [r for r in rs if place_word in (r.location_text or "")]
    assert len(got) == 1, [(r.sub_event_type, r.location_text, r.fatalities) for r in rs]
    return got[0]


# 1. "سقوط 31 قتيلاً، بينهم 9 في غارة على مدينة X، و4 بقذائف الهاون على حي Y": each share told before
#    its own event's word is that event's dead (the header keeps its total)
@pytest.mark.parametrize("text, published, shares", [
    ("حمص - 4 أيلول\nوثق ناشطون أمس مقتل 27 شخصاً في ريف حمص الشمالي، بينهم 11 في غارة جوية على مدينة تلبيسة، "
     "و5 بقصف مدفعي على بلدة الغنطو.", "2013-09-04", {"تلبيسة": 11, "الغنطو": 5}),
    ("حلب - 9 شباط\nقتل 30 مدنياً أمس في مدينة حلب، منهم 14 بسقوط براميل متفجرة على حي الميسر، و9 بقصف صاروخي "
     "على حي الشيخ خضر.", "2014-02-09", {"الميسر": 14, "الشيخ خضر": 9}),
    ("درعا - 2 آذار\nارتفعت حصيلة قتلى اليوم في محافظة درعا إلى 12 قتيلاً، من بينهم سبعة جراء غارة جوية على "
     "بلدة نوى.", "2014-03-02", {"نوى": 7}),
])
def test_share_before_its_event(text, published, shares):
    rs = recs(text, published)
    for place, n in shares.items():
        assert at(rs, place).fatalities == n


# the shares told past the total they belong to are no share of it
def test_shares_above_total_are_left():
    rs = recs("حماة - 5 آذار\nقتل 6 أشخاص أمس في ريف حماة، بينهم 4 في غارة جوية على بلدة كفرزيتا، و3 بقصف مدفعي "
              "على بلدة اللطامنة.", "2014-03-05")
    assert at(rs, "اللطامنة").fatalities is None
    assert at(rs, "كفرزيتا").fatalities == 4


# a condition among the hurt after "بينهم" is no share of an event
def test_condition_is_no_share():
    rs = recs("إدلب - 6 آذار\nأصيب 15 مدنياً بجروح في قصف مدفعي على بلدة سرمين، بينهم 4 في حالة خطيرة.", "2014-03-06")
    r = at(rs, "سرمين")
    assert r.injured == 15


# 2. the total and its share in one frame, the event's word after the share: the event killed the share
@pytest.mark.parametrize("text, published, place, n", [
    ("تعز - 8 يونيو\nقتل 11 جندياً بينهم 6 في هجوم للحوثيين على موقع عسكري في مديرية مقبنة، فيما قتل الباقون "
     "بانفجار لغم.", "2024-06-08", "مقبنة", 6),
    ("حماة - 4 نيسان\nسقط 13 قتيلاً في حماة، منهم 4 في انفجار سيارة مفخخة في حي الأربعين.", "2014-04-04",
     "الأربعين", 4),
])
def test_share_in_the_totals_frame(text, published, place, n):
    got = [r for r in recs(text, published) if place in (r.location_text or "") and r.fatalities is not None]
    assert [r.fatalities for r in got] == [n]


# 3. a share told before an event that runs on to a second place (a weapon with no event word of its own):
#    the share is the first place's
def test_share_goes_to_first_place():
    rs = recs("دمشق - 7 آب\nوثقت الشبكة مقتل 25 مدنياً في ريف دمشق، بينهم 8 في غارة للطيران الحربي على مدينة "
              "سقبا، و3 بقذائف الهاون على بلدة كفربطنا.", "2013-08-07")
    assert at(rs, "سقبا").fatalities == 8


# 4. "شملت" opens a list of places (a name that is also a word is a place there) and is no place itself
def test_list_after_shamalat():
    rs = recs("بيروت - 9 تشرين الأول\nشنت الطائرات الإسرائيلية غارات على قرى قضاء مرجعيون شملت الخيام وحولا.",
              "2024-10-09")
    assert any("الخيام" in (r.location_text or "") for r in rs), [r.location_text for r in rs]
    rs = recs("طرابلس - 3 مايو\nاندلعت اشتباكات عنيفة اليوم في عدة أحياء بطرابلس، شملت عين زارة وصلاح الدين.",
              "2024-05-03")
    assert not any("شملت" in (r.location_text or "") for r in rs), [r.location_text for r in rs]


# 5. a toll's part told after the list of the event's places, naming one of them again: that place's dead
@pytest.mark.parametrize("text, published, place, n, others", [
    ("غزة - 6 أيار\nقصفت المدفعية الإسرائيلية مناطق شملت بيت حانون وجباليا وبيت لاهيا، ما أدى إلى استشهاد 12 "
     "فلسطينياً، بينهم 5 في جباليا.", "2024-05-06", "جباليا", 5, ("بيت حانون", "بيت لاهيا")),
    ("صور - 14 تشرين الأول\nشنت الطائرات الإسرائيلية غارات على بلدات شملت حولا والخيام وبنت جبيل، ما أدى إلى "
     "سقوط 10 شهداء، بينهم 6 في حولا.", "2024-10-14", "حولا", 6, ("بنت جبيل",)),
])
def test_part_names_a_listed_place_again(text, published, place, n, others):
    rs = recs(text, published)
    assert at(rs, place).fatalities == n
    for o in others:
        assert at(rs, o).fatalities is None


# the shares told place by place after the list stay the tallies' ("بينهم 5 في X و4 في Y")
def test_parts_by_place_stay():
    rs = recs("إدلب - 7 أيار\nشنت الطائرات الروسية غارات على مدن شملت سراقب وأريحا، ما أدى إلى مقتل 9 مدنيين، "
              "بينهم 5 في سراقب و4 في أريحا.", "2019-05-07")
    assert at(rs, "سراقب").fatalities == 5
    assert at(rs, "أريحا").fatalities == 4
