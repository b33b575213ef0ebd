"""Round q87-headline (stop 26): a headline that retells the body's event at a coarser place or as
another sub-event type of the same kind is no event of its own; one that tells an event the body
does not tell stays.

Sentences written for these tests (names, places and numbers varied from any report)."""
from __future__ import annotations

from helpers import records_at

records = records_at("2024-06-03")


def _kinds(rows):
    return sorted((r.sub_event_type, r.location_text) for r in rows)


def test_a_governorate_in_the_headline_retells_the_district_of_the_body():
    rows = records("غارات جوية على محافظة صعدة\nصعدة - مراسلنا\n"
                   "شن طيران التحالف مساء اليوم الأحد ثلاث غارات على مواقع للحوثيين في مديرية كتاف والبقع، "
                   "دون أنباء عن ضحايا.", published="2021-05-16")
    assert _kinds(rows) == [("Air/drone strike", "كتاف والبقع")], rows


def test_a_headline_take_over_of_another_type_retells_the_body():
    # "تستعيد" in the title, "سيطرت" (a non-state group) in the body: one take-over, the body's
    rows = records("قوات الانتقالي تستعيد مدينة الضالع\nالضالع - مراسلنا\n"
                   "سيطرت قوات المجلس الانتقالي الجنوبي أمس السبت على مدينة الضالع بعد اشتباكات مع قوات "
                   "الحكومة استمرت يومين.", published="2019-09-15")
    assert [r.sub_event_type for r in rows].count("Government regains territory") == 0, rows
    assert "Non-state actor overtakes territory" in [r.sub_event_type for r in rows], rows


def test_a_headline_event_the_body_does_not_tell_stays():
    rows = records("مقتل ثلاثة جنود بهجوم على حاجز في بصرى الشام.. وقصف على ريف إدلب\n"
                   "إدلب - مراسلنا\n"
                   "قصفت قوات النظام بالمدفعية الثقيلة صباح اليوم بلدة احسم في جبل الزاوية، ما أدى إلى "
                   "إصابة مدنيين اثنين.", published="2021-10-03")
    assert any("بصرى الشام" in (r.location_text or "") for r in rows), rows


def test_title_lines():
    from rasd.extract.discourse import _title_sentences
    from rasd.text.segment import sentences

    text = "غارات على ريف حماة\nحماة - مراسلنا\nشنت الطائرات الحربية غارات على بلدة كفرزيتا صباح اليوم."
    assert _title_sentences(text, sentences(text)) == {0, 1}
    # a first paragraph that ends with a full stop is the body, not a title
    text = "حماة - مراسلنا\n\nقصفت الطائرات بلدة اللطامنة.\n\nوقال ناشطون إن القصف طال الأحياء السكنية."
    assert _title_sentences(text, sentences(text)) == {0}
    # a feed of "عاجل |" entries has no title over a body
    text = ("عاجل | قصف مدفعي على مدينة نيالا\nعاجل | مسيرة تستهدف حي الوادي في نيالا\n"
            "عاجل | اشتباكات قرب مطار نيالا")
    assert _title_sentences(text, sentences(text)) == set()
    # nor do numbered items
    text = "حصيلة اليوم\n1- غارات على سراقب\n2- قصف على أريحا\nوفي التفاصيل قصفت قوات النظام بلدة النيرب."
    assert _title_sentences(text, sentences(text)) == set()
