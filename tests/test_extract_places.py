"""One record per place: lists of places, containers, and real geocoding.

Sentences are written for these tests in the style of Syrian field reporting;
every town is one the packaged gazetteer knows (checked with
`rasd gazetteer lookup`), so the coordinates asserted are the gazetteer's.
"""
from __future__ import annotations

import pytest

import rasd

PUB = "2017-06-20"


def test_strike_on_three_towns_is_three_records():
    records = rasd.extract(
        "شنت طائرات حربية روسية غارات جوية على مدن الميادين والعشارة والبوكمال "
        "بريف دير الزور الشرقي صباح اليوم.", published=PUB)
    assert sorted(r.location_text for r in records) == ["البوكمال", "العشارة", "الميادين"]
    assert {r.sub_event_type for r in records} == {"Air/drone strike"}
    assert {r.actor1 for r in records} == {"Russian Forces"}
    # three different places, each geocoded in Deir ez-Zor governorate
    assert len({(r.latitude, r.longitude) for r in records}) == 3
    for r in records:
        assert r.latitude is not None and 34.0 < r.latitude < 35.5
        assert r.longitude is not None and 40.0 < r.longitude < 41.2
        assert r.admin1 and "Deir" in r.admin1
    # one event each: different ids
    assert len({r.event_id for r in records}) == 3


def test_container_place_is_not_an_extra_record():
    # "بريف دير الزور الشرقي" locates the towns; it is not a fourth event
    records = rasd.extract("قصفت طائرات حربية مدينتي الميادين والعشارة بريف دير الزور الشرقي.", published=PUB)
    assert len(records) == 2
    assert not any("ريف" in r.location_text for r in records)


def test_list_after_plural_type_word():
    records = rasd.extract("قصفت قوات النظام بالمدفعية الثقيلة بلدات كفرنبل والتمانعة والهبيط جنوب إدلب.",
                           published=PUB)
    assert sorted(r.location_text for r in records) == sorted(["كفرنبل", "التمانعة", "الهبيط"])
    assert {r.sub_event_type for r in records} == {"Shelling/artillery/missile attack"}
    # each town at its own gazetteer point, in southern Idlib
    assert len({(r.latitude, r.longitude) for r in records}) == 3
    assert all(r.geo_precision == 1 and 35.3 < r.latitude < 35.7 for r in records)


def test_killed_in_a_multi_place_strike_are_not_given_to_every_place():
    # one toll for three towns: no single place may claim it (it would be counted three times)
    records = rasd.extract(
        "شنت طائرات حربية غارات على مدن الميادين والعشارة والبوكمال بريف دير الزور، "
        "ما أدى لمقتل 9 مدنيين.", published=PUB)
    assert len(records) == 3
    assert sum(r.fatalities or 0 for r in records) <= 9


def test_location_text_is_the_place_as_written_with_its_type_word():
    (r,) = rasd.extract("قصف الطيران الروسي مدينة سراقب بريف إدلب الشرقي.", published=PUB)
    assert r.location_text == "مدينة سراقب"
    assert r.location == "Saraqib"
    assert r.geo_precision == 1
    assert abs(r.latitude - 35.86) < 0.05 and abs(r.longitude - 36.80) < 0.05


def test_neighbourhood_of_a_city():
    (r,) = rasd.extract("قتل مدني برصاص قناص لقوات النظام في حي الوعر بمدينة حمص.", published=PUB)
    assert r.location_text == "حي الوعر"
    assert r.latitude is not None and abs(r.latitude - 34.73) < 0.1


def test_oil_field_is_a_place():
    (r,) = rasd.extract("سيطر تنظيم داعش على حقل التيم النفطي جنوب مدينة دير الزور.", published=PUB)
    assert r.location_text == "حقل التيم"
    assert r.sub_event_type == "Non-state actor overtakes territory"
    assert r.actor1 == "Islamic State"


def test_places_beyond_syria_are_geocoded_in_their_country():
    cases = [
        ("قصفت قوات الدعم السريع أحياء سكنية في مدينة الفاشر، ما أدى لمقتل 9 مدنيين.", "Sudan", 13.6),
        ("استعادت القوات العراقية السيطرة على بلدة تلعفر غرب الموصل.", "Iraq", 36.4),
        ("قصفت قوات حفتر بالمدفعية مدينة غريان جنوب طرابلس.", "Libya", 32.2),
        ("قصف الحوثيون بقذائف الهاون أحياء في مدينة تعز.", "Yemen", 13.6),
    ]
    for text, country, lat in cases:
        records = rasd.extract(text, published=PUB)
        assert records, text
        r = records[0]
        assert r.country == country, (text, r.country, r.location)
        assert abs(r.latitude - lat) < 0.3, (text, r.latitude)


