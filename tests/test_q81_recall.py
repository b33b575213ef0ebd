"""Events rasd did not produce at all (recall round q81-recall): each test is a report written for it
(none is a sentence of eval/written/, the dev set or another round's tests); each rule's test fails at
a5709e1, the guards (readings a rule must keep) pass before and after."""
from __future__ import annotations

import rasd


def _found(got):
    return [(r.sub_event_type, r.location_text or "") for r in got]


# --- the destroying verb with the aircraft before it, or the guns after it ---------------------------

def test_its_aircraft_destroyed():
    # "أعلن الحلف أن طائراته دمرت ...": a strike by the aircraft told before the verb
    text = ("بروكسل - وكالات\n\n"
            "أعلن حلف شمال الأطلسي أن طائراته دمرت فجر اليوم ثلاث منصات صواريخ وعربة مدرعة قرب مدينة البريقة.")
    got = rasd.extract(text, published="2011-06-03")
    assert ("Air/drone strike", "مدينة البريقة") in _found(got), _found(got)


def test_the_army_artillery_destroyed():
    # "دمرت مدفعية الجيش ...": the guns after the verb make it a shelling
    text = ("مأرب - مراسلنا\n\n"
            "وفي جبهة الكسارة، دمرت مدفعية الجيش الوطني مدرعتين لمليشيا الحوثي في منطقة رغوان.")
    got = rasd.extract(text, published="2021-04-11")
    assert any(t == "Shelling/artillery/missile attack" and "رغوان" in p for t, p in _found(got)), _found(got)


def test_destroying_without_a_weapon_is_no_strike():   # (a guard)
    # a plain "دمرت" with no aircraft or guns near it tells no strike of its own
    text = ("دمشق - مراسلنا\n\n"
            "قالت مصادر محلية إن السيول دمرت عشرات المنازل في بلدة جاسم خلال الليل.")
    got = rasd.extract(text, published="2019-01-15")
    assert not any(t in ("Air/drone strike", "Shelling/artillery/missile attack") for t, _ in _found(got)), _found(got)


# --- "منذ" inside a relative clause about a side ---------------------------------------------------

def test_since_in_the_besieging_side_clause():
    # the year is how long the side has besieged the town, the clash is today's
    text = ("الأبيض - مراسلنا\n\n"
            "تجددت الاشتباكات اليوم الأحد في مدينة الدلنج بين الجيش وقوات الدعم السريع التي تحاصر المدينة "
            "منذ أكثر من ثمانية أشهر، وسط قصف مدفعي متبادل.")
    got = rasd.extract(text, published="2024-02-18")
    assert any(t == "Armed clash" and "الدلنج" in p for t, p in _found(got)), _found(got)


def test_since_in_the_holding_side_clause():
    text = ("طرابلس - مراسلنا\n\n"
            "اندلعت اشتباكات عنيفة صباح اليوم في محيط معسكر اليرموك بين كتيبة النواصي التي تسيطر على المعسكر "
            "منذ عام 2016 وقوة من اللواء 444.")
    got = rasd.extract(text, published="2022-08-27")
    assert any(t == "Armed clash" for t, _ in _found(got)), _found(got)


def test_since_of_the_events_themselves_is_still_a_tally():   # (a guard)
    # "الاحتجاجات التي تشهدها المدينة منذ أشهر": no side before the pronoun, the months are the events'
    text = ("البصرة - مراسلنا\n\n"
            "قتل أكثر من ثلاثين متظاهراً في الاحتجاجات التي تشهدها مدينة البصرة منذ أربعة أشهر، بحسب مفوضية حقوق الإنسان.")
    got = rasd.extract(text, published="2019-11-20")
    assert not any(r.fatalities == 30 for r in got), [(r.sub_event_type, r.fatalities) for r in got]
