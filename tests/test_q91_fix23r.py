"""Round q91-fix23r (stop 30): an incident log's item whose head names the time and the place, closed by
a full stop before the account on the same line.

Every report here is written for the test and names other places, sides and numbers than the set.
"""
from __future__ import annotations

import pytest

import rasd
from helpers import extract as recs
from rasd.text.normalize import normalize
from rasd.text.segment import sentences


def at(rs, place_key: str):
    return [r for r in rs if place_key in (r.location_text or "")]


@pytest.mark.parametrize("head", ["الحادثة 4: الخميس 11/03، الساعة 16:40 – ",
                                  "الواقعة 2 – السبت 13 مارس، 07:15 – ",
                                  "3- الأحد 14/03 – "])
def test_the_place_in_an_items_head_is_its_accounts(head):
    text = ("نشرة الحوادث الأسبوعية – محافظة الضالع\n\n"
            f"{head}قرية الوعرة، مديرية قعطبة. انفجار عبوة ناسفة بدراجة نارية أدى إلى مقتل شخصين.\n")
    rs = recs(text, "2021-03-15")
    hit = at(rs, "الوعره") or at(rs, "الوعرة") or [r for r in rs if "Waara" in (r.location or "")]
    assert hit, [(r.sub_event_type, r.location_text, r.location) for r in rs]
    assert hit[0].sub_event_type == "Remote explosive/landmine/IED" and hit[0].fatalities == 2


def test_the_head_and_its_account_are_one_sentence():
    text = normalize("الحادثة 5: الجمعة 12/03، الساعة 21:00 – حي المجلية، مدينة قعطبة. إصابة امرأة برصاص قناص.").text
    assert len(sentences(text)) == 1


def test_prose_with_a_dash_and_a_stop_is_still_two_sentences():
    # (no item line: a paragraph of prose keeps its full stop)
    text = normalize("وصل الوفد يوم 12 مارس – بعد تأخير طويل. قتل مسلحون مجهولون رجلاً في السوق.").text
    assert len(sentences(text)) == 2


def test_an_item_whose_first_sentence_is_an_event_keeps_its_stop():
    # (the part after the dash is an account, not a short place: too long to be a head)
    text = normalize("1- الأحد 14/03 – قصفت قوات الحوثيين بالمدفعية قرى في مديرية قعطبة وأحرقت منازل عدة فيها ودمرت "
                     "مدرسة ومسجداً وخزان مياه. وقال الأهالي إن القصف استمر ساعات.").text
    assert len(sentences(text)) == 2
