"""Every kind of event the lexicons support becomes the right ACLED sub-event type."""
from __future__ import annotations

import pytest

import rasd
from rasd.model import EVENT_TYPE_OF

PUB = "2017-06-20"

CASES = [
    # protesters dying in "clashes" with the security forces: force against protesters
    ("قالت مصادر طبية إن متظاهرين اثنين قتلا في مواجهات مع قوات الأمن وسط مدينة الناصرية.",
     "Excessive force against protesters", None),
    ("شنت طائرات حربية روسية غارات على مدينة سراقب بريف إدلب.",
     "Air/drone strike", "Russian Forces"),
    ("استهدفت طائرة مسيرة تابعة للتحالف الدولي سيارة في بلدة الشحيل بريف دير الزور.",
     "Air/drone strike", "International Coalition"),
    # a dropped barrel bomb (one or two, counted) is an air strike whatever the verb
    ("ألقى الطيران المروحي برميلين متفجرين على بلدة كفرنبل جنوب إدلب.",
     "Air/drone strike", None),
    # a killing told as the result of an explosion is the explosion; the shelling that left the
    # bomb behind is an earlier event
    ("قتل طفل إثر انفجار قنبلة عنقودية من مخلفات قصف سابق لقوات النظام على بلدة كفرنبل جنوب إدلب.",
     "Remote explosive/landmine/IED", None),
    # "أغار" (raided): by aircraft an air strike, by gunmen an attack
    ("وأغارت الطائرات الروسية على بلدة كفرنبودة في ريف حماة.", "Air/drone strike", "Russian Forces"),
    ("أغار مسلحون مجهولون على قرية معرشمشة وقتلوا راعيا.", "Attack", None),
    # mines dropped from helicopters with the barrels are an air strike, not a landmine
    ("قصف الطيران المروحي بالبراميل والألغام المتفجرة بلدة كفرنبودة بريف حماة الشمالي.",
     "Air/drone strike", None),
    ("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب.",
     "Shelling/artillery/missile attack", "Syrian Government Forces"),
    ("سقطت قذائف صاروخية أطلقتها الفصائل على حي الحمدانية في مدينة حلب.",
     "Shelling/artillery/missile attack", None),
    ("اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في بلدة هجين بريف دير الزور.",
     "Armed clash", None),
    ("انفجرت عبوة ناسفة بسيارة عسكرية لقوات سوريا الديمقراطية في بلدة الشحيل بريف دير الزور.",
     "Remote explosive/landmine/IED", None),
    ("انفجر لغم أرضي بسيارة تقل مدنيين على طريق بلدة الشدادي جنوب الحسكة.",
     "Remote explosive/landmine/IED", None),
    ("انفجرت سيارة مفخخة وسط سوق الهال في مدينة أعزاز شمال حلب، ما أدى لمقتل ثمانية مدنيين.",
     "Remote explosive/landmine/IED", None),
    ("فجر انتحاري يرتدي حزاماً ناسفاً نفسه وسط سوق شعبي في مدينة أعزاز شمال حلب.",
     "Suicide bomb", None),
    ("اغتال مسلحون مجهولون مختار بلدة طفس بإطلاق النار عليه أمام منزله في ريف درعا الغربي.",
     "Attack", "Unidentified Armed Group"),
    ("اختطف مسلحون مجهولون ثلاثة شبان من بلدة الصنمين بريف درعا الشمالي.",
     "Abduction/forced disappearance", "Unidentified Armed Group"),
    ("اعتقلت قوات النظام عشرات الشبان خلال حملة دهم في مدينة التل بريف دمشق.",
     "Arrests", "Syrian Government Forces"),
    ("سيطر تنظيم الدولة على قرية الباغوز بريف دير الزور.",
     "Non-state actor overtakes territory", "Islamic State"),
    ("سيطرت قوات النظام على بلدة خان شيخون بريف إدلب الجنوبي بعد معارك عنيفة مع فصائل المعارضة.",
     "Government regains territory", "Syrian Government Forces"),
    ("خرجت مظاهرة في مدينة إدلب للمطالبة بالإفراج عن المعتقلين.",
     "Peaceful protest", "Protesters"),
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة السويداء ما أدى لإصابة خمسة منهم.",
     "Excessive force against protesters", None),
    ("نهبت الميليشيات الموالية للنظام منازل المدنيين في بلدة كفرنبودة بريف حماة الشمالي.",
     "Looting/property destruction", "Syrian Government Forces"),
    ("أضرم مسلحون النار في مبنى المجلس المحلي في مدينة الجنينة.",
     "Looting/property destruction", None),
]


