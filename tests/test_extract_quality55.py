"""Errors found on unseen reports from Yemen, Sudan and Libya in the forms of round 55: military
spokesmen's statements, UN agencies' and medical networks' updates, municipal councils' statements.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import pytest

import rasd

from helpers import first_of


@pytest.mark.parametrize("text, published, day", [
    pytest.param(("قالت منظمة إنقاذ الطفولة في بيان السبت إن ثلاثة أطفال قتلوا بقذيفة هاون سقطت على مدرسة "
                  "في حي الروضة بمدينة تعز مساء الخميس."), "2019-03-09", "2019-03-07",
                 id="the_day_a_statement_was_issued_is_not_the_day_of_the_event_it_reports"),
    pytest.param(("قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في نشرته الأسبوعية الصادرة الجمعة إن قصفاً "
                  "مدفعياً أصاب مخيم أبو شوك للنازحين شمال الفاشر يوم الثلاثاء، ما أدى إلى مقتل خمسة مدنيين."), "2024-05-17", "2024-05-14",
                 id="the_day_of_an_update_issued_long_after_the_agency_is_named_is_still_its_own"),
    pytest.param("قالت منظمة يونيسف الأحد إن طفلين قتلا بانفجار لغم في مديرية حيس بمحافظة الحديدة.", "2020-08-30", "2020-08-30",
                 id="a_day_told_alone_with_the_statement_still_dates_the_event"),
])
def test_the_day_a_statement_tells_is_not_the_events_day(text, published, day):
    recs = rasd.extract(text, published=published)
    assert recs
    assert recs[0].event_date == day


def test_the_official_name_of_haftars_forces_is_the_lna():
    text = ("بنغازي - قال المركز الإعلامي لغرفة عمليات الكرامة إن وحدات من القوات المسلحة العربية الليبية "
            "قصفت بالمدفعية الثقيلة مواقع للجماعات الإرهابية في منطقة قنفودة غرب بنغازي يوم الأحد.")
    recs = rasd.extract(text, published="2016-03-21")
    assert recs
    assert recs[0].actor1 == "Libyan National Army"


def test_ansar_al_sharia_in_libya_is_not_aqap():
    libya = ("درنة - اندلعت اشتباكات عنيفة صباح الخميس بين قوات الجيش الوطني الليبي وعناصر تنظيم أنصار "
             "الشريعة في حي شيحا بمدينة درنة.")
    recs = [r for r in rasd.extract(libya, published="2015-06-11") if r.sub_event_type == "Armed clash"]
    assert recs
    assert "Ansar al-Sharia (Libya)" in (recs[0].actor1, recs[0].actor2)
    yemen = ("زنجبار - هاجم مسلحون من أنصار الشريعة نقطة عسكرية للجيش اليمني في مدينة زنجبار بمحافظة أبين "
             "فجر الأحد.")
    recs = rasd.extract(yemen, published="2011-09-11")
    assert recs
    assert recs[0].actor1 == "Al-Qaeda in the Arabian Peninsula"


@pytest.mark.parametrize("text, published, word", [
    pytest.param(("قالت المنظمة الدولية للهجرة إن صاروخاً سقط على مخيم للنازحين قرب مدينة مأرب مساء الثلاثاء، "
                  "ما أدى إلى إصابة ثلاثة أطفال."), "2021-04-08", "هجر",
                 id="the_migration_in_an_agencys_name_is_no_place"),
    pytest.param(("قال المتحدث العسكري للحوثيين إن قواتهم استهدفت بطائرات مسيرة من نوع صماد3 مطار نجران "
                  "صباح الاثنين."), "2020-06-22", "صماد",
                 id="a_weapons_model_name_is_no_place"),
    pytest.param(("وأضاف النعمان أن قوات الجيش سيطرت على قرية الخالدية بعد اشتباكات مع مسلحي التنظيم "
                  "استمرت ساعات."), "2016-02-10", "نعمان",
                 id="the_speaker_after_a_verb_of_saying_is_no_place"),
])
def test_a_name_that_is_no_place_gives_no_place(text, published, word):
    recs = rasd.extract(text, published=published)
    assert recs
    assert all(word not in r.location_text for r in recs)


def test_tripolis_abu_salim_quarter_is_placed_in_tripoli():
    text = ("طرابلس - سقطت قذائف صاروخية على منازل المواطنين في حي أبو سليم مساء الأربعاء، ما أدى إلى "
            "إصابة أربعة مدنيين بينهم طفل.")
    recs = rasd.extract(text, published="2019-05-16")
    assert recs
    assert recs[0].location_text.endswith("أبو سليم")
    assert recs[0].admin1 == "Tripoli"
    assert recs[0].latitude is not None and abs(recs[0].latitude - 32.89) < 0.1


def test_the_country_a_struck_site_lies_in_is_no_striker():
    text = "استهدف هجوم بطائرة مسيرة مطار نجران في السعودية فجر الخميس، دون أن تتبناه أي جهة."
    recs = rasd.extract(text, published="2021-03-11")
    assert recs
    assert all(r.actor1 != "Saudi-led Coalition" for r in recs)


def test_cleansing_a_town_of_the_enemy_is_retaking_it():
    text = ("قال الناطق باسم الجيش السوداني إن قواتنا طهرت مدينة سنجة عاصمة ولاية سنار من دنس مليشيا "
            "آل دقلو صباح السبت.")
    recs = rasd.extract(text, published="2024-11-24")
    regain = first_of(recs, "Government regains territory")
    assert regain.actor1 == "Sudanese Armed Forces"
    assert regain.actor2 == "Rapid Support Forces"
    assert not rasd.extract("وصل الوفد إلى طهران أمس الأحد في زيارة رسمية.", published="2024-11-24")


def test_an_arrest_a_council_demands_is_no_arrest():
    text = ("غريان - قتل شاب برصاص مسلحين مجهولين وسط المدينة مساء الخميس، وأصدر المجلس البلدي بياناً "
            "أدان فيه الجريمة مطالباً الأجهزة الأمنية بالقبض على الجناة.")
    recs = rasd.extract(text, published="2021-05-14")
    assert recs
    assert not [r for r in recs if r.sub_event_type in ("Arrests", "Abduction/forced disappearance")]


def test_the_side_a_place_is_cleansed_of_is_the_one_driven_out():
    text = ("قال المتحدث باسم الجيش السوداني العقيد محمد الطيب إن قواتنا دخلت بلدة أم روابة وطهرتها "
            "من دنس مليشيا الدعم السريع صباح الجمعة.")
    recs = [r for r in rasd.extract(text, published="2024-02-10")
            if r.sub_event_type == "Government regains territory"]
    assert recs
    assert recs[0].actor2 == "Rapid Support Forces"
    assert recs[0].actor1 != "Rapid Support Forces"


def test_a_take_over_after_a_month_of_fighting_is_told():
    text = ("أعلنت قوات مجلس شورى ثوار بنغازي سيطرتها على مدينة بنغازي بعد أكثر من شهر من المعارك مع "
            "قوات حفتر.")
    recs = rasd.extract(text, published="2014-07-30")
    assert [r for r in recs if r.sub_event_type == "Non-state actor overtakes territory"
            and r.actor1 == "Benghazi Revolutionaries Shura Council"]


def test_a_media_office_is_no_journalist_among_the_dead():
    text = ("أعلن المكتب الإعلامي لألوية العمالقة مقتل تسعة من مليشيا الحوثي بنيران ألوية العمالقة في "
            "مديرية حيس جنوب الحديدة، مساء الخميس.")
    recs = rasd.extract(text, published="2021-12-03")
    assert recs
    assert all(r.actor2 != "Civilians" and not r.civilian_targeting for r in recs)
