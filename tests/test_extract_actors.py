"""Who did it and to whom: attribution of strikes, civilians as victims, sides of a clash."""
from __future__ import annotations

import pytest

import rasd

from helpers import one_at

PUB = "2017-06-20"


one = one_at(PUB)


@pytest.mark.parametrize("text, actor", [
    ("قصف طيران روسي مدينة سراقب بريف إدلب.", "Russian Forces"),
    ("شنت طائرات حربية روسية غارات على مدينة سراقب بريف إدلب.", "Russian Forces"),
    ("قصف الطيران الحربي الروسي مدينة سراقب بريف إدلب.", "Russian Forces"),
    ("شن طيران التحالف الدولي غارات على مدينة الطبقة غرب الرقة.", "International Coalition"),
    ("استهدفت طائرة مسيرة تابعة للتحالف الدولي سيارة في بلدة الشحيل بريف دير الزور.", "International Coalition"),
    ("قصف الطيران الإسرائيلي مواقع في محيط مطار المزة العسكري بدمشق.", "Israeli Forces"),
    ("شن طيران التحالف بقيادة السعودية غارات على مدينة صعدة.", "Saudi-led Coalition"),
])
def test_air_strike_actor_is_the_one_the_report_names(text, actor):
    r = one(text)
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor1 == actor
    assert r.actor1_text  # the words that named it


@pytest.mark.parametrize("text", [
    "شنت طائرات حربية مجهولة غارات على بلدة الميادين بريف دير الزور.",
    "شنت طائرات حربية غارات على بلدة الميادين بريف دير الزور.",
    "استهدفت غارة جوية سوقاً شعبياً في مدينة أريحا جنوب إدلب.",
])
def test_unattributed_air_strike_is_unidentified_military_forces(text):
    r = one(text)
    assert r.sub_event_type == "Air/drone strike"
    assert r.actor1 == "Unidentified Military Forces"
    assert r.confidence < 0.9  # an inferred actor costs confidence


@pytest.mark.parametrize("text, actor", [
    ("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب.", "Syrian Government Forces"),
    ("قصفت قوات الأسد بقذائف الهاون بلدة كفرنبل جنوب إدلب.", "Syrian Government Forces"),
    ("قصف الجيش التركي بالمدفعية بلدة تل رفعت في ريف حلب الشمالي.", "Turkish Forces"),
    ("قصفت قوات الدعم السريع بالمدفعية أحياء في مدينة الفاشر.", "Rapid Support Forces"),
    ("قصفت قوات حفتر بالمدفعية مدينة غريان جنوب طرابلس.", "Libyan National Army"),
    ("قصف الحوثيون بقذائف الهاون أحياء في مدينة تعز.", "Houthi Movement"),
])
def test_shelling_actor(text, actor):
    r = one(text)
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert r.actor1 == actor


def test_civilian_victims_are_actor2_and_civilian_targeting():
    r = one("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب، ما أدى لمقتل خمسة مدنيين بينهم طفلان.")
    assert r.actor1 == "Syrian Government Forces"
    assert r.actor2 == "Civilians"
    assert r.civilian_targeting is True
    assert "civilians" in r.targets


def test_children_and_women_are_civilians():
    r = one("قتل طفلان وامرأة في غارة جوية على بلدة الهبيط جنوب إدلب.")
    assert r.actor2 == "Civilians" and r.civilian_targeting


def test_attack_on_civilians_by_gunmen():
    r = one("اغتال مسلحون مجهولون مختار بلدة طفس بإطلاق النار عليه أمام منزله في ريف درعا الغربي.")
    assert r.sub_event_type == "Attack"
    assert r.actor1 == "Unidentified Armed Group"
    assert r.actor2 == "Civilians" and r.civilian_targeting


def test_clash_between_two_armed_sides_is_not_civilian_targeting():
    r = one("اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في بلدة هجين بريف دير الزور.")
    assert r.sub_event_type == "Armed clash"
    assert {r.actor1, r.actor2} == {"Syrian Democratic Forces", "Islamic State"}
    assert r.civilian_targeting is False


def test_pejoratives_and_nicknames_resolve_to_canonical_names():
    r = one("هاجمت خلايا داعش حاجزاً لقسد في بلدة الشحيل بريف دير الزور.")
    assert r.actor1 == "Islamic State"
    assert r.actor2 == "Syrian Democratic Forces"


def test_the_organisation_refers_back():
    records = rasd.extract(
        "سيطر تنظيم الدولة الإسلامية على قرية الباغوز. وشن التنظيم هجوماً على حاجز لقوات النظام في "
        "بلدة السخنة شرق حمص.", published=PUB)
    sukhna = [r for r in records if "السخنة" in r.location_text]
    assert sukhna and sukhna[0].actor1 == "Islamic State"


def test_protesters_and_force_against_them():
    r = one("أطلق عناصر هيئة تحرير الشام النار على متظاهرين في مدينة إدلب ما أدى لإصابة ثلاثة منهم.")
    assert r.sub_event_type == "Excessive force against protesters"
    assert r.actor1 == "Hayat Tahrir al-Sham"
    assert r.actor2 == "Protesters"
    assert r.injured == 3


@pytest.mark.parametrize("text", [
    "تظاهر العشرات في مدينة سلقين للمطالبة بإسقاط النظام وخروج الميليشيات الإيرانية.",
    "نظم أهالي بلدة كفرتخاريم وقفة احتجاجية ضد ممارسات هيئة تحرير الشام.",
])
def test_a_peaceful_protest_has_no_other_side_the_one_protested_against_is_its_subject(text):
    r = one(text)
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Peaceful protest", "Protesters", None)


def test_a_protest_told_again_as_the_shooting_of_it_has_the_shooters_as_actor1_and_no_self_fight():
    records = rasd.extract("خرج مئات المتظاهرين في مظاهرة ضد هيئة تحرير الشام وسط مدينة إدلب اليوم. وأطلق عناصر "
                           "من هيئة تحرير الشام النار على المتظاهرين في المدينة فأصابوا ثلاثة منهم.",
                           published=PUB)
    assert [(r.sub_event_type, r.actor1, r.actor2, r.injured) for r in records] == [
        ("Excessive force against protesters", "Hayat Tahrir al-Sham", "Protesters", 3)]


@pytest.mark.parametrize("text, published, actor2", [
    ("قتل سبعة جنود بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة الحويجة.", "2019-05-02", "Iraqi Security Forces"),
    ("أصيب ثلاثة مجندين بقذيفة هاون سقطت على معسكر للتدريب في مدينة مأرب.", "2021-03-08", "Military Forces of Yemen"),
    # soldiers of the report's own nation, named so
    ("قتل جنديان عراقيان بانفجار عبوة ناسفة قرب بلدة الحويجة.", "2019-05-02", "Iraqi Security Forces"),
    # ... but soldiers of another nation are not the report's state's
    ("قتل جنديان فرنسيان بانفجار عبوة ناسفة قرب بلدة الحويجة.", "2019-05-02", None),
])
def test_soldiers_of_no_named_force_are_the_state_s(text, published, actor2):
    records = rasd.extract(text, published=published)
    assert [r.actor2 for r in records] == [actor2]


