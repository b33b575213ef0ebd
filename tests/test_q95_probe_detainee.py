"""Round q95-probe-detainee: prisoner, hostage and detainee news (Syria, Iraq, Yemen, Libya, Sudan, Gaza and the West
Bank).  ACLED codes a death in custody as an Attack by the force that held the victim, an abduction or an arrest on
the day it happened; it codes no release, exchange or handover of prisoners or of the dead's remains, and no
detention told only as the victim's past.  The sentences are this round's own."""
from __future__ import annotations

from helpers import one_at, records_at

records = records_at("2024-04-10")
one = one_at("2024-04-10")


# 1. a death in custody told by its cause with another preposition than "تحت"
def test_a_death_from_torture_told_with_jarraa_or_natijat_is_an_attack():
    r = one("توفي شاب جراء التعذيب في مركز احتجاز تابع لقوات الدعم السريع في مدينة نيالا.")
    assert (r.sub_event_type, r.actor1, r.fatalities) == ("Attack", "Rapid Support Forces", 1)
    r = one("توفي رجل نتيجة التعذيب في سجون جماعة الحوثي بمدينة صنعاء.")
    assert r.sub_event_type == "Attack" and r.actor1 == "Houthi Movement"


def test_deaths_from_torture_over_a_month_stay_a_tally():
    assert records("وثقت منظمة حقوقية مقتل 11 شخصاً بسبب التعذيب خلال شهر آذار الماضي في سجون مختلفة.") == []


# 2. the state's jailers where the place of detention is the state's and no holder is named
def test_a_death_in_a_security_branch_or_a_central_prison_is_the_states():
    r = one("قضى معتقل من أبناء مدينة دوما تحت التعذيب في أحد الأفرع الأمنية بدمشق.")
    assert r.actor1 == "Syrian Government Forces"
    r = one("توفي نزيل جراء التعذيب في سجن الناصرية المركزي، وفق مصادر حقوقية.", published="2024-02-01")
    assert r.actor1 == "Iraqi Security Forces"


def test_a_death_in_a_police_station_in_yemen_names_no_jailer():
    # (Sanaa's police stations and prisons are the Houthis': no one state jailer there)
    r = one("توفي شاب داخل مركز شرطة في مدينة إب جراء التعذيب.")
    assert r.actor1 == "Unidentified Armed Group"


# 3. one of the held named with a verb of death is one dead
def test_a_held_man_named_with_a_verb_of_death_is_one_dead():
    assert one("توفي المعتقل ياسر الحمدان تحت التعذيب في سجن تابع لقوات سوريا الديمقراطية بمدينة الحسكة."
               ).fatalities == 1
    assert one("أكدت عائلته أن المعتقل ماجد السالم قضى تحت التعذيب في أحد الأفرع الأمنية بحمص.").fatalities == 1
    assert one("أعدمت جماعة الحوثي ميدانياً المختطف صالح العزي في مديرية جبن بمحافظة الضالع.").fatalities == 1


# 4. the remains of the dead handed over, received or exchanged
def test_remains_handed_over_or_exchanged_are_no_event():
    assert records("تسلمت قوات حكومة الوحدة جثامين تسعة من عناصرها من قوات القيادة العامة في مدينة بني وليد.") == []
    assert records("تبادلت القوات الحكومية وجماعة الحوثي جثث 22 قتيلاً من الطرفين في جبهة حيس.") == []
    assert records("سلمت سلطات الاحتلال جثامين 12 شهيداً عبر معبر كرم أبو سالم إلى مستشفى أبو يوسف النجار في رفح.") == []


def test_a_strike_told_with_its_day_after_the_remains_stays():
    r = one("سلمت قوات الاحتلال جثامين أربعة شهداء قتلوا في غارة على مخيم النصيرات أمس.")
    assert r.sub_event_type == "Air/drone strike" and r.event_date == "2024-04-09"


def test_a_death_under_torture_told_at_the_handover_stays():
    r = one("تسلمت عائلة الشاب جثته من المشفى العسكري بحمص بعد وفاته تحت التعذيب في أحد الأفرع الأمنية.")
    assert r.sub_event_type == "Attack" and r.actor1 == "Syrian Government Forces"


def test_an_exchange_of_fire_is_still_a_clash():
    r = one("أسفر تبادل لإطلاق النار بين قوات الأمن ومسلحين في حي الصابري بمدينة بنغازي عن مقتل ثلاثة مسلحين.")
    assert r.sub_event_type == "Armed clash"


# 5. the abducted named by the definite participle
def test_the_abducted_named_as_such_are_no_abduction():
    assert records("ولا يزال أكثر من 300 من المختطفين في عداد المفقودين، بحسب رابطة في مدينة تعز.") == []
    r = one("قتلت جماعة الحوثي المختطف فؤاد الشرعبي في سجن بمديرية الصليف بمحافظة الحديدة.")
    assert r.sub_event_type == "Attack"


def test_villagers_held_by_the_raiders_are_still_an_abduction():
    r = one("وما زال أكثر من 40 من أبناء القرية مختطفين لدى قوات الدعم السريع في قرية ود عشيب.")
    assert r.sub_event_type == "Abduction/forced disappearance"


# 6. a detention told as months or years before
def test_an_abduction_years_before_the_death_is_no_event():
    rs = records("توفي المختطف أنور الحكيمي جراء التعذيب في سجون جماعة الحوثي بصنعاء، بعد أربع سنوات من "
                 "اختطافه من منزله في مدينة يريم.")
    assert [r.sub_event_type for r in rs] == ["Attack"]


def test_the_place_of_an_arrest_a_year_before_is_not_the_deaths():
    r = one("قضى المعتقل رامي النجار تحت التعذيب في سجن صيدنايا بعد عام من اعتقاله عند حاجز مدينة التل.")
    assert (r.sub_event_type, r.location) == ("Attack", "Saydnaya prison")


def test_an_arrest_ten_days_before_is_dated_back():
    rs = records("قضى شاب تحت التعذيب في سجن تابع لقوات سوريا الديمقراطية بمدينة الطبقة، بعد عشرة أيام من "
                 "اعتقاله في قرية المشرفة.")
    arrest = [r for r in rs if r.sub_event_type == "Arrests"]
    assert arrest and arrest[0].event_date == "2024-03-31"
