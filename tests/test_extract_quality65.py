"""Errors found on aggregated and reprinted reports on Yemen, Sudan and Libya, 2011-2025, many of
them without a published date (round 65). Each test is a sentence written for it, not a report of
the batch."""
from __future__ import annotations

import rasd


def test_a_force_led_by_a_man_is_still_the_side_that_acted():
    text = ("هاجمت قوات الدعم السريع بقيادة عبد الرحيم دقلو، الثلاثاء، قرية ود النورة بولاية "
            "الجزيرة وقتلت 35 مدنياً.")
    recs = rasd.extract(text, published="2024-06-06")
    assert recs
    assert all(r.actor1 == "Rapid Support Forces" for r in recs)


def test_a_force_led_by_another_side_is_still_that_side():
    text = ("شنت فصائل المعارضة بقيادة هيئة تحرير الشام هجوماً على مواقع قوات النظام في بلدة "
            "تل ملح.")
    recs = rasd.extract(text, published="2019-05-22")
    assert recs
    assert recs[0].actor1 == "Hayat Tahrir al-Sham"


def test_the_temporary_capital_holds_the_district_told_before_it():
    text = ("قتل شرطي برصاص مسلحين مجهولين، مساء الأحد، في مديرية دار سعد بالعاصمة المؤقتة عدن.")
    recs = rasd.extract(text, published="2018-03-05")
    assert len(recs) == 1
    assert recs[0].fatalities == 1


def test_a_denial_told_as_a_circumstantial_accusative_makes_no_protest_elsewhere():
    text = ("أصيب 40 متظاهراً، الخميس، عندما أطلقت الشرطة الغاز المسيل للدموع على محتجين أمام مقر "
            "الولاية في مدينة كسلا.\nوقالت الشرطة إنها كانت تلاحق مهربين في حي الدرجة القريب من "
            "المكان، نافيةً فض الاعتصام.")
    recs = rasd.extract(text, published="2019-05-03")
    assert not any(r.sub_event_type == "Peaceful protest" for r in recs)


def test_dispersing_a_sit_in_is_force_against_it_not_a_peaceful_protest():
    text = "فضت قوات الأمن فجر السبت اعتصاماً لطلاب الجامعة أمام مقر الحامية العسكرية في مدينة زالنجي."
    recs = rasd.extract(text, published="2019-06-12")
    assert [r.sub_event_type for r in recs] == ["Protest with intervention"]


def test_a_disengagement_is_no_dispersal():
    text = "اتفق الطرفان على فض الاشتباك في مدينة الزاوية بعد اشتباكات عنيفة أمس أوقعت قتيلين."
    recs = rasd.extract(text, published="2022-06-12")
    assert not any(r.event_type == "Protests" for r in recs)


def test_a_teller_that_says_its_backed_ally_acted_is_no_side():
    text = ("قالت القوات الإماراتية إن قوات العمالقة المدعومة منها بدأت هجوماً على مدينة الخوخة "
            "اليوم الخميس.")
    recs = rasd.extract(text, published="2017-12-07")
    assert recs
    assert all(r.actor2 != "United Arab Emirates" and "Emirat" not in (r.actor2 or "") for r in recs)
    assert all(r.actor1 == "Giants Brigades" for r in recs)


def test_a_call_for_an_immediate_ceasefire_opens_no_fire():
    text = ("سيطرت قوات دفاع شبوة، الأربعاء، على مدينة عتق، فيما دعا المبعوث الأممي إلى وقف فوري "
            "لإطلاق النار.")
    recs = rasd.extract(text, published="2022-08-11")
    assert [r.sub_event_type for r in recs] == ["Non-state actor overtakes territory"]


def test_another_sources_figure_bounds_the_toll_and_does_not_replace_it():
    text = ("قتل 18 شخصاً على الأقل في غارة جوية على سوق في مدينة حرض، بينما تحدثت مصادر أخرى عن "
            "سقوط 35 قتيلاً.")
    recs = rasd.extract(text, published="2016-03-16")
    assert len(recs) == 1
    assert recs[0].fatalities == 18
    assert recs[0].fatalities_high == 35


def test_a_seat_of_government_is_no_village_called_government():
    text = ("اقتحم مسلحون قبليون، الاثنين، مقر الحكومة المحلية ومبنى البريد في مدينة البيضاء "
            "بعد اشتباكات مع الحراسة.")
    recs = rasd.extract(text, published="2016-05-03")
    assert recs
    assert all(r.location != "Al Maudah" for r in recs)


