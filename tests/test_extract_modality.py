"""What is not an event: negated, denied, threatened, habitual and siege sentences.

Each test pairs the non-event with a real event in the same report, so a
test cannot pass just because the extractor returned nothing.
"""
from __future__ import annotations

import pytest

import rasd

from helpers import sorted_places_at

PUB = "2017-06-20"
REAL = "وقصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب."


places = sorted_places_at(PUB)


@pytest.mark.parametrize("non_event", [
    "ولم يتمكن التنظيم من السيطرة على بلدة العشارة.",
    "لم يستطع عناصر التنظيم السيطرة على بلدة العشارة.",
    "نفى الجيش التركي قصف بلدة تل رفعت.",
    "ونفت قوات سوريا الديمقراطية اعتقال أي مدني في مدينة الطبقة.",
    "لم تقصف الطائرات الروسية مدينة سراقب اليوم.",
    "ولم تسجل أي غارات جوية على مدينة سراقب.",
    "وساد هدوء حذر في مدينة الميادين دون وقوع اشتباكات.",
])
def test_negated_actions_are_not_events(non_event):
    assert places(non_event) == []
    # the same report's real event is still found
    assert places(non_event + " " + REAL) == ["بلدة كفرنبل"]


@pytest.mark.parametrize("non_event", [
    "وهدد تنظيم داعش بتفجير سيارات مفخخة في مدينة القامشلي.",
    "وتستعد قوات النظام لشن هجوم على مدينة اللطامنة.",
])
def test_threats_and_plans_are_not_events(non_event):
    assert places(non_event + " " + REAL) == ["بلدة كفرنبل"]


@pytest.mark.parametrize("non_event", [
    "تتعرض مدينة أريحا جنوب إدلب للقصف يومياً من قبل قوات النظام.",
    "تقصف قوات النظام مدينة أريحا جنوب إدلب بشكل شبه يومي.",
    "وتواصل قوات النظام قصف مدينة أريحا جنوب إدلب.",
    "وتعتمد قوات النظام على الطيران المسير في استهداف مدينة أريحا جنوب إدلب.",
])
def test_habitual_actions_are_not_one_day_events(non_event):
    assert places(non_event + " " + REAL) == ["بلدة كفرنبل"]


@pytest.mark.parametrize("non_event", [
    "تفرض قوات النظام حصاراً خانقاً على مدينة دوما بريف دمشق منذ أشهر.",
    "تحاصر قوات النظام بلدة مضايا بريف دمشق وتمنع دخول المواد الغذائية.",
])
def test_sieges_are_not_one_day_events(non_event):
    assert places(non_event + " " + REAL) == ["بلدة كفرنبل"]


def test_background_event_gets_its_own_past_date():
    records = rasd.extract(
        "قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب اليوم. "
        "وكانت طائرات روسية قد قصفت مدينة سراقب بريف إدلب الأسبوع الماضي.", published=PUB)
    by = {r.location_text: r for r in records}
    assert by["بلدة كفرنبل"].event_date == PUB
    past = by["مدينة سراقب"]
    assert past.background is True
    assert past.date_start == "2017-06-07" and past.date_end == "2017-06-19"
    assert past.time_precision == 2
    assert past.confidence < by["بلدة كفرنبل"].confidence


def test_background_without_a_date_is_not_coded():
    # "had shelled" with no time: an earlier event the report does not date
    records = rasd.extract("وكانت قوات النظام قد قصفت بلدة كفرنبل جنوب إدلب. " + REAL.replace("كفرنبل", "حيش"),
                           published=PUB)
    assert [r.location_text for r in records] == ["بلدة حيش"]


def test_an_earlier_statement_does_not_make_its_event_background():
    # "في وقت سابق" dates the saying (between قال and إن), not the explosion it reports
    records = rasd.extract("وقال الدفاع المدني في وقت سابق إن انفجاراً وقع في حافلة وسط مدينة الباب، "
                           "ما أسفر عن مقتل مدنيين اثنين.", published=PUB)
    assert [(r.location_text, r.fatalities, r.background) for r in records] == [("مدينة الباب", 2, False)]


def test_naming_the_dead_is_not_a_new_killing():
    records = rasd.extract("قتل 4 عناصر من قوات النظام في هجوم على حاجز في بلدة الحراك. "
                           "وتم التعرف على اثنين من القتلى وهما أحمد من بلدة ناحتة وخالد من قرية المليحة.",
                           published=PUB)
    assert [r.location_text for r in records] == ["بلدة الحراك"]


def test_who_holds_a_place_does_not_hide_the_strike_on_it():
    records = rasd.extract("سقط 17 قتيلاً في بلدة حزة التي استهدفت فيها الطائرات عدداً من المناطق السكنية "
                           "الواقعة تحت سيطرة فيلق الرحمن.", published=PUB)
    assert [(r.location_text, r.sub_event_type, r.fatalities) for r in records] == \
        [("بلدة حزة", "Air/drone strike", 17)]


