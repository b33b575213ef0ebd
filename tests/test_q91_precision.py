"""Precision round q91-precision (stop 30): events told only in a report its own sentence calls false (a rumour
judged "لا صحة" or "غير صحيحة", "أخبار مضللة عن ...", a fact-check's "...: مضلل").

Every sentence is written for the test and names other places, sides and numbers than the gold sets.
"""
from __future__ import annotations

import pytest

from helpers import records_at


recs = records_at("2024-03-10")


def _where(rs):
    return [(r.sub_event_type, r.location_text) for r in rs]


@pytest.mark.parametrize("text", [
    # a rumour word before the event word, a falsehood word after it in the sentence
    "وتناقلت حسابات محلية أنباء عن غارة جوية على مزرعة قرب بلدة كفرومة، غير أن ناشطين أكدوا أن لا صحة لذلك.",
    "وتداول ناشطون أخباراً عن انفجار سيارة مفخخة قرب دوار البلدية في مدينة الباب، في حين أكدت الشرطة أنها عارية عن الصحة.",
    "وتحدثت صفحات موالية عن سيطرة الجيش على قرية تل الضمان، لكن مصادر ميدانية قالت إن \"لا صحة\" لهذه الأنباء.",
    "وروجت حسابات الجماعة أنباء عن مقتل ضابط كبير في قصف على مديرية الوادي، وهي أنباء قال مصدر عسكري إنها غير صحيحة.",
    "وبشأن ما تروجه الميليشيا عن قصف مستشفى في مديرية سحار، قال المتحدث إن هذه الادعاءات لا أساس لها.",
    # a falsehood word right before "عن"
    "تحقق | حسابات تنشر أخباراً مضللة عن اقتحام بلدة جاسم في ريف درعا.",
    "انتشرت ادعاءات كاذبة عن قصف مخبز في مدينة زالنجي، وأكد السكان أن المخبز يعمل.",
    # a fact-check's verdict after a colon
    "فيديو لقصف مدرسة في مدينة سلقين: مضلل، فالمقطع من عام 2017.",
    "خبر عن اعتقال ناشطين في مدينة الحلة: غير صحيح، فالناشطون لم يعتقلوا.",
])
def test_an_event_its_sentence_calls_false_is_no_event(text):
    rs = recs(text)
    assert not rs, _where(rs)


@pytest.mark.parametrize("text, place", [
    # the day's event told first, a rumour about something else judged false after it
    ("قتل أربعة مدنيين في قصف مدفعي على حي الميسر في حلب، وقال ناشطون إن ما تداولته الصفحات عن سقوط قذائف "
     "على حي آخر لا صحة له.", "الميسر"),
    ("شنت طائرات التحالف غارات على مواقع للحوثيين في مديرية مجزر، وقال الناطق إن ما تروجه الميليشيا عن "
     "استهداف المدنيين لا أساس له.", "مجزر"),
    ("تحقق | صحيح: غارة جوية استهدفت سوقاً في مدينة سرمدا أمس، وأسفرت عن مقتل ثلاثة أشخاص.", "سرمدا"),
])
def test_a_true_event_beside_a_false_report_stays(text, place):
    rs = recs(text)
    assert [r for r in rs if place in (r.location_text or "")], _where(rs)


@pytest.mark.parametrize("text", [
    "صور | حماة تشيّع ضحايا التفجير",
    "درنة تشيع شهداء معركة الميناء",
    "صور وفيديو | الحديدة تشيع قتلى الهجوم على الثكنة",
])
def test_a_town_that_buries_its_dead_is_no_event_place(text):
    # a headline whose subject is the town holding the funeral tells no event there
    rs = recs(text)
    assert not rs, _where(rs)


def test_the_body_still_places_the_event_a_funeral_headline_names():
    rs = recs("طوباس تشيع شهيدين\nاستشهد شابان برصاص قوات الاحتلال خلال اقتحام مخيم الفارعة فجر اليوم.")
    assert [r.location_text for r in rs] == ["مخيم الفارعة"], _where(rs)