@pytest.mark.parametrize("text, sub_event, actor1", CASES, ids=[c[1] + ":" + str(i) for i, c in enumerate(CASES)])
def test_sub_event_type(text, sub_event, actor1):
    records = rasd.extract(text, published=PUB)
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    r = records[0]
    assert r.sub_event_type == sub_event
    assert r.event_type == EVENT_TYPE_OF[sub_event]
    if actor1 is not None:
        assert r.actor1 == actor1


def test_weapons_are_labelled():
    (r,) = rasd.extract("قصفت قوات النظام بقذائف الهاون والمدفعية الثقيلة بلدة كفرنبل جنوب إدلب.", published=PUB)
    assert "mortar" in r.weapons and "artillery" in r.weapons
    (r,) = rasd.extract("انفجرت سيارة مفخخة وسط سوق الهال في مدينة أعزاز شمال حلب.", published=PUB)
    assert "car bomb" in r.weapons and "market" in r.targets


def test_record_carries_the_trigger_words():
    (r,) = rasd.extract("اعتقلت قوات النظام عشرات الشبان خلال حملة دهم في مدينة التل بريف دمشق.", published=PUB)
    assert r.trigger_text  # what made it an arrest, for the reviewer



def test_a_definite_strike_by_another_named_actor_is_not_a_retelling():
    # "واستهدف القصف المدفعي التركي قرية X" sentences after shelling whose actor was only
    # inferred: the definite noun names its own actor, so it is a new event, not a finer place for
    # the old one; right after it ("بهجوم ... الهجوم نفذته خلايا داعش") it names who did it
    from rasd.extract.drafts import Draft
    from rasd.extract.passes import fold_restatements
    from rasd.extract.places import PlaceSpan

    def key(p):
        return p.name

    def drafts(gap):
        town = PlaceSpan(0, 10, 0, 10, "area", kind="subdistrict")
        village = PlaceSpan(20, 30, 20, 30, "village", kind="village")
        first = Draft("Shelling/artillery/missile attack", town, actor1="Free Syrian Army",
                      actor1_inferred=True, sentences={1})
        named = Draft("Shelling/artillery/missile attack", village, actor1="Turkish Forces",
                      antecedent=first, sentences={1 + gap})
        return first, named, village

    first, named, _ = drafts(gap=4)
    assert fold_restatements([first, named], key) == [first, named]
    first, named, village = drafts(gap=1)
    assert fold_restatements([first, named], key) == [first]
    assert first.place is village and first.actor1 == "Turkish Forces" and not first.actor1_inferred
    # a retelling with an actor as guessed as the first one's folds too
    first, named, village = drafts(gap=4)
    named.actor1, named.actor1_inferred = "Free Syrian Army", True
    assert fold_restatements([first, named], key) == [first]


def test_killing_with_looting_is_an_attack_and_the_looting_its_own_record():
    records = rasd.extract("اقتحم مسلحون قرية الزهراء فقتلوا 12 مدنياً ونهبوا المنازل.", published=PUB)
    got = {r.sub_event_type: r for r in records}
    assert set(got) == {"Attack", "Looting/property destruction"}
    assert got["Attack"].fatalities == 12 and got["Attack"].actor2 == "Civilians"
    assert got["Looting/property destruction"].fatalities is None


def test_a_militia_raiding_villages_attacks_their_people():
    records = rasd.extract("هاجمت قوات الدعم السريع قرى أم سنطة وود الحداد بولاية الجزيرة.", published=PUB)
    assert {r.sub_event_type for r in records} == {"Attack"}
    assert len(records) == 2


def test_gunmen_hitting_an_armed_post_fight_even_in_a_shelling_report():
    records = rasd.extract("قصفت قوات النظام بالمدفعية بلدة نوى. واستهدف مسلحون مجهولون حاجزاً عسكرياً "
                           "في بلدة الحراك بقذيفة آر بي جي.", published=PUB)
    got = {r.location_text: r.sub_event_type for r in records}
    assert got == {"بلدة نوى": "Shelling/artillery/missile attack", "بلدة الحراك": "Armed clash"}
    assert next(r for r in records if r.location_text == "بلدة الحراك").weapons == ["RPG"]


