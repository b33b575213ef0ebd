"""Offset-preserving normalisation: what is folded, and that every position maps back.

The property tests feed `normalize()` Arabic assembled from the things field
reports really contain (diacritics, tatweel, Arabic-Indic and Persian digits,
presentation forms, zero-width and bidi marks, digits glued to words, fused
place names, a conjunction written apart) and check the contract evidence
depends on: any normalised range quotes the original exactly, positions map
back monotonically, and a normalised word is what its original spelling
normalises to.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.text.normalize import normalize, normalize_key

# --- strategies ---------------------------------------------------------------------------

_WORDS = [
    "قصف", "الطيران", "الحربي", "الروسي", "مدينة", "الميادين", "بلدة", "العشارة", "قرية",
    "مقتل", "مدنيين", "إصابة", "أطفال", "امرأة", "مستشفى", "على", "إلى", "مؤسسة", "هيئة",
    "تنظيم", "داعش", "قوات", "النظام", "ريف", "الشرقي", "فجر", "اليوم", "أمس",
]
_NOISE = [
    "\u064e", "\u064f", "\u0650", "\u064b", "\u064c", "\u064d", "\u0651", "\u0652", "\u0670",  # harakat
    "\u0640", "\u0640\u0640\u0640",                                                      # tatweel
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u2066", "\ufeff", "\u00ad",  # invisible
]
_PIECES = _WORDS + _NOISE + [
    " ", "  ", "\t", "\u00a0", "\n", "\r\n", " \n ",
    "و ", "و", "و  ",                                  # the conjunction, apart or glued
    "٠", "١٢", "٣٥", "۴", "۱۳۹۶", "25", "3.5",          # Arabic-Indic, Persian, ASCII digits
    "ﻻ", "ﷲ", "ﺑ", "ﻣ", "ﻪ", "ﷺ",                      # presentation forms (NFKC expands some)
    "ديرالزور", "خانشيخون", "تلابيض", "البوكمال",       # fused names
    "بـ3", "15تشرين", "ال3",                            # digits glued to letters
    "،", "؛", "؟", "«", "»", "“", "”", ".", ":", "-", "–", "(", ")",
    "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ی", "ک",
    "A", "Reuters",
]

_arabic_chars = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=4)
_presentation_chars = st.text(alphabet=st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC), max_size=2)

#: strings shaped like messy Arabic reports, plus arbitrary Unicode for good measure
arabic_reports = st.one_of(
    st.lists(st.one_of(st.sampled_from(_PIECES), _arabic_chars, _presentation_chars), max_size=50).map("".join),
    st.text(max_size=40),
)


def _ranges(n: int):
    return st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), min_size=1, max_size=20)


# --- properties -------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_reports, st.data())
def test_every_span_quotes_the_original(original, data):
    ot = normalize(original)
    for a, b in data.draw(_ranges(len(ot.text))):
        a, b = min(a, b), max(a, b)
        span = ot.span(a, b)
        assert 0 <= span.start <= span.end <= len(original)
        assert original[span.start:span.end] == span.text
        # trimmed: a span never starts or ends on whitespace
        assert span.text == span.text.strip()


@settings(max_examples=300, deadline=None)
@given(arabic_reports)
def test_positions_map_back_monotonically(original):
    ot = normalize(original)
    prev = 0
    for i in range(len(ot.text) + 1):
        o = ot.to_orig(i)
        assert 0 <= o <= len(original)
        assert o >= prev, f"position {i} maps to {o}, before {prev}"
        prev = o


@settings(max_examples=300, deadline=None)
@given(arabic_reports)
def test_normalised_words_round_trip(original):
    """A normalised word maps back to original text that normalises to the same word."""
    ot = normalize(original)
    for m in re.finditer(r"\S+", ot.text):
        span = ot.span(m.start(), m.end())
        assert span.text, f"{m.group()!r} maps to nothing"
        key = normalize_key(span.text)
        if _multiword_ligature(span.text):
            # one original character (ﷺ) becomes several words: each maps to all of it
            assert m.group() in key.split()
        else:
            assert key == m.group()


def _multiword_ligature(s: str) -> bool:
    return any(" " in unicodedata.normalize("NFKC", c) for c in s)


@settings(max_examples=300, deadline=None)
@given(arabic_reports)
def test_normalisation_is_idempotent_and_complete(original):
    text = normalize(original).text
    assert normalize(text).text == text
    assert not re.search("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]", text)
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", text)
    assert not re.search("[أإآٱىةؤئ،؛؟«»]", text)
    assert "  " not in text and "\t" not in text and "\r" not in text


# --- evidence of extracted records ------------------------------------------------------------

_CLAUSES = [
    "شنت طائرات حربية روسية غارات جوية على مدينة الميادين والعشارة بريف ديرالزور الشرقي",
    "ما أدى لمقتل ٥ مدنيين بينهم طفلان وإصابة عشرات آخرين",
    "قصفت قوات النظام بقذائف الهاون بلدة كفرنبل جنوب إدلب فجر اليوم",
    "واندلعت اشتباكات عنيفة بين قسد وتنظيم داعش في محيط بلدة الشحيل",
    "وانفجرت عبوة ناسفة بسيارة عسكرية في مدينة تل أبيض",
    "وكانت قوات النظام قد اعتقلت ٣ شبان في مدينة التل الأسبوع الماضي",
    "و خرجت مظاهرة في مدينة إدلب",
]


def _noisy(clause: str, noise: list[tuple[int, str]]) -> str:
    chars = list(clause)
    for pos, piece in sorted(noise, reverse=True):
        chars.insert(pos % (len(chars) + 1), piece)
    return "".join(chars)


_noise = st.lists(st.tuples(st.integers(0, 200), st.sampled_from(_NOISE + ["\u0640", " ", "٣"])), max_size=8)
_reports = st.lists(st.tuples(st.sampled_from(_CLAUSES), _noise, st.sampled_from(["، ", ". ", ".\n", " ", "؛ "])),
                    min_size=1, max_size=5).map(lambda parts: "".join(_noisy(c, n) + sep for c, n, sep in parts))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_reports)
def test_evidence_of_records_quotes_the_original(text):
    for rec in rasd.extract(text, published="2017-06-20"):
        assert rec.evidence, f"{rec.sub_event_type} at {rec.location_text} has no evidence"
        for span in rec.evidence:
            assert text[span.start:span.end] == span.text
            assert span.text.strip()
        # location_text is the place as written in this document
        assert rec.location_text and normalize_key(rec.location_text) in normalize_key(text)


def test_evidence_quotes_text_with_diacritics_and_tatweel():
    text = ("قَصَفَتْ طائراتٌ حربيـــةٌ روسيّةٌ مدينةَ سراقب بريف إدلب الشرقي، "
            "ما أدّى لمقتل ٣ مدنيين.\nوأفاد ناشطون بأن القصف استهدف سوقاً شعبياً.")
    records = rasd.extract(text, published="2018-02-03")
    assert records
    for rec in records:
        for span in rec.evidence:
            assert text[span.start:span.end] == span.text
    assert any("سراقب" in s.text for rec in records for s in rec.evidence)


# --- examples of each folding -----------------------------------------------------------------

@pytest.mark.parametrize("original, expected", [
    ("أحمد إبراهيم آمنة ٱلدولة", "احمد ابراهيم امنه الدوله"),          # hamza and madda on alef, wasla
    ("مؤسسة", "موسسه"),                                                 # hamza on waw
    ("قذائف رئيس", "قذايف رييس"),                                       # hamza on ya
    ("مستشفى على", "مستشفي علي"),                                       # alef maqsura
    ("مدرسة الحرية", "مدرسه الحريه"),                                   # ta marbuta
    ("کفرنبل", "كفرنبل"),                                              # Persian kaf
    ("یوم", "يوم"),                                                    # Persian ya
])
def test_letter_folding(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, expected", [
    ("قُتِلَ", "قتل"),                   # harakat
    ("مدنيّاً", "مدنيا"),                 # shadda + tanwin
    ("هٰذا", "هذا"),                     # dagger alef
    ("قـــصف", "قصف"),                   # tatweel
    ("مدي\u200bنة", "مدينه"),            # zero-width space inside a word
    ("\u200fقصف\u200e", "قصف"),          # bidi marks
    ("\ufeffقصف", "قصف"),                # BOM
])
def test_deleted_marks(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, expected", [
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),        # Arabic-Indic
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),        # Persian
    ("٣٥ قتيلاً", "35 قتيلا"),
    ("بـ3 قذائف", "ب 3 قذايف"),           # digit glued to a letter gets a space
    ("في 15تشرين الثاني", "في 15 تشرين الثاني"),
])
def test_digits(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, expected", [
    ("قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"),
    # quotation marks become spaces: they wrap names and must not split them
    ("تنظيم «داعش»", "تنظيم داعش "),
    ("فصائل “الجيش الحر”", "فصايل الجيش الحر "),
    ("دير الزور – الرقة", "دير الزور - الرقه"),
    ("قصف\tمدفعي", "قصف مدفعي"),
    ("قصف   مدفعي", "قصف مدفعي"),
    ("سطر أول  \n   سطر ثان", "سطر اول\nسطر ثان"),
    ("قصف\u00a0مدفعي", "قصف مدفعي"),
])
def test_punctuation_and_spaces(original, expected):
    assert normalize(original).text == expected


def test_presentation_forms_are_expanded():
    assert normalize("ﻻ").text == "لا"
    assert normalize("ﺑﻠﺪة").text == "بلده"


def test_fused_name_is_split_and_maps_back():
    original = "غارات على ديرالزور اليوم"
    ot = normalize(original)
    assert ot.text == "غارات علي دير الزور اليوم"
    a = ot.text.index("دير الزور")
    span = ot.span(a, a + len("دير الزور"))
    assert span.text == "ديرالزور"
    assert original[span.start:span.end] == "ديرالزور"


def test_fused_name_inside_a_longer_word_is_left_alone():
    # only whole words are split: a name followed by more letters is another word
    assert normalize("ديرالزورية").text == "ديرالزوريه"


def test_lone_waw_is_joined_and_maps_back():
    original = "قصف الطيران الموحسن و الميادين"
    ot = normalize(original)
    assert ot.text.endswith("الموحسن والميادين")
    a = ot.text.index("والميادين")
    span = ot.span(a, a + len("والميادين"))
    assert span.text == "و الميادين"
    # the name alone maps to the name alone
    b = a + 1
    assert ot.span(b, b + len("الميادين")).text == "الميادين"


def test_waw_inside_a_word_is_not_joined():
    # "نحو" ends in و: it is not a lone conjunction
    assert normalize("نحو عشرين").text == "نحو عشرين"


def test_span_of_folded_and_marked_word_quotes_it_whole():
    original = "قُصِفَتْ مدينـــةُ إدلب"
    ot = normalize(original)
    assert ot.text == "قصفت مدينه ادلب"
    a = ot.text.index("مدينه")
    span = ot.span(a, a + len("مدينه"))
    assert span.text == "مدينـــة"  # tatweel inside is quoted, the closing haraka is outside
    assert original[span.start:span.end] == span.text


def test_normalize_key_is_one_spelling_for_variants():
    variants = ["إدلب", "ادلب", "إِدْلِب", "إدلـب"]
    assert {normalize_key(v) for v in variants} == {"ادلب"}
    assert normalize_key("  تنظيم   الدولة ") == "تنظيم الدوله"
