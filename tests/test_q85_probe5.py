"""Probe round q85-probe5: tolls and victims (killed, wounded, missing; the wounded who died; where
the dead were brought; the two sides' dead told in two clauses).

Sentences written for these tests (names, places and numbers varied from the probes and any report)."""
from __future__ import annotations

from helpers import one_at, records_at

records = records_at("2019-04-16")
one = one_at("2019-04-16")


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((r.location_text, r.fatalities, r.injured) for r in records(text))


# -- "وفقد ثالث": a passive "went missing" before a count negates nothing ------------------------------

def test_the_missing_told_with_the_dead_do_not_negate_the_attack():
    r = one("لحج - مصدر عسكري\nقتل ثلاثة جنود وفقد رابع في هجوم حوثي على مواقعهم في منطقة كرش.")
    assert r.fatalities == 3, r.fatalities
    assert r.actor1 == "Houthi Movement", r.actor1


def test_the_missing_are_not_counted_among_the_dead():
    r = one("الحديدة - وكالات\nقتل صياد وفقد 6 آخرون في غارة على قارب قبالة جزيرة زقر.")
    assert r.fatalities == 1, r.fatalities


def test_lost_control_still_negates():
    text = "حلب - وكالات\nفقد التنظيم السيطرة على قرية دابق."
    assert not [r for r in records(text) if r.sub_event_type == "Non-state actor overtakes territory"
                and r.actor1 == "Islamic State"]


# -- the wounded who died ---------------------------------------------------------------------------

def test_wounded_who_died_are_dead_when_no_total_is_told():
    r = one("درعا - وكالات\nفارق الحياة أربعة جرحى من أصل 15 أصيبوا في قصف مدفعي على بلدة الحراك.")
    assert (r.fatalities, r.injured) == (4, None), (r.fatalities, r.injured)
    r = one("إدلب - وكالات\nتوفي جريحان متأثرين بجراحهما التي أصيبا بها في غارة على بلدة معرشورين.")
    assert (r.fatalities, r.injured) == (2, None), (r.fatalities, r.injured)
    r = one("إدلب - وكالات\nقضى 5 جرحى متأثرين بجروحهم جراء القصف على بلدة جرجناز.")
    assert (r.fatalities, r.injured) == (5, None), (r.fatalities, r.injured)


def test_the_wound_a_death_is_told_of_is_no_one_wounded():
    r = one("حماة - وكالات\nاستشهد شاب متأثراً بإصابته في غارة على مدينة اللطامنة.")
    assert (r.fatalities, r.injured) == (1, None), (r.fatalities, r.injured)


def test_wounded_who_died_after_a_risen_total_are_in_the_total():
    r = one("إدلب - وكالات\nارتفع عدد ضحايا الغارة على بلدة كفرسجنة إلى 9 بعد وفاة جريحين.")
    assert (r.fatalities, r.injured) == (9, None), (r.fatalities, r.injured)


# -- the hospital the dead were brought to, or that tells the toll --------------------------------------

def test_a_hospital_telling_the_toll_is_no_place_of_the_strike():
    r = one("الحديدة - وكالات\nأعلن مستشفى العلفي وصول جثث سبعة أشخاص وتسعة جرحى جراء غارات على مديرية الحالي.")
    assert r.location_text.endswith("الحالي"), r.location_text
    assert (r.fatalities, r.injured) == (7, 9), (r.fatalities, r.injured)


def test_the_hospital_the_dead_reached_is_no_place_of_the_bombing():
    r = one("بغداد - وكالات\nوصلت إلى مستشفى اليرموك جثث 11 شخصاً قتلوا بتفجير عبوة ناسفة في منطقة البياع.")
    assert r.location_text.endswith("البياع"), r.location_text
    assert r.fatalities == 11, r.fatalities


# -- a mother, a father, a grandchild by their pronoun -------------------------------------------------

def test_kin_named_by_a_pronoun_count_one():
    r = one("تعز - وكالات\nقتل ثلاثة أطفال وأصيبت أمهم بجروح جراء سقوط قذيفة على حي الدحي.")
    assert (r.fatalities, r.injured) == (3, 1), (r.fatalities, r.injured)


# -- the two sides' dead told in two clauses ------------------------------------------------------------

def test_soldiers_dead_and_the_groups_dead_in_two_clauses_are_summed():
    r = one("الأنبار - وكالات\nقتل أربعة جنود وأصيب ستة آخرون، فيما قتل 15 مسلحاً من داعش في اشتباكات بمدينة هيت.")
    assert (r.fatalities, r.injured) == (19, 6), (r.fatalities, r.injured)


def test_the_attackers_dead_told_after_the_defenders_are_summed():
    r = one("ديالى - وكالات\nقتل 3 من عناصر الحشد الشعبي بهجوم لداعش على مواقعهم في ناحية العظيم، وقتل 7 من المهاجمين.")
    assert r.fatalities == 10, r.fatalities