def test_adjective_type_words_need_a_preposition():
    # محلية is Sudan's district after a preposition, and "local" after a noun
    records = rasd.extract("اندلعت اشتباكات بين مجموعات محلية مسلحة وقوات النظام في بلدة سملين.",
                           published=PUB)
    assert [r.location_text for r in records] == ["بلدة سملين"]
    records = rasd.extract("قصفت قوات الدعم السريع سوقاً شعبياً في محلية كرري.", published=PUB)
    assert [r.location_text for r in records] == ["محلية كرري"]


def test_actor_names_are_not_place_types():
    records = rasd.extract("هاجم مسلحون من تنظيم القاعدة نقطة للجيش في قرية المحفد.", published=PUB)
    assert [r.location_text for r in records] == ["قرية المحفد"]


def test_a_construct_name_never_takes_the_article():
    # "الباب شرقي حلب" is al-Bab east of Aleppo, not Damascus's gate باب شرقي
    records = rasd.extract("شنت طائرات حربية غارات جوية على مدينة الباب شرقي حلب.", published=PUB)
    assert [(r.location_text, r.admin1) for r in records] == [("مدينة الباب", "Aleppo")]


def test_a_preposition_is_not_a_clitic_of_the_next_name():
    # "أحياء في المدينة": "in the city", not a neighbourhood called المدينة (Medina)
    records = rasd.extract("قصفت قوات النظام بلدة الطيبة، وطال القصف أحياء في المدينة.", published=PUB)
    assert all(r.location != "Madinah" for r in records)
    assert "بلدة الطيبة" in [r.location_text for r in records]


def test_a_definite_type_word_starts_no_new_name():
    # "البلدة" points back to the town named before; بغارتين is "with two raids"
    records = rasd.extract("استهدف الطيران الحربي بلدة كفرنبل، ثم عاد وقصف البلدة بغارتين.", published=PUB)
    assert [r.location_text for r in records] == ["بلدة كفرنبل"]


def test_fronts_and_axes_are_places_told_at_their_first_end():
    records = rasd.extract('دارت اشتباكات عنيفة على محور "تل رفعت - مارع" شمال حلب.', published=PUB)
    assert [r.location_text for r in records] == ["تل رفعت"]   # (the front word is no part of the name: place_types.tsv `written`)
    records = rasd.extract("قتل ثلاثة عناصر في هجوم على جبهة حرض شمال حجة.", published=PUB)
    assert [r.location_text for r in records] == ["حرض"]


def test_a_name_may_begin_with_fa():
    records = rasd.extract("قصفت قوات النظام بالمدفعية قرية فركيا في جبل الزاوية.", published=PUB)
    assert [r.location_text for r in records] == ["قرية فركيا"]


def test_the_far_end_of_a_road_can_still_be_struck():
    # "بين X وY" codes the checkpoint fight at X; the shelling of Y afterwards is its own record
    records = rasd.extract("اندلعت اشتباكات عند حاجز بين مدينة نوى وبلدة الشيخ مسكين، "
                           "ثم قصفت قوات النظام بالمدفعية بلدة الشيخ مسكين، كما قصفت بالمدفعية بلدة إبطع.",
                           published=PUB)
    got = sorted((r.sub_event_type, r.location_text) for r in records)
    assert ("Shelling/artillery/missile attack", "بلدة الشيخ مسكين") in got
    assert ("Armed clash", "مدينة نوى") in got


def test_a_quoted_member_does_not_end_a_list():
    records = rasd.extract('سيطرت الفصائل على قرى تل جبين و"دوير الزيتون" ورتيان وباب النيرب وحردتنين '
                           'بعد اشتباكات مع قوات النظام.', published=PUB)
    taken = [r.location_text for r in records if r.sub_event_type == "Non-state actor overtakes territory"]
    # the quoted one is taken whole; "باب" starts a name (and its "اب" is no month, آب)
    assert taken == ["تل جبين", "دوير الزيتون", "رتيان", "باب النيرب", "حردتنين"]


def test_a_quoted_pair_after_between_is_two_places_coded_at_the_first():
    records = rasd.extract('قتل ثلاثة عناصر جراء قصف بطائرة مسيرة استهدف سيارة على الطريق الواصلة '
                           'بين "خربة الجوز وبداما" غرب جسر الشغور.', published=PUB)
    assert [r.location_text for r in records] == ["خربة الجوز"]


def test_a_town_named_bridge_is_the_town():
    records = rasd.extract("قصفت الطائرات الحربية الروسية جسر الشغور غرب إدلب.", published=PUB)
    assert [(r.location, r.geo_precision) for r in records] == [("Jisr ash Shughur", 1)]


