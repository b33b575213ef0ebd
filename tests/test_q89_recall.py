"""Round q89-recall: the items listed under a head line that ends at a colon and has no event word of
its own ("حصيلة اليوم:"، "الضحايا حسب المناطق:") or no place of its own ("قصف مدفعي طال:") take the
head's event, its side and its day.

Every sentence is written for the test and names other places and numbers than the sets and probes.
"""
from __future__ import annotations

import rasd


def recs(text: str, published: str):
    return rasd.extract(text, published=published)


def at(rs, place_word: str):
    got = [r for r in rs if place_word in (r.location_text or "")]
    assert len(got) == 1, [(r.sub_event_type, r.location_text, r.actor1, r.fatalities) for r in rs]
    return got[0]


# 1. a toll head after the event's sentence: every listed place, however far down, is that event's
def test_toll_lines_under_a_head_take_the_event_and_its_side():
    rs = recs("ريف حماة - 7 نيسان\nقصفت قوات النظام بالمدفعية الثقيلة بلدات ريف حماة الشمالي صباح اليوم. "
              "حصيلة القصف:\n- كفرزيتا: 3 قتلى\n- اللطامنة: قتيلان\n- مورك: 4 جرحى\n- طيبة الإمام: قتيل",
              "2017-04-07")
    for place, killed in (("اللطامنة", 2), ("طيبة الإمام", 1)):
        r = at(rs, place)
        assert r.sub_event_type == "Shelling/artillery/missile attack"
        assert r.actor1 == "Syrian Government Forces"
        assert r.fatalities == killed
        assert str(r.event_date) == "2017-04-07"
    assert at(rs, "مورك").actor1 == "Syrian Government Forces"


# 2. a head that tells the event but no place, then lines that are only places
def test_place_lines_under_a_placeless_head():
    rs = recs("دير الزور - 3 تموز\nغارات جوية روسية طالت اليوم:\n- مدينة الميادين\n- بلدة الشحيل\n- مدينة البوكمال",
              "2017-07-03")
    for place in ("الميادين", "الشحيل", "البوكمال"):
        r = at(rs, place)
        assert r.sub_event_type == "Air/drone strike"
        assert r.actor1 == "Russian Forces"


# 3. a placeless fight's head, then its dead place by place
def test_toll_lines_under_a_placeless_fight():
    rs = recs("الفاشر - 9 يونيو\nمعارك عنيفة بين الجيش وقوات الدعم السريع في عدة محاور، والحصيلة:\n"
              "- مليط: 7 قتلى\n- كبكابية: 5 قتلى", "2024-06-09")
    for place, killed in (("مليط", 7), ("كبكابية", 5)):
        r = at(rs, place)
        assert r.sub_event_type == "Armed clash"
        assert {r.actor1, r.actor2} == {"Sudanese Armed Forces", "Rapid Support Forces"}
        assert r.fatalities == killed


# 4. a short town's name as a listed line's label ("- رفح: 14 شهيداً")
def test_short_town_as_an_item_label():
    rs = recs("غزة - 20 فبراير\nشنت طائرات الاحتلال غارات على جنوب القطاع الليلة الماضية، والشهداء حسب المدن:\n"
              "- رفح: 11 شهيداً\n- خان يونس: 6 شهداء", "2024-02-20")
    assert at(rs, "رفح").fatalities == 11


# guards: a head with no event ("اقرأ أيضاً:") gives its place lines nothing; a list that breaks on a
# line of another kind stops there
def test_no_event_head_gives_nothing():
    rs = recs("حمص - 1 أيار\nتابعونا على:\n- حي الوعر\n- تلبيسة", "2014-05-01")
    assert rs == [] or all("الوعر" not in (r.location_text or "") for r in rs)


def test_place_lines_stop_at_a_sentence():
    rs = recs("حلب - 2 آب\nقصف مدفعي لقوات النظام طال:\n- حي الكلاسة\nوقالت مصادر محلية إن حي الأنصاري "
              "شهد هدوءاً حذراً.", "2016-08-02")
    assert any("الكلاسة" in (r.location_text or "") for r in rs)
    assert all("الأنصاري" not in (r.location_text or "") for r in rs)


# 5. the listed items are of the head event's day, told in its sentence ("أمس"), not the dateline's
def test_listed_items_take_the_head_events_day():
    rs = recs("إدلب - 11 آذار\nقصفت قوات النظام بصواريخ أرض-أرض أمس بلدات ريف إدلب الجنوبي. حصيلة القصف:\n"
              "- كفرنبل: 4 قتلى\n- حاس: قتيلان\n- كفرسجنة: 3 جرحى", "2019-03-11")
    for place in ("كفرنبل", "حاس", "كفرسجنة"):
        assert str(at(rs, place).event_date) == "2019-03-10"


# 6. a quarter's name that is also a word, as the label of a dashed toll line ("- الفردوس: 7 قتلى")
def test_common_word_quarter_as_a_tolled_item_label():
    rs = recs("الرقة - 14 حزيران\nقصف جوي لطيران التحالف على أحياء مدينة الرقة صباح اليوم.\nحصيلة الضحايا:\n"
              "- الفردوس: 6 قتلى\n- الرميلة: 3 قتلى", "2017-06-14")
    assert at(rs, "الفردوس").fatalities == 6


def test_common_word_label_needs_a_count():
    rs = recs("الرقة - 14 حزيران\nملاحظات:\n- الفردوس: حي هادئ نسبياً.", "2017-06-14")
    assert all("الفردوس" not in (r.location_text or "") for r in rs)


# 7. a toll head that names the event just told by another word ("حصيلة القصف:" after air strikes) is its
#    tally, no shelling of its own: the lines are the air strikes'
def test_tally_head_retelling_the_event_keeps_its_type():
    rs = recs("دوما - 6 تشرين الثاني\nشنت الطائرات الحربية غارات على أحياء مدينة دوما أمس. حصيلة القصف:\n"
              "- حي الحجارية: 3 قتلى\n- حي المساكن: قتيلان", "2017-11-06")
    for place in ("الحجارية", "المساكن"):
        assert at(rs, place).sub_event_type == "Air/drone strike"