def test_a_car_bomb_told_as_a_suicide_attack_is_one_suicide_bombing():
    records = rasd.extract("أعلن التنظيم أن عملية انتحارية بسيارة مفخخة ضربت تجمعاً في حي الجديدة بمدينة الموصل. "
                           "وكانت السيارة المفخخة قد انفجرت في حي الجديدة صباح اليوم ما أسفر عن مقتل 12 شخصاً.",
                           published=PUB)
    assert [(r.sub_event_type, r.fatalities) for r in records] == [("Suicide bomb", 12)]


def test_a_definite_weapon_phrase_is_the_weapon():
    # "الصواريخ الفراغية" (the article on noun and adjective) is the air weapon "صواريخ فراغية"
    records = rasd.extract("قتل 21 مدنياً في قصف بالصواريخ الفراغية على سوق شعبي في مدينة عربين، "
                           "وأفادت مصادر أن عدد الجرحى وصل إلى نحو 100.", published=PUB)
    assert [(r.sub_event_type, r.fatalities, r.injured) for r in records] == [("Air/drone strike", 21, 100)]


def test_a_heading_that_names_a_weapon_is_no_event():
    records = rasd.extract("براميل متفجرة\nقصفت قوات النظام بقذائف الهاون بلدة كفرنبل.", published=PUB)
    assert [r.sub_event_type for r in records] == ["Shelling/artillery/missile attack"]


def test_a_protest_whose_people_are_shot_is_excessive_force_against_it():
    records = rasd.extract("خرج مئات المتظاهرين في مظاهرة وسط مدينة درعا اليوم. وأطلقت قوات الأمن النار على "
                           "المتظاهرين فقتلت اثنين منهم وأصابت عشرة آخرين في مدينة درعا.", published="2011-04-02")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities, r.injured) for r in records] == [
        ("Excessive force against protesters", "Syrian Government Forces", "Protesters", 2, 10)]


def test_air_defences_meeting_an_attack_are_no_ground_fight():
    assert rasd.extract("أعلن التلفزيون السوري أن الدفاعات الجوية السورية تصدت لهجوم معاد في محيط العاصمة دمشق.",
                        published=PUB) == []
    # ground forces repelling an attack did fight
    (r,) = rasd.extract("تصدت قوات النظام لهجوم شنه تنظيم داعش على نقاطها في محيط مدينة السخنة.", published=PUB)
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", "Islamic State", "Syrian Government Forces")


def test_an_attack_told_without_sides_where_a_strike_is_coded_retells_the_strike():
    records = rasd.extract("قصفت طائرات حربية روسية مستشفى في بلدة كفرنبل جنوب إدلب اليوم. وتؤكد الصور وقوع هجوم "
                           "على كفرنبل حوالي الساعة الخامسة مساء.", published="2019-05-05")
    assert [(r.sub_event_type, r.location_text) for r in records] == [("Air/drone strike", "بلدة كفرنبل")]


def test_a_bombardment_from_the_air_and_by_artillery_is_two_events():
    records = rasd.extract("وتعرضت بلدة الشيفونية لقصف جوي ومدفعي مركز أدى لوقوع دمار كبير في البلدة.", published=PUB)
    assert sorted(r.sub_event_type for r in records) == ["Air/drone strike", "Shelling/artillery/missile attack"]
    # a missile fired by a drone is still one drone strike
    records = rasd.extract("استهدفت طائرة مسيرة سيارة بصاروخ في بلدة سرمين.", published=PUB)
    assert [r.sub_event_type for r in records] == ["Air/drone strike"]


def test_machine_gun_fire_told_right_after_an_air_strike_with_no_side_of_its_own_is_the_aircrafts():
    records = rasd.extract("ألقت مروحية برميلاً متفجراً على بلدة حيان، وقصفت بالرشاشات الثقيلة "
                           "بلدة عندان في ريف حلب الشمالي.", published=PUB)
    assert {r.location_text: r.sub_event_type for r in records} == {
        "بلدة حيان": "Air/drone strike", "بلدة عندان": "Air/drone strike"}