def test_the_village_refers_to_the_last_village_not_the_city_that_locates_it():
    records = rasd.extract("قتل مدنيان في قرية الحويز غرب حماة، بغارات روسية استهدفت أحياء القرية.",
                           published=PUB)
    assert [r.location_text for r in records] == ["قرية الحويز"]


def test_the_cities_of_the_country_are_no_town():
    records = rasd.extract("سيطرت الفصائل على مدينة حماة، رابع كبرى مدن البلاد.", published=PUB)
    assert [r.location for r in records] == ["Hamah"]


def test_a_kunya_is_no_place():
    # "أبو سلمى" is a man's by-name; Salma is also a town in Latakia
    records = rasd.extract("قتل عنصر من الدفاع المدني في قصف على مدينة دوما، بينهم مدير المركز "
                           "محمد المصري (أبو سلمى).", published=PUB)
    assert [r.location for r in records] == ["Duma"]


def test_suburbs_are_neighbourhoods_and_a_pair_of_them_is_a_list():
    records = rasd.extract("قصفت قوات الدعم السريع الأحياء السكنية في ضاحيتي الكدرو والدروشاب بمدينة "
                           "الخرطوم بحري.", published=PUB)
    assert sorted(r.location_text for r in records) == ["الدروشاب", "الكدرو"]


def test_where_the_victims_were_heading_is_not_where_it_hit():
    records = rasd.extract("استهدفت طائرة مسيرة سيارة تقل مدنيين قرب بلدة معرة مصرين في طريقهم إلى "
                           "مدينة إدلب، ما أدى لإصابة ثلاثة منهم.", published=PUB)
    assert [(r.location_text, r.injured) for r in records] == [("بلدة معرة مصرين", 3)]


def test_barren_highlands_of_a_town_are_a_place():
    records = rasd.extract("ألقت مروحيات النظام برميلا متفجرا على جرود قارة في القلمون.", published=PUB)
    assert [(r.sub_event_type, r.location_text) for r in records] == [("Air/drone strike", "جرود قارة")]


def test_a_definite_type_word_in_a_list_does_not_swallow_the_next_member():
    # "والمزرعة" is a member of the list (the field of that name), not "farm" + the next name
    records = rasd.extract("شن مسلحون هجوما على مواقع الحراسة في حقل العمر والمزرعة والتنك في بادية دير الزور.",
                           published=PUB)
    assert "مزرعة والتنك" not in {r.location_text for r in records}
    assert {"حقل العمر", "التنك"} <= {r.location_text for r in records}


def test_a_colour_after_a_known_name_makes_a_longer_name():
    # "الوادي الأحمر" (the Red Valley) is not the place called الوادي
    records = rasd.extract("سيطرت الفصائل على منطقة الوادي الأحمر شرق مدينة تدمر.", published=PUB)
    assert [r.location_text for r in records] == ["منطقة الوادي الأحمر"]


@pytest.mark.parametrize("text, country", [
    ("قصفت قوات حفتر أحياء في العاصمة طرابلس بصواريخ غراد.", "Libya"),
    ("سقطت قذائف على مدينة طرابلس شمال لبنان.", "Lebanon"),
])
def test_a_name_in_two_countries_takes_the_one_the_actors_or_words_say(text, country):
    (r,) = rasd.extract(text, published="2020-02-03")
    assert r.location == "Tripoli" and r.country == country


def test_a_quoted_name_after_its_type_word_may_hold_ordinary_words():
    # "قصر" (palace) and "الشهداء" (the martyrs) are lexicon words, but the report quotes the name
    records = rasd.extract("تعرضت قرية “قصر ابن وردان” في ريف حماة الشرقي لغارات روسية، كما قصفت الطائرات "
                           "حي “الشهداء” في مدينة حماة.", published=PUB)
    assert {r.location_text for r in records} == {"قرية قصر ابن وردان", "حي الشهداء"}


def test_places_joined_by_wa_and_a_preposition_are_two_places_not_one_inside_the_other():
    records = rasd.extract("قصفت قوات النظام قرية الحويز وفي بلدة كفرنبودة في ريف حماة.", published=PUB)
    assert sorted(r.location_text for r in records) == ["بلدة كفرنبودة", "قرية الحويز"]


def test_a_report_cut_off_after_an_article_names_no_place_there():
    records = rasd.extract("وأغارت الطائرات الروسية على بلدة “كفرنبودة” وقرية “ال", published=PUB)
    assert [r.location_text for r in records] == ["بلدة كفرنبودة"]