def test_state_arrest_and_non_state_abduction():
    r = one("اعتقلت قوات النظام عشرات الشبان خلال حملة دهم في مدينة التل بريف دمشق.")
    assert (r.sub_event_type, r.actor1) == ("Arrests", "Syrian Government Forces")
    r = one("اختطف مسلحون مجهولون ثلاثة شبان من بلدة الصنمين بريف درعا الشمالي.")
    assert (r.sub_event_type, r.actor1) == ("Abduction/forced disappearance", "Unidentified Armed Group")


def test_generic_army_follows_the_country():
    r = one("استعاد الجيش العراقي السيطرة على بلدة تلعفر غرب الموصل.")
    assert r.actor1 == "Iraqi Security Forces"
    assert r.sub_event_type == "Government regains territory"


def test_places_freed_from_the_control_of_an_actor_make_it_the_loser():
    records = rasd.extract('وقال المتحدث إن من المناطق التي حُررت بالكامل من سيطرة داعش "العلم، والبو عجيل، '
                           'والدور".', published="2015-03-03")
    assert records and all(r.sub_event_type == "Government regains territory" for r in records)
    assert {r.actor2 for r in records} == {"Islamic State"}


def test_the_control_of_an_actor_over_a_place_makes_it_the_winner():
    records = rasd.extract("ويأتي القصف بعد يومين من سيطرة الجيش السوداني على مدينة الرهد.",
                           published="2023-11-05")
    r = next(r for r in records if r.location_text == "مدينة الرهد")
    assert r.actor1 == "Sudanese Armed Forces"


def test_persons_of_an_actor_who_were_killed_are_its_losses_and_a_retelling_names_the_attacker():
    records = rasd.extract("قالت الشبكة إن خمسة عناصر لقوات النظام قتلوا بهجوم تعرضوا له بريف دير الزور الشرقي. "
                           "وبحسب الشبكة، فإن الهجوم نفذته خلايا تتبع لتنظيم داعش على مواقع قوات النظام "
                           "في منطقة الشولا.", published="2020-03-01")
    assert [(r.location_text, r.actor1, r.actor2, r.fatalities) for r in records] == \
        [("منطقة الشولا", "Islamic State", "Syrian Government Forces", 5)]


@pytest.mark.parametrize("text, sub_event, civilian_targeting", [
    ("اختطف مسلحون مجهولون شابا في بلدة سرمين بريف إدلب.", "Abduction/forced disappearance", True),
    ("اعتقلت قوات النظام شابين في بلدة كفرنبل جنوب إدلب.", "Arrests", False),
    ("أقدم مسلحون على نهب منازل في قرية معرشمشة بريف إدلب.", "Looting/property destruction", True),
])
def test_violence_against_unnamed_victims_has_civilians_as_actor2(text, sub_event, civilian_targeting):
    (r,) = rasd.extract(text, published="2019-03-02")
    assert (r.sub_event_type, r.actor2, r.civilian_targeting) == (sub_event, "Civilians", civilian_targeting)


def test_a_named_victim_side_stays_actor2():
    (r,) = rasd.extract("اغتال مسلحون مجهولون قياديا في هيئة تحرير الشام في بلدة سرمين.", published="2019-03-02")
    assert (r.sub_event_type, r.actor2, r.civilian_targeting) == ("Attack", "Hayat Tahrir al-Sham", False)


def test_places_taken_in_the_passive_belong_to_the_side_that_took_them_just_before():
    # a first sentence with the side but no place names; the next names the villages, passively
    records = rasd.extract("وقالت مصادر ميدانية إن قوات النظام سيطرت على عشرات القرى خلال يومين. ومن القرى "
                           "التي حررت من قبضة داعش عقيربات والقسطل في ريف حماة الشرقي.", published="2017-08-03")
    assert {(r.location_text, r.actor1, r.actor2) for r in records} == {
        ("عقيربات", "Syrian Government Forces", "Islamic State"), ("القسطل", "Syrian Government Forces", "Islamic State")}


def test_a_take_over_told_with_its_loser_only_keeps_the_subject_of_the_clause_before():
    records = rasd.extract("حررت قوات سوريا الديمقراطية اليوم حي الرشيد في مدينة الرقة، بعدما حررت قرى الحمرات "
                           "والكسرات من تنظيم داعش.", published="2017-08-03")
    villages = [r for r in records if r.location_text in ("الحمرات", "الكسرات")]
    assert len(villages) == 2
    assert {(r.sub_event_type, r.actor1, r.actor2) for r in villages} == {
        ("Non-state actor overtakes territory", "Syrian Democratic Forces", "Islamic State")}


@pytest.mark.parametrize("text", [
    "استهدف الطيران الحربي مدينة الميادين الخاضعة لسيطرة داعش.",      # the holder of the place
    "قصف الطيران الحربي مدينة الميادين التي يسيطر عليها تنظيم داعش.",
])
def test_the_side_that_holds_the_place_struck_is_actor2(text):
    (r,) = rasd.extract(text, published="2018-02-03")
    assert (r.actor1, r.actor2) == ("Unidentified Military Forces", "Islamic State")


def test_an_armed_group_never_flies_the_unnamed_warplanes():
    (r,) = rasd.extract("قصف الطيران المروحي بلدة كفرنبل، وهي من أبرز معاقل هيئة تحرير الشام في ريف إدلب.",
                        published="2018-02-03")
    assert (r.actor1, r.actor2) == ("Unidentified Military Forces", "Hayat Tahrir al-Sham")


@pytest.mark.parametrize("text, actor1, actor2", [
    # the genitive after "استهداف" is the one targeting when the target follows with ل
    ("استشهد خمسة مدنيين جراء استهداف قوات نظام الأسد لمنزلهم في قرية كفرنبل.",
     "Syrian Government Forces", "Civilians"),
    ("أصيب ثلاثة مدنيين بقصف مدفعي لقوات نظام الأسد على بلدة كفرنبل.", "Syrian Government Forces", "Civilians"),
])
def test_who_targeted_whom_after_a_verbal_noun(text, actor1, actor2):
    (r,) = rasd.extract(text, published="2018-02-03")
    assert (r.actor1, r.actor2) == (actor1, actor2)


def test_the_security_forces_are_the_state_of_the_report():
    (r,) = rasd.extract("وقال مسؤول محلي إن القوات الأمنية حررت ناحية يثرب جنوبي قضاء بلد من داعش.",
                        published="2015-03-03")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Government regains territory", "Iraqi Security Forces", "Islamic State")


def test_the_side_driven_out_after_a_take_over_is_actor2():
    records = rasd.extract("انتزعت فصائل الجيش الحر السيطرة على قرى بلابان والعمارنة جنوبي مدينة جرابلس، وذلك بعد "
                           "طرد قوات سوريا الديمقراطية منها.", published="2016-09-03")
    assert {(r.location_text, r.actor1, r.actor2) for r in records} == {
        ("بلابان", "Free Syrian Army", "Syrian Democratic Forces"),
        ("العمارنة", "Free Syrian Army", "Syrian Democratic Forces")}


def test_fighters_of_two_sides_after_bayn_are_both_sides_of_the_clash():
    (r,) = rasd.extract("ودارت اشتباكات بين عناصر الجيش الوطني والقوات الحكومية في بلدة مارع.", published="2024-11-30")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", "Syrian National Army", "Syrian Government Forces")


