"""Named sites (precision round q82-sites): each test is a report written for it (none is a sentence of
eval/written/ or of the dev set); each rule's test fails at 385485c, the guards (readings a rule must keep)
pass before and after."""
from __future__ import annotations

import pytest

import rasd


def _where(got, sub=None):
    return sorted((r.location or "", r.location_text or "") for r in got if sub is None or r.sub_event_type == sub)


@pytest.mark.parametrize("base, entry, written", [
    # a known base's name that starts with its type word and goes on with a king's title and name
    # ("الملك" alone was taken as the unknown name, and the rest dropped)
    ("قاعدة الملك فهد الجوية", "King Fahd Air Base", "قاعدة الملك فهد"),
    ("قاعدة الملك خالد الجوية", "King Khalid Air Base", "قاعدة الملك خالد"),
    # another name of a known base, whose words are lexicon words (بن، نافع) or a president's name
    ("قاعدة عقبة بن نافع الجوية", "Al-Watiya Air Base", "قاعدة عقبة بن نافع"),
    ("قاعدة البكر الجوية", "Balad Air Base", "قاعدة البكر"),
])
def test_a_known_base_named_with_its_type_word_is_that_base(base, entry, written):
    text = ("مراسلنا\n\nاستهدفت طائرتان مسيرتان مجهولتان %s مساء السبت وألحقتا بها أضراراً كبيرة، "
            "بحسب مصادر محلية." % base)
    got = _where(rasd.extract(text, published="2024-09-14"), "Air/drone strike")
    assert got == [(entry, written)], got


def test_the_bases_adjective_stays_out_of_its_written_name():
    # guard: "الجوية" is not written ("قاعدة الديلمي" as the gold sets name it), the base is found
    text = ("صنعاء - مراسلنا\n\nشن طيران التحالف ثلاث غارات على قاعدة الديلمي الجوية شمال العاصمة فجر اليوم.")
    got = _where(rasd.extract(text, published="2019-06-21"), "Air/drone strike")
    assert got == [("Al-Dailami Air Base", "قاعدة الديلمي")], got


def test_a_known_base_whose_name_ends_with_the_unknown_reading_is_that_base():
    # "قاعدة فلامنغو البحرية": the name read after the type word runs to the known name's end (the
    # adjective included); it was looked up without the type word ("فلامنغو البحرية") and not found
    text = ("بورتسودان - مراسلنا\n\nأسقطت الدفاعات الجوية ثلاث مسيرات انتحارية حاولت ضرب قاعدة فلامنغو البحرية "
            "قبيل فجر الأربعاء.")
    got = [(r.location, r.geo_precision) for r in rasd.extract(text, published="2025-05-07")]
    assert got and all(loc == "Flamingo naval base" for loc, _ in got), got