def test_wire_copys_eastern_forces_are_haftars_army():
    text = ("قصفت قوات شرق ليبيا بالمدفعية، مساء الأحد، حي صلاح الدين جنوبي طرابلس، ما أدى إلى مقتل "
            "مدنيين اثنين.")
    recs = rasd.extract(text, published="2019-06-03")
    assert recs
    assert recs[0].actor1 == "Libyan National Army"


def test_the_first_armoured_division_is_yemens_army():
    text = "اندلعت اشتباكات عنيفة، الخميس، بين الحوثيين وقوات الفرقة الأولى مدرع في منطقة شملان شمالي صنعاء."
    recs = rasd.extract(text, published="2014-09-19")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"Houthi Movement", "Military Forces of Yemen"}


def test_a_militia_raiding_a_quarter_with_no_armed_side_attacks_its_people():
    text = "قتل 11 شخصاً في هجوم شنته قوات الدعم السريع، الجمعة، على حي الرياض بمدينة نيالا."
    recs = rasd.extract(text, published="2023-08-19")
    assert [r.sub_event_type for r in recs] == ["Attack"]
    assert recs[0].actor2 == "Civilians"


def test_a_dispersal_told_in_the_next_sentence_is_the_protests_intervention():
    text = ("خرج مئات الطلاب في مسيرة بمدينة عطبرة احتجاجاً على رفع أسعار الخبز.\n"
            "وأطلقت الشرطة الغاز المسيل للدموع لتفريقهم.")
    recs = rasd.extract(text, published="2018-12-20")
    assert [r.sub_event_type for r in recs] == ["Protest with intervention"]


def test_a_next_sentence_with_a_toll_of_other_days_is_no_intervention():
    text = ("خرج مئات الطلاب في مسيرة بمدينة عطبرة احتجاجاً على رفع أسعار الخبز.\n"
            "وقتل العشرات الشهر الماضي نتيجة إطلاق قوات الأمن قنابل الغاز على الحشود.")
    recs = rasd.extract(text, published="2018-12-20")
    assert "Protest with intervention" not in [r.sub_event_type for r in recs]


def test_residents_who_tell_a_strike_are_not_its_victims():
    text = ("أفاد سكان محليون بأن غارة لطائرة مسيرة أمريكية استهدفت سيارة تقل مسلحين من تنظيم "
            "القاعدة في وادي عبيدة بمحافظة مأرب، ما أسفر عن مقتل أربعة منهم.")
    recs = rasd.extract(text, published="2019-03-09")
    assert recs
    assert recs[0].actor2 == "Al-Qaeda in the Arabian Peninsula"
    assert not recs[0].civilian_targeting


def test_strikes_retold_as_coinciding_with_clashes_keep_their_place():
    text = ("شن طيران التحالف غارات على مواقع للحوثيين في مديرية حيس جنوبي الحديدة.\n"
            "وقالت مصادر ميدانية إن الغارات تزامنت مع اشتباكات متقطعة في مديرية التحيتا.")
    recs = rasd.extract(text, published="2018-11-02")
    by_type = {r.sub_event_type: r.location for r in recs}
    assert by_type.get("Air/drone strike") == "Hays"
    assert "Armed clash" in by_type


def test_a_teller_cut_off_by_a_time_still_says_it_did_the_deed():
    text = ("قالت قوات درع السودان، مساء الجمعة، إنها شنت هجوماً على مواقع الدعم السريع في بلدة "
            "تمبول بولاية الجزيرة.")
    recs = rasd.extract(text, published="2024-11-09")
    assert recs
    assert recs[0].actor2 == "Rapid Support Forces"
    assert recs[0].actor1 not in (None, "Unidentified Armed Group")


def test_forces_of_islah_are_yemens_government_units():
    text = ("اندلعت اشتباكات عنيفة، صباح الاثنين، بين قوات دفاع شبوة وقوات تابعة لحزب الإصلاح في "
            "مديرية نصاب.")
    recs = rasd.extract(text, published="2022-08-22")
    assert recs
    assert {recs[0].actor1, recs[0].actor2} == {"Shabwa Defense Forces", "Military Forces of Yemen"}


def test_a_quoted_charge_after_a_bare_preposition_is_no_place():
    text = ("قتل مدنيان بقصف مدفعي شنته قوات الدعم السريع على حي الثورة في مدينة أم درمان.\n"
            "ونفت قوات الدعم السريع مسؤوليتها عن القصف، واتهمت الجيش بـ\"فبركة الأكاذيب\".")
    recs = rasd.extract(text, published="2024-05-10")
    assert all(r.location_text != "بركة" and "فبركة" not in r.location_text for r in recs)
    assert len(recs) == 1
