"""Probe round q89-probe-digest: multi-item news digests ("موجز الأخبار"، "أبرز العناوين") and reporting
of the recent past (Syria after December 2024, Yemen and the Red Sea, Lebanon after the ceasefire, Sudan,
Iraq).

Every sentence is written for the test; places, forces and numbers vary from the probes the faults were
found with.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return list(rasd.extract(text, published=published))


def at(rs, place):
    return [r for r in rs if r.location_text.endswith(place) or r.location_text == place]


# 1. A digest of items by country: each item is read alone, so that its own country names its generic
#    forces ("الأمن العام" in a Syrian item is Syria's, not Lebanon's; "جنديين" in an Iraqi item are Iraq's)
#    and no item lends its sides to the next (an Israeli strike in one item, a drone in Sudan in the next)
def test_a_syrian_items_public_security_is_syrias_beside_a_lebanese_item():
    text = ("نشرة الأخبار - 14 نيسان 2025\n"
            "- لبنان: أصيب راعيان بنيران إسرائيلية في أطراف بلدة شبعا جنوبي لبنان، وفق الوكالة اللبنانية.\n"
            "- سوريا: قتل ثلاثة عناصر من الأمن العام بهجوم لمسلحين من فلول النظام على حاجز قرب بلدة القرداحة.\n"
            "- الكويت: ارتفاع أسعار العقارات في الربع الأول.\n")
    rs = at(recs(text, "2025-04-14"), "القرداحه") + at(recs(text, "2025-04-14"), "القرداحة")
    assert rs and all(r.actor2 == "Syrian Government Forces" for r in rs)


def test_an_iraqi_items_soldiers_are_iraqs_beside_a_sudanese_item():
    text = ("موجز الأخبار\n"
            "١. السودان: قتل 9 مدنيين في قصف مدفعي على مدينة الدلنج.\n"
            "٢. العراق: مقتل 3 جنود بهجوم لعناصر داعش على موقع عسكري في قضاء الدبس.\n"
            "٣. الطقس: أمطار متفرقة على المرتفعات.\n")
    rs = at(recs(text, "2025-02-03"), "الدبس")
    assert rs and all(r.actor2 == "Iraqi Security Forces" for r in rs)


def test_an_items_strike_does_not_lend_its_side_to_the_next_item():
    text = ("أبرز العناوين\n"
            "- اليمن: قصفت الطائرات الإسرائيلية ميناء رأس عيسى في الحديدة.\n"
            "- السودان: مسيرة تستهدف مستودعاً قرب مدينة كوستي.\n"
            "- مصر: البنك المركزي يثبت أسعار الفائدة.\n")
    rs = at(recs(text, "2025-05-20"), "كوستي")
    assert rs and all(r.actor1 != "Israeli Forces" for r in rs)


def test_guard_a_palestinian_items_occupation_forces_are_israels():
    text = ("موجز الأخبار\n"
            "سوريا: انفجار عبوة ناسفة بسيارة في مدينة الباب بريف حلب يصيب 4 أشخاص، وقصف على قرية تادف بريف حلب الشرقي.\n"
            "فلسطين: اعتقلت قوات الاحتلال 11 شاباً خلال اقتحام بلدة قباطية.\n")
    rs = [r for r in recs(text, "2025-03-02") if r.sub_event_type == "Arrests"]
    assert rs and all(r.actor1 == "Israeli Forces" for r in rs)


def test_a_report_with_one_country_head_is_read_whole():
    # (one country head is no digest: the report is read as one, its records as before)
    text = ("سوريا: قصفت قوات النظام بلدة كفرنبودة بالمدفعية، ما أدى لمقتل مدنيين اثنين.\n"
            "وفي سياق متصل، قتل طفل بقصف مماثل على قرية الهبيط.")
    rs = recs(text, "2019-05-10")
    assert {r.location_text for r in rs} >= {"بلدة كفرنبودة", "قرية الهبيط"}


# 2. "اعتقلت 5 أشخاص متهمين بالمشاركة في مجزرة ... عام 2012": a past time told after what those held are
#    charged with dates the crime, not the arrest (the arrest was dropped as background)
@pytest.mark.parametrize("text, published, place", [
    ("حمص - 3 حزيران 2025\nاعتقلت قوات الأمن العام 5 أشخاص في حي الزهراء، متهمين بالمشاركة في مجزرة الحولة عام 2012.",
     "2025-06-03", "حي الزهراء"),
    ("بغداد - 9 آب 2024\nاعتقلت القوات الأمنية في ناحية اليوسفية مطلوباً بتهمة تفجير سوق شعبي عام 2016.",
     "2024-08-09", "اليوسفية"),
])
def test_a_past_time_after_a_charge_dates_the_crime_not_the_arrest(text, published, place):
    rs = [r for r in recs(text, published) if r.sub_event_type == "Arrests"]
    assert rs and rs[0].event_date == published


def test_a_past_time_of_the_arrest_itself_still_dates_it():
    # guard: a past year before any charge is still the arrest's own (a background event, no record)
    text = "دمشق - 3 حزيران 2025\nوكانت قوات النظام قد اعتقلت عام 2013 عشرة شبان من حي القابون."
    rs = [r for r in recs(text, "2025-06-03") if r.sub_event_type == "Arrests"]
    assert not rs or rs[0].event_date != "2025-06-03"


# 3. "قتل 9 عناصر في كمين ... خلال محاولتهم اعتقال مطلوب": an arrest only attempted is no arrest; the event is
#    the ambush that met it
def test_an_attempted_arrest_is_no_arrest_the_ambush_is_the_event():
    text = ("اللاذقية - 4 شباط 2025\nقتل 9 عناصر من الأمن العام في كمين نصبه مسلحون من فلول النظام قرب بلدة "
            "القرداحة أثناء محاولتهم القبض على مطلوب.")
    rs = recs(text, "2025-02-04")
    assert not [r for r in rs if r.sub_event_type == "Arrests"]
    assert [r for r in rs if r.fatalities == 9 and r.event_type == "Battles"]


def test_guard_an_attempted_assassination_is_still_an_attack():
    text = "درعا - 4 شباط 2025\nنجا قيادي محلي من محاولة اغتيال بإطلاق نار عليه في مدينة جاسم."
    rs = recs(text, "2025-02-04")
    assert rs


# 4. places told after a charge are the crime's: the event keeps the places told before it
def test_places_after_a_charge_are_the_crimes():
    text = ("حمص - 11 آذار 2025\nقتل 6 عناصر من الأمن العام باشتباك مع مسلحين في قرية الغور الغربية خلال "
            "محاولتهم توقيف ضابط متهم بارتكاب انتهاكات في سجن صيدنايا.")
    rs = recs(text, "2025-03-11")
    assert rs and all("صيدنايا" not in r.location_text for r in rs)


# 5. "قتل مسلحون عنصراً سابقاً في جيش النظام البائد": a force named only as what the victim was once part of
#    took no part; the victim is a civilian (an Attack), not the government's forces of the day
@pytest.mark.parametrize("text", [
    "حماة - 5 تموز 2025\nقتل مسلحون مجهولون مجنداً سابقاً في جيش النظام البائد بإطلاق النار عليه في بلدة كفرزيتا.",
    "درعا - 9 أيار 2021\nاغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة في بلدة المزيريب.",
])
def test_a_former_member_killed_is_a_civilian(text):
    rs = recs(text, None)
    assert rs and all(r.sub_event_type == "Attack" and r.actor2 == "Civilians" for r in rs)


def test_guard_a_serving_member_killed_is_his_forces():
    text = "حماة - 5 تموز 2025\nقتل مسلحون مجهولون عنصراً في وزارة الدفاع بإطلاق النار عليه في بلدة كفرزيتا."
    rs = recs(text, "2025-07-05")
    assert rs and all(r.actor2 == "Syrian Government Forces" for r in rs)


# 6. the bare "المقاومة الإسلامية" in a report about Iraq from late 2023 is Iraq's umbrella, not Hezbollah
def test_the_bare_islamic_resistance_in_an_iraqi_report():
    text = ("بغداد - 3 كانون الثاني 2024\nأعلنت المقاومة الإسلامية استهداف قاعدة عين الأسد غربي العراق بطائرتين "
            "مسيرتين، فيما قالت مصادر أمنية عراقية إن الهجوم لم يوقع إصابات.")
    rs = recs(text, "2024-01-03")
    assert rs and all(r.actor1 == "Islamic Resistance in Iraq" for r in rs)


def test_guard_the_bare_islamic_resistance_in_lebanon_is_hezbollah():
    text = ("بيروت - 3 كانون الثاني 2024\nأعلنت المقاومة الإسلامية استهداف تجمع لجنود الاحتلال في محيط ثكنة "
            "زرعيت بالأسلحة الصاروخية.")
    rs = recs(text, "2024-01-03")
    assert all(r.actor1 == "Hezbollah" for r in rs)


# 7. "اعتقلت وزارة الداخلية خلية تابعة لتنظيم داعش": the group a cell held belongs to is the side held, not the one
#    that held it (the ministry, no force of its own, leaves the country's forces by default)
@pytest.mark.parametrize("text, published, holder", [
    ("حمص - 2 آب 2025\nاعتقلت وزارة الداخلية خلية تابعة لتنظيم داعش في مدينة تدمر.", "2025-08-02",
     "Syrian Government Forces"),
    ("كركوك - 14 أيار 2024\nأعلنت وزارة الداخلية القبض على خلية لداعش في قضاء الحويجة.", "2024-05-14",
     "Iraqi Security Forces"),
])
def test_a_cell_held_is_of_the_group_named_after_it(text, published, holder):
    rs = [r for r in recs(text, published) if r.sub_event_type == "Arrests"]
    assert rs and all(r.actor1 == holder and r.actor2 == "Islamic State" for r in rs)


def test_guard_a_group_that_abducts_is_the_abductor():
    text = "دير الزور - 2 آب 2025\nاختطف مسلحو داعش أربعة رعاة في بادية الميادين."
    rs = recs(text, "2025-08-02")
    assert rs and all(r.actor1 == "Islamic State" for r in rs)


# 8. "قتل مسلحون شاباً بعد اختطافه": the abduction after "بعد" is how the killing came about; the killing, with its
#    dead, is the event (it was an abduction with no toll)
@pytest.mark.parametrize("text", [
    "إدلب - 3 أيلول 2025\nأقدم مجهولون على قتل رجل مسن بعد خطفه من منزله في قرية كفرتخاريم.",
    "سرت - 3 أيلول 2021\nقتل مسلحون سائق شاحنة بعد يومين من اختطافه على الطريق الساحلي قرب مدينة سرت.",
])
def test_a_killing_after_an_abduction_is_the_event(text):
    rs = recs(text, None)
    assert rs and any(r.sub_event_type == "Attack" and r.fatalities == 1 for r in rs)


# 9. "هاجمت الفصائل قاعدة X بصواريخ": rockets or shells given as the attack's instrument (ب+), with no small arms or fight
#    beside them, are a shelling, not an armed clash
@pytest.mark.parametrize("text, published", [
    ("الأنبار - 7 شباط 2024\nهاجمت فصائل مسلحة قاعدة الحبانية بثلاثة صواريخ كاتيوشا دون أن توقع إصابات.", "2024-02-07"),
    ("تعز - 7 شباط 2020\nهاجمت جماعة الحوثي مواقع القوات الحكومية في جبل حبشي بقذائف الهاون.", "2020-02-07"),
])
def test_an_attack_with_rockets_as_its_instrument_is_a_shelling(text, published):
    rs = recs(text, published)
    assert rs and all(r.sub_event_type == "Shelling/artillery/missile attack" for r in rs)


def test_guard_an_attack_with_small_arms_and_mortars_is_a_clash():
    text = "تعز - 7 شباط 2020\nهاجم مسلحون حوثيون مواقع القوات الحكومية في جبل حبشي بالأسلحة المتوسطة وقذائف الهاون."
    rs = recs(text, "2020-02-07")
    assert rs and all(r.sub_event_type == "Armed clash" for r in rs)
