"""Strikes, shelling and bombings recorded where nothing happened (precision round q82-strike): each test
is a report written for it (none is a sentence of eval/written/ or of the dev set); each rule's test fails
at 0bb2ab8, the guards (the readings a rule must keep) pass before and after."""
from __future__ import annotations

import rasd

STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
           "Suicide bomb")


def _strikes(got):
    return sorted((r.sub_event_type, r.location_text or "") for r in got if r.sub_event_type in STRIKES)


def test_a_district_right_after_a_village_only_locates_it():
    # "بلدة X قضاء Y": the district (its type word, nothing between) says where the village lies
    text = ("صور - مراسلنا\n\n"
            "قتل ثلاثة مدنيين فجر اليوم في غارة إسرائيلية استهدفت منزلاً في بلدة ياطر قضاء بنت جبيل.")
    got = _strikes(rasd.extract(text, published="2024-02-11"))
    assert got == [("Air/drone strike", "بلدة ياطر")], got


def test_a_subdistrict_right_after_a_village_only_locates_it():
    text = ("الموصل - مراسلنا\n\n"
            "انفجرت عبوة ناسفة صباح اليوم بسيارة مدنية في قرية الخازر ناحية برطلة، ما أدى إلى إصابة سائقها.")
    got = _strikes(rasd.extract(text, published="2019-04-17"))
    assert [p for _, p in got] == ["قرية الخازر"], got


def test_two_places_joined_by_a_comma_stay_two():   # (a guard)
    text = ("حماة - مراسلنا\n\n"
            "قصفت قوات النظام بالمدفعية الثقيلة اليوم بلدة كفرزيتا، ومدينة اللطامنة في ريف حماة الشمالي.")
    got = _strikes(rasd.extract(text, published="2019-05-20"))
    assert len(got) == 2, got


def test_a_town_near_an_area_only_locates_it():
    # "منطقة X قرب مدينة Y": the area is where the strike hit, the town only says where the area is
    text = ("درعا - مراسلنا\n\n"
            "قتل أربعة جنود مساء اليوم بغارة إسرائيلية استهدفتهم في منطقة تل الحارة قرب مدينة الصنمين.")
    got = _strikes(rasd.extract(text, published="2025-03-04"))
    assert got == [("Air/drone strike", "منطقة تل الحارة")], got


def test_a_town_without_type_word_near_a_village_only_locates_it():
    text = ("الرقة - مراسلنا\n\n"
            "قتل مقاتلان من قسد صباح اليوم بقصف مسيرة تركية على قرية الهيشة قرب عين عيسى.")
    got = _strikes(rasd.extract(text, published="2020-01-09"))
    assert got == [("Air/drone strike", "قرية الهيشة")], got


def test_where_the_shells_were_fired_from_is_no_place_struck():
    # "قذائف أطلقتها الكتائب من منطقة X على حي Y": X is where the fire came from
    text = ("حلب - مراسلنا\n\n"
            "سقطت قذائف هاون أطلقتها قوات النظام من منطقة الراموسة على حي الأنصاري دون أن تسفر عن إصابات.")
    got = _strikes(rasd.extract(text, published="2016-08-02"))
    assert got == [("Shelling/artillery/missile attack", "حي الأنصاري")], got


def test_where_the_launchers_stand_is_no_place_struck():
    # launchers "stationed by" a landmark the finder reads no place in, in an area: the area is the origin
    text = ("حمص - مراسلنا\n\n"
            "وقالت مصادر محلية إن قوات النظام تقصف براجمات الصواريخ المتمركزة عند برج الاتصالات في منطقة "
            "الفيحاء على أحياء مدينة القريتين.")
    got = _strikes(rasd.extract(text, published="2016-03-21"))
    assert [p for _, p in got] == ["مدينة القريتين"], got


def test_a_release_from_a_town_is_not_read_as_fire_from_it():   # (a guard)
    text = ("طرابلس - مراسلنا\n\n"
            "أطلق سراح ثلاثة محتجزين من بلدة ترهونة بعد وساطة قبلية، فيما قتل مدني بقصف على حي الهضبة.")
    got = _strikes(rasd.extract(text, published="2019-10-02"))
    assert ("Shelling/artillery/missile attack", "حي الهضبة") in got, got


def test_a_sign_off_opened_by_a_call_for_victory_tells_no_event():
    # a military office's sign-off: its "المجد" is no place struck
    text = ("الخرطوم - مراسلنا\n\n"
            "قتل خمسة جنود في قصف مدفعي على معسكر الجيش في مدينة الأبيض.\n\n"
            "النصر لقواتنا الباسلة والمجد والخلود للشهداء")
    got = _strikes(rasd.extract(text, published="2024-06-30"))
    assert got == [("Shelling/artillery/missile attack", "مدينة الأبيض")], got