def test_a_campaign_of_weeks_is_not_one_days_event():
    records = rasd.extract("ومنذ أكثر من 20 يوماً، تشهد منطقة الغوطة الشرقية حملة قصف عنيفة من قبل قوات "
                           "النظام. وقتل مدنيان في قصف مدفعي على بلدة كفربطنا اليوم.", published=PUB)
    assert [r.location_text for r in records] == ["بلدة كفربطنا"]


def test_a_hayth_clause_spells_out_the_situation_before_it():
    records = rasd.extract("ومنذ أكثر من 20 يوماً، تشهد الغوطة الشرقية حملة قصف عنيفة من قبل قوات النظام، حيث "
                           "استهدف القصف أسواقاً وأحياء سكنية، ما أدى إلى مقتل أكثر من 250 مدنياً. "
                           "وقتل مدنيان اليوم في قصف مدفعي على بلدة كفربطنا.", published=PUB)
    assert [(r.location_text, r.fatalities) for r in records] == [("بلدة كفربطنا", 2)]


def test_casualties_of_a_traffic_accident_are_no_conflict_event():
    assert places("قتل رجل وجرح طفلان بحادث سير على الطريق بين مدينة سراقب وبلدة تفتناز. " + REAL) == \
        ["بلدة كفرنبل"]


def test_a_bare_toll_over_a_month_is_a_tally_not_an_event():
    records = rasd.extract("قتلت قوات الأمن محتجا وأصابت عشرة آخرين في مدينة درعا يوم السبت. ولقي أكثر من "
                           "مئة شخص حتفهم في آذار نتيجة إطلاق قوات الأمن النار على الحشود.", published="2011-04-02")
    assert [(r.location_text, r.fatalities, r.injured) for r in records] == [("مدينة درعا", 1, 10)]


def test_a_side_that_lost_control_took_nothing():
    assert places("وفقدت الفصائل السيطرة على بلدة مورك شمال حماة. " + REAL) == ["بلدة كفرنبل"]


def test_what_happened_against_the_background_of_an_abduction_does_not_code_the_abduction_today():
    records = rasd.extract("تجمع مسلحون في محيط بلدة حورات عمورين على خلفية اختطاف عنصر أمني. " + REAL,
                           published=PUB)
    assert [r.location_text for r in records] == ["بلدة كفرنبل"]


def test_an_agency_dateline_is_not_where_it_happened():
    assert rasd.extract("بيروت (أ ف ب) - اختطف مسلحون مجهولون عشرة مدنيين أمس.", published=PUB) == []
    records = rasd.extract("بيروت (أ ف ب) - قصفت قوات النظام بالمدفعية بلدة كفرنبل جنوب إدلب.", published=PUB)
    assert [r.location_text for r in records] == ["بلدة كفرنبل"]


def test_where_a_victim_comes_from_is_not_where_it_happened():
    records = rasd.extract("اغتال مسلحون مجهولون في بلدة سرمين عنصرا أمنيا ينحدر من قرية جورين.", published=PUB)
    assert [r.location_text for r in records] == ["بلدة سرمين"]


def test_an_event_others_assert_happened_where_it_was_denied_and_not_by_the_denier():
    records = rasd.extract("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت قافلة إغاثة في بلدة أورم الكبرى، "
                           "فيما قالت الأمم المتحدة إن القافلة تعرضت لغارات أدت لمقتل 20 مدنياً.",
                           published="2016-09-20")
    assert [(r.sub_event_type, r.location_text, r.actor1, r.fatalities) for r in records] == [
        ("Air/drone strike", "بلدة أورم الكبرى", "Unidentified Military Forces", 20)]


def test_fighting_that_goes_on_for_an_nth_day_is_an_event_of_today():
    # a verb of continuing marks a situation, but "لليوم الثالث" tells today's fighting
    recs = rasd.extract("تتواصل المعارك لليوم الثالث على التوالي بين الجيش السوداني وقوات الدعم السريع "
                        "في مدينة الأبيض.", published="2023-04-17")
    assert [(r.sub_event_type, r.event_date) for r in recs] == [("Armed clash", "2023-04-17")]
    # without it, the same verb still tells a situation, not an event
    assert rasd.extract("تتواصل المعارك بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض.",
                        published="2023-04-17") == []


def test_at_least_is_no_negation():
    # the لا of "ما لا يقل عن" negates no action
    recs = rasd.extract("شنت الطائرات الحربية ما لا يقل عن 20 غارة على بلدة اللطامنة.", published="2019-05-20")
    assert [r.sub_event_type for r in recs] == ["Air/drone strike"]


def test_the_toll_of_a_campaign_told_since_a_month_is_no_event():
    # "تشهد ... منذ أواخر آذار حملة ..., أسفرت عن مقتل": the campaign's running toll
    recs = rasd.extract("قصفت الطائرات الحربية بلدة التمانعة اليوم. ويشهد ريف إدلب منذ أواخر آذار الماضي "
                        "حملة جوية مكثفة، أسفرت عن مقتل أكثر من 200 مدني.", published="2019-05-02")
    assert [(r.location_text, r.fatalities) for r in recs] == [("بلدة التمانعة", None)]


