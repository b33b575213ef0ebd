"""Probe round q89-probe-live: live blogs (timed entries, "تحديث"، "عاجل |", raised tolls, corrections, a
closing summary) and messaging-channel posts (labels, emoji bullets, hashtags, a local network's name repeated
before every item, reposts).

Every sentence is written for the test; places, forces and numbers vary from the probes the faults were
found with.
"""
from __future__ import annotations

import pytest

import rasd


def recs(text: str, published: str):
    return list(rasd.extract(text, published=published))


def norm(s: str) -> str:
    return s.replace("أ", "ا").replace("إ", "ا").replace("ة", "ه")


def at(rs, place: str):
    return [r for r in rs if place in norm(r.location_text or "")]


# 1. the plural present of a take-over on a post's line ("مسلحو التنظيم يسيطرون على ...") is news, as the
#    singular "يسيطر" is (triggers.tsv "+سيطر*")
@pytest.mark.parametrize("text, place", [
    ("الأنبار - 2 حزيران\nعاجل: مسلحو التنظيم يسيطرون على مدينة هيت.", "هيت"),
    ("درعا - 8 آذار\n🔴 مقاتلو الفصائل يسيطرون على بلدة بصر الحرير بعد معارك.", "بصر الحرير"),
])
def test_plural_present_takeover(text, place):
    rs = recs(text, "2016-06-02")
    assert any(r.sub_event_type.endswith("territory") for r in at(rs, place))


def test_plural_present_takeover_of_no_place_is_no_event():
    assert recs("المسلحون يسيطرون على الوضع في المدينة بشكل كامل.", "2016-06-02") == []


# 2. a denial, then "ويؤكد/وأكد أن" + the event it asserts: the assertion is an event, the denial ends there
@pytest.mark.parametrize("text, place", [
    ("سنار - 11 أكتوبر\nالقوات المسلحة تنفي وتؤكد أن الطيران الحربي يقصف تجمعات الدعم السريع في مدينة سنجة.",
     "سنجه"),
    ("الحديدة - 3 مارس\nنفى المتحدث العسكري ذلك، وأكد أن مقاتلات التحالف قصفت مواقع الحوثيين في مديرية "
     "الدريهمي.", "الدريهمي"),
])
def test_event_asserted_after_a_denial(text, place):
    assert at(recs(text, "2024-10-11"), place)


@pytest.mark.parametrize("text", [
    "نفى الجيش أن يكون الطيران الحربي قد قصف سوق مدينة سنجة.",
    # (a definite event word in the denier's account explains the dead by fights already known)
    "نفت قيادة الشرطة أي تورط لعناصرها في مقتل الشبان في قرية الهويدر، وقالت إن الضحايا سقطوا في المعارك.",
])
def test_denied_event_stays_denied(text):
    assert recs(text, "2024-10-11") == []


