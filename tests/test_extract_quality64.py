"""Errors found on reprinted and aggregated reports on Syria and Iraq, 2011-2020 (round 64): wire copy
reprinted by Egyptian, Gulf and Maghreb papers, often with no published date, so the date comes from
the text. Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import pytest

import rasd

from helpers import first_of


@pytest.mark.parametrize("text, day", [
    # DPA's dateline "المدينة 12 - 5 - 2013 (د ب أ)": the anchor of "اليوم الأحد"
    pytest.param(("حمص 9 - 6 - 2013 (د ب أ) - قال ناشطون إن الطيران الحربي قصف اليوم الأحد بلدة تلبيسة "
                  "بريف حمص الشمالي، ما أدى إلى مقتل أربعة مدنيين."), "2013-06-09",
                 id="a_spaced_wire_dateline_date_dates_a_report_with_no_published_date"),
    pytest.param("قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرزيتا بريف حماة الشمالي، مساء أمس الخميس (2016/4/21).", "2016-04-21",
                 id="a_date_that_spells_out_yesterday_dates_yesterday_in_a_report_with_no_published_date"),
    # Reuters Arabic: "يوم الخميس 9 يونيو حزيران 2016"
    pytest.param(("قالت مصادر أمنية إن انتحاريا فجر نفسه عند نقطة تفتيش في بلدة التاجي شمالي بغداد "
                  "يوم الخميس 9 يونيو حزيران 2016 مما أسفر عن مقتل سبعة أشخاص."), "2016-06-09",
                 id="a_month_told_by_both_its_names_without_a_slash_is_one_date"),
])
def test_a_date_in_the_text_dates_a_report_with_no_published_date(text, day):
    recs = rasd.extract(text)
    assert recs
    assert all(r.event_date == day for r in recs)


def test_a_score_with_spaced_dashes_is_no_date():
    text = "حمص 2 - 1 (د ب أ) - قال ناشطون إن الطيران الحربي قصف اليوم الأحد بلدة تلبيسة بريف حمص الشمالي."
    recs = rasd.extract(text)
    assert recs
    assert all(r.event_date is None for r in recs)


def test_kurdish_security_forces_in_syria_are_the_sdf():
    text = ("اعتقلت قوات الأمن الكردية، مساء الاثنين، سبعة شبان خلال مداهمات في بلدة الهول "
            "بريف الحسكة الشرقي.")
    recs = rasd.extract(text, published="2018-03-06")
    arrest = first_of(recs, "Arrests")
    assert arrest.actor1 == "Syrian Democratic Forces"


def test_kurdish_security_forces_in_iraq_are_the_kurdistan_regions():
    text = "اعتقلت قوات الأمن الكردية، الثلاثاء، أربعة مطلوبين في قضاء مخمور جنوب غربي أربيل."
    recs = rasd.extract(text, published="2017-02-08")
    arrest = first_of(recs, "Arrests")
    assert arrest.actor1 == "Peshmerga"


def test_a_gathering_of_members_of_a_side_names_the_side_hit():
    text = ("فجر انتحاري نفسه، صباح السبت، وسط تجمع لعناصر من الجيش العراقي قرب ناحية العلم "
            "شرقي تكريت، ما أسفر عن مقتل ثلاثة منهم.")
    recs = rasd.extract(text, published="2016-04-10")
    bomb = first_of(recs, "Suicide bomb")
    assert bomb.actor2 == "Iraqi Security Forces"
    assert bomb.actor1 != "Iraqi Security Forces"


def test_shooting_joined_to_a_suicide_attack_is_its_means_not_a_second_clause():
    text = ("قتل 35 شخصا، الخميس، في هجمات انتحارية وإطلاق نار نفذها مسلحون من تنظيم داعش "
            "في مدينة الرطبة غربي الأنبار.")
    recs = rasd.extract(text, published="2016-05-20")
    bomb = first_of(recs, "Suicide bomb")
    assert bomb.fatalities == 35


def test_the_sides_inside_a_definition_of_a_side_act_in_nothing():
    # "وهي تحالف فصائل ...": what the SDF are made of; "فصائل" read as the opposition took the attack
    text = ("شنت قوات سوريا الديمقراطية، وهي تحالف فصائل كردية وعربية، هجوما على قرية الغريب "
            "شمال شرقي دير الزور، مساء الجمعة.")
    recs = rasd.extract(text, published="2017-09-16")
    fights = [r for r in recs if r.event_type == "Battles"]
    assert fights
    assert fights[0].actor1 == "Syrian Democratic Forces"


def test_an_attack_launched_past_a_support_clause_is_by_the_sentence_subject():
    text = ("أطلقت القوات العراقية، مدعومة بغارات طيران التحالف، هجوما واسعا لطرد تنظيم داعش "
            "من ناحية القيروان غربي الموصل.")
    recs = rasd.extract(text, published="2017-05-12")
    fights = [r for r in recs if r.event_type == "Battles"]
    assert fights
    assert fights[0].actor1 == "Iraqi Security Forces"
    assert fights[0].actor2 == "Islamic State"


def test_a_toll_told_place_by_place_gives_each_place_its_own_count():
    text = ("قتل 17 شخصا، الأحد، في غارات جوية على ريف إدلب الجنوبي، حيث سقط 11 قتيلا في كفرنبل "
            "و6 في معرة النعمان، بحسب الدفاع المدني.")
    recs = rasd.extract(text, published="2019-05-26")
    by = {r.location_text: r.fatalities for r in recs if r.sub_event_type == "Air/drone strike"}
    assert by.get("كفرنبل") == 11
    assert by.get("معرة النعمان") == 6


def test_numbers_that_do_not_add_up_to_the_toll_are_not_split():
    # 5 and 3 are not the 12 dead: the toll stays whole, on one place
    text = ("قتل 12 شخصا، الأحد، في غارات جوية على ريف إدلب الجنوبي، طالت 5 منازل في كفرنبل "
            "و3 في معرة النعمان، بحسب الدفاع المدني.")
    recs = rasd.extract(text, published="2019-05-26")
    tolls = sorted(r.fatalities for r in recs if r.fatalities is not None)
    assert 5 not in tolls and 3 not in tolls


def test_a_higher_total_another_source_gives_in_contrast_does_not_raise_the_toll():
    text = ("قتل سبعة أشخاص في انفجار عبوة ناسفة في سوق بلدة الشدادي جنوب الحسكة، صباح الأحد، "
            "بينما قالت مصادر محلية إن حصيلة القتلى بلغت 12.")
    recs = rasd.extract(text, published="2018-09-03")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.fatalities == 7


def test_a_toll_that_rose_still_takes_the_higher_figure():
    text = ("قتل سبعة أشخاص في انفجار عبوة ناسفة في سوق بلدة الشدادي جنوب الحسكة، صباح الأحد، "
            "ثم ارتفعت حصيلة القتلى إلى 12.")
    recs = rasd.extract(text, published="2018-09-03")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.fatalities == 12


def test_an_armed_attack_by_members_of_a_named_side_is_that_sides():
    text = ("قتل جنديان عراقيان، فجر الاثنين، بهجوم مسلح لعناصر تنظيم داعش على ثكنة للجيش "
            "قرب ناحية العظيم شمالي ديالى.")
    recs = rasd.extract(text, published="2019-02-18")
    fights = [r for r in recs if r.event_type in ("Battles", "Violence against civilians")]
    assert fights
    assert fights[0].actor1 == "Islamic State"


def test_fighters_counted_from_a_side_before_their_verb_of_harm_are_the_side_hit():
    text = ("أفاد مصدر محلي بأن أربعة عناصر من الشرطة العراقية قتلوا بانفجار عبوة ناسفة "
            "استهدفت عربتهم قرب قضاء الشرقاط، مساء الأربعاء.")
    recs = rasd.extract(text, published="2018-11-22")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.actor2 == "Iraqi Security Forces"
    assert bomb.actor1 != "Iraqi Security Forces"


def test_one_sides_dead_of_a_fight_told_before_their_verb_leave_the_fights_sides():
    text = ("قال مصدر إن قوات الحشد الشعبي استعادت قرية المطيبيجة بعد معارك مع تنظيم داعش، "
            "وإن 6 من مقاتلي الحشد قتلوا، فيما قتل العشرات من عناصر التنظيم.")
    recs = rasd.extract(text, published="2017-04-02")
    assert any(r.actor1 == "Popular Mobilization Forces" for r in recs)


def test_another_sources_higher_total_in_a_sentence_of_its_own_does_not_raise_the_toll():
    text = ("قال ناشطون إن 14 شخصا قتلوا في غارات جوية على بلدة كفرزيتا بريف حماة الشمالي. "
            "فيما قال الدفاع المدني إن حصيلة القتلى تجاوزت 20 شخصا.")
    recs = rasd.extract(text, published="2016-04-22")
    raid = first_of(recs, "Air/drone strike")
    assert raid.fatalities == 14


def test_a_force_that_tells_the_news_with_another_source_is_no_side_of_it():
    text = ("قالت الشرطة ومصادر طبية إن سيارة ملغومة انفجرت قرب مطعم في حي الكرادة ببغداد "
            "مساء الثلاثاء مما أسفر عن مقتل عشرة أشخاص.")
    recs = rasd.extract(text, published="2016-06-01")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.actor1 != "Iraqi Security Forces"


def test_the_civil_defence_that_tells_a_toll_counts_no_one():
    text = ("قال مسؤول في الدفاع المدني إن شقيقين قتلا، مساء السبت، بانفجار لغم أرضي "
            "في أطراف بلدة التح بريف إدلب.")
    recs = rasd.extract(text, published="2017-03-12")
    bomb = first_of(recs, "Remote explosive/landmine/IED")
    assert bomb.fatalities == 2


def test_a_definite_noun_joined_to_the_side_a_count_is_of_adds_no_dead():
    text = ("أفاد المرصد السوري بأن المعارك في محيط بلدة الشيخ مسكين أسفرت عن مقتل 11 عنصرا "
            "من قوات النظام والمسلحين الموالين لها، يوم الأحد.")
    recs = rasd.extract(text, published="2016-01-25")
    assert recs
    assert recs[0].fatalities == 11


def test_a_counted_noun_joined_after_the_side_still_adds_its_dead():
    text = ("أفاد المرصد السوري بأن المعارك في محيط بلدة الشيخ مسكين أسفرت عن مقتل 11 عنصرا "
            "من قوات النظام وعنصرين من الفصائل، يوم الأحد.")
    recs = rasd.extract(text, published="2016-01-25")
    assert recs
    assert recs[0].fatalities == 13


def test_a_sides_own_higher_claim_of_whom_it_killed_does_not_raise_the_toll():
    text = ("قتل 16 عنصرا من قوات النظام في هجوم شنه تنظيم داعش على حواجزهم قرب مدينة السخنة، "
            "وفق المرصد السوري. وقالت وكالة أعماق التابعة للتنظيم إن مقاتليه قتلوا 35 عنصرا.")
    recs = rasd.extract(text, published="2017-05-03")
    fights = [r for r in recs if r.event_type == "Battles"]
    assert fights
    assert fights[0].fatalities == 16
