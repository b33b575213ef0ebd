"""How many were killed and injured: numbers, vague ranges, subsets and running totals."""
from __future__ import annotations

import pytest

import rasd

PUB = "2017-06-20"


def one(text: str):
    records = rasd.extract(text, published=PUB)
    assert len(records) == 1, [(r.sub_event_type, r.location_text) for r in records]
    return records[0]


def test_killed_and_injured_are_told_apart():
    r = one("قتل خمسة مدنيين وأصيب 12 آخرون بجروح في قصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب.")
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (5, 5, 5)
    assert (r.injured, r.injured_low, r.injured_high) == (12, 12, 12)


def test_injured_only_leaves_fatalities_empty():
    r = one("أصيب ثلاثة مدنيين بجروح في قصف بقذائف الهاون على بلدة كفرنبل جنوب إدلب.")
    assert r.fatalities is None and r.fatalities_low is None
    assert r.injured == 3


def test_no_number_no_fatalities():
    r = one("قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب.")
    assert r.fatalities is None and r.injured is None


@pytest.mark.parametrize("phrase, best, low, high", [
    ("عشرات المدنيين", 10, 10, 99),
    ("العشرات من المدنيين", 10, 10, 99),
    ("مئات المدنيين", 100, 100, 999),
    ("عدد من المدنيين", 3, 3, 9),
    ("عدة مدنيين", 3, 3, 9),
    ("ما لا يقل عن 15 مدنياً", 15, 15, None),
    ("أكثر من 20 مدنياً", 21, 21, None),
    ("نحو 50 مدنياً", 50, 40, 60),
])
def test_vague_tolls_are_conservative_ranges(phrase, best, low, high):
    r = one(f"قتل {phrase} في غارات روسية على مدينة أريحا بريف إدلب.")
    assert (r.fatalities, r.fatalities_low, r.fatalities_high) == (best, low, high)


def test_vague_injured_range():
    r = one("أصيب عشرات المدنيين بجروح في غارات جوية على مدينة أريحا جنوب إدلب.")
    assert (r.injured, r.injured_low, r.injured_high) == (10, 10, 99)
    assert r.fatalities is None


@pytest.mark.parametrize("phrase, n", [
    ("قتيلين", 2),
    ("مدنيين اثنين", 2),
    ("طفل", 1),
    ("خمسة وعشرين مدنياً", 25),
    ("احد عشر مدنياً", 11),
])
def test_counts_written_as_words_and_duals(phrase, n):
    r = one(f"قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب، ما أدى لمقتل {phrase}.")
    assert r.fatalities == n


def test_subset_among_them_is_not_added():
    r = one("قتل 8 مدنيين بينهم 3 أطفال في غارة جوية على بلدة الهبيط جنوب إدلب.")
    assert r.fatalities == 8


def test_coordinated_counts_add_up():
    r = one("قتل سبعة عناصر من قوات النظام وخمسة عناصر من تنظيم داعش في اشتباكات بمحيط بلدة السخنة شرق حمص.")
    assert r.fatalities == 12


def test_running_total_replaces_and_is_not_added():
    r = one("قتل 5 مدنيين في قصف مدفعي لقوات النظام على بلدة كفرنبل صباح اليوم. "
            "وارتفع عدد القتلى جراء القصف على كفرنبل إلى 11 قتيلاً بينهم 4 أطفال.")
    assert r.fatalities == 11


def test_headline_and_body_toll_is_not_double_counted():
    r = one("مقتل 6 مدنيين بغارات روسية على مدينة أريحا جنوب إدلب\n"
            "قتل 6 مدنيين وأصيب آخرون بجروح في غارات شنتها طائرات حربية روسية على مدينة أريحا جنوب إدلب.")
    assert r.fatalities == 6


def test_captured_fighters_are_not_killed():
    r = one("أسرت قوات سوريا الديمقراطية 4 عناصر من تنظيم داعش خلال اشتباكات في بلدة هجين بريف دير الزور.")
    assert r.fatalities is None


def test_toll_of_fighters_is_not_civilian_targeting():
    r = one("قتل عنصران من قوات النظام وأصيب آخر في هجوم لتنظيم الدولة على حاجز في بلدة السخنة شرق حمص.")
    assert (r.fatalities, r.injured) == (2, 1)
    assert r.civilian_targeting is False
    assert r.actor1 == "Islamic State" and r.actor2 == "Syrian Government Forces"
