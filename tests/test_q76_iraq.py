"""Errors found on unseen Iraqi reports (quality round q76-iraq): each test is a sentence written for it,
not one of the set's."""
from __future__ import annotations

from helpers import fields_at, records_at


recs = records_at("2020-02-11")
places = fields_at("2020-02-11", "sub_event_type", "location_text")


# 1. a place's name that is also a feminine adjective after an indefinite noun
def test_a_modern_car_is_no_town_of_haditha():
    rs = recs("اغتال مسلحون مجهولون يستقلون سيارة حديثة، مساء أمس، صاحب محل صرافة في كربلاء.", "2021-05-03")
    assert [(r.sub_event_type, r.location_text) for r in rs] == [("Attack", "كربلاء")]


def test_peaceful_marches_are_no_town_of_salamiyah():
    rs = recs("ونظم طلاب الجامعات تظاهرات سلمية في الكوت والديوانية للمطالبة بالإفراج عن المعتقلين.", "2019-11-05")
    assert sorted(r.location_text for r in rs) == ["الديوانية", "الكوت"]


def test_haditha_after_a_preposition_or_its_police_stays_a_place():
    rs = recs("أصيب أربعة من منتسبي شرطة حديثة بهجوم مسلح قرب سد حديثة، اليوم.", "2015-08-09")
    assert any(r.location in ("Hadithah", "Haditha") for r in rs)
    rs = recs("قصف طيران التحالف الدولي مواقع لداعش في حديثة غربي الأنبار.", "2015-08-09")
    assert [r.location for r in rs] and all(r.location in ("Hadithah", "Haditha") for r in rs)


# 2. "بارزة" (prominent) is no ب + the Syrian village أرزة
def test_a_prominent_activist_is_no_village_of_arzah():
    rs = recs("اختطف مسلحون ناشطة بارزة من أمام منزلها في حي الجمعيات وسط الناصرية، فجر اليوم.", "2020-03-09")
    assert [r.location_text for r in rs] and not any("ارز" in r.location_text for r in rs)


# 3. "الناحية" points back at the subdistrict named before, even before a time word
def test_the_subdistrict_told_again_is_the_subdistrict_named_before():
    text = ("أعلنت قيادة العمليات تحرير ناحية العلم بالكامل.\n\n"
            "وقصف الطيران مواقع للتنظيم في قريتي البو عجيل والعوجة.\n\n"
            "وقتل أربعة جنود بانفجار سيارة مفخخة عند مدخل الناحية مساء اليوم.")
    bomb = [r for r in recs(text, "2015-03-07") if r.fatalities == 4]
    assert [r.location_text for r in bomb] == ["ناحية العلم"]


# 4. the troops a struck site holds are its target
def test_the_troops_a_struck_airport_holds_did_not_fire():
    rs = recs("سقطت ثلاثة صواريخ قرب مطار السليمانية الذي يضم قوات للتحالف الدولي، مساء اليوم.", "2021-04-14")
    assert [r.actor1 for r in rs] == ["Unidentified Armed Group"] or [r.actor1 for r in rs] == ["Unidentified Military Forces"]
    assert all(r.actor2 == "International Coalition" for r in rs)


# 5. a count between "هجوم ب" and its weapon
def test_an_attack_with_more_than_ten_rockets_is_a_missile_attack():
    rs = recs("تعرضت قاعدة بلد الجوية لهجوم بأكثر من 12 صاروخاً، فجر اليوم، دون وقوع إصابات.", "2021-04-14")
    assert [r.sub_event_type for r in rs] == ["Shelling/artillery/missile attack"]


# 6. unclaimed Katyusha rockets in Iraq are an armed group's
def test_unclaimed_katyusha_rockets_in_iraq_are_an_armed_groups():
    rs = recs("سقط صاروخ كاتيوشا قرب مقر قيادة عمليات بغداد في المنطقة الخضراء، ليلة أمس، دون إصابات.", "2020-10-02")
    assert [(r.sub_event_type, r.actor1) for r in rs] == [("Shelling/artillery/missile attack", "Unidentified Armed Group")]


# 7. the goal and the way of protesters who tried to cross are not where they were fired on
def test_the_bridge_protesters_tried_to_cross_is_no_event_place():
    rs = recs("أصيب عشرات المحتجين في ساحة الخلاني وسط بغداد، اليوم، بعد أن أطلقت قوات مكافحة الشغب قنابل الغاز "
              "لمنعهم من العبور إلى المنطقة الخضراء عبر جسر السنك.", "2019-11-12")
    assert [r.location_text for r in rs] == ["ساحة الخلاني"]


# 8. the day told after "رداً على" dates the reason, not the strike
def test_the_day_of_the_reason_does_not_date_the_strike():
    text = ("أعلنت مصادر أمنية، اليوم الأحد، مقتل أربعة من عناصر الحشد بغارة أمريكية على مقر لهم في منطقة "
            "عكاشات غربي الأنبار مساء أمس.\n\nوقالت القيادة المركزية الأمريكية إن طائراتها نفذت ضربات على ثلاثة "
            "مواقع للفصائل، رداً على هجوم بطائرة مسيرة استهدف قاعدة عين الأسد يوم الثلاثاء الماضي.")
    strikes = [r for r in recs(text, "2024-01-14") if r.sub_event_type == "Air/drone strike"]
    assert {r.event_date for r in strikes} == {"2024-01-13"}