@pytest.mark.parametrize("text", [
    "سيطرت القوات على قرية عين عيسى، على بعد نحو 16 كيلومتراً، جنوب مدينة تل أبيض.",
    "سيطرت القوات على قرية عين عيسى على بعد 16 كم جنوب مدينة تل أبيض.",
])
def test_a_town_named_to_say_how_far_the_place_is_is_no_event_place(text):
    assert [r.location_text for r in rasd.extract(text, published=PUB)] == ["قرية عين عيسى"]


def test_an_adjective_after_a_plural_type_word_is_no_place_name():
    records = rasd.extract("اختطف مسلحون عشرات المدنيين من قرى سنية قرب بلدتي الفوعة وكفريا.", published=PUB)
    assert "سنية" not in " ".join(r.location_text for r in records)
    records = rasd.extract("قصفت قوات النظام قرى كفرنبل وحيش جنوب إدلب.", published=PUB)
    assert sorted(r.location_text for r in records) == ["حيش", "كفرنبل"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون قرية معرشمشة ما أدى لمقتل ثلاثة مدنيين ونزوح الأهالي نحو مدينة معرة النعمان.",
    "هاجم مسلحون قرية معرشمشة ما أدى لإصابة ثلاثة مدنيين جرى نقلهم إلى مدينة معرة النعمان.",
])
def test_where_people_fled_or_were_taken_for_treatment_is_not_where_it_happened(text):
    assert [r.location_text for r in rasd.extract(text, published=PUB)] == ["قرية معرشمشة"]


def test_a_road_named_after_a_town_lies_in_the_town_the_report_puts_it_in():
    (r,) = rasd.extract("انفجرت سيارة مفخخة على طريق راجو بمركز مدينة عفرين في ريف حلب الشمالي، ما أدى لمقتل ستة "
                        "مدنيين.", published="2018-06-01")
    assert (r.location_text, r.location, r.fatalities) == ("طريق راجو", "Afrin", 6)


def test_the_outskirts_and_the_west_of_a_town_told_for_one_blast_are_one_event():
    records = rasd.extract("انفجرت عبوة ناسفة بسيارة تقل عناصر من الأمن العسكري على أطراف بلدة الصنمين شمالي درعا. "
                           "وقال مصدر إن عنصرين قتلا جراء انفجار عبوة ناسفة بسيارتهم غربي بلدة الصنمين.",
                           published="2021-05-01")
    assert [(r.sub_event_type, r.fatalities) for r in records] == [("Remote explosive/landmine/IED", 2)]


@pytest.mark.parametrize("sentence, place", [
    # two plain words up to the words that place them, or up to the end of the clause
    ("شنت طائرات حربية غارات على قرية نعيمة فرحان في ريف إدلب الجنوبي.", "قرية نعيمة فرحان"),
    ("قصفت قوات النظام بالمدفعية الثقيلة قرية زهرة سليمان، ما أدى لمقتل مدني.", "قرية زهرة سليمان"),
])
def test_an_unknown_two_word_village_name_is_kept_whole(sentence, place):
    records = rasd.extract(sentence, published=PUB)
    assert [r.location_text for r in records] == [place]


@pytest.mark.parametrize("sentence, places", [
    # a list is two places, not one two-word name
    ("شنت طائرات حربية غارات على قريتي نعيمة وفرحان في ريف إدلب الجنوبي.", ["فرحان", "نعيمة"]),
    # a noun and its adjective name no place
    ("انفجرت عبوة ناسفة داخل مطعم شعبي في مدينة الباب.", ["مدينة الباب"]),
])
def test_a_second_word_that_is_a_list_member_or_an_adjective_is_not_part_of_the_name(sentence, places):
    records = rasd.extract(sentence, published=PUB)
    assert sorted(r.location_text for r in records) == places


def test_a_dual_type_word_introduces_two_places():
    records = rasd.extract("قتل ثلاثة مدنيين بانفجار ألغام بمنطقتي الخاتونية والحمرات بريف الرقة الغربي.",
                           published=PUB)
    assert sorted(r.location_text for r in records) == ["الحمرات", "الخاتونية"]


def test_a_road_between_a_pair_of_villages_is_coded_at_the_first():
    records = rasd.extract("قتل عنصران من قسد باستهداف طائرة مسيرة تركية سيارة عسكرية على الطريق الواصل "
                           "بين قريتي تل تمر وأبو راسين.", published=PUB)
    assert len(records) == 1
    assert "تل تمر" in records[0].location_text


def test_an_adjective_of_a_hospital_is_no_place_even_when_a_village_bears_it():
    # (a hospital named after its town, with no other place told: coded at the town)
    records = rasd.extract("استهدفت غارات جوية روسية مشفى معرة النعمان الجراحي صباح اليوم.", published=PUB)
    assert [(r.location_text, r.location) for r in records] == [("مشفى معرة النعمان", "Maarrat an Numan")]


