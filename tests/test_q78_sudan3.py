"""Errors found on unseen Sudanese reports of 2019-2022 and 2024-2025 (quality round q78-sudan3): each test
is a sentence written for it, not one of the set's."""
from __future__ import annotations

from helpers import records_at


recs = records_at("2022-03-15")


# 1. "الهيئة" outside Syria is the body that speaks (Sudan's Emergency Lawyers), not Hayat Tahrir al-Sham
def test_the_lawyers_body_is_no_hts_in_sudan():
    rs = recs("قالت هيئة محامي الطوارئ إن الهيئة رصدت اعتقال 45 متظاهراً في مدينة كوستي أمس الاثنين، "
              "بينهم طالبات من جامعة الإمام المهدي.", "2022-03-15")
    assert rs and all(r.actor1 != "Hayat Tahrir al-Sham" and r.actor2 != "Hayat Tahrir al-Sham" for r in rs)


def test_the_bare_hayat_is_still_hts_in_syria():
    rs = recs("شنت الهيئة هجوماً على مواقع قوات النظام في بلدة كفرنبودة بريف حماة الشمالي أمس.", "2019-05-20")
    assert any(r.actor1 == "Hayat Tahrir al-Sham" for r in rs)


# 2. "مواكب": Sudan's protest marches; a bare "موكب" stays a motorcade
def test_sudanese_marches_are_protests():
    rs = recs("وفي مدينتي سنار والقضارف، خرجت مواكب حاشدة صباح السبت للمطالبة بالحكم المدني.", "2022-04-10")
    got = sorted((r.sub_event_type, r.location) for r in rs)
    assert [s for s, _ in got] == ["Peaceful protest", "Peaceful protest"]
    rs = recs("وفي مدينة الفاشر خرج المئات في موكب سلمي اليوم الأحد تنديداً بمقتل أحد الطلاب.", "2022-04-10")
    assert [r.sub_event_type for r in rs] == ["Peaceful protest"]


def test_a_motorcade_is_no_protest():
    rs = recs("نجا والي الولاية من محاولة اغتيال بعد أن أطلق مسلحون النار على موكبه قرب مدينة نيالا أمس.",
              "2022-04-10")
    assert not any(r.event_type == "Protests" for r in rs)


# 3. "القاعدة البحرية/الجوية": a base, not al-Qaeda
def test_the_naval_base_is_no_al_qaeda():
    rs = recs("قصفت مسيرات مطار مدينة بورتسودان والقاعدة البحرية فجر اليوم الخميس، ولم ترد أنباء عن إصابات.",
              "2025-05-08")
    assert rs and all(r.actor2 != "Al-Qaeda in the Arabian Peninsula" for r in rs)
    assert all(r.actor1 != "Al-Qaeda in the Arabian Peninsula" for r in rs)


# 4. gunmen no one names who raid villages and loot there attack their people
def test_gunmen_raiding_and_looting_villages_attack_civilians():
    rs = recs("وقال شهود إن المسلحين هاجموا قريتي أم سيالة وتبلدية يوم الخميس، ونهبوا أكثر من 300 رأس من الأبقار.",
              "2021-12-05")
    atk = [r for r in rs if r.sub_event_type != "Looting/property destruction"]
    assert len(atk) == 2 and {r.sub_event_type for r in atk} == {"Attack"}
    assert all(r.actor2 == "Civilians" for r in atk)


def test_gunmen_attacking_villages_with_no_raid_word_stay_a_clash():
    rs = recs("هاجم مسلحون قريتي أم سيالة وتبلدية يوم الخميس وتبادلوا إطلاق النار مع قوة من الشرطة.", "2021-12-05")
    assert any(r.sub_event_type == "Armed clash" for r in rs)


# 5. "حول" (about) is no part of a place's name after "جبل"
def test_about_ends_a_mountain_name():
    rs = recs("اندلعت اشتباكات قبلية في منطقة كلبس بعد خلاف بين مزارعين من قبيلة القمر جبل حول ملكية الأرض، "
              "ما أدى إلى مقتل 4 أشخاص.", "2021-12-05")
    assert rs and not any("حول" in (r.location_text or "") for r in rs)


# 6. "إحراق الدواعش لصورة الرئيس": the fighters after the verbal noun burned; a picture burned is no event
def test_burning_a_picture_is_no_event_and_the_burners_are_not_burned():
    rs = recs("وأظهر مقطع مصور إحراق عناصر التنظيم لصور كبيرة للرئيس العراقي في ساحة بلدة القيارة.", "2016-03-02")
    assert not rs
    rs = recs("وأظهر مقطع مصور إحراق عناصر التنظيم لمنازل المدنيين في بلدة القيارة.", "2016-03-02")
    assert [r.sub_event_type for r in rs] == ["Looting/property destruction"]


# 7. "اعتقال سبعة من أعضاء لجان المقاومة بمدينة X": the committee members arrested there; X is the place
def test_members_of_a_towns_committees_are_arrested_in_that_town():
    rs = recs("اعتقلت قوات الشرطة فجر اليوم الأربعاء خمسة من أعضاء لجان المقاومة في مدينة الدويم.", "2022-09-14")
    assert [(r.sub_event_type, r.location) for r in rs] == [("Arrests", "Ad Douiem")]


def test_the_committees_town_that_tells_is_still_no_event_place():
    rs = recs("وقالت لجان المقاومة بمدينة الدويم إن قوات الشرطة اعتقلت أمس ثلاثة طلاب في مدينة كوستي.", "2022-09-14")
    assert [r.location for r in rs] == ["Kosti"]


# 8. the RSF "liberating" a place after April 2023 overtakes it as a non-state actor
def test_rsf_liberation_after_the_war_began_is_a_non_state_takeover():
    rs = recs("قالت قوات الدعم السريع في بيان إنها حررت مدينة أم روابة بالكامل صباح اليوم.", "2024-06-20")
    took = [r for r in rs if r.event_type == "Strategic developments" or "territory" in r.sub_event_type]
    assert [r.sub_event_type for r in took] == ["Non-state actor overtakes territory"]


# 9. "ارتفعت الحصيلة إلى 9، بينهم 4 في مدينة X": X's dead are the 4, not the day's total
def test_the_part_of_a_toll_told_before_the_one_place():
    rs = recs("قالت لجنة الأطباء إن حصيلة قتلى مواكب أمس ارتفعت إلى 9 متظاهرين، بينهم 4 في مدينة بورتسودان.",
              "2022-04-01")
    assert [(r.location, r.fatalities) for r in rs] == [("Port Sudan", 4)]


# 10. "طيرانهم المسير": the aircraft of the side told before, with the plural pronoun
def test_their_aircraft_are_the_side_told_before():
    rs = recs("قصف طيران الفلول فجر اليوم سوق بلدة كبكابية، ما أدى إلى مقتل 7 مواطنين. واستهدف طيرانهم المسير "
              "أمس مدينة سرف عمرة.", "2025-02-10")
    assert {r.actor1 for r in rs} == {"Sudanese Armed Forces"}