def test_machine_gun_fire_by_a_named_ground_force_stays_its_own():
    records = rasd.extract("ألقت مروحية برميلاً متفجراً على بلدة حيان. وقصفت قوات النظام بالرشاشات "
                           "الثقيلة بلدة عندان في ريف حلب الشمالي.", published=PUB)
    types = {r.location_text: r.sub_event_type for r in records}
    assert types["بلدة حيان"] == "Air/drone strike"
    assert types["بلدة عندان"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("word, definite", [
    ("وانفجرت ألغام", False),      # أ is the word's own letter: normalised, ألغام looks like الغام
    ("وانفجرت الألغام", True),
    ("بألغام", False),
    ("الاستهداف", True),
])
def test_a_hamza_alef_is_not_the_article(word, definite):
    from rasd.extract.drafts import _has_article
    from rasd.extract.pipeline import _hamza_alef
    from rasd.lexicon.load import lexicons
    from rasd.text.normalize import normalize
    ot = normalize(word)
    hits = [h for h in lexicons().triggers.find(ot.text)]
    assert hits, word
    h = hits[-1]
    assert _has_article(ot.text, h, lambda pos: _hamza_alef(ot, pos)) is definite


def test_an_event_told_once_with_an_event_word_is_not_a_bare_mention_when_merged():
    # the first telling ("استهدفت") is weak, the second ("غارات") strong: the event at Kafranbel is
    # an air strike, not folded into the clash the report also places there
    records = rasd.extract(
        "استهدفت طائرات مستشفى كفرنبل. ودارت اشتباكات بين الفصائل وقوات النظام قرب كفرنبل. "
        "وقال الدفاع المدني إن غارات جوية روسية أصابت مستشفى كفرنبل وقتلت ممرضاً.", published=PUB)
    assert "Air/drone strike" in {r.sub_event_type for r in records}


def test_protesters_who_storm_a_building_are_rioters():
    records = rasd.extract("اقتحم عشرات المتظاهرين الغاضبين مبنى مجلس المحافظة في مدينة الديوانية.",
                           published="2019-10-05")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [
        ("Violent demonstration", "Rioters", None)]


def test_gunmen_who_attack_protesters_are_not_rioters():
    records = rasd.extract("هاجم مسلحون مجهولون المتظاهرين المعتصمين في ساحة الحبوبي بمدينة الناصرية.",
                           published="2019-10-05")
    assert records and all(r.sub_event_type != "Violent demonstration" for r in records)


def test_a_toll_clause_reads_the_weapon_of_the_clause_that_placed_it():
    records = rasd.extract("أطلقت ميليشيا الحوثي صاروخاً على حي الروضة في مدينة تعز، ما أدى إلى إصابة طفلين.",
                           published="2022-01-20")
    assert [(r.sub_event_type, r.actor1, r.injured) for r in records] == [
        ("Shelling/artillery/missile attack", "Houthi Movement", 2)]


def test_protesters_burning_a_building_are_rioters_even_when_the_sentence_names_the_police():
    records = rasd.extract("قتل 5 متظاهرين برصاص قوات الأمن في البصرة، فيما أحرق محتجون غاضبون مبنى "
                           "مجلس المحافظة في مدينة الديوانية.", published="2019-11-28")
    riots = [r for r in records if r.sub_event_type == "Violent demonstration"]
    assert riots and {r.actor1 for r in riots} == {"Rioters"}


def test_a_killing_beside_an_abduction_is_its_own_event_and_the_abducted_are_not_dead():
    records = rasd.extract("قتل مسلحو داعش عشرات الرجال في قرية الحاتمية جنوب سنجار، واختطفوا مئات النساء "
                           "والأطفال.", published="2014-08-10")
    by_type = {r.sub_event_type: r for r in records}
    assert set(by_type) == {"Attack", "Abduction/forced disappearance"}
    assert (by_type["Attack"].fatalities_low, by_type["Attack"].fatalities_high) == (10, 99)
    assert by_type["Abduction/forced disappearance"].fatalities is None


def test_chemical_weapons_dropped_from_the_air_are_a_chemical_attack():
    # ACLED codes any use of chemical weapons as such, however delivered
    recs = rasd.extract("قتل ستة مدنيين وأصيب 40 آخرون بحالات اختناق، جراء غارات جوية بغاز الكلور على "
                        "بلدة اللطامنة.", published="2017-03-30")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in recs] == [
        ("Chemical weapon", "Unidentified Military Forces", "Civilians")]
    assert recs[0].fatalities == 6 and recs[0].injured == 40


