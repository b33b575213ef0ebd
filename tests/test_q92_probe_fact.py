"""Round q92-probe-fact (fact-checks, investigative reconstructions, tribunal and UN-commission reports): each test is
a sentence written for it, not one of the gold sets'."""
from __future__ import annotations

import pytest

import rasd

PUB = "2024-06-05"


def _kept(text: str, published: str = PUB):
    return [r for r in rasd.extract(text, published=published) if not r.background]


# 1. a deed asked about in a yes/no question ("هل ... ؟") is not told
@pytest.mark.parametrize("text", [
    "هل صحيح أن طائرات حربية قصفت مدرسة في مدينة معرة النعمان مساء أمس؟ تحقق: الصور المنتشرة تعود لسنوات.",
    "أكد ناشطون ذلك. فهل هاجم مسلحون حاجزاً للشرطة في مدينة الرمادي ليلة الأحد؟ لا أحد يعرف.",
    "نشرت الصفحة الخبر. هل قتل جنديان بانفجار عبوة ناسفة في مدينة درعا صباح اليوم؟ لم يتأكد ذلك بعد.",
])
def test_a_deed_asked_about_is_no_event(text):
    assert _kept(text) == [], text


def test_the_answer_after_the_question_is_kept():
    rs = _kept("هل قصفت المدفعية سوق بلدة أريحا؟ نعم، قصفت قوات النظام سوق البلدة بالمدفعية صباح اليوم، ما أدى إلى "
               "مقتل أربعة مدنيين.")
    assert [(r.sub_event_type, r.fatalities) for r in rs] == [("Shelling/artillery/missile attack", 4)]


# 2. a deed a picture, a clip or a claim is said to show, which the fact-check finds old, from elsewhere or false
@pytest.mark.parametrize("text", [
    "تحقق: المقطع المتداول عن قصف مستشفى في مدينة دير الزور أمس ليس من سوريا، بل صور في العراق عام 2015.",
    "تداول ناشطون صوراً قالوا إنها لغارة جوية على بلدة الدانا صباح اليوم. وبعد مراجعتها تبين أن الصور قديمة.",
    "ادعاء: سيطر الحوثيون على مدينة حرض. الحكم: خطأ، فالمدينة لم تشهد أي تغيير.",
    "زعمت حسابات أن مسلحين اغتالوا مختار بلدة جاسم بريف درعا أمس. لكن أقاربه أكدوا أن الخبر غير صحيح وأنه بخير.",
])
def test_a_debunked_deed_is_no_event(text):
    assert _kept(text) == [], text


def test_a_clip_with_no_verdict_still_tells_its_deed():
    rs = _kept("تداول ناشطون مقطعاً مصوراً يظهر قصف الطيران الحربي لبلدة كفرنبل صباح اليوم، ما أدى إلى مقتل طفلين.")
    assert [(r.sub_event_type, r.fatalities) for r in rs] == [("Air/drone strike", 2)]


def test_not_clear_is_no_verdict():
    rs = _kept("أظهر مقطع فيديو قصف الطيران الحربي لبلدة كفرنبل صباح اليوم، وليس من الواضح عدد الضحايا.")
    assert [r.sub_event_type for r in rs] == ["Air/drone strike"]


# 3. a fact-check's verdict line retells what it judges: no new event from it
def test_the_verdict_line_tells_no_new_event():
    rs = _kept("قتل شاب برصاص مسلحين مجهولين مساء أمس قرب بلدة الصنمين بريف درعا.\n"
               "خلاصة التحقق: خبر اقتحام الجيش لبلدة إنخل مضلل، أما مقتل الشاب قرب الصنمين فصحيح.")
    assert [(r.sub_event_type, r.location_text) for r in rs] == [("Attack", "بلدة الصنمين")]


# 4. a relative clause right after a year tells the event of that year, not today's
def test_a_relative_clause_after_a_year_is_of_that_year():
    assert _kept("حوكم ثلاثة من عناصر التنظيم بتهمة المشاركة في مجزرة قرية الحسينية عام 2015، التي قتل فيها "
                 "عشرات المدنيين.", "2022-03-01") == []