def test_a_take_over_next_to_a_clash_was_taken_from_the_other_side():
    records = rasd.extract("سيطرت فصائل الجيش الوطني السوري على قرى تل جيجان وحربل شرقي مدينة مارع. "
                           "ودارت اشتباكات بين عناصر الجيش الوطني والقوات الحكومية في هذه القرى.",
                           published="2024-11-30")
    takeovers = [r for r in records if r.sub_event_type == "Non-state actor overtakes territory"]
    assert len(takeovers) == 2
    assert {(r.actor1, r.actor2) for r in takeovers} == {("Syrian National Army", "Syrian Government Forces")}


def test_a_take_over_with_no_loser_named_was_taken_from_the_report_s_other_camp():
    records = rasd.extract("قال بيان لقيادة العمليات إن تنظيم داعش فقد السيطرة على معظم مواقعه جنوب الموصل. "
                           "وحررت القوات العراقية اليوم قرى بعويزة وشريخان في الساحل الأيسر.", published="2016-11-03")
    assert sorted((r.location_text, r.actor1, r.actor2) for r in records) == [
        ("بعويزة", "Iraqi Security Forces", "Islamic State"), ("شريخان", "Iraqi Security Forces", "Islamic State")]


def test_after_inna_the_subject_comes_before_the_verb():
    (r,) = rasd.extract("وقالت مصادر محلية إن الطيران الحربي التركي قصف مواقع مليشيا وحدات حماية الشعب في بلدة "
                        "جنديرس.", published="2018-02-03")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Air/drone strike", "Turkish Forces", "Syrian Democratic Forces")


def test_a_generic_army_joined_by_wa_to_a_named_force_is_the_other_side():
    (r,) = rasd.extract("اشتباكات عنيفة بين الجيش وقوات الدعم السريع في ضاحية شمبات بمدينة الخرطوم بحري.",
                        published="2023-06-01")
    assert (r.actor1, r.actor2) == ("Sudanese Armed Forces", "Rapid Support Forces")


@pytest.mark.parametrize("text, published, actor", [
    ("قصفت قوات القيادة العامة أحياء في مدينة طرابلس.", "2019-06-01", "Libyan National Army"),
    ("قصفت قوات القيادة العامة للجيش أحياء في مدينة الأبيض بولاية شمال كردفان السودانية.", "2023-06-01",
     "Sudanese Armed Forces"),
])
def test_the_general_command_is_the_army_command_of_the_report_s_country(text, published, actor):
    (r,) = rasd.extract(text, published=published)
    assert r.actor1 == actor


def test_artillery_after_an_air_strike_borrows_no_gunner_from_the_air_force():
    records = rasd.extract("استهدفت الغارات الروسية أحياء قرية جورين، تبعها قصف مدفعي استهدف أحياءها.",
                           published="2018-02-03")
    assert sorted((r.sub_event_type, r.actor1) for r in records) == [
        ("Air/drone strike", "Russian Forces"), ("Shelling/artillery/missile attack", "Unidentified Military Forces")]
    # artillery the report gives to the same force keeps it
    (r,) = rasd.extract("قصفت المدفعية الروسية بلدة كفرنبل.", published="2018-02-03")
    assert r.actor1 == "Russian Forces"


def test_yemens_national_army_retaking_fronts_is_a_government_regain():
    records = rasd.extract("وفي محافظة الجوف تمكن الجيش الوطني من تحرير مواقع جديدة في جبهتي العلم والجدافر "
                           "بعد معارك مع مليشيا الحوثي.", published="2018-03-01")
    regains = [r for r in records if r.sub_event_type == "Government regains territory"]
    assert {r.location_text for r in regains} == {"العلم", "الجدافر"}
    assert {(r.actor1, r.actor2) for r in regains} == {("Military Forces of Yemen", "Houthi Movement")}


def test_a_generic_army_phrase_takes_the_kind_of_the_force_it_names():
    # "الجيش الوطني" in a Yemeni report is the state's army (ACLED inter 1), not a rebel army
    (r,) = rasd.extract("استعاد الجيش الوطني السيطرة على مديرية صرواح غربي مأرب بعد معارك مع الحوثيين.",
                        published="2018-03-01")
    assert (r.sub_event_type, r.actor1) == ("Government regains territory", "Military Forces of Yemen")


def test_a_clash_placed_later_with_one_side_is_between_the_sides_the_report_named():
    records = rasd.extract(
        "تجددت الاشتباكات بين مسلحي العشائر والفصائل الدرزية في ريف السويداء. "
        "وامتدت الاشتباكات التي بدأها مسلحو العشائر إلى بلدتي الثعلة وعريقة.", published="2025-07-15")
    late = [r for r in records if r.location_text in ("الثعلة", "عريقة", "بلدتي الثعلة")]
    assert late, [r.location_text for r in records]
    for r in late:
        assert r.sub_event_type == "Armed clash"
        assert {r.actor1, r.actor2} == {"Bedouin Militia", "Druze Militia"}


def test_sides_of_one_fight_are_not_lent_to_a_clash_with_its_own_other_side():
    records = rasd.extract(
        "اندلعت اشتباكات بين مسلحي العشائر والفصائل الدرزية في ريف السويداء. "
        "وفي درعا اشتبك الجيش مع مسلحين مجهولين في بلدة نوى.", published="2025-07-15")
    nawa = [r for r in records if "نوى" in r.location_text]
    assert nawa and nawa[0].actor2 == "Unidentified Armed Group"


_ATTACK = "هاجمت قوة من الدعم السريع قرية أم عضام شرق مدينة الأبيض."


@pytest.mark.parametrize("after, attackers_loot", [
    # the next sentence, no side of its own: the attackers'
    (" وقامت القوة المهاجمة بنهب المنازل والمواشي.", True),
    # the next paragraph, naming "the attacking force": the attackers'
    ("\n\nوقال شاهد إن القوة المهاجمة قامت بنهب المنازل والمواشي.", True),
    # another paragraph, other looters: not the attackers'
    ("\n\nوفي سياق آخر، نهب مجهولون محلات في سوق مدينة الأبيض.", False),
])
def test_looting_right_after_an_attack_is_the_attackers_only_when_told_as_theirs(after, attackers_loot):
    records = rasd.extract(_ATTACK + after, published="2024-03-02")
    loot = [r for r in records if r.sub_event_type == "Looting/property destruction"]
    assert loot
    assert ({r.actor1 for r in loot} == {"Rapid Support Forces"}) is attackers_loot


def test_the_subject_of_the_first_event_verb_strikes_when_the_strongest_cue_comes_last():
    records = rasd.extract("استهدفت مقاتلات التحالف بقيادة السعودية تجمعات للحوثيين في مديرية نهم "
                           "بسلسلة غارات جوية.", published="2021-02-14")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [
        ("Air/drone strike", "Saudi-led Coalition", "Houthi Movement")]