def test_a_killing_hours_after_an_abduction_is_a_killing():
    (r,) = rasd.extract("قُتل معتمد محلية كتم بعد ساعات من اختطافه على يد مسلحين في مدينة كتم.",
                        published="2023-07-01")
    assert r.sub_event_type == "Attack"
    # the abduction told as the cause of the event reported ("ويأتي القصف بعد يومين من سيطرة ...")
    recs = rasd.extract("قصفت قوات الدعم السريع مدينة الأبيض. ويأتي القصف بعد يومين من سيطرة الجيش على "
                        "مدينة أم روابة.", published="2024-01-28")
    assert ("Shelling/artillery/missile attack", "مدينة أم روابة") not in {
        (x.sub_event_type, x.location_text) for x in recs}


def test_protesters_shot_by_state_forces_is_excessive_force():
    (r,) = rasd.extract("قتل متظاهران وأصيب العشرات برصاص قوات الأمن أمام مبنى مجلس المحافظة في مدينة "
                        "البصرة.", published="2019-11-05")
    assert r.sub_event_type == "Excessive force against protesters"
    assert (r.actor1, r.actor2) == ("Iraqi Security Forces", "Protesters")


def test_generic_forces_take_the_country_of_the_places_when_the_words_name_none():
    # الناصرية is a town in Iraq and in Syria: the geocoded place says which country's forces
    (r,) = rasd.extract("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في ساحة الحبوبي بمدينة الناصرية، ما "
                        "أدى لمقتل أربعة منهم.", published="2019-11-28")
    assert r.actor1 == "Iraqi Security Forces"


def test_storming_a_town_the_other_side_left_is_a_take_over_and_abducted_women_are_civilians():
    recs = rasd.extract("اقتحم مسلحو تنظيم داعش بلدة تل عفر بعد انسحاب قوات الجيش العراقي منها، واختطفوا "
                        "عشرات النساء والأطفال.", published="2014-06-16")
    got = {(r.sub_event_type, r.actor1, r.actor2) for r in recs}
    assert ("Non-state actor overtakes territory", "Islamic State", "Iraqi Security Forces") in got
    assert ("Abduction/forced disappearance", "Islamic State", "Civilians") in got


def test_a_ceasefire_agreed_is_no_shooting():
    assert rasd.extract("اتفقت روسيا وتركيا على وقف لإطلاق النار في منطقة خفض التصعيد بإدلب.",
                        published="2020-03-05") == []


def test_an_armed_tribal_dispute_is_a_clash():
    (r,) = rasd.extract("اندلع نزاع عشائري مسلح بين عشيرتين في قضاء الزبير، أسفر عن مقتل ثلاثة أشخاص.",
                        published="2022-07-02")
    assert r.sub_event_type == "Armed clash" and r.fatalities == 3


def test_a_sit_in_broken_up_by_force_has_the_force_as_actor1():
    (r,) = rasd.extract("فضت قوات الأمن بالقوة اعتصام المحتجين أمام مبنى البرلمان في بغداد، ما أدى لمقتل "
                        "خمسة أشخاص.", published="2019-12-06")
    assert r.sub_event_type == "Excessive force against protesters"
    assert (r.actor1, r.actor2) == ("Iraqi Security Forces", "Protesters")


def test_enemy_vehicles_burnt_in_a_fight_are_no_property_destruction():
    recs = rasd.extract("دارت معارك عنيفة بين الجيش والحوثيين في جبهة الكسارة. وأكد مصدر عسكري أن الجيش "
                        "تمكن من إحراق عدد من الآليات.", published="2021-03-01")
    assert "Looting/property destruction" not in {r.sub_event_type for r in recs}
    # the homes of civilians set on fire still are
    recs = rasd.extract("أحرق مسلحون منازل المدنيين في قرية أم القرى.", published="2021-03-01")
    assert [r.sub_event_type for r in recs] == ["Looting/property destruction"]