@pytest.mark.parametrize("text, location", [
    # a building named after its town, told inside a governorate: the town, not the governorate
    ("سقطت قذائف صاروخية على مستشفى سراقب الميداني في محافظة إدلب، ما أدى لإصابة ممرض.", "Saraqib"),
    # ... but inside a town it is still that town ("جامع X في بلدة Y")
    ("سقطت قذائف صاروخية على مستشفى سراقب الميداني في بلدة سرمين، ما أدى لإصابة ممرض.", "Sarmin"),
])
def test_a_building_named_after_its_town_inside_a_governorate_is_at_the_town(text, location):
    records = rasd.extract(text, published=PUB)
    assert [r.location for r in records] == [location]


def test_the_name_of_a_military_operation_is_no_place():
    # بركان is also a town's name; "عملية بركان الغضب" names an operation
    records = rasd.extract("وقال المركز الإعلامي لعملية بركان الغضب إن قذائف أطلقتها قوات حفتر سقطت "
                           "على حي الأندلس في العاصمة طرابلس وأدت لمقتل مدني.", published="2019-06-01")
    assert "بركان" not in {r.location_text for r in records}
    assert any("الأندلس" in r.location_text for r in records)


@pytest.mark.parametrize("sentence, place", [
    ("وأشار مراسل عنب بلدي في درعا إلى أن عنصرين من الأمن قتلا بهجوم في قرية المزرعة بريف السويداء الغربي.",
     "قرية المزرعة"),
    ("ونقل مراسلنا في مدينة سراقب أن قوات النظام قصفت بلدة كفرنبل.", "بلدة كفرنبل"),
])
def test_where_a_correspondent_is_based_is_no_event_place(sentence, place):
    records = rasd.extract(sentence, published=PUB)
    assert [r.location_text for r in records] == [place]


def test_where_a_correspondent_is_based_is_the_place_when_no_other_is_told():
    records = rasd.extract("وأفاد مراسل الجزيرة في إدلب بمقتل ثلاثة مدنيين بغارة جوية.", published=PUB)
    assert [r.location_text for r in records] == ["إدلب"]


def test_a_known_first_word_followed_by_a_plain_word_up_to_the_placing_words_is_a_longer_name():
    # ريمة alone is a gazetteer village; "ريمة حازم" is another one the gazetteer lacks
    records = rasd.extract("قتل عنصران من الأمن العام في قرية ريمة حازم بريف السويداء الغربي.",
                           published="2025-12-20")
    assert [r.location_text for r in records] == ["قرية ريمة حازم"]


@pytest.mark.parametrize("sentence, place", [
    ("قصفت الطائرات الحربية قرية حيش كذلك في ريف إدلب الجنوبي.", "قرية حيش"),
    ("قصفت الطائرات الحربية بلدة كفرنبل مجددا.", "بلدة كفرنبل"),
    ("قصفت الطائرات الحربية قرية نعيمة مجددا.", "قرية نعيمة"),
])
def test_an_adverb_after_a_name_is_not_part_of_it(sentence, place):
    records = rasd.extract(sentence, published=PUB)
    assert [r.location_text for r in records] == [place]


def test_a_road_told_by_its_two_ends_is_one_place_at_the_first():
    records = rasd.extract("اختطف مسلحون مجهولون سائق شاحنة على أوتوستراد حماة-حمص مساء أمس.",
                           published="2025-10-20")
    assert [r.location_text for r in records] == ["أوتوستراد حماة-حمص"]
    assert records[0].location == "Hamah"


def test_a_bank_of_a_city_contains_the_quarter_told_before_it():
    records = rasd.extract("استعادت القوات العراقية السيطرة على حي المنصور في الجانب الأيمن من مدينة "
                           "الموصل بعد معارك مع تنظيم داعش.", published="2017-03-02")
    assert [r.location_text for r in records] == ["حي المنصور"]


def test_a_head_word_followed_by_abu_takes_the_whole_name():
    records = rasd.extract("حررت قوات الحشد الشعبي قرى الخضر وتل أبو صخر جنوب الموصل.", published="2016-10-20")
    assert "تل أبو صخر" in {r.location_text for r in records}
    assert "الموصل" not in {r.location_text for r in records}   # it only locates the villages


def test_a_camp_told_with_its_purpose_is_inside_the_city_named_after_it():
    records = rasd.extract("قصفت قوات الدعم السريع بالمدفعية مخيم زمزم للنازحين جنوبي مدينة الفاشر، ما أدى "
                           "لمقتل ثلاثة نازحين.", published="2024-05-12")
    assert [r.location_text for r in records] == ["مخيم زمزم"]