# -- an earlier like event, dated, is no telling of the day's ---------------------------------------------

def test_a_like_event_of_last_week_keeps_its_own_date():
    rs = records("الحسكة - وكالات\nقتل شخصان وأصيب 4 بانفجار دراجة مفخخة في سوق مدينة الشدادي، "
                 "وسبق أن قتل 3 أشخاص بانفجار مماثل في المدينة الأسبوع الماضي.")
    today = [r for r in rs if r.event_date == "2019-04-16"]
    assert len(today) == 1 and (today[0].fatalities, today[0].injured) == (2, 4), \
        [(r.event_date, r.fatalities) for r in rs]


# -- a list of towns, each with its own count ------------------------------------------------------------

def test_governorate_names_with_their_own_counts_are_their_towns():
    rs = records("بغداد - وكالات\nقتل 9 متظاهرين في الناصرية و4 في كربلاء و3 في الديوانية برصاص قوات الأمن.")
    assert sorted((r.location_text, r.fatalities) for r in rs) == [
        ("الديوانية", 3), ("الناصرية", 9), ("كربلاء", 4)], [(r.location_text, r.fatalities) for r in rs]


# -- the air force a victim serves in is no aircraft -------------------------------------------------------

def test_an_officer_of_the_air_force_killed_by_gunmen_is_no_air_strike():
    r = one("بغداد - وكالات\nاغتال مسلحون مجهولون طياراً في القوة الجوية أمام منزله في حي الغزالية.")
    assert r.sub_event_type == "Attack", r.sub_event_type


# -- the movement's fighters counted by its plural adjective ------------------------------------------------

def test_houthis_counted_by_the_plural_adjective_are_the_movement():
    r = one("الضالع - وكالات\nقتل 7 حوثيين وأسر 3 آخرون، فيما قتل جندي من القوات الجنوبية في معارك بجبهة الفاخر.")
    assert r.actor2 == "Houthi Movement" or r.actor1 == "Houthi Movement", (r.actor1, r.actor2)
    assert r.fatalities == 8, r.fatalities


# -- a region's toll shared out over its towns ---------------------------------------------------------------

def test_the_region_whose_toll_is_shared_out_over_its_towns_is_no_event():
    rs = records("إدلب - وكالات\nقتل 11 مدنياً في جبل الزاوية، بينهم 6 في كنصفرة و5 في البارة، جراء قصف مدفعي.")
    assert sorted((r.location_text, r.fatalities) for r in rs) == [("البارة", 5), ("كنصفرة", 6)], \
        [(r.location_text, r.fatalities) for r in rs]


# -- a risen toll told by the relative clause of its persons ----------------------------------------------------

def test_a_risen_toll_of_persons_who_were_killed_counts_the_dead():
    r = one("إدلب - وكالات\nارتفع عدد العناصر الذين قتلوا في القصف على نقطة المراقبة في بلدة الصرمان إلى 8 عناصر.")
    assert r.fatalities == 8, r.fatalities


# -- the town in a hospital's own name, where a source speaks from -------------------------------------------

def test_the_town_in_the_name_of_the_sources_hospital_is_no_place_of_the_toll():
    r = one("مأرب - وكالات\nسقط صاروخ باليستي أطلقه الحوثيون على حي المطار في مدينة مأرب.\n"
            "وقال مصدر طبي في مستشفى هيئة مأرب إن المستشفى استقبل جثث 3 مدنيين و7 مصابين.")
    assert (r.fatalities, r.injured, r.actor2) == (3, 7, "Civilians"), (r.fatalities, r.injured, r.actor2)


# -- shares of a total told after "بينهم", the second one joined by و ---------------------------------------

def test_the_second_share_of_a_total_is_no_more_dead():
    r = one("بغداد - وكالات\nقتل 13 شخصاً بينهم 8 من منتسبي الشرطة الاتحادية و5 مدنيين في تفجير انتحاري بقضاء الطارمية.")
    assert r.fatalities == 13, r.fatalities


def test_a_count_joined_after_the_shares_that_the_total_cannot_hold_is_more_dead():
    r = one("بغداد - وكالات\nقتل 4 مدنيين بينهم طفلان و6 من منتسبي الشرطة في تفجير انتحاري بقضاء الطارمية.")
    assert r.fatalities in (4, 10), r.fatalities


# -- the wounded's condition is no "in case" ---------------------------------------------------------------

def test_wounded_in_a_critical_condition_do_not_make_the_bombing_a_future_one():
    r = one("حلب - وكالات\nقتل مدنيان وجرح سبعة آخرون بينهم ثلاثة في حالة خطرة جراء قصف مدفعي على بلدة دارة عزة.")
    assert (r.fatalities, r.injured) == (2, 7), (r.fatalities, r.injured)