def test_a_drone_shot_down_by_air_defences_is_disrupted_weapons_use():
    (r,) = rasd.extract("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق مدينة حماة.", published="2023-05-02")
    assert r.sub_event_type == "Disrupted weapons use"
    assert (r.actor1, r.actor2) == ("Syrian Government Forces", "Israeli Forces")
    # repelling a ground attack is the fight, not an interception
    recs = rasd.extract("تصدت قوات الجيش لهجوم شنته ميليشيا الحوثي على جبهة الكسارة.", published="2021-03-01")
    assert [r.sub_event_type for r in recs] == ["Armed clash"]


def test_explosions_heard_are_no_event_of_their_own():
    assert rasd.extract("سمع دوي انفجارات في أرجاء مدينة حلب مساء اليوم.", published="2023-05-02") == []


def test_a_saudi_interception_of_a_houthi_missile():
    (r,) = rasd.extract("اعترضت الدفاعات الجوية السعودية صاروخاً باليستياً أطلقه الحوثيون باتجاه مدينة نجران.",
                        published="2021-02-10")
    assert (r.sub_event_type, r.actor1, r.actor2) == (
        "Disrupted weapons use", "Saudi-led Coalition", "Houthi Movement")


@pytest.mark.parametrize("phrase", ["بشن هجوم كيماوي على", "بهجوم كيميائي استهدف", "بقصف بغاز سام استهدف"])
def test_a_chemical_attack_told_by_its_noun_phrase_is_a_chemical_weapon_event(phrase):
    records = rasd.extract(f"اتهم ناشطون قوات النظام {phrase} بلدة اللطامنة، ما أدى لإصابة 20 شخصاً بحالات اختناق.",
                           published="2017-03-30")
    assert [r.sub_event_type for r in records] == ["Chemical weapon"]


def test_bare_missiles_told_after_air_strikes_were_fired_from_the_air():
    records = rasd.extract("شنت طائرات حربية غارات على بلدة حاس، ثم استهدفت مستشفى البلدة بصاروخين ما أدى لإصابة "
                           "ممرضين.", published="2017-04-20")
    assert {r.sub_event_type for r in records} == {"Air/drone strike"}


def test_the_clause_that_placed_a_toll_tells_the_weapon_of_its_killing():
    records = rasd.extract("أطلقت قوات النظام صواريخ على مواقع للفصائل في بلدة كفرنبودة، ما أسفر عن مقتل 6 عناصر.",
                           published="2019-05-20")
    assert [(r.sub_event_type, r.actor1, r.actor2, r.fatalities) for r in records] == [
        ("Shelling/artillery/missile attack", "Syrian Government Forces", "Free Syrian Army", 6)]


def test_an_attack_that_committed_massacres_is_violence_against_civilians():
    records = rasd.extract("هاجم عناصر تنظيم داعش قرية الشبكي في ريف السويداء الشرقي، وارتكبوا مجازر راح ضحيتها "
                           "العشرات.", published="2018-07-25")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [("Attack", "Islamic State", "Civilians")]


def test_forces_positioned_somewhere_that_strike_a_place_fire_artillery():
    records = rasd.extract("استهدفت طائرة مسيرة موقعاً في بلدة عتمان. كما قصفت القوات المتمركزة في تل الخضر أطراف "
                           "بلدة طفس.", published="2023-06-02")
    # (and the hill they fire from is no event place)
    assert [(r.location_text, r.sub_event_type) for r in records] == [
        ("بلدة عتمان", "Air/drone strike"), ("بلدة طفس", "Shelling/artillery/missile attack")]


def test_a_protest_some_of_whose_people_burn_things_is_one_violent_demonstration():
    records = rasd.extract("تظاهر المئات أمام مبنى البلدية في مدينة شهبا مطالبين برحيل النظام، وقام بعضهم بإحراق "
                           "صورة بشار الأسد.", published="2023-08-25")
    assert [(r.sub_event_type, r.actor1, r.actor2) for r in records] == [("Violent demonstration", "Rioters", None)]


def test_burning_that_a_protest_is_about_does_not_make_it_violent():
    records = rasd.extract("تظاهر المئات في مدينة إدلب احتجاجاً على إحراق المصحف في السويد.", published="2023-07-01")
    assert [r.sub_event_type for r in records] == ["Peaceful protest"]


