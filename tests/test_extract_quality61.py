"""Errors found on unseen reports from Syria and Iraq, 2023-2026 (round 61): the new government's
forces, the SDF and the SNA, Israeli incursions, IS cells, Iraqi security statements, roundups.
Each test is a sentence written for it, not a report of the batch."""
from __future__ import annotations

import rasd

from helpers import at as _at, first_of


def test_a_day_total_split_into_members_is_no_one_events_toll():
    text = ("حصيلة يوم السبت: وثق المرصد السوري مقتل 6 أشخاص، وهم: شابان قتلا بقصف لقوات النظام "
            "على بلدة معارة النعسان بريف إدلب، و4 عناصر من قوات النظام قتلوا بهجوم لخلايا داعش "
            "في بادية الرصافة.")
    recs = rasd.extract(text, published="2023-05-14")
    first = _at(recs, "معارة النعسان")
    assert first and first[0].fatalities == 2
    assert _at(recs, "الرصافة")[0].fatalities == 4


def test_the_iraqi_air_forces_aircraft_name_who_struck():
    text = ("نفذت طائرات الجيش العراقي ضربة جوية استهدفت مخبأً لعناصر داعش في وادي حوران غربي "
            "الأنبار مساء الأحد، بحسب خلية الإعلام الأمني.")
    recs = rasd.extract(text, published="2024-11-18")
    strike = first_of(recs, "Air/drone strike")
    assert strike.actor1 == "Iraqi Security Forces"


def test_a_shepherd_written_with_tanween_is_counted():
    text = "قتل راعٍ بانفجار عبوة ناسفة في أطراف قرية الإصلاح شمال شرقي بعقوبة، الأحد."
    recs = rasd.extract(text, published="2024-06-02")
    assert recs and recs[0].fatalities == 1


def test_saraya_ansar_al_sunna_is_a_named_actor():
    text = ("تبنت سرايا أنصار السنة تفجير عبوة ناسفة، مساء الأربعاء، قرب كنيسة في بلدة وادي النصارى "
            "بريف حمص الغربي، أسفر عن إصابة شخصين.")
    recs = rasd.extract(text, published="2025-09-11")
    assert recs and recs[0].actor1 == "Saraya Ansar al-Sunna"


def test_a_mosque_named_after_a_person_is_inside_the_quarter_told_after_it():
    text = ("قتل خمسة مصلين جراء انفجار عبوة ناسفة داخل مسجد الإمام زين العابدين في حي القصور "
            "بمدينة حماة، الجمعة.")
    recs = rasd.extract(text, published="2025-11-14")
    assert len(recs) == 1
    assert "القصور" in recs[0].location_text


def test_solidarity_is_no_damascus_quarter():
    text = ("أصيب خمسة مدنيين بقصف مدفعي تركي استهدف تجمعاً للأهالي خرجوا للتضامن مع أهالي القرى "
            "المحاصرة في بلدة تل تمر بريف الحسكة، الأحد.")
    recs = rasd.extract(text, published="2024-08-11")
    assert recs
    assert not any("تضامن" in (r.location_text or "") for r in recs)


def test_a_body_found_in_a_separate_incident_is_a_killing_of_its_own():
    text = ("خطف مسلحون مجهولون، ليل الإثنين، تاجراً من داخل محله في حي الكاشف بمدينة درعا. "
            "وفي حادثة منفصلة، عُثر صباح الثلاثاء على جثة رجل مقتول بطلق ناري قرب بلدة المزيريب.")
    recs = rasd.extract(text, published="2025-10-07")
    found = _at(recs, "المزيريب")
    assert found and found[0].sub_event_type == "Attack" and found[0].fatalities == 1


def test_villages_of_recent_reports_are_placed_in_their_sub_district():
    text = ("استهدفت طائرة مسيرة تركية، مساء الأربعاء، عجلة قرب مجمع خانصور في قضاء سنجار، ما أدى "
            "إلى مقتل شخصين.")
    recs = rasd.extract(text, published="2024-04-11")
    assert recs and recs[0].location == "Khanasor" and recs[0].geo_precision == 2


def test_a_suicide_drone_belonging_to_a_side_names_the_striker():
    text = ("أصيب ثلاثة مزارعين، الإثنين، جراء استهداف طائرة مسيرة انتحارية تابعة لقوات النظام "
            "جراراً زراعياً في محيط بلدة آفس بريف إدلب الشرقي.")
    recs = rasd.extract(text, published="2024-05-20")
    assert recs and recs[0].actor1 == "Syrian Government Forces"