def test_whose_health_ministry_gave_the_news_is_no_side_and_the_accused_force_shelled():
    records = rasd.extract("أعلنت وزارة الصحة في حكومة الوفاق مقتل ثلاثة مدنيين جراء سقوط قذائف على حي "
                           "الهضبة في طرابلس، واتهمت قوات حفتر بالمسؤولية عن القصف.", published="2019-05-02")
    shelling = [r for r in records if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and {r.actor1 for r in shelling} == {"Libyan National Army"}


def test_the_former_affiliation_of_a_victim_is_no_side_of_what_follows():
    records = rasd.extract("اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة في بلدة طفس، بينما عثر "
                           "الأهالي على جثة شاب مقتولاً بالرصاص قرب بلدة المزيريب.", published="2024-06-01")
    assert records and "Free Syrian Army" not in {r.actor1 for r in records}


def test_the_fighters_a_force_is_backed_by_are_its_allies_not_the_other_side():
    records = rasd.extract("سيطرت قوات النظام مدعومة بعناصر من حزب الله على بلدة الزبداني بعد معارك مع "
                           "مقاتلي المعارضة.", published="2015-09-01")
    assert records and records[0].actor1 == "Syrian Government Forces"
    assert records[0].actor2 != "Hezbollah"


def test_the_force_whose_positions_the_fire_came_from_fired_it():
    records = rasd.extract("تعرضت بلدة المسيفرة لقصف بقذائف الهاون مصدره مواقع الفرقة الرابعة، ما أدى لإصابة "
                           "ثلاثة مدنيين.", published="2021-09-05")
    assert [(r.actor1, r.actor2) for r in records] == [("Syrian Government Forces", "Civilians")]


def test_an_entry_after_the_other_side_withdrew_is_a_take_over_by_those_who_entered():
    records = rasd.extract("أعلنت قوات حكومة الوفاق دخول مدينة غريان بعد انسحاب قوات حفتر منها.",
                           published="2019-06-27")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [
        ("Government regains territory", "Military Forces of Libya", "Libyan National Army")]


def test_a_withdrawal_then_an_entry_in_the_next_clause_is_a_take_over_by_those_who_entered():
    records = rasd.extract("انسحب عناصر داعش من بلدة الهول فجر اليوم تاركين أسلحتهم، ودخلتها قوات سوريا "
                           "الديمقراطية صباح اليوم.", published="2015-11-13")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [
        ("Non-state actor overtakes territory", "Syrian Democratic Forces", "Islamic State")]


def test_the_fight_told_with_a_take_over_against_the_same_side_is_the_same_attackers():
    records = rasd.extract("سيطرت قوات النظام على بلدة اللطامنة، بعد انسحاب فصائل المعارضة منها إثر معارك "
                           "عنيفة.", published="2019-08-21")
    clash = [r for r in records if r.sub_event_type == "Armed clash"]
    assert clash and (clash[0].actor1, clash[0].actor2) == ("Syrian Government Forces", "Free Syrian Army")


@pytest.mark.parametrize("accusation, actor1", [
    # the accuser, then the accused: the accused shelled
    ("واتهمت جماعة الحوثي القوات السعودية بتنفيذه.", "Saudi-led Coalition"),
    # the accuser described at length before the accused is named
    ("واتهمت قوات حكومة الوفاق المدعومة دولياً اليوم، قوات حفتر بتنفيذه.", "Libyan National Army"),
])
def test_after_an_accusing_verb_the_accused_did_it_not_the_accuser(accusation, actor1):
    records = rasd.extract("قتل 9 مدنيين في قصف صاروخي استهدف سوقاً شعبياً في مديرية شدا الحدودية، "
                           + accusation, published="2019-08-01")
    assert [r.actor1 for r in records] == [actor1]


def test_the_words_before_a_force_noun_tell_the_role_of_the_force_after_it():
    # "لقوات" alone reads as "by the forces of" (غارات لقوات X); after a convoy or a
    # checkpoint, the forces named are what was struck
    (r,) = rasd.extract("قصفت طائرات إسرائيلية موقعاً لقوات الفرقة الرابعة قرب بلدة الكسوة.",
                        published="2023-05-02")
    assert r.actor1 == "Israeli Forces" and r.actor2 == "Syrian Government Forces"
    (r,) = rasd.extract("استهدفت مسيرة تركية سيارة لقوات الأسايش في مدينة الحسكة.", published="2023-05-02")
    assert r.actor1 == "Turkish Forces" and r.actor2 == "Syrian Democratic Forces"


def test_guns_that_belong_to_a_force_are_fired_by_it():
    (r,) = rasd.extract("استهدفت راجمات صواريخ تابعة لقوات النظام بلدة كنصفرة بريف إدلب.",
                        published="2019-06-02")
    assert r.actor1 == "Syrian Government Forces"


def test_both_sides_of_a_clash_between_described_fighters():
    (r,) = rasd.extract("وقعت اشتباكات عنيفة بين مقاتلين من العشائر البدوية ومسلحين دروز قرب بلدة "
                        "الصورة الكبيرة.", published="2025-07-16")
    assert {r.actor1, r.actor2} == {"Bedouin Militia", "Druze Militia"}


def test_a_force_of_x_that_arrests_is_not_taken_from_x():
    # "اعتقلت قوة من X ثلاثة": a body of X's men arrested; "اعتقال 3 من X" would take X's men
    (r,) = rasd.extract("اعتقلت قوة من الشرطة الاتحادية أربعة أشخاص بتهمة الانتماء إلى تنظيم داعش في "
                        "قضاء الحويجة.", published="2019-02-11")
    assert r.sub_event_type == "Arrests"
    assert r.actor1 == "Iraqi Security Forces" and r.actor2 == "Islamic State"


def test_islamic_state_alone_does_not_make_a_report_syrian():
    # IS fought in Syria and Iraq alike: with an Iraqi town named, "قوات الأمن" are Iraq's
    (r,) = rasd.extract("اشتبكت قوات الأمن مع عناصر من داعش قرب بلدة الشرقاط.", published="2016-09-20")
    assert r.actor1 == "Iraqi Security Forces" and r.admin1 == "Salah Al-Din"


def test_a_houthi_drone_is_the_houthis():
    (r,) = rasd.extract("استهدفت مسيرة حوثية سوقاً شعبياً في مدينة مأرب، ما أدى إلى إصابة ثلاثة مدنيين.",
                        published="2021-04-03")
    assert r.sub_event_type == "Air/drone strike" and r.actor1 == "Houthi Movement"


def test_the_side_a_place_is_taken_from_earlier_in_the_sentence_lost_it():
    # "لاستعادة X من داعش، وتمكنت من السيطرة على ...": IS is whom the villages were taken from
    recs = rasd.extract("أطلق الجيش العراقي عملية لاستعادة قضاء تلعفر من تنظيم داعش، وتمكن من السيطرة "
                        "على 4 قرى في محيط بلدة العياضية شمال القضاء.", published="2017-08-20")
    assert recs and all((r.actor1, r.actor2) == ("Iraqi Security Forces", "Islamic State") for r in recs)
    assert {r.sub_event_type for r in recs} == {"Government regains territory"}


def test_military_sites_of_a_force_were_struck_not_striking():
    (r,) = rasd.extract("استهدفت طائرات مسيرة مقرات عسكرية لقوات سوريا الديمقراطية في بلدة تل تمر.",
                        published="2023-10-06")
    assert r.actor2 == "Syrian Democratic Forces" and r.actor1 != "Syrian Democratic Forces"


def test_a_force_and_the_fighters_of_its_ally_are_one_side():
    # "X وفصائل Y ... بقصف": Y's fighters join X; X, named first, is the striking side
    recs = rasd.extract("بدأ الجيش التركي وفصائل الجيش الوطني هجوماً بقصف مدفعي وجوي على مدينة عفرين.",
                        published="2018-01-20")
    assert {r.actor1 for r in recs} == {"Turkish Forces"}
    assert {r.sub_event_type for r in recs} == {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_a_liberation_announced_with_no_force_named_is_the_states_forces():
    (r,) = rasd.extract("أعلن رئيس الوزراء تحرير قضاء تلعفر بالكامل من تنظيم داعش.", published="2017-08-31")
    assert r.sub_event_type == "Government regains territory"
    assert (r.actor1, r.actor2) == ("Iraqi Security Forces", "Islamic State")


def test_a_claim_by_the_islamic_resistance_in_iraq_names_the_attacker():
    (r,) = rasd.extract("استهدفت طائرة مسيرة قاعدة عين الأسد في محافظة الأنبار، وتبنت المقاومة الإسلامية في "
                        "العراق الهجوم.", published="2024-01-20")
    assert r.actor1 == "Islamic Resistance in Iraq"


def test_air_raids_beside_a_ground_force_are_flown_by_its_backer():
    recs = rasd.extract("تقدمت قوات العمالقة المدعومة من التحالف بقيادة السعودية في مديرية حيس، وسط غارات "
                        "مكثفة على مواقع الحوثيين.", published="2018-12-01")
    strikes = [r for r in recs if r.sub_event_type == "Air/drone strike"]
    assert strikes and all((r.actor1, r.actor2) == ("Saudi-led Coalition", "Houthi Movement") for r in strikes)


def test_a_nationality_after_a_sites_name_is_whose_site_was_struck():
    (r,) = rasd.extract("أعلن حزب الله استهداف موقع المالكية الإسرائيلي بالصواريخ الموجهة.",
                        published="2023-11-20")
    assert (r.actor1, r.actor2) == ("Hezbollah", "Israeli Forces")
    (r,) = rasd.extract("استهدفت طائرات مسيرة قاعدة حميميم الروسية في ريف اللاذقية.", published="2019-07-01")
    assert r.actor2 == "Russian Forces" and r.actor1 != "Russian Forces"


def test_a_base_of_a_force_is_not_a_place_named_after_it():
    recs = rasd.extract("قصفت طائرات التحالف قاعدة للحشد الشعبي قرب القائم.", published="2019-09-10")
    assert [r.location for r in recs] == ["Al Qaim"]
    assert recs[0].actor2 == "Popular Mobilization Forces"


def test_an_operation_in_a_commanders_title_is_not_the_event_and_strongholds_were_lost():
    recs = rasd.extract("أعلن قائد عمليات تحرير نينوى تحرير بلدة القيارة بالكامل من تنظيم داعش، بعد "
                        "استعادة آخر معاقل التنظيم فيها.", published="2016-08-25")
    assert recs and all(r.sub_event_type == "Government regains territory" for r in recs)
    assert all((r.actor1, r.actor2) == ("Iraqi Security Forces", "Islamic State") for r in recs)


def test_rockets_near_an_embassy_are_aimed_at_its_country():
    recs = rasd.extract("سقطت صواريخ كاتيوشا قرب السفارة الأمريكية في بغداد.", published="2020-01-08")
    assert recs and all(r.sub_event_type == "Shelling/artillery/missile attack" for r in recs)
    assert all(r.actor1 != "Military Forces of the United States" for r in recs)


def test_a_mosque_struck_in_the_accusative_is_a_civilian_target():
    (r,) = rasd.extract("استهدفت غارة جوية مسجداً في قرية كفرعويد أثناء صلاة الجمعة.", published="2019-05-24")
    assert r.civilian_targeting and r.actor2 == "Civilians"


def test_the_attacking_forces_in_a_clash_are_the_attackers_told_before():
    recs = rasd.extract("قصفت مدفعية قوات حفتر حي أبو سليم، فيما تواصلت الاشتباكات في محور الخلة بين "
                        "قوات الوفاق والقوات المهاجمة.", published="2019-05-02")
    clash = [r for r in recs if r.sub_event_type == "Armed clash"]
    assert clash and {clash[0].actor1, clash[0].actor2} == {"Military Forces of Libya", "Libyan National Army"}


def test_arrests_no_force_is_named_for_are_the_states():
    (r,) = rasd.extract("جرى اعتقال 12 شاباً خلال حملة دهم وتفتيش في مدينة الرستن بريف حمص.",
                        published="2018-06-05")
    assert r.sub_event_type == "Arrests" and r.actor1 == "Syrian Government Forces"


def test_coalition_raids_on_rebel_reinforcements_are_the_coalitions():
    (r,) = rasd.extract("شن طيران التحالف غارتين على تعزيزات للحوثيين في مديرية التحيتا.", published="2019-11-20")
    assert (r.actor1, r.actor2) == ("Saudi-led Coalition", "Houthi Movement")
    assert r.admin2 == "At Tuhayta" or r.admin1 == "Al Hudaydah"


def test_two_unattributed_strikes_in_different_districts_are_two_events():
    recs = rasd.extract("قتل طفلان بقصف مدفعي استهدف قرية المغرس في مديرية التحيتا. كما شنت طائرات حربية "
                        "غارتين على مديرية حيس.", published="2019-11-20")
    assert {r.sub_event_type for r in recs} == {"Shelling/artillery/missile attack", "Air/drone strike"}


def test_the_deterrence_of_aggression_forces_follow_the_date():
    (r,) = rasd.extract("دخلت فصائل ردع العدوان مدينة حماة بعد انسحاب قوات النظام منها.", published="2024-12-06")
    assert (r.actor1, r.actor2) == ("Hayat Tahrir al-Sham", "Syrian Government Forces")
    (r,) = rasd.extract("اشتبكت قوات ردع العدوان مع مسلحين في بلدة الكسوة.", published="2025-01-20")
    assert r.actor1 == "Syrian Government Forces"


def test_bedouin_tribes_told_indefinitely_are_the_other_side():
    r = one("اندلعت اشتباكات بين مسلحين دروز وعشائر بدوية في بلدة المزرعة بريف السويداء الغربي.")
    assert (r.actor1, r.actor2) == ("Druze Militia", "Bedouin Militia")


def test_a_military_bus_is_the_forces_target_not_civilians():
    r = one("قتل 9 عسكريين بانفجار عبوة ناسفة استهدفت حافلة عسكرية على طريق بلدة الصبورة غرب دمشق.")
    assert (r.actor2, r.civilian_targeting) == ("Syrian Government Forces", False)
    r = one("قتل 9 ركاب بانفجار عبوة ناسفة استهدفت حافلة نقل على طريق بلدة الصبورة غرب دمشق.")
    assert (r.actor2, r.civilian_targeting) == ("Civilians", True)


def test_a_country_adjective_without_the_article_tells_the_country():
    # "مصادر أمنية عراقية": the generic counter-terrorism service is Iraq's
    records = rasd.extract("أفادت مصادر أمنية عراقية بأن قوات جهاز مكافحة الإرهاب حررت حي الزويرة الوهمي.",
                           published="2016-11-29")
    assert [r.actor1 for r in records] == ["Iraqi Security Forces"]


def test_the_side_a_fight_was_with_is_the_other_side_after_an_adjective_too():
    records = rasd.extract("سيطرت قوات النظام على بلدة مورك، بعد معارك عنيفة مع عناصر هيئة تحرير الشام.",
                           published="2019-08-23")
    clash = [r for r in records if r.sub_event_type == "Armed clash"]
    assert clash and (clash[0].actor1, clash[0].actor2) == ("Syrian Government Forces", "Hayat Tahrir al-Sham")


@pytest.mark.parametrize("text, actor2", [
    # the people a bomb killed, of no side told, are civilians
    ("قتل سبعة أشخاص وأصيب آخرون بانفجار سيارة مفخخة في بلدة سرمدا.", "Civilians"),
    # ... not when the dead were fighters
    ("قتل سبعة عناصر من الفصائل بانفجار سيارة مفخخة قرب مقر لهم في بلدة سرمدا.", "Free Syrian Army"),
])
def test_the_dead_of_a_bomb_of_no_side_told_are_civilians(text, actor2):
    r = one(text)
    assert r.actor2 == actor2 and r.civilian_targeting == (actor2 == "Civilians")


def test_a_turkish_strike_in_syria_that_names_no_target_hit_the_sdf_s_areas():
    r = one("قصفت المدفعية التركية قرية مرعناز بريف حلب الشمالي.")
    assert (r.actor1, r.actor2) == ("Turkish Forces", "Syrian Democratic Forces")
    # a named target is the target; civilians hit are civilians
    r = one("قصفت المدفعية التركية مواقع قوات النظام في قرية مرعناز بريف حلب الشمالي.")
    assert r.actor2 == "Syrian Government Forces"
    r = one("قتل مدنيان بقصف مدفعي تركي على قرية مرعناز بريف حلب الشمالي.")
    assert r.actor2 == "Civilians"
    # in Iraq, Turkey's strikes are on the PKK
    r = one("شنت المقاتلات التركية غارات على منطقة الزويرة الوهمية بقضاء زاخو.", published="2020-06-17")
    assert (r.actor1, r.actor2) == ("Turkish Forces", "PKK")


def test_a_subject_cut_off_by_a_comma_is_still_the_attacker():
    records = rasd.extract('شن تنظيم "الدولة"، فجر اليوم، هجوماً على أماكن تمركز قوات النظام في محيط بلدة السخنة، '
                           'في الوقت الذي تستمر فيه الاشتباكات بين الطرفين.', published=PUB)
    assert [(r.actor1, r.actor2) for r in records] == [("Islamic State", "Syrian Government Forces")]


def test_an_attack_retold_with_its_civilian_dead_is_an_attack_on_civilians():
    records = rasd.extract("شنت قوة من قوات الدعم السريع هجوماً عنيفاً على عدة قرى شمال مدينة سنار. "
                           "وأسفر الهجوم عن مقتل خمسة مواطنين.", published="2024-10-25")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities) for r in records] == [
        ("Attack", "Rapid Support Forces", "Civilians", 5)]


