"""Round q94-leftactors (stop 33): Egypt's military spokesman's bare «القوات الجوية» / «القوة الجوية» and «قوات
(عناصر) إنفاذ القانون» in a Sinai report are Egypt's forces (actors.tsv, generic_actors.tsv @air_force EG); armour
or guns «تابعة لـ» a force right after a striking verb and its subject are what was struck: the owner is the side
hit, not the attacker (grammar_words `struck_owned_armour`, actors.py `_STRUCK_OWNED`)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2019-03-10")


def _sides(rs):
    return [(r.sub_event_type, r.actor1, r.actor2, r.location) for r in rs]


def test_bare_air_forces_in_a_sinai_report_are_egypts():
    rs = records("شنت القوات الجوية ضربات على أوكار للإرهابيين شمال غرب العريش أسفرت عن مقتل 6 منهم.")
    assert rs and all(r.actor1 == "Military Forces of Egypt" for r in rs), _sides(rs)


def test_singular_air_force_after_the_spokesman_is_egypts():
    rs = records("وأوضح المتحدث العسكري أن القوة الجوية قصفت مخبأ لعناصر تكفيرية جنوب الشيخ زويد وقتلت 4 منهم.")
    assert rs and all(r.actor1 == "Military Forces of Egypt" for r in rs), _sides(rs)


def test_law_enforcement_forces_in_sinai_are_egypts():
    rs = records("قتلت قوات إنفاذ القانون خمسة مسلحين خلال مداهمة وكر لهم شرق بئر العبد.")
    assert rs and all(r.actor1 == "Military Forces of Egypt" for r in rs), _sides(rs)


def test_tanks_of_the_occupation_struck_by_qassam_make_israel_the_side_hit():
    rs = records_at("2024-01-15")("استهدف مقاتلو كتائب القسام دبابات تابعة لجيش الاحتلال بقذائف الياسين في حي "
                                  "الزيتون بمدينة غزة.")
    assert rs and all(r.actor1 == "Hamas Movement" and r.actor2 == "Israeli Forces" for r in rs), _sides(rs)


def test_guns_of_the_occupation_struck_by_hezbollah_make_israel_the_side_hit():
    rs = records_at("2024-01-15")("استهدف حزب الله مدفعية تابعة للجيش الإسرائيلي بصاروخ موجه قرب بلدة الخيام.")
    assert rs and all(r.actor2 == "Israeli Forces" and r.actor1 != "Israeli Forces" for r in rs), _sides(rs)


def test_tanks_that_shell_stay_the_shelling_force():
    rs = records_at("2024-01-15")("قصفت دبابات تابعة لجيش الاحتلال منازل المواطنين شرق مدينة دير البلح.")
    assert rs and all(r.actor1 == "Israeli Forces" for r in rs), _sides(rs)