def test_an_entry_without_a_fight_cut_off_by_a_time_is_a_transfer_not_nothing():
    text = "دخلت قوات الأمن العام، صباح الخميس، بلدة الصنمين من دون قتال."
    recs = rasd.extract(text, published="2025-02-06")
    assert [r.sub_event_type for r in recs] == ["Non-violent transfer of territory"]


def test_the_assassination_of_a_named_sheikh_kills_one():
    text = "اغتيال الشيخ سليمان العبد الله برصاص مجهولين أمام منزله في بلدة عرمان بريف السويداء، مساء الأحد."
    recs = rasd.extract(text, published="2025-06-16")
    assert recs and recs[0].fatalities == 1


def test_the_kind_of_killing_counts_nobody():
    text = ("أصيب شخصان بانفجار عبوة ناسفة في مدينة نوى، السبت. وتستمر عمليات الاغتيال في المحافظة "
            "وسط فوضى أمنية.")
    recs = rasd.extract(text, published="2025-03-02")
    assert recs and all(r.fatalities is None for r in recs)


def test_an_iraqi_security_member_is_counted():
    text = "قتل منتسب في الشرطة الاتحادية وأصيب اثنان بهجوم لداعش على نقطة تفتيش في قضاء الطارمية."
    recs = rasd.extract(text, published="2024-10-03")
    assert recs and recs[0].fatalities == 1


def test_two_others_wounded_are_two():
    text = "قتل مدني وأصيب آخران، الأحد، جراء قصف مدفعي على قرية الفطيرة في جبل الزاوية."
    recs = rasd.extract(text, published="2023-03-12")
    assert recs and recs[0].injured == 2


def test_druze_local_factions_and_lebanese_clans_are_named():
    text = ("اندلعت اشتباكات، الثلاثاء، بين مسلحين من الفصائل المحلية الدرزية ومسلحين من عشائر البدو "
            "في بلدة الصورة الكبيرة بريف السويداء الشمالي.")
    recs = rasd.extract(text, published="2025-07-22")
    assert recs and {recs[0].actor1, recs[0].actor2} == {"Druze Militia", "Bedouin Militia"}
    text = ("تصدت قوات الجيش السوري، الأحد، لهجوم شنه مسلحون من العشائر اللبنانية على نقاطها قرب قرية "
            "مطربا في ريف القصير.")
    recs = rasd.extract(text, published="2025-02-16")
    assert recs and "Unidentified Clan Militia (Lebanon)" in (recs[0].actor1, recs[0].actor2)


def test_a_place_belonging_to_a_sub_district_is_one_record():
    text = ("قصفت المدفعية التركية، مساء الإثنين، مواقع في جبل كاره التابع لناحية نيروة وريكان بقضاء "
            "العمادية دون وقوع إصابات.")
    recs = rasd.extract(text, published="2024-08-06")
    assert len(recs) == 1


def test_a_conjoined_arrest_is_by_the_sentence_subject_not_a_side_named_before():
    text = ("أحبطت قوات سوريا الديمقراطية تهريب نساء من عائلات عناصر تنظيم داعش من مخيم روج بريف "
            "المالكية، واعتقلت ثلاثة مهربين، الجمعة.")
    recs = rasd.extract(text, published="2025-05-09")
    arrest = first_of(recs, "Arrests")
    assert arrest.actor1 == "Syrian Democratic Forces"


def test_two_terrorists_killed_are_the_victims_not_the_attackers():
    text = "أعلنت خلية الإعلام الأمني مقتل إرهابيين اثنين بعملية نوعية في قضاء الحويجة، الأحد."
    recs = rasd.extract(text, published="2024-12-01")
    assert recs and recs[0].actor1 != "Islamic State"
    assert recs[0].actor2 == "Islamic State"


def test_the_outlet_named_after_the_dateline_is_no_place():
    text = "السويداء - السويداء 24: أصيب رجل بجروح، مساء السبت، جراء انفجار قنبلة يدوية في بلدة القريا."
    recs = rasd.extract(text, published="2025-09-07")
    assert len(recs) == 1 and recs[0].injured == 1 and recs[0].actor2 == "Civilians"
    text = "حماة - حماة اليوم: أصيب طفلان بجروح، صباح الإثنين، جراء انفجار لغم أرضي قرب قرية قسطون."
    recs = rasd.extract(text, published="2025-09-02")
    assert len(recs) == 1 and recs[0].actor2 == "Civilians"