def test_the_time_of_what_happened_before_dates_that_not_the_event():
    recs = rasd.extract("استعادت فصائل المعارضة السيطرة على بلدة تل ملح بعد أن خسرتها قبل أسبوعين.",
                        published="2019-06-06")
    assert [r.event_date for r in recs] == ["2019-06-06"]


def test_an_event_named_as_the_reason_for_another_is_not_reported_by_it():
    recs = rasd.extract("قصفت مدفعية الجيش التركي مواقع لقسد في محيط بلدة عين عيسى، رداً على هجوم استهدف "
                        "نقطة تركية في قرية صيدا.", published="2020-11-22")
    assert [r.location for r in recs] == ["Ayn Isa"]


def test_deaths_in_a_natural_disaster_are_no_conflict_event():
    assert rasd.extract("انتشلت فرق الإنقاذ جثث 40 شخصاً من تحت أنقاض المباني التي انهارت جراء الزلزال في "
                        "مدينة سلقين.", published="2023-02-08") == []


def test_a_denial_of_responsibility_denies_who_did_it_not_that_it_happened():
    records = rasd.extract("نفى التحالف الدولي مسؤوليته عن الغارة التي استهدفت سوقاً في مدينة الأتارب وقتل فيها "
                           "12 مدنياً.", published="2017-03-20")
    assert [(r.sub_event_type, r.actor1, r.fatalities) for r in records] == [
        ("Air/drone strike", "Unidentified Military Forces", 12)]
    # a denial that it happened still makes no event
    assert rasd.extract("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في مدينة سراقب.",
                        published="2017-03-20") == []


def test_lootings_a_place_underwent_are_events_the_kind_of_event_in_general_is_not():
    records = rasd.extract("تعرضت أحياء مدينة الجنينة لعمليات نهب واسعة على يد مسلحين مجهولين مساء أمس.",
                           published="2023-05-20")
    assert [r.sub_event_type for r in records] == ["Looting/property destruction"]
    assert rasd.extract("تصاعدت عمليات الاغتيال في مدينة درعا خلال الأشهر الماضية.", published="2023-05-20") == []


def test_a_running_total_since_an_earlier_day_is_a_tally_not_an_event():
    text = ("ارتفع عدد القتلى المدنيين جراء القصف على مدينة خان شيخون منذ مساء الخميس إلى 90 قتيلاً. "
            "وقتل اليوم وحده 12 مدنياً في بلدة كفرنبل.")
    records = rasd.extract(text, published="2019-05-12")
    assert [(r.location_text, r.fatalities) for r in records] == [("بلدة كفرنبل", 12)]
    # a total since this morning is the day's toll
    records = rasd.extract("ارتفع إلى 11 عدد القتلى جراء القصف الجوي على بلدة كفرنبل منذ صباح اليوم.",
                           published="2019-05-12")
    assert [r.fatalities for r in records] == [11]


def test_a_days_total_split_over_governorates_is_a_tally():
    text = ("ارتفع إلى 64 عدد القتلى الذين سقطوا اليوم في سوريا، بينهم 22 في ريف إدلب و15 في حماة. "
            "ففي ريف إدلب، قتل 6 مدنيين جراء قصف القوات النظامية على بلدة كفرنبل.")
    recs = rasd.extract(text, published="2013-05-02")
    assert [(r.location, r.fatalities) for r in recs] == [("Kafranbel", 6)]


def test_a_total_since_the_war_began_is_a_tally():
    recs = rasd.extract("الخرطوم - أعلنت وزارة الصحة ارتفاع حصيلة ضحايا المعارك منذ اندلاعها في 15 أبريل إلى 512 "
                        "قتيلاً و4193 جريحاً.", published="2023-04-27")
    assert recs == []


def test_headlines_under_a_most_read_header_are_not_read():
    text = ("إدلب - قتل 4 مدنيين جراء غارات روسية على بلدة سرمين في ريف إدلب الشرقي، بحسب ما أفاد الدفاع المدني "
            "السوري في بيان نشره على صفحته.\nالأكثر قراءة\nانفجار سيارة مفخخة في مدينة الباب يقتل 6 أشخاص\n"
            "مقتل عنصرين من قسد بهجوم في ريف دير الزور")
    recs = rasd.extract(text, published="2019-05-20")
    assert [r.location for r in recs] == ["Sarmin"]


def test_todays_fight_told_with_its_running_toll_is_kept_without_the_toll():
    recs = rasd.extract("تواصلت لليوم الثالث الاشتباكات بين قوات سوريا الديمقراطية ومقاتلي العشائر في بلدة ذيبان بريف "
                        "دير الزور، وسط حصيلة قتلى تجاوزت 30 شخصاً منذ بدء المواجهات.", published="2023-08-29")
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Armed clash", None)]
