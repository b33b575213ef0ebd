"""Long newspaper round-ups and analysis pieces (quality round q80-roundups): each test is a sentence
written for it (none is a sentence of the written sets), varying names, places and numbers."""
from __future__ import annotations

import rasd


def kinds(records):
    return {(r.sub_event_type, r.location_text) for r in records}


def test_a_pluperfect_sentences_day_does_not_date_the_next_paragraph():
    text = ("تجددت المواجهات اليوم في مدينة جرمانا بين قوات الأمن العام ومسلحين محليين.\n\n"
            "وكانت التوترات قد اندلعت يوم الجمعة بمواجهات في حي الروضة، إثر خطف سائق شاحنة على "
            "طريق المطار.\n\n"
            "وفي ريف حمص الغربي، نظم أهالي بلدة تلكلخ وقفة تضامنية مع الحكومة.")
    got = rasd.extract(text, published="2025-04-30")
    protest = [r for r in got if r.sub_event_type == "Peaceful protest"]
    assert protest and protest[0].event_date == "2025-04-30"


def test_a_protest_that_condemns_a_dispersal_is_no_protest_with_intervention():
    text = "وفي مدينة الدامر، خرج المئات في مسيرة سلمية تندد بفض اعتصام الطلاب، ورفعوا صور الضحايا."
    got = rasd.extract(text, published="2019-06-05")
    assert ("Peaceful protest", "مدينة الدامر") in kinds(got)
    assert not any(r.sub_event_type == "Protest with intervention" for r in got)


def test_a_dispersal_told_after_ghadat_is_the_protests_cause_not_its_end():
    text = ("نظم محتجون اليوم الأربعاء وقفة أمام مبنى البلدية في مدينة سنار، غداة فض قوات الشرطة "
            "اعتصاماً للمعلمين.")
    got = rasd.extract(text, published="2022-03-09")
    assert got and all(r.sub_event_type == "Peaceful protest" for r in got)


def test_a_slogan_holds_no_arrest():
    text = ('وخرجت مظاهرات بعد صلاة الجمعة في بلدة بنش وفي حي الوعر تحت شعار "أوقفوا القصف".')
    got = rasd.extract(text, published="2012-10-12")
    assert got and all(r.sub_event_type == "Peaceful protest" for r in got)
    assert {r.location_text for r in got} >= {"بلدة بنش", "حي الوعر"}


def test_an_officials_guards_joined_by_wa_are_counted_with_him():
    text = ("قتل محافظ المدينة واثنان من حراسه في هجوم شنه مسلحون مجهولون مساء أمس على موكبه في "
            "حي الكيش بمدينة بنغازي.")
    got = rasd.extract(text, published="2013-05-08")
    assert got and got[0].fatalities == 3


def test_the_time_and_count_before_the_projectile_do_not_use_up_the_launchers_reach():
    text = "أطلق الحرس الثوري الإيراني مساء اليوم الأحد أكثر من اثني عشر صاروخاً على قاعدة حرير في أربيل."
    got = rasd.extract(text, published="2022-03-13")
    assert any(r.sub_event_type == "Shelling/artillery/missile attack" for r in got)


def test_a_base_described_by_whom_it_hosts_is_no_place_name():
    text = ("وسقطت ثلاثة صواريخ فجر اليوم على قاعدة تستضيف جنوداً من التحالف الدولي قرب مطار أربيل، "
            "دون وقوع إصابات.")
    got = rasd.extract(text, published="2021-02-16")
    assert got and not any("تستضيف" in r.location_text for r in got)


def test_the_martyr_in_an_operations_name_is_no_dead():
    text = ("قصفت الطائرات المسيرة التركية مواقع في جبل قنديل، في عملية أطلق عليها اسم "
            '"الشهيد أحمد"، من دون أن تعلن أي حصيلة.')
    got = rasd.extract(text, published="2022-04-18")
    assert got and all(r.fatalities is None for r in got)


def test_sadrs_supporters_storming_a_building_riot():
    text = "واقتحم أنصار الصدر مساء أمس مبنى مجلس محافظة ميسان في مدينة العمارة، ورفعوا صور زعيمهم."
    got = rasd.extract(text, published="2022-08-30")
    assert got and got[0].sub_event_type == "Violent demonstration"


def test_an_arena_of_war_is_no_square():
    text = "وحذر وزير الخارجية من أن تتحول بلاده إلى ساحة حرب مفتوحة بعد الضربات الأخيرة."
    got = rasd.extract(text, published="2020-01-09")
    assert not any("ساحة" in r.location_text for r in got)


def test_settling_scores_is_no_killing():
    text = "وحذر المحافظ من تحول مدينة العمارة إلى ساحة لتصفية الحسابات بين الفصائل المسلحة."
    assert rasd.extract(text, published="2020-01-10") == []


def test_a_count_then_its_members_between_commas_then_its_verb():
    text = ("وقال مسؤول محلي إن 64 شخصاً، بينهم 11 امرأة، قتلوا فجر اليوم في هجوم شنه مسلحون على قرية "
            "ود عشيب بولاية الجزيرة.")
    got = rasd.extract(text, published="2024-10-25")
    assert got and got[0].fatalities == 64


def test_whoever_went_out_in_a_march_protested():
    text = "وخرج مئات السكان صباح اليوم في مسيرة غاضبة أمام مبنى المحافظة في مدينة إب."
    got = rasd.extract(text, published="2017-03-10")
    assert got and got[0].sub_event_type == "Peaceful protest"