# 3. a channel's feed: the same label opening the next line ("تنسيقية ...:"، "🔴") makes each line an entry,
#    none a headline over the rest
def test_feed_entries_with_one_label_are_no_headline():
    text = ("نيالا - 3 يونيو\nلجان مقاومة نيالا: قصف مدفعي من الدعم السريع على سوق الماشية ومقتل 4 مواطنين.\n"
            "لجان مقاومة نيالا: الطيران الحربي يقصف مواقع للدعم السريع غربي المدينة.")
    rs = recs(text, "2024-06-03")
    shell = [r for r in rs if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert shell and shell[0].fatalities == 4


# 4. a later entry's toll "في الغارات على X" goes to the strikes told on X, not to the shelling told just
#    before it
def test_toll_named_by_its_event_and_place_word():
    text = ("مأرب - 2 مارس\n07:40 — طيران التحالف يشن غارات على معسكر الصباحة غرب صنعاء.\n"
            "08:55 — الحوثيون يقصفون بالهاون أحياء في مدينة تعز.\n"
            "10:20 — مقتل 5 جنود في الغارات على الصباحة.")
    rs = recs(text, "2016-03-02")
    strike = [r for r in rs if r.sub_event_type == "Air/drone strike"]
    shell = [r for r in rs if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert strike and strike[0].fatalities == 5
    assert shell and shell[0].fatalities is None


# 5. "N شهيداً وM إصابة": the verbal noun right after the second count counts the wounded
@pytest.mark.parametrize("text, killed, injured", [
    ("الصحة: 23 شهيداً و118 إصابة في قصف إسرائيلي على مخيم الشاطئ.", 23, 118),
    ("غارات على بلدة بني سهيلا توقع 9 شهداء و 40 إصابة.", 9, 40),
    # (the verbal noun with its own count after it stays a verb: guard)
    ("غارة على مخيم الشاطئ أسفرت عن استشهاد 6 وإصابة 11.", 6, 11),
])
def test_counted_wounded_after_the_dead(text, killed, injured):
    rs = recs(text, "2024-03-02")
    assert rs and rs[0].fatalities == killed and rs[0].injured == injured


# 6. the present of an execution ("يعدم"، "تعدم"، "يعدمون") on a post's line, with its count
@pytest.mark.parametrize("text, place, killed", [
    ("عاجل: التنظيم يعدم 9 مدنيين في قرية الحمدانية.", "الحمدانيه", 9),
    ("🔴 قوات الدعم السريع تعدم عشرات الأسرى في مدينة بارا.", "بارا", 10),
])
def test_present_execution(text, place, killed):
    hit = at(recs(text, "2023-10-02"), place)
    assert hit and hit[0].sub_event_type == "Attack" and hit[0].fatalities == killed


def test_the_noun_not_is_no_execution():
    assert recs("قال مسؤول طلب عدم ذكر اسمه إن الوضع في قرية الحمدانية هادئ بعدما انسحب المسلحون.",
                "2016-10-02") == []


# 7. the tribes named Arab ("مقاتلي العشائر العربية") are Arab Tribal Militia, and the bare "مقاتلو العشائر" of
#    the next line refers back to them
def test_arab_tribes_and_their_retelling():
    text = ("دير الزور - 3 أيلول\nعاجل | اشتباكات بين مقاتلي العشائر العربية وقسد في بلدة الطيانة.\n"
            "- مقاتلو العشائر يسيطرون على بلدة درنج بعد انسحاب قسد منها.")
    rs = recs(text, "2023-09-03")
    assert rs and all(r.actor1 == "Arab Tribal Militia" for r in rs if r.actor1 != "Syrian Democratic Forces")
    assert any(r.actor1 == "Arab Tribal Militia" for r in at(rs, "درنج"))


def test_bare_tribes_in_suwayda_stay_bedouin():
    rs = recs("اشتباكات بين مسلحي العشائر وقوات الأمن العام في بلدة المزرعة بريف السويداء.", "2025-07-15")
    assert rs and rs[0].actor1 == "Bedouin Militia"


# 8. a correction entry ("تصحيح: الغارة استهدفت بلدة X وليس Y"): the event told at Y is X's, with its toll
@pytest.mark.parametrize("text, right, wrong, killed", [
    ("بيروت - 14 أكتوبر\n11:10 | غارة إسرائيلية على بلدة الخيام.\n13:25 | غارة على بلدة يحمر الشقيف تؤدي إلى "
     "سقوط 4 شهداء.\n15:40 | تصحيح: الغارة استهدفت بلدة أرنون وليس يحمر الشقيف.", "ارنون", "يحمر", 4),
    ("درعا - 6 أيار\n🔴 عاجل | مقتل 7 عناصر من الأمن العام بكمين قرب بلدة المسيفرة.\n🔴 عاجل | تصحيح: الكمين "
     "وقع قرب بلدة الكرك الشرقي وليس المسيفرة.", "الكرك", "المسيفره", 7),
])
def test_correction_moves_the_event(text, right, wrong, killed):
    rs = recs(text, "2024-10-14")
    assert not at(rs, wrong)
    hit = at(rs, right)
    assert hit and hit[0].fatalities == killed


# 9. a channel's line tag "#مكان ⚡ ..." over a line that names no place of its own places the line's item; over
#    a line that names one it only files it (no second, coarser record)
def test_line_hashtag_places_a_placeless_item():
    text = ("اليمن - 4 يوليو\n#لحج ⚡ قصف حوثي بالمدفعية على مواقع الجيش في مديرية المسيمير.\n"
            "#عدن ⚡ وقفة احتجاجية لمتقاعدين أمام مبنى البنك المركزي للمطالبة بصرف معاشاتهم.")
    rs = recs(text, "2022-07-04")
    protest = [r for r in rs if r.sub_event_type == "Peaceful protest"]
    assert protest and norm(protest[0].location_text) == "عدن"
    assert not at(rs, "لحج")


def test_present_execution_after_an_air_strike_line_is_an_attack():
    text = ("الرقة - 9 آب\n⚡ طيران التحالف يقصف مدينة الطبقة ومقتل 4 مدنيين.\n"
            "⚡ داعش يعدم ثلاثة رجال في دوار النعيم بمدينة الرقة بتهمة التعاون مع التحالف.")
    hit = at(recs(text, "2017-08-09"), "النعيم")
    assert hit and hit[0].sub_event_type == "Attack" and hit[0].actor1 == "Islamic State"