def test_an_entry_told_before_the_other_side_s_withdrawal_is_a_take_over_by_those_who_entered():
    records = rasd.extract("دخلت قوات النظام بلدة خان شيخون، بعد انسحاب مقاتلي الفصائل منها.", published="2019-08-21")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [
        ("Government regains territory", "Syrian Government Forces", "Free Syrian Army")]


def test_a_second_nationality_adjective_of_a_target_is_a_target_too():
    r = one("انفجرت عبوة ناسفة بدورية روسية تركية مشتركة على الطريق الدولي قرب بلدة النيرب.")
    assert r.actor1 == "Unidentified Armed Group" and r.actor2 in ("Russian Forces", "Turkish Forces")


@pytest.mark.parametrize("text, published, actors", [
    # what belongs to a force (a camp, a headquarters) was hit; soldiers hit in a camp's mosque are
    # the army's, not civilians
    ("قتل 30 جندياً في هجوم بصاروخ باليستي استهدف مسجداً في معسكر الاستقبال التابع للجيش اليمني في مأرب.",
     "2020-01-18", ("Unidentified Military Forces", "Military Forces of Yemen")),
    ("اجتاحت قوات الدعم السريع مقر الفرقة 16 مشاة التابعة للجيش في مدينة نيالا بعد معارك استمرت ساعات.",
     "2023-10-26", ("Rapid Support Forces", "Sudanese Armed Forces")),
])
def test_what_belongs_to_a_force_was_hit(text, published, actors):
    records = rasd.extract(text, published=published)
    assert [(r.actor1, r.actor2, r.civilian_targeting) for r in records] == [actors + (False,)]