def test_an_air_base_s_name_is_no_strike_and_captives_executed_are_an_attack():
    records = rasd.extract("أعدم عناصر تنظيم داعش عشرات المجندين الذين أسروهم في قاعدة الزويرة الجوية.",
                           published="2014-06-12")
    assert [(r.sub_event_type, r.actor1) for r in records] == [("Attack", "Islamic State")]
    # an air force is still air
    records = rasd.extract("قصفت القوات الجوية العراقية مواقع داعش في قضاء الحويجة.", published="2016-10-01")
    assert [(r.sub_event_type, r.actor1) for r in records] == [("Air/drone strike", "Iraqi Security Forces")]


@pytest.mark.parametrize("text, sub", [
    ("وقال الجيش السوداني إن طيرانه استهدف تجمعات لقوات الدعم السريع في منطقة أم كدادة.", "Air/drone strike"),
    ("وأعلنت قوات سوريا الديمقراطية أن مسيراتها استهدفت مواقع للتنظيم في بلدة هجين.", "Air/drone strike"),
])
def test_a_forces_own_weapon_with_a_pronoun_sets_the_type(text, sub):
    rec, = rasd.extract(text, published="2019-01-10")
    assert rec.sub_event_type == sub


def test_car_bombs_that_aircraft_hit_are_an_air_strike():
    rec, = rasd.extract("دمر طيران الجيش العراقي أربع سيارات مفخخة حاولت استهداف القطعات العسكرية قرب قضاء "
                        "الحويجة.", published="2017-09-25")
    assert rec.sub_event_type == "Air/drone strike"


def test_explosions_set_off_by_air_strikes_are_the_strikes_doing():
    text = ("عدن - شنت طائرات التحالف غارات على مخازن للأسلحة في جبل حديد، ما أدى إلى انفجارات عنيفة. "
            "وقال سكان إن شظايا الانفجارات تساقطت على منازل حي القلوعة، ما أسفر عن مقتل 5 مدنيين.")
    recs = rasd.extract(text, published="2015-06-01")
    assert recs and all(r.sub_event_type == "Air/drone strike" for r in recs)
    assert {r.actor1 for r in recs} == {"Saudi-led Coalition"}
    assert sum(r.fatalities or 0 for r in recs) == 5


def test_a_demand_to_bring_down_the_government_is_no_downing():
    text = ("بغداد - خرج آلاف المتظاهرين في ساحة التحرير للمطالبة بإسقاط الحكومة، وأطلقت قوات الأمن الرصاص "
            "الحي لتفريقهم، ما أدى إلى مقتل 6 متظاهرين.")
    recs = rasd.extract(text, published="2019-10-25")
    assert [(r.sub_event_type, r.fatalities) for r in recs] == [("Excessive force against protesters", 6)]


def test_overrunning_a_district_after_its_defenders_withdrew_is_a_take_over():
    recs = rasd.extract("اجتاح مسلحو تنظيم الدولة قضاء تلعفر بعد انسحاب قوات الجيش العراقي منه.",
                        published="2014-06-16")
    assert [(r.sub_event_type, r.actor1) for r in recs] == [("Non-state actor overtakes territory", "Islamic State")]


def test_a_targeting_with_no_weapon_after_a_shelling_is_shelling():
    recs = rasd.extract("قصفت قوات النظام بالقذائف بلدة كفرزيتا، كما استهدفت مناطق في بلدة اللطامنة، فيما نفذت "
                        "الطائرات الروسية غارات على مدينة كفرنبل.", published="2019-05-28")
    kinds = {r.location: r.sub_event_type for r in recs}
    assert kinds["Al-Lataminah"] == "Shelling/artillery/missile attack"
    assert kinds["Kafranbel"] == "Air/drone strike"


def test_air_strikes_and_shelling_listed_as_means_share_places_and_toll():
    recs = rasd.extract("قتل 17 مدنياً في غارات جوية وقصف مدفعي على بلدات حمورية وسقبا في الغوطة الشرقية.",
                        published="2018-02-24")
    kinds = {(r.sub_event_type, r.location) for r in recs}
    assert ("Air/drone strike", "Hamouriyah") in kinds and ("Shelling/artillery/missile attack", "Saqba") in kinds
    assert sum(r.fatalities or 0 for r in recs) == 17
