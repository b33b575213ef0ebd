"""Is this text Arabic?  Script tests cheap enough to run on every document of a crawl.

Two questions, because a web archive of the region holds both kinds of miss:

1. Is it written in Arabic script at all?  (English, French, Turkish pages:
   the share of Arabic-script letters among all letters is low.)
2. Is the Arabic script used for Arabic, or for Persian, Kurdish (Sorani) or
   Urdu?  Those languages drop letters Arabic uses all the time (ة, ى, and the
   Arabic forms of yeh and kaf: ي ك) and add their own (پ چ ژ گ ک ی ۆ ێ ە ...).
   Counting the two groups tells them apart on a few sentences, with no model
   to download; a statistical detector (lingua, fastText) would need one.
   Arabic typed on a Persian keyboard also has ی and ک, so a text is only
   called Persian/Kurdish when, besides, few of its words carry the Arabic
   definite article ال (a third of the words of Arabic news prose, almost
   none in Persian or Kurdish, which borrow it only in names).

Letter groups follow the Unicode Arabic block chart (U+0600..U+06FF).
"""
from __future__ import annotations

import re

#: below this share of Arabic letters among all letters a document is not Arabic
MIN_ARABIC_SHARE = 0.3

#: above this share of non-Arabic markers (among all markers) an Arabic-script text may be
#: Persian/Kurdish/Urdu ...
MAX_OTHER_SCRIPT_SHARE = 0.6
#: ... and is, when fewer than this share of its words start with the Arabic article
MIN_ARTICLE_SHARE = 0.08
#: the Arabic definite article (alif, lam), the one morpheme the test looks at
ARTICLE = "\u0627\u0644"

#: letters frequent in Arabic and absent (or replaced by other code points) in Persian/Urdu/Sorani
ARABIC_ONLY = frozenset("\u0629\u0649\u064a\u0643")                      # ة ى ي ك
#: letters of Persian, Kurdish (Sorani) and Urdu that Arabic does not use
OTHER_LANGUAGE_LETTERS = frozenset(
    "\u067e\u0686\u0698\u06af\u06a9\u06cc"                                # پ چ ژ گ ک ی
    "\u06c6\u06ce\u06d5\u0695\u06b5"                                      # ۆ ێ ە ڕ ڵ (Sorani)
    "\u0679\u0688\u0691\u06ba\u06d2\u06be"                                # ٹ ڈ ڑ ں ے ھ (Urdu)
)


def _is_arabic_letter(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"


# Counting is done by deleting what does not count and taking the length: one string built
# per test instead of a list of one-letter strings (this runs on every document).
_NON_LETTERS = re.compile(r"[\W\d_]+")   # all but letters ([^\W\d_])
_NON_ARABIC_SCRIPT = re.compile(r"[^\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")


# The fast path of the two counts below: nearly every Arabic news text is written in the
# characters of the Windows Arabic code page (cp1256, one byte each), and then encoding it
# (in C) and deleting the bytes that do not count (bytes.translate, in C) counts exactly what
# the regex/str.count path counts, at a tenth of the cost (this runs on every document).
# The byte classes are worked out from the code page's own decoding table with the same
# regexes and sets, so the two paths cannot disagree; a text with any other character
# (Arabic-Indic digits, Turkish ı ...) takes the slow path.
_CP1256 = bytes(range(256)).decode("cp1256")


def _bytes_outside(keep) -> bytes:
    """The cp1256 byte values whose character fails `keep` (the `delete` argument of translate)."""
    return bytes(b for b, c in enumerate(_CP1256) if not keep(c))


_DROP_NON_LETTER = _bytes_outside(lambda c: not _NON_LETTERS.match(c))
_DROP_NON_ARABIC_LETTER = _bytes_outside(lambda c: not _NON_LETTERS.match(c) and not _NON_ARABIC_SCRIPT.match(c))
_DROP_NON_ARABIC_ONLY = _bytes_outside(lambda c: c in ARABIC_ONLY)
_DROP_NON_OTHER_LANGUAGE = _bytes_outside(lambda c: c in OTHER_LANGUAGE_LETTERS)


def _cp1256(part: str) -> bytes | None:
    try:
        return part.encode("cp1256")
    except UnicodeEncodeError:
        return None


def arabic_share(text: str, sample: int = 20_000) -> float:
    """Share of Arabic-script letters among the letters of (a prefix of) `text`."""
    part = text[:sample]
    return _arabic_share(part, _cp1256(part))


def _arabic_share(part: str, raw: bytes | None) -> float:
    """`arabic_share` of `part`, given its cp1256 bytes (None: not encodable)."""
    if raw is not None:
        n_letters = len(raw.translate(None, _DROP_NON_LETTER))
        return len(raw.translate(None, _DROP_NON_ARABIC_LETTER)) / n_letters if n_letters else 0.0
    # whitespace goes first by str.split (fast, in C): fewer, shorter runs left for the regex
    letters = _NON_LETTERS.sub("", "".join(part.split()))
    if not letters:
        return 0.0
    return len(_NON_ARABIC_SCRIPT.sub("", letters)) / len(letters)


def other_language_share(text: str, sample: int = 20_000) -> float:
    """Among letters that mark Arabic or its neighbours, the share that marks a neighbour."""
    part = text[:sample]
    return _other_language_share(part, _cp1256(part))


def _other_language_share(part: str, raw: bytes | None) -> float:
    """`other_language_share` of `part`, given its cp1256 bytes (None: not encodable)."""
    if raw is not None:
        arabic = len(raw.translate(None, _DROP_NON_ARABIC_ONLY))
        other = len(raw.translate(None, _DROP_NON_OTHER_LANGUAGE))
    else:
        arabic = sum(part.count(c) for c in ARABIC_ONLY)
        other = sum(part.count(c) for c in OTHER_LANGUAGE_LETTERS)
    return other / (arabic + other) if arabic + other else 0.0


def article_share(text: str, sample: int = 20_000) -> float:
    """Share of Arabic-script words that begin with the definite article."""
    words = [w for w in "".join(c if _is_arabic_letter(c) else " " for c in text[:sample]).split() if len(w) > 2]
    return sum(w.startswith(ARTICLE) for w in words) / len(words) if words else 0.0


def not_arabic_reason(text: str) -> str | None:
    """Why `text` is not Arabic, or None when it is (the reason goes into skip messages)."""
    # (the sample is encoded once for both counts: encoding is most of their cost)
    part = text[:20_000]
    raw = _cp1256(part)
    share = _arabic_share(part, raw)
    if share < MIN_ARABIC_SHARE:
        return f"not Arabic ({share:.0%} of letters are Arabic script)"
    other = _other_language_share(part, raw)
    if other > MAX_OTHER_SCRIPT_SHARE and article_share(text) < MIN_ARTICLE_SHARE:
        return (f"Arabic script but not Arabic ({other:.0%} of marker letters are Persian, "
                f"Kurdish or Urdu ones)")
    return None


def is_arabic(text: str) -> bool:
    return not_arabic_reason(text) is None
