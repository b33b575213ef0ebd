"""Casualty counts left by earlier rounds (round q94-leftcas): a dead man's family or people counted after "مع"
with the number after them, two singular work nouns joined by و, a teacher's plural before "اثنين", and vehicles
joined to a toll by و."""
from __future__ import annotations

import pytest

from helpers import one_at

one = one_at("2024-05-01")


@pytest.mark.parametrize("text, killed", [
    ("استشهد الصحفي سامي حمدان مع أفراد أسرته الأربعة في غارة إسرائيلية على منزله في مدينة دير البلح", 5),
    ("قتلت سيدة مع أفراد عائلتها الستة في قصف على منزل في حي الشجاعية بمدينة غزة", 7),
    ("قتل رجل مع أطفاله الثلاثة في قصف على منزلهم في مدينة إدلب", 4),
    ("قتل راع مع ولديه في قصف مدفعي قرب بلدة عيتا الشعب", 3),
    ("قتل الشيخ سالم مع سبعة من أبناء عشيرته في هجوم على قرية قرب مدينة الحسكة", 8),
    ("قتل مختار القرية مع أربعة من أفراد أسرته في هجوم مسلح على قرية قرب مدينة الجنينة", 5),
])
def test_the_dead_and_his_people_counted_after_him(text, killed):
    assert one(text).fatalities == killed


@pytest.mark.parametrize("text, killed", [
    ("قتل حارس وسائق بنيران مسيرة قرب بلدة مارون الراس", 2),
    ("استشهد ممرض ومرافق في قصف على مستشفى في مدينة خان يونس", 2),
    ("قتل معلمون ثلاثة في غارة على مدرسة في مدينة خان يونس", 3),
])
def test_guards_companions_and_teachers_are_counted(text, killed):
    assert one(text).fatalities == killed


@pytest.mark.parametrize("text, killed", [
    ("قتل أربعة جنود ودمرت دبابة وعدداً من العربات في هجوم قرب مدينة تدمر", 4),
    ("قتل خمسة مسلحين وعدد من الآليات في غارة على رتل قرب مدينة درنة", 5),
])
def test_vehicles_joined_to_a_toll_are_no_dead(text, killed):
    assert one(text).fatalities == killed


def test_people_joined_to_a_toll_still_count():
    assert one("قتل ثلاثة جنود وعدد من المسلحين في هجوم قرب مدينة تدمر").fatalities == 6


def test_a_fight_with_a_gang_counts_only_the_dead():
    assert one("قتل جندي في اشتباك مع أفراد عصابة مسلحة قرب مدينة الجنينة").fatalities == 1


@pytest.mark.parametrize("text, killed", [
    ("قتلت غارة إسرائيلية شقيقين في بلدة عيترون جنوبي لبنان", 2),
    ("قتل قناص إسرائيلي فتيين في مخيم نور شمس بطولكرم", 2),
    ("قتلت غارة جوية روسية مدنيين اثنين في بلدة حاس بريف إدلب", 2),
])
def test_a_strike_named_with_its_side_is_the_subject_before_the_dead(text, killed):
    assert one(text).fatalities == killed


@pytest.mark.parametrize("text, killed", [
    ("قتل المسؤول في الحركة مع أحد حراسه في غارة على سيارته قرب بلدة الخيام", 2),
    ("أدى القصف إلى مقتل ضابطين وسائقهما على طريق قرب مدينة زاخو", 3),
    ("أدى الهجوم إلى مقتل جندي أمريكي وجندية بريطانية في قاعدة التاجي", 2),
])
def test_one_of_his_companions_a_driver_of_two_and_a_woman_soldier(text, killed):
    assert one(text).fatalities == killed
