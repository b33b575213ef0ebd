"""Round q94-probe-crime: crime and incident pages (صفحة الحوادث), where ordinary crime sits beside the violence of
armed groups.  ACLED codes political violence, not an accident, a suicide, a brawl, a family murder or the arrest of
a thief or a drug dealer; it does code gunmen who kill or abduct, grenades, bodies found shot, and clan fights, with
the country's tribal or communal militia on both sides.  The sentences are this round's own."""
from __future__ import annotations

from helpers import one_at, records_at

records = records_at("2024-03-10")
one = one_at("2024-03-10")


def test_a_road_crash_told_without_the_word_traffic_is_no_event():
    assert records("لقي رجلان مصرعهما وأصيب ثلاثة آخرون في حادث تصادم بين شاحنة وحافلة على طريق الحلة قرب "
                   "مدينة الكوت.") == []
    assert records("قتل سائق وأصيبت امرأة إثر انقلاب سيارة على الطريق الدولي قرب مدينة مأرب.") == []


def test_a_suicide_and_celebratory_gunfire_are_no_attack():
    assert records("انتحرت فتاة بإطلاق النار على نفسها في منزل ذويها بمدينة الحسكة.") == []
    assert records("أصيب ثلاثة أطفال بإطلاق نار ابتهاجاً بعودة الحجاج في مدينة الفلوجة.") == []


def test_a_suicide_bomber_is_still_a_suicide_bomb():
    r = one("قتل سبعة أشخاص في تفجير انتحاري استهدف مسجداً في مدينة الموصل.")
    assert r.sub_event_type == "Suicide bomb"


def test_a_brawl_and_a_quarrel_over_money_are_no_political_violence():
    assert records("أصيب أربعة شبان بجروح في شجار بالعصي والسكاكين داخل سوق شعبي في مدينة كركوك.") == []
    assert records("قتل تاجر برصاص شريكه إثر خلاف على ديون متراكمة في مدينة المكلا.") == []


def test_a_family_murder_and_its_killer_caught_give_no_record():
    assert records("قتل رجل والده بسكين في قرية قرب مدينة تكريت، وألقت الشرطة القبض على القاتل.") == []
    assert records("أقدمت امرأة على خنق ابنتها في حي الأندلس بمدينة حمص.") == []


def test_a_couple_killed_by_shelling_stays_an_event():
    r = one("قتل مواطن وزوجته بقصف مدفعي لقوات النظام على بلدة كفرنبل.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"


def test_the_arrest_of_drug_dealers_is_no_record():
    assert records("ألقت قوات الأمن القبض على ثلاثة مروجين للمخدرات في ناحية السيبة جنوبي البصرة.") == []


def test_the_arrest_of_an_activist_stays():
    r = one("اعتقلت قوات الأمن ناشطاً في مدينة الناصرية بعد مشاركته في التظاهرات.")
    assert r.sub_event_type == "Arrests"


def test_gunmen_who_kill_or_abduct_are_still_an_event():
    r = one("اغتال مسلحون مجهولون مهندساً أمام منزله في مدينة البصرة مساء أمس.")
    assert (r.sub_event_type, r.actor1) == ("Attack", "Unidentified Armed Group")
    r = one("اختطف مسلحون تاجراً من أمام متجره في مدينة أجدابيا وطالبوا ذويه بفدية.")
    assert r.sub_event_type == "Abduction/forced disappearance"


def test_tribes_fighting_in_libya_and_sudan_are_their_countrys_militias():
    r = one("اندلعت اشتباكات بين قبيلتين في مدينة سبها جنوبي ليبيا، ما أدى إلى مقتل خمسة أشخاص.")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Armed clash", "Unidentified Tribal Militia (Libya)", "Unidentified Tribal Militia (Libya)")
    r = one("قتل تسعة أشخاص في تجدد المواجهات القبلية بمدينة الجنينة في ولاية غرب دارفور.")
    assert (r.actor1, r.actor2) == ("Unidentified Communal Militia (Sudan)", "Unidentified Communal Militia (Sudan)")


def test_a_march_held_in_celebration_is_still_a_protest():
    r = one("خرج العشرات من أهالي مدينة الرقة في مسيرة جماهيرية احتفالاً بعودة المهجرين إلى أحيائهم.")
    assert r.sub_event_type == "Peaceful protest"


def test_protesters_arrested_on_a_charge_of_theft_stay_an_arrest():
    rs = records("تظاهر الآلاف في ساحة الشهداء وسط بيروت، وأعلنت قوى الأمن توقيف 30 شخصاً بجرم السرقة والتخريب.")
    assert any(r.sub_event_type == "Arrests" for r in rs)
