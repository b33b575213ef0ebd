"""Lead's probe round, stop 25: the held as victims, and the bomber's side told before the bomb.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2015-05-20")


def test_detainees_killed_are_counted_dead():
    # "معتقلين" and "أسرى" alone count the taken; after a verb of death they are who died
    rows = records("حمص - قتل 6 معتقلين تحت التعذيب في سجن حمص المركزي.")
    assert [r.fatalities for r in rows] == [6], rows
    rows = records("الرقة - أعدم مسلحو التنظيم 9 أسرى من الجيش في ساحة مدينة الطبقة.")
    assert rows and rows[0].fatalities == 9, rows
    # and the taken alone are no toll
    rows = records("درعا - اعتقلت قوات النظام 12 شاباً من بلدة نوى واقتادتهم إلى جهة مجهولة.")
    assert rows and all(r.fatalities is None for r in rows), rows


def test_the_side_after_the_first_verb_sent_the_suicide_bomber():
    text = ("الأنبار - هاجم تنظيم داعش بسيارة مفخخة يقودها انتحاري قوات الحشد الشعبي "
            "في ناحية البغدادي غرب الرمادي.")
    rows = [r for r in records(text) if r.sub_event_type == "Suicide bomb"]
    assert [(r.actor1, r.actor2) for r in rows] == [("Islamic State", "Popular Mobilization Forces")], rows
    # not of an attack noun: the side right after "تصدت" held the attack off
    text = ("جنوب كردفان - تصدت قوات الحركة الشعبية أمس لهجوم شنته القوات المسلحة السودانية "
            "على منطقة كاودا.")
    rows = [r for r in records(text) if r.sub_event_type == "Armed clash"]
    assert rows and rows[0].actor1 == "Sudanese Armed Forces", rows


def test_lines_under_a_tally_head_count_its_dead():
    text = ("المرصد السوري\nحصيلة يوم الخميس:\n"
            "ريف حماة: 4 مدنيين بينهم امرأة في قصف جوي على بلدة اللطامنة، وطفل في قصف مدفعي على كفرزيتا.\n"
            "ريف اللاذقية: عنصران من الفرقة الساحلية الأولى في اشتباكات مع قوات النظام في جبل الأكراد.")
    tolls = {r.location_text: r.fatalities for r in records(text)}
    assert tolls.get("بلدة اللطامنة") == 4 and tolls.get("كفرزيتا") == 1, tolls
    assert [k for k, v in tolls.items() if "الأكراد" in k and v == 2], tolls
    # a head that counts the dead with "وهم:" and lines with bullets
    text = ("وثق المرصد مقتل 7 أشخاص اليوم، وهم:\n- 5 مدنيين في غارة على مدينة أريحا.\n"
            "- رجلان برصاص مسلحين مجهولين في بلدة جاسم.")
    tolls = {r.location_text: r.fatalities for r in records(text)}
    assert tolls.get("مدينة أريحا") == 5 and tolls.get("بلدة جاسم") == 2, tolls
    # a list of places or of demands under a colon counts nobody dead
    text = ("درعا\nوشملت حملة الاعتقالات البلدات التالية:\n"
            "بلدة داعل: 6 شبان اعتقلتهم قوات النظام من منازلهم.")
    assert all(r.fatalities is None for r in records(text)), records(text)


def test_forces_that_destroy_an_armed_sides_posts_fought_it():
    text = "ريف حلب - دمرت وحدات حماية الشعب مواقع لتنظيم داعش في قرية تل أسود."
    rows = [(r.sub_event_type, r.actor1, r.actor2) for r in records(text)]
    assert rows == [("Armed clash", "Syrian Democratic Forces", "Islamic State")], rows
    # an army statement's "your forces", its verbal noun
    text = ("بيان صادر عن القيادة العامة للقوات المسلحة\n"
            "تمكنت قواتكم المسلحة صباح اليوم من تدمير تجمعات لميليشيا الدعم السريع في منطقة الكدرو شمال بحري.")
    rows = [(r.sub_event_type, r.actor1, r.actor2) for r in records_at("2024-09-01")(text)]
    assert rows == [("Armed clash", "Sudanese Armed Forces", "Rapid Support Forces")], rows
    # houses destroyed are no fight, nor a drone intercepted and destroyed a strike by it
    rows = records("غزة - دمرت جرافات الاحتلال منازل في بلدة بيت حانون.")
    assert all(r.sub_event_type != "Armed clash" for r in rows), rows
    rows = records_at("2021-04-02")("الرياض - تمكنت قوات التحالف من اعتراض وتدمير طائرة مسيرة أطلقها "
                                     "الحوثيون باتجاه مدينة جازان.")
    assert all(r.sub_event_type != "Air/drone strike" for r in rows), rows


def test_unclaimed_shelling_in_gaza_is_israels_and_not_on_israeli_towns():
    text = ("غزة - استشهد 6 مواطنين جراء قصف استهدف منزلاً لعائلة أبو عمرة في حي التفاح شرق مدينة غزة، "
            "فيما سقطت رشقة صواريخ على مدينة سديروت.")
    rows = {r.location_text: r.actor1 for r in records_at("2014-07-25")(text)
            if r.sub_event_type == "Shelling/artillery/missile attack"}
    assert [a for k, a in rows.items() if "التفاح" in k] == ["Israeli Forces"], rows
    assert all(a != "Israeli Forces" for k, a in rows.items() if "سديروت" in k), rows


def test_a_stretch_told_by_its_first_and_last_day_is_dated_over_them():
    from datetime import date

    from rasd.text.dates import find_dates
    from rasd.text.normalize import normalize
    text = normalize("وقعت الاشتباكات بين 9 و12 آب في محيط المدينة").text
    spans = [(d.date_start, d.date_end, d.precision) for d in find_dates(text, date(2019, 8, 13))]
    assert spans == [(date(2019, 8, 9), date(2019, 8, 12), 2)], spans
    text = normalize("في الفترة ما بين 30 أيلول و4 تشرين الأول").text
    spans = [(d.date_start, d.date_end) for d in find_dates(text, date(2022, 10, 6))]
    assert spans == [(date(2022, 9, 30), date(2022, 10, 4))], spans


def test_a_bare_toll_over_a_stretch_or_since_a_day_long_past_is_a_sum():
    text = ("تقرير إنساني\nبين 14 و16 تشرين الثاني، قتل ما لا يقل عن 120 فلسطينياً في قطاع غزة، "
            "وفقاً لوزارة الصحة.")
    assert records_at("2023-11-17")(text) == []
    text = "تقرير إنساني\nمنذ 13 تشرين الثاني، قتل أكثر من 400 فلسطيني في قطاع غزة."
    assert records_at("2023-12-20")(text) == []
    # an event told over its days is still one
    text = "غزة - قتل 6 فلسطينيين في غارة جوية على منزل في حي الزيتون فجر اليوم."
    assert [r.fatalities for r in records_at("2023-11-17")(text)] == [6]


def test_air_defences_of_the_side_after_them_are_that_sides():
    text = "إدلب - أسقطت الدفاعات الجوية للفصائل طائرة مروحية تابعة للنظام قرب بلدة النيرب."
    rows = [(r.sub_event_type, r.actor1, r.actor2) for r in records_at("2020-02-14")(text)]
    assert rows == [("Disrupted weapons use", "Free Syrian Army", "Syrian Government Forces")], rows


def test_the_units_of_an_operations_command_are_the_army():
    text = "الأنبار - تمكنت قطعات قيادة عمليات الجزيرة من قتل 3 إرهابيين من داعش في صحراء راوة."
    rows = [(r.actor1, r.actor2) for r in records_at("2019-04-02")(text)]
    assert rows and rows[0] == ("Iraqi Security Forces", "Islamic State"), rows


def test_the_object_pronoun_of_an_event_verb_is_the_place_just_told():
    text = ("طولكرم - تداوم قوات الاحتلال على اقتحام مخيم نور شمس منذ أسابيع، وقد اقتحمته مساء أمس "
            "وفجرت منزلاً فيه.")
    rows = [(r.location_text, r.actor1) for r in records_at("2024-02-11")(text)]
    assert rows and all("نور شمس" in loc for loc, _ in rows), rows


def test_a_known_camp_named_with_its_type_word_is_whole_before_a_verb():
    text = "أريحا - اقتحمت قوات الاحتلال مخيم عقبة جبر واعتقلت أربعة شبان."
    rows = [(r.location_text, r.location) for r in records_at("2024-03-02")(text)]
    assert rows == [("مخيم عقبة جبر", "Aqabat Jaber camp")], rows


def test_hostile_drones_are_israels_only_where_israel_is_the_enemy():
    text = "كسلا - عاجل | الدفاعات الأرضية تتصدى لمسيرات معادية في سماء مدينة كسلا."
    rows = [(r.sub_event_type, r.actor2) for r in records_at("2025-03-02")(text)]
    assert rows and all(a != "Israeli Forces" for _, a in rows), rows
    text = "أم درمان - تعرضت أحياء أم درمان القديمة لقصف مدفعي معاد أدى إلى مقتل 4 مدنيين."
    assert all(r.actor1 != "Israeli Forces" for r in records_at("2024-08-10")(text))
    text = "النبطية - شن الطيران الحربي المعادي غارة على بلدة كفررمان."
    assert [r.actor1 for r in records_at("2024-10-02")(text)] == ["Israeli Forces"]


def test_the_regimes_fall_told_as_a_time_is_no_side():
    text = ("دمشق - شن الطيران الإسرائيلي غارات على مبنى وزارة الدفاع في حي كفرسوسة، في تصعيد هو الأوسع "
            "منذ سقوط النظام.")
    rows = [(r.actor1, r.actor2) for r in records_at("2025-07-16")(text)]
    assert rows and rows[0][0] == "Israeli Forces", rows


def test_a_verb_shaped_like_palmyra_before_a_count_is_a_verb():
    text = "مأرب - الجيش يتصدى لهجوم حوثي في جبهة صرواح، ومقاتلات التحالف تدمر 4 آليات للمليشيا."
    rows = records_at("2021-02-08")(text)
    assert rows and all("تدمر" not in (r.location_text or "") for r in rows), rows
