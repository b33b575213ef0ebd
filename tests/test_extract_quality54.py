"""Errors found on unseen reports from Syria and Iraq (quality round 54): SOHR's day roundups, the
Iraqi Security Media Cell, Kurdish outlets on Turkish strikes, the Civil Defence, Syria in 2025. Each
test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import first_of


def test_a_plural_verb_after_two_members_counts_the_whole_group():
    text = ("وثق المرصد مقتل مدنيين في مناطق عدة: 9 أشخاص بينهم امرأتان استشهدوا في قصف مدفعي لقوات النظام "
            "على بلدة الهبيط في ريف إدلب الجنوبي.")
    recs = rasd.extract(text, published="2019-06-02")
    assert recs
    assert recs[0].fatalities == 9


def test_a_member_with_its_own_singular_verb_is_still_its_own_count():
    text = ("استشهد 3 مواطنين هم رجل استشهد برصاص قناص في مدينة درعا، ورجلان استشهدا بقصف مدفعي على "
            "بلدة اليادودة.")
    recs = {r.location_text: r for r in rasd.extract(text, published="2018-03-02")}
    shot = [r for k, r in recs.items() if "درعا" in k]
    assert shot and shot[0].fatalities == 1


def test_a_plural_died_after_its_subject_says_what_happened_to_them():
    text = "قالت مصادر محلية إن أربعة رجال من أبناء القرية قضوا في غارة جوية على قرية الزيارة في سهل الغاب."
    recs = rasd.extract(text, published="2019-06-02")
    assert recs
    assert recs[0].fatalities == 4


def test_an_indefinite_site_with_its_adjectives_belongs_to_the_force_after_lam():
    text = ("شن الطيران الحربي التركي، مساء الإثنين، غارات على مواقع عسكرية مهجورة لقوات النظام في محيط "
            "بلدة تل رفعت، ما أدى إلى مقتل ثلاثة مدنيين.")
    recs = rasd.extract(text, published="2019-08-13")
    assert recs
    assert recs[0].actor1 == "Turkish Forces"


def test_a_group_with_an_air_and_artillery_bombardment_keeps_the_shelling():
    text = ("قصفت فصائل الجيش الوطني السوري بلدة تل تمر بقصف مدفعي وجوي، صباح الجمعة، ما أدى إلى مقتل "
            "أربعة مدنيين.")
    recs = rasd.extract(text, published="2019-11-01")
    shelling = first_of(recs, "Shelling/artillery/missile attack")
    assert shelling.actor1 == "Syrian National Army"
    assert shelling.actor2 == "Civilians"


def test_the_gangs_of_daesh_in_an_iraqi_statement_are_the_islamic_state_arrested():
    text = ("ألقت القوات الأمنية القبض على إرهابيين ثلاثة من عصابات داعش في قضاء الحويجة جنوب غربي "
            "كركوك، بحسب خلية الإعلام الأمني.")
    recs = [r for r in rasd.extract(text, published="2021-03-10") if r.sub_event_type == "Arrests"]
    assert recs
    assert (recs[0].actor1, recs[0].actor2) == ("Iraqi Security Forces", "Islamic State")


def test_the_kurdish_name_of_ras_al_ain_places_the_event_there():
    text = "هاوار: قصفت القوات التركية بالمدفعية الثقيلة، مساء الخميس، أطراف مدينة سري كانيه."
    recs = rasd.extract(text, published="2019-10-18")
    assert recs
    assert recs[0].location.startswith("Ras al")
    assert abs(recs[0].latitude - 36.85) < 0.05


def test_the_units_of_an_iraqi_division_are_the_army_that_fought():
    text = ("قالت خلية الإعلام الحربي إن قطعات الفرقة الخامسة عشرة خاضت معارك عنيفة مع عناصر داعش في "
            "قرية الشورة جنوب الموصل، وقتلت 12 منهم.")
    recs = [r for r in rasd.extract(text, published="2016-10-29") if r.sub_event_type == "Armed clash"]
    assert recs
    assert (recs[0].actor1, recs[0].actor2) == ("Iraqi Security Forces", "Islamic State")


def test_a_town_near_which_a_village_lies_only_locates_it():
    text = "قصفت مدفعية قوات النظام، مساء السبت، قرية الزيارة قرب بلدة جورين في سهل الغاب."
    recs = rasd.extract(text, published="2019-04-14")
    assert [r.location_text for r in recs] == ["قرية الزيارة"]


def test_the_national_guard_in_syria_after_august_2025_is_the_druze_militia():
    text = ("السويداء - اندلعت اشتباكات، فجر الخميس، بين عناصر الحرس الوطني وقوات الأمن العام على أطراف "
            "بلدة المزرعة في ريف السويداء الغربي.")
    recs = [r for r in rasd.extract(text, published="2025-10-02") if r.sub_event_type == "Armed clash"]
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"Druze Militia", "Syrian Government Forces"}


def test_hawar_s_mercenaries_of_the_turkish_occupation_are_the_syrian_national_army():
    text = ("هاوار: قصفت مرتزقة الاحتلال التركي بالمدفعية، مساء الأحد، قرية أم الكيف في ريف تل تمر، ما أدى "
            "إلى إصابة مدنيين اثنين.")
    recs = rasd.extract(text, published="2021-05-10")
    assert recs
    assert recs[0].actor1 == "Syrian National Army"
