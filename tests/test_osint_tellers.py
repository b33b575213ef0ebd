"""Translated foreign press and OSINT pieces (round q95-probe-osint): the nation of the one who tells the news, of
the outlet or company named, or of a weapon's make is no side of the event."""
from __future__ import annotations

from helpers import records_at

_AT = records_at("2024-06-20")


def test_a_teller_s_nation_is_not_who_struck():
    rs = _AT("نقلت صحيفة أمريكية عن مسؤولين أمريكيين قولهم إن طائرات مجهولة قصفت قاعدة الجفرة الجوية وسط ليبيا "
             "فجر اليوم.", "2024-06-20")
    assert rs and all(r.actor1 != "Military Forces of the United States" for r in rs)


def test_officials_who_say_it_are_no_side_of_a_blast():
    rs = _AT("وقال مسؤولون أمريكيون لوكالة أنباء إن انفجاراً هز مخزن ذخيرة في مدينة الميادين الليلة الماضية.",
             "2024-06-20")
    assert rs and all("United States" not in (r.actor1 or "") + (r.actor2 or "") for r in rs)


def test_an_agency_s_nation_is_not_who_shelled():
    rs = _AT("نقلت وكالة الأناضول التركية عن مصادر محلية أن قصفاً مدفعياً استهدف قرية كفرتعال بريف حلب الغربي "
             "اليوم.", "2024-06-20")
    assert rs and all(r.actor1 != "Turkish Forces" for r in rs)


def test_a_maker_s_nation_is_not_who_struck():
    rs = _AT("قالت صحيفة بريطانية إن قوات الدعم السريع قصفت مدينة الدويم بطائرة مسيرة صينية الصنع أمس.", "2024-06-20")
    assert any(r.actor1 == "Rapid Support Forces" for r in rs)
    assert all(r.actor2 != "Military Forces of China" for r in rs)
    rs = _AT("ذكر تحقيق لشبكة إخبارية أن غارة على سوق بلدة الحزم استخدمت فيها قنبلة من صنع شركة ريثيون الأمريكية "
             "اليوم.", "2024-06-20")
    assert rs and all(r.actor1 != "Military Forces of the United States" for r in rs)


def test_a_nation_s_force_named_by_its_adjective_still_strikes():
    rs = _AT("نقلت وكالة رويترز عن مصادر محلية أن طائرة مسيرة أمريكية قصفت سيارة في مديرية الصومعة بالبيضاء اليوم.",
             "2024-06-20")
    assert any(r.actor1 == "Military Forces of the United States" for r in rs)
    rs = _AT("قتل مسؤول أمريكي بقصف صاروخي على قاعدة حرير في أربيل اليوم.", "2024-06-20")
    assert rs
