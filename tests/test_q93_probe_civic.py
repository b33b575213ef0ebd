"""Round q93-probe-civic: statements of syndicates, leagues, clubs and tribes, and mourning notices.  The seat named
with the body that speaks ("نقابة المعلمين في نينوى") is no second event place; a member mourned by a title before
the name ("الزميل"، "الحاج") or in a notice's formula of death ("انتقل إلى رحمة الله") is one dead.
Sentences written for this round."""
from __future__ import annotations

from helpers import extract


def test_a_syndicates_seat_is_no_second_event_place():
    rs = extract("استنكرت نقابة المهندسين في محافظة صلاح الدين اغتيال المهندس ليث الجنابي برصاص مسلحين مجهولين "
                 "في قضاء الشرقاط مساء أمس.", "2024-05-06")
    assert len(rs) == 1 and rs[0].location_text.endswith("الشرقاط"), [r.location_text for r in rs]


def test_a_tribes_home_is_not_where_its_sons_were_killed():
    rs = extract("أعلنت قبيلة آل حميقان في محافظة البيضاء الحداد بعد مقتل ثلاثة من أبنائها في هجوم شنه مسلحون "
                 "حوثيون على نقطة في مديرية الزاهر.", "2024-07-02")
    assert [r.fatalities for r in rs] == [3], [(r.location, r.fatalities) for r in rs]


def test_a_body_named_in_a_sentence_that_tells_the_event_keeps_its_place():
    # (an event word before the body: the place after it is where it happened)
    rs = extract("اندلعت اشتباكات بين مسلحين من عشيرة البوشعبان في بلدة ذيبان ومسلحين آخرين قرب قرية الطيانة.",
                 "2024-07-02")
    assert any("Dhiban" in (r.location or "") for r in rs), [r.location for r in rs]


def test_a_body_with_the_only_place_of_the_report_keeps_it():
    rs = extract("قالت رابطة الأطباء في مدينة الفاشر إن قذيفة سقطت على المستشفى السعودي ظهر اليوم ما أدى إلى مقتل "
                 "ممرضة.", "2024-02-05")
    assert any("Fasher" in (r.location or "") for r in rs), [r.location for r in rs]


def test_a_colleague_mourned_by_name_is_one_dead():
    rs = extract("أدانت نقابة الصحفيين استشهاد الزميلة سمر عودة في غارة إسرائيلية على منزلها في دير البلح.",
                 "2024-02-05")
    assert [r.fatalities for r in rs] == [1]


def test_a_mourning_notice_tells_one_death():
    rs = extract("انتقلت إلى رحمة الله تعالى الحاجة فاطمة الخطيب متأثرة بجروح أصيبت بها في قصف مدفعي على قرية "
                 "كفرنبل.", "2024-06-23")
    assert [r.fatalities for r in rs] == [1]


def test_a_place_named_for_a_sheikh_is_still_a_place():
    rs = extract("قتل ثلاثة مدنيين في قصف مدفعي على حي الشيخ مقصود في مدينة حلب.", "2019-06-23")
    assert [r.fatalities for r in rs] == [3]


def test_a_clubs_board_is_no_armed_group():
    rs = extract("نعت الهيئة الإدارية لنادي شباب رفح لاعبها أحمد العطار الذي استشهد برصاص قناص إسرائيلي في حي تل "
                 "السلطان صباح اليوم.", "2024-03-25")
    assert rs and all(r.actor2 != "Hayat Tahrir al-Sham" and r.actor1 == "Israeli Forces" for r in rs), \
        [(r.actor1, r.actor2) for r in rs]