# 9. the day of announcing a risen toll is not the day of the event
def test_the_day_a_risen_toll_is_announced_is_not_the_events_day():
    rs = recs("أعلنت دائرة صحة ديالى، اليوم الخميس، ارتفاع حصيلة التفجير الذي استهدف سوقاً شعبياً في قضاء "
              "خانقين مساء أمس الأربعاء إلى تسعة قتلى.", "2022-03-10")
    assert [(r.location_text, r.event_date) for r in rs] == [("خانقين", "2022-03-09")]


# 10. a protest called for is no protest
def test_a_call_to_demonstrate_is_no_protest():
    rs = recs("ودعت تنسيقيات الحراك أنصارها إلى التظاهر أمام مبنى محافظة ذي قار في الناصرية يوم السبت المقبل.",
              "2020-02-04")
    assert rs == []
    rs = recs("ودعت منظمات حقوقية إلى التحقيق في مقتل متظاهر برصاص قوات الأمن في الكوت، أمس.", "2020-02-04")
    assert [r.location_text for r in rs] == ["الكوت"]


# 11. a district told taken is its seat town taken, beside a subdistrict taken in another sentence
def test_a_district_taken_stays_beside_a_subdistrict_taken():
    text = ("أعلنت قيادة العمليات المشتركة، اليوم، تحرير قضاء الشرقاط بالكامل.\n\n"
            "وقال بيان للقيادة إن القطعات حررت أيضاً ناحية الزوية شمالي القضاء.")
    assert sorted(r.location_text for r in recs(text, "2016-09-22")) == ["الشرقاط", "ناحية الزوية"]


# 12. an Iraqi "سيطرة" set up by gunmen is a checkpoint, no take-over
def test_a_fake_checkpoint_is_no_takeover():
    rs = recs("قال مصدر أمني إن مسلحين نصبوا سيطرة وهمية على طريق كركوك - تكريت قرب ناحية العلم، واختطفوا "
              "ثلاثة من رعاة الأغنام، اليوم.", "2019-03-05")
    assert [r.sub_event_type for r in rs] == ["Abduction/forced disappearance"]


# 13. a mountain range the attackers fled toward is no event place
def test_the_range_attackers_fled_toward_is_no_event_place():
    rs = recs("وفي قضاء طوزخورماتو، اشتبكت قوة من الجيش مع مسلحين فروا باتجاه سلسلة جبال حمرين، ما أدى إلى "
              "إصابة جندي، اليوم.", "2019-03-05")
    assert [r.location_text for r in rs] == ["طوزخورماتو"]


# 14. the flag raised "over it" (the building just named) is a take-over; a town taken is no
#     introduction of a fight in one of its quarters
def test_a_town_taken_stays_beside_a_fight_in_its_quarter():
    text = ("أعلن قائد العمليات، اليوم، أن قوات الجيش دخلت المجمع الحكومي وسط مدينة هيت ورفعت العلم العراقي فوقه.\n\n"
            "وأضاف أن اشتباكات متقطعة لا تزال تدور في حي البكر شمالي المدينة.")
    subs = sorted((r.sub_event_type, r.location_text) for r in recs(text, "2016-04-13"))
    assert [s for s, _ in subs] == ["Armed clash", "Government regains territory"]


# 15. a claim of "the attack" covers the unclaimed strike of the same kind told in the same sentence
def test_a_claim_covers_both_strikes_of_its_sentence():
    text = ("تعرضت قاعدة بلد الجوية، فجر اليوم، لهجوم بعشرة صواريخ، فيما سقطت صواريخ أخرى قرب مطار "
            "السليمانية.\n\nوأعلن الحرس الثوري الإيراني مسؤوليته عن الهجوم.")
    rs = recs(text, "2021-03-03")
    assert len(rs) == 2 and all(r.actor1 == "Iranian Revolutionary Guard Corps" for r in rs)


# 16. shells on a liberated area, told with who fired them, are a strike, not the toll of the liberation
def test_shells_on_a_liberated_area_are_no_toll_of_its_liberation():
    text = ("أعلنت قيادة العمليات المشتركة، اليوم، تحرير قرية الخزنة شرقي الموصل بالكامل.\n\n"
            "وأفادت مصادر طبية بأن قذائف هاون أطلقها التنظيم على قرية الخزنة المحررة أدت إلى إصابة أربعة مدنيين.")
    subs = sorted((r.sub_event_type, r.injured) for r in recs(text, "2016-11-05"))
    assert subs == [("Government regains territory", None), ("Shelling/artillery/missile attack", 4)]


# 17. a river basin is a place of its own ("حوض ..."), not the town that locates it
def test_a_basin_is_the_place_of_a_strike():
    rs = recs("ونفذت طائرات القوة الجوية العراقية ضربة على أوكار لداعش في حوض العظيم شمالي الخالص، اليوم.",
              "2022-05-18")
    assert [r.location_text for r in rs] == ["حوض العظيم"]
