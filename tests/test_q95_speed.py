"""Round q95-speed: cheaper gates with the same answers.

Each test states the equivalence a gate relies on, on sentences of the round's own."""
import re

from rasd.extract import frames
from rasd.text import normalize as N
from rasd.text import numbers as NU

_TEXTS = [
    "قتل 12 عنصراً من قوات النظام في هجوم على بادية دير الزور",
    "أسقطت الدفاعات الجوية طائرة F16 فوق ريف إدلب واستهدفت منظومة S-300 مواقع قرب المطار",
    "قتل 1,200 شخص منذ بداية المعارك وأصيب 2.5 بالمئة من السكان",
    "قتل 15شخصاً في غارة على سوق سراقب ABC12 و12,34 و1.2.3 و5-6 وA-5",
    "قتل ٣ أشخاص وأصيب ١٥ آخرون في ٢٠٢٤",
    "لا أرقام في هذه الجملة",
    "7",
]


def test_digit_matches_are_finditers():
    for t in _TEXTS:
        text = N.normalize(t).text
        want = [(m.span(), m.group()) for m in NU._DIGITS.finditer(text)]
        got = [(m.span(), m.group()) for m in NU._digit_matches(text)]
        assert got == want, text


def test_quantities_read_from_digits():
    text = N.normalize("قتل 1,200 شخص وأصيب ٣٠ آخرون في 2.5 ساعة من القصف على F16").text
    values = [q.best for q in NU.find_quantities(text)]
    assert 1200 in values and 30 in values and 16 not in values


def test_cp1256_holds_no_presentation_form():
    # the presentation-form scan is skipped for a text cp1256 encodes: none of its characters is one
    chars = bytes(range(256)).decode("cp1256", errors="replace")
    assert not any(N._PRESENTATION.match(c) for c in chars if c != "\ufffd")


def test_presentation_forms_still_folded():
    # "ﻗﺘﻞ ﺛﻼﺛﺔ" written in presentation forms, and a full-width digit: not cp1256, so still scanned
    assert N.normalize("ﻗﺘﻞ ﺛﻼﺛﺔ ﻣﺪﻧﻴﻴﻦ").text == N.normalize("قتل ثلاثة مدنيين").text
    assert N.normalize("قصف بـ\uff14 غارات").text == N.normalize("قصف بـ4 غارات").text
    # a glued ة (the text changes before folding) and a plain text fold as before
    assert N.normalize("ساحةسعدالله الجابري").text == "ساحه سعدالله الجابري"


def test_quarrel_needles_cover_the_regex():
    words = frames.words("private_quarrel")
    for w in words:
        assert any(n in w for n in frames._QUARREL_NEEDLES)
    text = N.normalize("قتل رجل وأصيب ابنه خلال شجار عائلي في حي الزهور").text
    assert frames._PRIVATE_QUARREL.search(text) is not None
    assert any(n in text for n in frames._QUARREL_NEEDLES)


def test_catch_needles_cover_the_regex():
    for w in frames.words("criminal_catch"):
        assert any(n in w for n in frames._CATCH_NEEDLES)
    text = N.normalize("ألقت الشرطة القبض على الجاني بعد ساعات في مدينة إربد").text
    assert frames._CRIMINAL_CATCH.search(text) is not None
