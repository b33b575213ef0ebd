"""Errors found on unseen long analytic pieces from Syria, Iraq, Yemen, Sudan and Libya (round 57):
a news peg followed by background paragraphs, analysts' words and whole-war tallies.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import pytest

import rasd


def test_a_statement_day_and_a_since_day_in_one_clause_do_not_crash_the_extractor():
    # two dates in the clause, one of them after "منذ": the since-rule read the clause's spans
    text = ("قالت منظمة حقوقية، الأحد، إن 40 شخصاً على الأقل قتلوا في ريف حمص الغربي منذ يوم "
            "الخميس الماضي، في هجمات نفذها مسلحون.")
    recs = rasd.extract(text, published="2025-03-09")
    assert all(r.event_date is None or r.event_date <= "2025-03-09" for r in recs)


def test_a_toll_so_far_of_a_war_is_no_days_count():
    text = ("تجددت المعارك، الخميس، بين القوات الحكومية وقوات حفتر جنوب طرابلس. واندلعت الحرب في "
            "الرابع من نيسان الماضي، وخلفت حتى الآن أكثر من 1000 قتيل ونحو 5000 جريح.")
    recs = rasd.extract(text, published="2019-06-20")
    assert recs
    assert all(r.fatalities is None or r.fatalities < 1000 for r in recs)


@pytest.mark.parametrize("text, published, place", [
    pytest.param(("سيطرت القوات الحكومية، السبت، على بلدة الهيشة شرقي مصراتة. ويتوقع مراقبون أن المواجهات "
                  "ستنتقل إلى منطقة الجفرة خلال الأيام المقبلة."), "2020-06-13", "الجفرة",
                 id="a_battle_observers_foresee_is_no_event"),
    pytest.param(("أصيب شرطيان، الاثنين، بانفجار عبوة ناسفة في قضاء الطارمية شمال بغداد. وقال خبير أمني إن "
                  "داعش ربما يشن هجوماً على ناحية الدجيل."), "2021-04-13", "الدجيل",
                 id="an_attack_that_perhaps_will_come_is_no_event"),
    pytest.param(("قتل أربعة عناصر من الحشد الشعبي، الجمعة، بهجوم لتنظيم داعش في قضاء خانقين. وفي حال "
                  "اندلاع المعارك في قضاء طوزخورماتو، فإن آلاف العائلات ستنزح نحو كركوك."), "2020-09-12", "طوزخورماتو",
                 id="a_fight_told_as_a_condition_is_no_event"),
])
def test_a_fight_only_foreseen_feared_or_supposed_is_no_event(text, published, place):
    recs = rasd.extract(text, published=published)
    assert recs
    assert not any(place in (r.location_text or "") for r in recs)


def test_a_background_event_and_its_toll_in_a_clause_of_its_own_are_one_record():
    text = ("انفجرت عبوة ناسفة، الأحد، في سوق حي الكرادة وسط بغداد، ما أدى إلى مقتل ثلاثة مدنيين.\n"
            "وكانت سيارة مفخخة قد انفجرت في السوق نفسها يوم الخميس 3 آذار، وقتل فيها 21 شخصاً.")
    recs = rasd.extract(text, published="2016-03-06")
    thursday = [r for r in recs if r.event_date == "2016-03-03"]
    assert len(thursday) == 1
    assert thursday[0].fatalities == 21


def test_the_dead_of_a_campaign_told_as_background_are_not_killed_today():
    text = ("أصيب ثلاثة مدنيين، السبت، بقذيفة سقطت على حي الجحملية شرقي تعز. وكان الحوثيون قد شنوا "
            "في آذار الماضي حملة عسكرية على مديرية مقبنة غربي تعز، قتل فيها 30 شخصاً.")
    recs = rasd.extract(text, published="2018-06-10")
    assert recs
    assert not any(r.fatalities == 30 and r.event_date == "2018-06-09" for r in recs)


def test_a_state_takes_no_ground_from_the_foreign_air_force_fighting_beside_it():
    text = ("قصفت طائرات روسية، الأربعاء، بلدة الهبيط في ريف إدلب الجنوبي. وسيطر الجيش السوري، الثلاثاء، "
            "على قرية الجنابرة في ريف حماة الشمالي الغربي.")
    recs = rasd.extract(text, published="2019-05-22")
    taken = [r for r in recs if r.sub_event_type == "Government regains territory"]
    assert taken
    assert all(r.actor2 != "Russian Forces" for r in taken)


def test_what_a_force_did_over_its_years_of_rule_is_no_days_event():
    text = ("أصيب مدنيان، الخميس، بقصف على قرية الشيخ مقصود. وأعدم التنظيم عشرات الشبان في ساحة "
            "الساعة بمدينة الباب خلال سنوات سيطرته على المدينة.")
    recs = rasd.extract(text, published="2018-02-16")
    assert recs
    assert not any("الساعة" in (r.location_text or "") or "الباب" in (r.location_text or "") for r in recs)


def test_a_warning_of_any_attack_does_not_move_the_days_fight():
    text = ("قتل 11 شخصاً، الأحد، في اشتباكات بين فصيلين مسلحين في مدينة الزاوية. وحذرت البعثة الأممية "
            "من أن أي هجوم على مدينة زوارة سيؤدي إلى كارثة إنسانية.")
    recs = rasd.extract(text, published="2023-08-14")
    assert recs
    assert not any("زوارة" in (r.location_text or "") for r in recs)
    assert any("الزاوية" in (r.location_text or "") and r.fatalities == 11 for r in recs)


def test_a_killing_told_as_background_in_its_own_sentence_takes_no_place_from_the_news():
    text = ("قتل ستة مدنيين، الاثنين، بقصف مدفعي على حي الثورة في مدينة الأبيض. وكان معتمد محلية شيكان "
            "قد قتل في 3 أيار الماضي بعد أيام من انتقاده للمليشيا.")
    recs = rasd.extract(text, published="2024-06-04")
    assert recs
    assert not any(r.event_date == "2024-05-03" and "الثورة" in (r.location_text or "") for r in recs)


def test_the_yemeni_forces_backed_by_the_coalition_are_the_government_forces():
    text = "تقدمت القوات اليمنية المدعومة من التحالف، الخميس، في مديرية التحيتا جنوب الحديدة وسط معارك مع الحوثيين."
    recs = rasd.extract(text, published="2018-06-01")
    assert recs
    assert recs[0].actor1 == "Military Forces of Yemen"


def test_a_take_over_after_months_of_fighting_is_the_days_event():
    text = "أعلن الجيش العراقي، الخميس، تحرير مدينة تلعفر بالكامل من داعش بعد ثلاثة أسابيع من المعارك."
    recs = rasd.extract(text, published="2017-09-01")
    assert any(r.sub_event_type == "Government regains territory" and r.event_date == "2017-08-31" for r in recs)


def test_a_toll_after_months_of_fighting_stays_a_tally():
    text = "قتل 60 مدنياً بعد أشهر من المعارك في مدينة تلعفر."
    assert rasd.extract(text, published="2017-09-01") == []
