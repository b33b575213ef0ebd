"""Name keys: how a place name is reduced before it is compared with another.

Arabic names go through the project's one normaliser (`normalize_key`), so
hamza, ta marbuta, alef maqsura and diacritics fold the same way in the
gazetteer, in the lexicons and in documents.  Two extra reductions are the
gazetteer's own:

* administrative prefixes that OCHA and GeoNames put in front of names
  ("مركز الميادين", "ناحية هجين", "محافظة الحسكة") are dropped, from the data
  file `gazetteer/name_prefixes.tsv`;
* English names are folded to ASCII, lower case, without the Arabic article
  (al-/el-/ad-/ar-/as-/at-/az-/ash-), so "Deir ez-Zor", "Dayr az Zawr" and
  "Deir Ezzor" meet at keys that a fuzzy ratio can compare.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key

_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN_ART = re.compile(r"\b(?:al|el|ad|ar|as|at|az|ash|ath|adh|an|ad|ed|er|es|et|ez|esh)[-\s']+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def is_arabic(s: str) -> bool:
    return bool(_ARABIC.search(s))


#: letters of other languages' Arabic scripts (Urdu, Kurdish: ہ ە ۆ ێ ...) and Latin ones
_NOT_ARABIC_ALPHABET = re.compile("[\u0671-\u06ffA-Za-z]")


def in_arabic_alphabet(s: str) -> bool:
    """Can an Arabic-script name be met in Arabic text: does the project's normaliser bring it into the Arabic
    alphabet? Persian ی and ک fold to ي and ك, so "مریوان" can; GeoNames' Urdu and Kurdish spellings ("تەلەعفەر")
    and transliterations mixed with letters ("qۇds" for Jerusalem) cannot, and are no place's name (lead, stop 23)."""
    return is_arabic(s) and not _NOT_ARABIC_ALPHABET.search(normalize_key(s))


def written_in_arabic(s: str) -> bool:
    """Is a name written in the Arabic alphabet as it stands (no Persian ی/ک)? Such a name is shown first."""
    return not _NOT_ARABIC_ALPHABET.search(s)


@lru_cache(maxsize=1)
def admin_prefixes() -> tuple[str, ...]:
    """Normalised type words that may stand before a gazetteer name (longest first)."""
    words = {normalize_key(r["prefix"]) for r in read_tsv("gazetteer/name_prefixes.tsv")}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def fused_prefixes() -> frozenset[str]:
    """First words of place names that reports fuse to the next word ("كفرنبودة")."""
    return frozenset(normalize_key(r["prefix"]) for r in read_tsv("gazetteer/fused_prefixes.tsv"))


def strip_prefix(key: str) -> str:
    """"مركز الميادين" -> "الميادين"; a name that is only a prefix is kept as is."""
    for p in admin_prefixes():
        if key.startswith(p + " ") and len(key) > len(p) + 2:
            return key[len(p) + 1:]
    return key


def ar_keys(name: str) -> list[str]:
    """The normalised Arabic keys of one name: as written, and without an admin prefix."""
    k = normalize_key(name)
    if not k:
        return []
    out = [k]
    s = strip_prefix(k)
    if s != k:
        out.append(s)
    return out


def without_article(key: str) -> str:
    """"الميادين" -> "ميادين": used only for lookups, the Matcher handles the article itself."""
    if key.startswith("ال") and len(key) > 4:
        return key[2:]
    return key


@lru_cache(maxsize=100_000)
def en_key(name: str) -> str:
    """ASCII, lower-case, article-free key of a transliterated name ("Al-Mayādīn" -> "mayadin")."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", "").replace("`", "").replace("\u2019", "").replace("\u02bf", "").replace("\u02be", "")
    s = _LATIN_ART.sub(" ", " " + s)
    s = _NON_ALNUM.sub(" ", s)
    return " ".join(s.split())


def ascii_name(name: str) -> str:
    """GeoNames' "Al Mayādīn" as ACLED writes it: "Al Mayadin"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for mark in ("\u02bf", "\u02be", "\u2018", "\u2019", "`"):
        s = s.replace(mark, "")
    return s