def test_bin_inside_a_name_needs_what_follows():
    records = rasd.extract("اندلعت اشتباكات عنيفة بين مجموعات مسلحة في منطقة باب بن غشير بالعاصمة طرابلس.",
                           published="2022-08-27")
    assert [r.location_text for r in records] == ["منطقة باب بن غشير"]


def test_a_headquarters_named_by_its_force_is_no_place_name():
    records = rasd.extract("دارت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في محيط القيادة العامة "
                           "للجيش ومطار الخرطوم الدولي.", published="2023-04-16")
    assert [r.location_text for r in records] == ["مطار الخرطوم"]


def test_football_is_no_quarter_of_damascus():
    records = rasd.extract("قتل 10 أشخاص في تفجير انتحاري استهدف ملعباً لكرة القدم في بلدة المسيب شمال "
                           "الحلة.", published="2016-03-27")
    assert "القدم" not in {r.location_text for r in records}


def test_a_district_struck_by_another_kind_of_event_is_its_own_record():
    # the region rule folds "غارات على ريف X" into the villages named after it; a district
    # struck from the air beside shelling of a city is a second event, not an introduction
    recs = rasd.extract("قصف الحوثيون بالمدفعية أحياء في مدينة تعز، فيما شن طيران التحالف غارات "
                        "على مواقعهم في مديرية نهم شرق صنعاء.", published="2020-03-01")
    got = {(r.sub_event_type, r.location_text) for r in recs}
    assert ("Air/drone strike", "نهم") in got
    assert ("Shelling/artillery/missile attack", "مدينة تعز") in got


@pytest.mark.parametrize("joint", ["بينما", "فيما"])
def test_a_clause_word_after_a_pair_of_places_ends_the_list(joint):
    # the word that opens the next clause is no third place, and the time of that clause
    # ("منذ أشهر") does not make the strike a background event
    recs = rasd.extract(f"قصفت طائرات حربية بلدتي كفرنبل وحاس، {joint} تحاصر قوات النظام المنطقة "
                        "منذ أشهر.", published="2019-05-20")
    assert sorted(r.location_text for r in recs) == ["حاس", "كفرنبل"]
    assert all(r.event_date == "2019-05-20" for r in recs)


def test_a_site_of_the_city_named_before_is_in_that_city():
    # "مستشفى المدينة": the hospital of the city just named, not a town called المدينة
    recs = rasd.extract("اقتحم مسلحو تنظيم داعش مدينة تكريت، وسيطروا على مستشفى المدينة ومبنى المحافظة.",
                        published="2014-06-11")
    assert {r.location for r in recs} == {"Tikrit"}


def test_the_city_named_back_after_a_compass_word_only_locates():
    # "جنوبي المدينة" places the front; the city itself is no second place of the take-over
    recs = rasd.extract("اقتحمت القوات الحكومية مدينة الميادين من جهة الغرب، وسيطرت على قريتين في محور "
                        "المحطة الثانية جنوبي المدينة بعد اشتباكات مع تنظيم داعش.", published="2017-10-10")
    taken = [r.location_text for r in recs if r.sub_event_type in (
        "Government regains territory", "Non-state actor overtakes territory")]
    assert "مدينة الميادين" not in taken and "المدينة" not in taken


def test_a_village_the_report_introduced_is_a_place_when_named_again_alone():
    # no gazetteer knows these villages; named first with their type word, they are places
    # when the next sentence names one alone with its own toll
    recs = rasd.extract("قصفت طائرات حربية بلدة كفرعويد وقرية الموزرة في جبل الزاوية. وقال الدفاع المدني "
                        "إن فرقه انتشلت جثتين في كفرعويد، فيما أصيب ثلاثة مدنيين في الموزرة.",
                        published="2019-06-03")
    tolls = {r.location_text: (r.fatalities, r.injured) for r in recs}
    assert tolls.get("قرية الموزرة") == (None, 3)


def test_a_numbered_site_is_not_the_town_of_its_first_word():
    (r,) = rasd.extract("استهدفت طائرة مسيرة قاعدة البرج 22 قرب الحدود السورية.", published="2024-01-28")
    assert r.location_text == "قاعدة البرج 22" and r.admin1 != "Aleppo"


def test_a_road_told_by_its_two_ends_without_a_dash_is_one_place():
    recs = rasd.extract("انفجرت عبوة ناسفة بحافلة عسكرية على طريق حمص تدمر.", published="2020-12-30")
    assert [r.location_text for r in recs] == ["طريق حمص تدمر"]
    assert recs[0].location == "Homs"