def test_yemen_s_joint_forces_are_the_government_s_and_raids_backing_them_hit_the_other_side():
    records = rasd.extract("أعلنت القوات المشتركة السيطرة على مديرية التحيتا بعد معارك عنيفة مع مسلحي جماعة الحوثي.",
                           published="2018-06-20")
    regain = [r for r in records if r.sub_event_type == "Government regains territory"]
    assert regain and (regain[0].actor1, regain[0].actor2) == ("Military Forces of Yemen", "Houthi Movement")
    records = rasd.extract("أطلقت القوات المشتركة المدعومة من التحالف عملية لاستعادة مدينة زبيد من الحوثيين، "
                           "وسط غارات مكثفة على مواقع الجماعة جنوب المدينة.", published="2018-06-20")
    air = [r for r in records if r.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor2 == "Houthi Movement"


@pytest.mark.parametrize("text, published, actor1", [
    ("ألقى الطيران المروحي برميلين متفجرين على بلدة كفرزيتا، ما أدى لمقتل رجل.", "2015-05-02",
     "Syrian Government Forces"),
    ("ألقت طائرة أنتونوف براميل متفجرة على قرية الزويرة الوهمية في جبل مرة بدارفور.", "2016-02-10",
     "Sudanese Armed Forces"),
    # a strike with other weapons stays unattributed
    ("قصف الطيران الحربي بلدة كفرزيتا بالصواريخ، ما أدى لمقتل رجل.", "2015-05-02", "Unidentified Military Forces"),
])
def test_barrel_bombs_are_the_one_force_s_that_used_them_there(text, published, actor1):
    records = rasd.extract(text, published=published)
    assert [r.actor1 for r in records] == [actor1]
    assert records[0].actor1_text is None   # inferred, not named


def test_the_force_in_whose_ranks_the_teller_serves_is_no_side():
    r = one('وقال ضابط برتبة عقيد في الشرطة إن "سيارة مفخخة انفجرت قرب ساحة الطيران في بغداد، ما أدى لمقتل '
            'خمسة أشخاص".', published="2015-05-10")
    assert r.actor1 == "Unidentified Armed Group"


def test_a_force_supporting_one_side_of_a_fight_between_two_is_not_the_other_side():
    r = one("اندلع اشتباك بين القوات الأمنية وبمساندة من طيران التحالف الدولي وعناصر من داعش قرب مدينة هيت.",
            published="2015-05-10")
    assert (r.actor1, r.actor2) == ("Iraqi Security Forces", "Islamic State")


def test_a_gathering_of_a_force_was_struck():
    r = one("انفجرت سيارة مفخخة على تجمع للحشد الشعبي في منطقة الكرادة ببغداد.", published="2015-05-10")
    assert (r.actor1, r.actor2) == ("Unidentified Armed Group", "Popular Mobilization Forces")


def test_a_liberation_told_with_a_pronoun_is_the_state_s_regain():
    r = one("أعلن رئيس الوزراء العراقي من مدينة تلعفر تحريرها بالكامل من سيطرة تنظيم داعش.", published="2017-08-31")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Government regains territory", "Iraqi Security Forces", "Islamic State")


def test_french_and_british_forces_and_gaddafi_s_forces_are_actors():
    r = one("شنت الطائرات الفرنسية غارات على آليات عسكرية تابعة لقوات القذافي قرب مدينة أجدابيا.",
            published="2011-03-26")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Air/drone strike", "Military Forces of France", "Military Forces of Libya")
    r = one("قصفت الطائرات البريطانية مواقع لقوات القذافي قرب مدينة سرت.", published="2011-09-20")
    assert r.actor1 == "Military Forces of the United Kingdom"


@pytest.mark.parametrize("text, actor1", [
    ("اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ثلاثة ناشطين إعلاميين في مدينة سرمدا.", "Hayat Tahrir al-Sham"),
    ("اعتقلت الشرطة العسكرية التابعة للجيش الوطني السوري شاباً في مدينة عفرين.", "Syrian National Army"),
])
def test_a_generic_force_that_belongs_to_a_named_one_is_that_one(text, actor1):
    assert [r.actor1 for r in rasd.extract(text, published="2019-08-02")] == [actor1]


def test_the_subject_of_a_launching_verb_attacked_and_a_joined_plural_verb_shares_it():
    records = rasd.extract("شن مقاتلو جيش الإسلام هجوماً على إدارة المركبات التابعة لقوات النظام في مدينة حرستا، "
                           "وسيطروا على عدة مبان داخلها.", published="2016-05-02")
    assert {(r.sub_event_type, r.actor1, r.actor2) for r in records} == {
        ("Armed clash", "Jaysh al-Islam", "Syrian Government Forces"),
        ("Non-state actor overtakes territory", "Jaysh al-Islam", "Syrian Government Forces")}


def test_sides_that_trade_accusations_are_neither_named_the_attacker():
    r = one("قتل 25 شخصاً في هجوم بصاروخ يحمل مواد كيماوية على بلدة خان العسل، وتبادل النظام والمعارضة الاتهامات.",
            published="2013-03-19")
    assert r.actor1 == "Unidentified Military Forces"


def test_the_side_a_dead_side_fought_with_is_the_other_side_of_the_clash():
    r = one("قتل ستة عناصر من قوات النظام في اشتباكات مع مقاتلي هيئة تحرير الشام على محور كبانة.",
            published="2019-07-10")
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", "Hayat Tahrir al-Sham", "Syrian Government Forces")


@pytest.mark.parametrize("text, actors", [
    # Houthi media's words for their own and the government's forces
    ("تمكن الجيش واللجان الشعبية من صد زحف لمرتزقة العدوان باتجاه مديرية حيس جنوب الحديدة.",
     ("Military Forces of Yemen", "Houthi Movement")),
    # Saudi artillery on a border district
    ("قتل أربعة مدنيين في قصف مدفعي سعودي على مديرية شدا الحدودية.", ("Saudi-led Coalition", "Civilians")),
])
def test_yemeni_wordings_of_the_sides(text, actors):
    r = one(text, published="2019-07-30")
    assert (r.actor1, r.actor2) == actors


def test_an_entry_after_the_other_side_s_flight_is_a_take_over_and_druze_armed_groups_are_a_side():
    records = rasd.extract("دخلت فصائل المعارضة مدينة حماة فجر اليوم، بعد فرارهم منها.", published="2024-12-05")
    assert [(r.sub_event_type, r.actor1) for r in records] == [("Non-state actor overtakes territory", "Free Syrian Army")]
    r = one("اندلعت اشتباكات بين مجموعات مسلحة درزية وقوات الأمن العام في مدينة جرمانا.", published="2025-04-29")
    assert {r.actor1, r.actor2} == {"Druze Militia", "Syrian Government Forces"}


def test_a_looting_that_names_no_one_has_an_unidentified_armed_group_as_actor1():
    r = one("تعرضت منازل المدنيين في قرية الزويرة الوهمية للنهب والسرقة مساء أمس.", published="2025-03-09")
    assert (r.sub_event_type, r.actor1) == ("Looting/property destruction", "Unidentified Armed Group")


@pytest.mark.parametrize("text, victim", [
    ("شن الطيران الإسرائيلي غارات على بيروت، استهدفت مقر القيادة المركزية لحزب الله في حارة حريك.",
     "Hezbollah"),
    ("قصفت المدفعية التركية قرى ريف منبج، واستهدفت النقطة العسكرية المتقدمة لقوات سوريا الديمقراطية "
     "في قرية عون الدادات.", "Syrian Democratic Forces"),
])
def test_an_armed_site_owned_by_a_force_was_hit_not_its_attacker(text, victim):
    # a post or headquarters with its definite complements before "لـ" belongs to the force
    recs = rasd.extract(text, published=PUB)
    assert recs and all(r.actor2 == victim and r.actor1 != victim for r in recs)


def test_a_bomb_owned_by_a_group_keeps_the_group_as_attacker():
    rec, = rasd.extract("انفجرت العربة المفخخة لتنظيم داعش قرب حاجز للجيش في مدينة الرمادي.", published=PUB)
    assert rec.actor1 == "Islamic State"


@pytest.mark.parametrize("published, actor", [("2011-03-17", "National Transitional Council"),
                                              ("2015-03-17", "Unidentified Armed Group")])
def test_libyan_rebels_are_not_the_free_syrian_army(published, actor):
    recs = rasd.extract("شن الطيران الحكومي غارات على مواقع الثوار قرب مدينة البريقة.", published=published)
    assert recs and all(r.actor2 == actor for r in recs)


def test_a_teller_who_says_it_did_the_event_is_actor1():
    rec, = rasd.extract("قال مقاتلو المعارضة إنهم أسقطوا طائرة حربية فوق بلدة التمانعة.", published="2016-05-01")
    assert (rec.sub_event_type, rec.actor1) == ("Disrupted weapons use", "Free Syrian Army")


@pytest.mark.parametrize("text, a1, a2", [
    ("أسقطت فصائل المعارضة طائرة حربية تابعة للنظام قرب بلدة التمانعة.", "Free Syrian Army",
     "Syrian Government Forces"),
    ("أسقطت الدفاعات الجوية السعودية طائرة مسيرة تابعة للحوثيين أطلقت باتجاه مدينة جازان.",
     "Saudi-led Coalition", "Houthi Movement"),
])
def test_the_owner_of_a_downed_aircraft_is_actor2(text, a1, a2):
    rec, = rasd.extract(text, published="2016-05-01")
    assert (rec.actor1, rec.actor2) == (a1, a2)


@pytest.mark.parametrize("text, a1, a2", [
    ("قصفت القوات النظامية بقذائف الهاون مدينة داريا، ما أدى لاستشهاد ثلاثة مواطنين.", "Syrian Government Forces",
     "Civilians"),
    ("سيطرت الكتائب المقاتلة على حاجز البرج في بلدة نوى بعد اشتباكات مع القوات النظامية.", "Free Syrian Army",
     "Syrian Government Forces"),
    ("قصفت طائرات سلاح الجو الليبي مواقع لمجلس شورى ثوار بنغازي في منطقة قنفودة.", "Libyan National Army",
     "Benghazi Revolutionaries Shura Council"),
])
def test_older_and_regional_names_of_the_sides(text, a1, a2):
    rec, = rasd.extract(text, published="2015-03-01")
    assert (rec.actor1, rec.actor2) == (a1, a2)


def test_the_subject_before_the_first_event_verb_after_inna_is_actor1():
    rec, = rasd.extract("الرمادي - قال مصدر أمني إن مسلحين من تنظيم داعش هاجموا مركزاً للشرطة في ناحية "
                        "البغدادي بثلاث سيارات مفخخة، ما أسفر عن مقتل تسعة شرطيين.", published="2014-06-25")
    assert (rec.actor1, rec.actor2) == ("Islamic State", "Iraqi Security Forces")


def test_a_force_loyal_to_the_first_side_is_not_the_other_side():
    rec, = rasd.extract("اندلعت اشتباكات بين القوات النظامية والمسلحين الموالين لها من جهة، ومقاتلي المعارضة "
                        "من جهة أخرى في محيط بلدة جباتا الخشب بريف القنيطرة.", published="2015-06-23")
    assert (rec.actor1, rec.actor2) == ("Syrian Government Forces", "Free Syrian Army")


@pytest.mark.parametrize("text, a1", [
    ("قتل 5 مدنيين بانفجار سيارة مفخخة في مدينة الباب، واتهمت الحكومة التركية وحدات حماية الشعب بالوقوف "
     "وراء التفجير.", "Syrian Democratic Forces"),
    ("قتل أكثر من 40 مدنياً اختناقاً جراء قصف بغاز الكلور نفذته مروحيات النظام على مدينة دوما، فيما اتهمت "
     "واشنطن وباريس دمشق بالوقوف وراء الهجوم.", "Syrian Government Forces"),
])
def test_an_accusation_is_no_event_and_names_only_an_unnamed_perpetrator(text, a1):
    recs = rasd.extract(text, published="2018-04-08")
    assert len(recs) == 1 and recs[0].actor1 == a1


def test_fighters_named_with_the_houthi_adjective_are_the_houthis():
    rec, = rasd.extract("اشتبكت قوات الجيش اليمني مع عناصر حوثية حاولت التسلل إلى مواقعها في مديرية صرواح.",
                        published="2021-03-07")
    assert {rec.actor1, rec.actor2} == {"Military Forces of Yemen", "Houthi Movement"}


def test_the_counted_noun_of_a_toll_is_the_side_hit():
    rec, = rasd.extract("نفذت قوات الجيش اليمني كميناً في جبهة المشجح غرب مأرب، ما أسفر عن مقتل 12 عنصراً حوثياً.",
                        published="2021-08-10")
    assert (rec.actor1, rec.actor2) == ("Military Forces of Yemen", "Houthi Movement")


def test_a_claim_overrides_an_accusation():
    text = ("قتل جنديان أمريكيان في هجوم بطائرة مسيرة استهدف قاعدة عين الأسد غرب العراق، واتهمت واشنطن فصائل "
            "مسلحة مدعومة من إيران بالوقوف وراء الهجوم. وتبنت المقاومة الإسلامية في العراق الهجوم.")
    rec, = rasd.extract(text, published="2024-01-20")
    assert rec.actor1 == "Islamic Resistance in Iraq"
    accused_only = text.split(" وتبنت")[0]
    rec, = rasd.extract(accused_only, published="2024-01-20")
    assert rec.actor1 == "Iranian-backed Militias"


def test_whom_executed_men_were_charged_with_dealing_with_is_no_side():
    rec, = rasd.extract("دير الزور - أعدم تنظيم الدولة أمس 3 شبان بتهمة التعامل مع التحالف الدولي في ساحة عامة "
                        "وسط مدينة البوكمال.", published="2015-07-20")
    assert (rec.actor1, rec.actor2, rec.location_text) == ("Islamic State", "Civilians", "مدينة البوكمال")


def test_southern_yemeni_forces_and_hosted_troops():
    rec, = rasd.extract("شبوة - سيطرت قوات دفاع شبوة وألوية العمالقة على مدينة عتق بعد اشتباكات مع قوات محسوبة على "
                        "حزب الإصلاح.", published="2022-08-10")
    assert (rec.actor1, rec.actor2) == ("Shabwa Defense Forces", "Military Forces of Yemen")
    rec, = rasd.extract("سقطت صواريخ على قاعدة بلد الجوية التي تستضيف قوات أمريكية شمال بغداد، رداً على مقتل قائد "
                        "في الحشد.", published="2020-01-10")
    assert rec.actor2 == "Military Forces of the United States" and rec.fatalities is None


@pytest.mark.parametrize("text, published, a1", [
    ("سيطرت فصائل غرفة عمليات ردع العدوان على مدينة حماة بعد انسحاب قوات النظام منها.", "2024-12-05",
     "Hayat Tahrir al-Sham"),
    ("سيطرت فصائل الجيش الوطني السوري على قرية تل حلف غرب رأس العين.", "2019-10-13", "Syrian National Army"),
])
def test_a_descriptive_word_before_a_named_force_is_that_force(text, published, a1):
    rec, = rasd.extract(text, published=published)
    assert rec.actor1 == a1


def test_those_carrying_the_devices_were_hit_and_the_accused_did_it():
    rec, = rasd.extract("بيروت - قتل 9 أشخاص جراء انفجار أجهزة اتصال يحملها عناصر من حزب الله في الضاحية الجنوبية، "
                        "واتهم الحزب إسرائيل بالوقوف وراء التفجيرات.", published="2024-09-17")
    assert rec.actor1 == "Israeli Forces"


def test_an_event_looking_for_its_sides_does_not_take_those_of_a_later_event():
    recs = rasd.extract("قصفت قوات النظام بالمدفعية بلدة كفرزيتا، كما استهدفت مناطق في بلدة اللطامنة، فيما نفذت "
                        "الطائرات الحربية الروسية غارات على مدينة كفرنبل.", published="2019-05-28")
    latamneh = [r for r in recs if r.location == "Al-Lataminah"]
    assert latamneh and latamneh[0].actor1 == "Syrian Government Forces" and latamneh[0].actor2 != "Russian Forces"


def test_the_body_a_report_is_according_to_is_no_side():
    rec, = rasd.extract("استهدفت طائرة مسيرة مفخخة مطار أربيل الدولي ليل الأربعاء، وفق جهاز مكافحة الإرهاب في "
                        "إقليم كردستان.", published="2021-04-13")
    assert rec.actor1 != "Iraqi Security Forces"


def test_those_who_found_the_bodies_did_not_kill_them():
    rec, = rasd.extract("عثرت القوات الأمنية على 12 جثة مجهولة الهوية تحمل آثار إطلاق نار في بساتين قضاء المقدادية.",
                        published="2014-12-28")
    assert rec.actor1 != "Iraqi Security Forces"


def test_where_a_weapon_was_made_names_no_one_who_fired():
    rec, = rasd.extract("أعلنت قوات حكومة الوفاق إسقاط طائرة مسيرة إماراتية الصنع تابعة لقوات حفتر قرب مدينة سرت.",
                        published="2020-11-10")
    assert "United Arab Emirates" not in (rec.actor1 or "")