def test_a_quarter_named_for_a_people_is_a_place_and_no_side():
    recs = rasd.extract("أصيب رجل بانفجار لغم في حي البدو بمدينة الرقة.", published="2019-07-10")
    assert [r.location_text for r in recs] == ["حي البدو"]
    assert recs[0].actor1 != "Bedouin Militia" and recs[0].actor2 != "Bedouin Militia"


@pytest.mark.parametrize("text, location", [
    # a two-word name after a prefix that reports fuse to the next word
    ("قصفت قوات النظام كفرنبودة بريف حماة الشمالي.", "Kafr Nabudah"),
    ("سقطت قذائف على عينترما في الغوطة الشرقية.", "Ein Tarma"),
])
def test_a_name_written_fused_after_its_prefix_is_found(text, location):
    assert [r.location for r in rasd.extract(text, published=PUB)] == [location]


def test_a_list_of_known_places_continues_with_an_unknown_last_name():
    records = rasd.extract("شنت الطائرات الحربية غارات على سراقب وسرمين وتل الزويرة، ما أدى لأضرار مادية.",
                           published=PUB)
    assert [r.location_text for r in records] == ["سراقب", "سرمين", "تل الزويرة"]
    # ... but a word that is no name ("ومحيطهما") does not
    records = rasd.extract("شنت الطائرات الحربية غارات على سراقب وسرمين ومحيطهما.", published=PUB)
    assert [r.location_text for r in records] == ["سراقب", "سرمين"]


def test_a_place_fronted_before_the_event_clause_contains_the_finer_place_it_names():
    records = rasd.extract("تواصلت الاشتباكات في مدينة الفاشر. وفي الخرطوم، سقطت قذيفة على منزل في حي الزويرة الوهمي، "
                           "ما أدى لمقتل رجل.", published="2023-06-10")
    shelled = [r for r in records if "الزويرة" in r.location_text]
    assert shelled and shelled[0].admin1 == "Khartoum" and shelled[0].geo_precision >= 2


def test_a_civilian_noun_inside_a_town_s_name_is_the_name_not_a_victim():
    records = rasd.extract("قصفت طائرة مسيرة محطة كهرباء في مدينة ود مدني.", published="2024-12-10")
    assert [(r.location, r.actor2_text) for r in records] == [("Wad Medani", None)]


def test_a_report_about_a_country_rasd_does_not_cover_is_not_placed_at_a_namesake_in_one_it_does():
    records = rasd.extract("العريش - قتل 30 شخصاً في هجوم مسلح على مسجد الروضة في مدينة بئر العبد.",
                           published="2017-11-24")
    # (coverage round q88-coverage: «مدينة بئر العبد» is now the North Sinai town, with its GeoNames point; before,
    #  Egypt's small towns were unknown and the record had no point. Either way it is not the Syrian namesake.)
    assert records and all(r.country == "Egypt" and (r.latitude is None or r.location == "Bir al-Abd (North Sinai)"
                                                     or r.location == "Bir al-Abd") for r in records)


def test_an_area_named_with_its_type_word_right_after_a_town_holds_it():
    records = rasd.extract("قتل 12 مدنياً بقصف مدفعي على بلدة تلدو بمنطقة الحولة.", published=PUB)
    assert [(r.location_text, r.fatalities) for r in records] == [("بلدة تلدو", 12)]


def test_a_place_in_an_official_s_title_is_not_where_it_happened():
    records = rasd.extract("اغتيل محافظ عدن وعدد من مرافقيه بتفجير سيارة مفخخة استهدف موكبه في مديرية التواهي.",
                           published="2015-12-06")
    assert [r.location for r in records] == ["At Tawahi"]


def test_where_the_displaced_came_from_is_not_where_the_bomb_struck():
    records = rasd.extract("قتل 40 شخصاً في تفجير سيارة مفخخة استهدف حافلات تقل مهجرين من بلدتي مضايا والزبداني "
                           "في منطقة الراموسة جنوب حلب.", published="2017-04-15")
    assert [r.location_text for r in records] == ["منطقة الراموسة"]


def test_a_plain_dateline_holds_a_place_the_gazetteer_lacks():
    # the report names two other governorates, so only the dateline says where an unknown
    # village lies: its governorate, at precision 3 (no town point is claimed)
    body = ("قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على قرية الخزيفة الصغيرة، فيما وصلت "
            "تعزيزات عسكرية من حماة ودير الزور إلى المنطقة.")
    rec, = rasd.extract("حمص - " + body, published="2016-03-02")
    assert (rec.location_text, rec.admin1, rec.geo_precision) == ("قرية الخزيفة الصغيرة", "Homs", 3)
    assert rec.latitude is not None and "dateline" in rec.geo_why
    rec, = rasd.extract(body, published="2016-03-02")
    assert rec.admin1 is None and rec.latitude is None


@pytest.mark.parametrize("text, places", [
    ("اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في الخرطوم وأم درمان.", {"Khartoum", "Omdurman"}),
    ("قصفت قوات النظام بالمدفعية الثقيلة إدلب وسراقب.", {"Idlib", "Saraqib"}),
])
def test_a_governorate_name_joined_to_a_town_is_its_capital_city(text, places):
    recs = rasd.extract(text, published="2023-05-01")
    assert {r.location for r in recs} == places


def test_two_governorate_names_before_named_villages_stay_regions():
    recs = rasd.extract("شنت الطائرات الحربية غارات على حماة وإدلب، واستهدفت بلدات كفرنبل وسراقب.",
                        published="2016-05-01")
    assert {r.location for r in recs} == {"Kafranbel", "Saraqib"}


def test_an_event_on_a_target_with_no_place_happened_where_the_dateline_says():
    text = ("الفاشر - قصفت قوات الدعم السريع مخيم أبو شوك للنازحين شمال المدينة. كما شنت مسيرة تابعة "
            "للدعم السريع هجوماً على مستشفى الأطفال التخصصي.")
    recs = rasd.extract(text, published="2024-08-02")
    hospital = [r for r in recs if r.location == "El Fasher"]
    assert len(hospital) == 1 and hospital[0].sub_event_type == "Air/drone strike"
    assert hospital[0].actor1 == "Rapid Support Forces"


def test_a_road_named_after_a_governorate_is_no_region():
    text = ("صيدا - استهدفت غارة إسرائيلية منزلاً في مدينة صور. كما استهدفت غارة ثانية سيارة على طريق "
            "النبطية - كفرتبنيت، ما أدى لمقتل شخصين.")
    recs = rasd.extract(text, published="2024-10-10")
    road = [r for r in recs if r.location_text.startswith("طريق النبطية")]
    assert len(road) == 1 and road[0].fatalities == 2 and road[0].location == "Nabatieh"


def test_what_the_other_side_did_does_not_borrow_the_last_place():
    text = ("صيدا - شن الطيران الإسرائيلي غارة على منزل في بلدة الخيام، ما أدى لمقتل شخصين. في المقابل، "
            "أعلن حزب الله استهداف تجمع لجنود العدو الإسرائيلي في مستعمرة كريات شمونة بصلية صاروخية.")
    recs = rasd.extract(text, published="2024-10-10")
    assert [r.actor1 for r in recs][:1] == ["Israeli Forces"]
    # (since place pass 69 the gazetteer knows Kiryat Shmona: Hezbollah's strike is placed there,
    #  never at the Khiam the other side struck)
    for r in recs[1:]:
        assert r.actor1 == "Hezbollah" and r.gazetteer_id == "cur:il:kiryat-shmona"


def test_a_dateline_city_that_shares_its_name_with_a_governorate_means_the_city():
    # "الناصرية - " names the city, in Thi Qar, not a same-named unit elsewhere; an unknown bridge
    # of the report is put in the city's governorate
    rec, = rasd.extract("الناصرية - قتل 12 متظاهراً برصاص قوات الأمن قرب جسر الحضارات خلال تفريق "
                        "اعتصام المحتجين.", published="2019-11-28")
    assert rec.admin1 == "Thi Qar"


def test_the_hospital_a_source_speaks_from_is_not_an_event_place():
    recs = rasd.extract("قتل 4 جنود في اشتباكات مع مسلحي مجلس شورى ثوار بنغازي في منطقة قنفودة، وفق مصدر "
                        "بمستشفى الجلاء.", published="2015-10-05")
    assert [r.location_text for r in recs] == ["منطقة قنفودة"]


def test_a_place_inside_the_pretext_a_side_gives_is_no_event_place():
    recs = rasd.extract("شن الطيران الإسرائيلي غارات على محيط مطار المزة العسكري في دمشق، بحجة حماية الدروز في "
                        "جرمانا.", published="2025-05-02")
    assert recs and all("جرمانا" not in r.location_text for r in recs)


def test_a_place_in_the_reason_for_strikes_is_no_event_place():
    recs = rasd.extract("شنت طائرات أمريكية غارات على مواقع للحوثيين في الحديدة وحجة، رداً على هجمات الجماعة على "
                        "السفن في البحر الأحمر.", published="2024-01-12")
    assert {r.location for r in recs} == {"Al Hudaydah", "Hajjah"}


def test_a_short_name_joined_by_wa_to_a_name_already_taken_is_a_place():
    recs = rasd.extract("قصفت قوات النظام بالمدفعية الثقيلة كفرنبل وحاس جنوب إدلب.", published="2019-05-28")
    assert {r.location for r in recs} == {"Kafranbel", "Has"}
