"""Offset-preserving Arabic normalisation.

Every lexicon and gazetteer entry and every document goes through the same
`normalize()`, so a spelling that matches in one place matches in all.  The
normalised text is for *finding* things; evidence is always quoted from the
original text, which is why each normalised position maps back to the
original one (`OffsetText.to_orig`, `OffsetText.span`).

What is folded (Unicode facts, not vocabulary):

* diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and
  tatweel are deleted; so are zero-width and bidi control characters;
* alef with hamza/madda and alef wasla -> ا, alef maqsura -> ي, ta marbuta -> ه,
  hamza on waw -> و, hamza on ya -> ي (the same folding the scorer applies);
* Arabic-Indic and Persian digits -> ASCII digits, Arabic comma/semicolon/
  question mark -> , ; ?, quotation marks -> spaces, ASCII letters lower-cased;
* runs of spaces collapse to one, tabs and no-break spaces become spaces;
* presentation forms (ﻻ, ﷲ ...) are expanded with NFKC;
* the conjunction و written apart ("و الميادين") is joined to its word, and
  fused names from `data/lexicon/fused_names.tsv` ("ديرالزور") are split.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.model import Span
from rasd.resources import read_tsv

# 1:1 character folding; positions do not move.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    # quotation marks wrap names (فصائل “الجيش الوطني”) and would split them: they become spaces
    "“": " ", "”": " ", "„": " ", "«": " ", "»": " ", "″": " ", '"': " ",
    "‘": " ", "’": " ", "‚": " ",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
    "\t": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "\u202f": " ", "\u3000": " ", "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits
for _c in range(ord("A"), ord("Z") + 1):
    _FOLD[chr(_c)] = chr(_c + 32)
_TABLE = str.maketrans(_FOLD)
# `_TABLE` on the bytes of a text written in cp1256's characters (nearly every report): str.translate looks each
# non-ASCII character up in a dict, ~200 us a report; encoding, a bytes translate and decoding are ~10x faster.
# Every folded value is one cp1256 character, so the two give the same text (q90-speed)
_CP1256 = bytes(range(256)).decode("cp1256")
_BYTE_TABLE = b"".join(_FOLD.get(c, c).encode("cp1256") for c in _CP1256)


def _fold(text: str) -> str:
    """`text.translate(_TABLE)`."""
    try:
        raw = text.encode("cp1256")
    except UnicodeEncodeError:
        return text.translate(_TABLE)   # (a character cp1256 lacks: Arabic-Indic digits, Persian letters)
    return raw.translate(_BYTE_TABLE).decode("cp1256")

# Characters that vanish: diacritics, tatweel, zero-width / bidi controls, CR,
# soft hyphen; plus all but the last of a run of spaces and spaces next to a line break.
_DELETE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\r]"
)
_SPACES = re.compile("(?<=\n) +| +(?=\n)| (?= )")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc\uff01-\uff5e]")
# "و الميادين" -> "والميادين": a lone conjunction followed by an Arabic word.
# (led by its literal "و ", the look-behind after it, so that the engine skips to each "و " instead of trying the
#  look-behind at every position of the report: q90-speed)
_LONE_WAW = re.compile(r"و (?<![^\W\d_]و )(?=[\u0621-\u064a])")
# "15تشرين" -> "15 تشرين", "بـ3" -> "ب 3": digits glued to Arabic letters get a space
# q87-probe-feature: a final ة (ه once normalised) or alef right before the article of a word of two letters or
# more, inside one token: two words with the space lost, as posts write place names ("قلعةالمضيق"، "درعاالبلد");
# the seam is after the first word's last letter. Read on the normalised text, so that normalising twice
# changes nothing ("قصفأالطيران"). Each pattern opens with the letter it splits after, not a look-behind, so
# the regex engine skips to that letter instead of trying every position of the report (lead, stop 26)
_TA_MARBUTA_INSIDE = re.compile(r"ة(?<=[\u0621-\u064a]ة)(?=[\u064b-\u0652\u0640]*[\u0621-\u064a])")
_END_LETTER_GLUE = re.compile(r"[اه](?<=[\u0621-\u064a]{3})(?=ال[\u0621-\u064a]{2})")
# (two patterns led by the digit, the seam after it or before it: a look-behind-led pattern is tried at every
#  position of the report, a digit-led one only where a digit stands; q90-speed)
_DIGIT_THEN_LETTER = re.compile(r"\d(?=[\u0621-\u064a])")      # the seam at m.end()
_LETTER_THEN_DIGIT = re.compile(r"\d(?<=[\u0621-\u064a]\d)")  # the seam at m.start()
#: a digit at either seam: the two patterns above in one scan of the text (each tries every character
#: with a class test; most reports hold a few seams; round q94-speed)
_DIGIT_SEAM = re.compile(r"\d(?:(?=[\u0621-\u064a])|(?<=[\u0621-\u064a]\d))")


class _Layer:
    """Maps positions of a derived string back to the string it was made from.

    Stored as segments: each starts at `starts[k]` in the derived string and
    either copies the source from `src[k]` on (shift is constant) or is
    replacement text whose every character maps to source position `src[k]`.
    """

    __slots__ = ("starts", "src", "copy")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.src: list[int] = []
        self.copy: list[bool] = []

    def to_src(self, i: int) -> int:
        k = bisect_right(self.starts, i) - 1
        if k < 0:
            return i
        return self.src[k] + (i - self.starts[k] if self.copy[k] else 0)


def _apply_edits(s: str, edits: list[tuple[int, int, str]]) -> tuple[str, _Layer]:
    """Apply sorted, non-overlapping (pos, n_deleted, replacement) edits to `s`."""
    out: list[str] = []
    layer = _Layer()
    src = 0  # position in s
    dst = 0  # position in the output
    for pos, n_del, rep in edits:
        if pos > src:
            layer.starts.append(dst)
            layer.src.append(src)
            layer.copy.append(True)
            out.append(s[src:pos])
            dst += pos - src
        if rep:
            layer.starts.append(dst)
            layer.src.append(pos)
            layer.copy.append(False)
            out.append(rep)
            dst += len(rep)
        src = pos + n_del
    if src < len(s) or not layer.starts:
        layer.starts.append(dst)
        layer.src.append(src)
        layer.copy.append(True)
        out.append(s[src:])
    return "".join(out), layer


@dataclass(frozen=True, slots=True)
class _Fused:
    regex: re.Pattern[str] | None
    splits: dict[str, str]


@lru_cache(maxsize=1)
def _fused() -> _Fused:
    rows = read_tsv("lexicon/fused_names.tsv")
    splits: dict[str, str] = {}
    for row in rows:
        fused = _basic(row["fused"])[0]
        split = _basic(row["split"])[0]
        if fused.replace(" ", "") != split.replace(" ", ""):
            raise ValueError(f"fused_names.tsv: {row['fused']!r} and {row['split']!r} differ in letters")
        if " " in fused:
            continue   # (split already where ة was glued to the next word: "معرةالنعمان")
        splits[fused] = split
    if not splits:
        return _Fused(None, {})
    alt = "|".join(sorted((re.escape(f) for f in splits), key=len, reverse=True))
    return _Fused(re.compile(f"({alt})(?![^\\W\\d_])"), splits)


def _basic(text: str) -> tuple[str, list[_Layer]]:
    layers: list[_Layer] = []
    # (a text cp1256 can encode holds no presentation form nor full-width character: cp1256 has none of
    #  `_PRESENTATION`'s characters, so the encoding, which `_fold` needs anyway, answers for the class scan
    #  of the whole report; its bytes are folded below unless the text changes first; round q95-speed)
    try:
        raw: bytes | None = text.encode("cp1256")
    except UnicodeEncodeError:
        raw = None
    if raw is None and _PRESENTATION.search(text):
        edits = []
        for m in _PRESENTATION.finditer(text):
            rep = unicodedata.normalize("NFKC", m.group())
            if rep != m.group():
                edits.append((m.start(), 1, rep))
        if edits:
            text, layer = _apply_edits(text, edits)
            layers.append(layer)
    if "ة" in text and _TA_MARBUTA_INSIDE.search(text) is not None:
        # "ساحةسعدالله الجابري" -> "ساحة سعدالله الجابري": ة is only ever a word's last letter; a letter after it
        # in the same token is the next word with the space lost (before ة becomes ه; q87-probe-feature)
        text, layer = _apply_edits(text, [(m.end(), 0, " ") for m in _TA_MARBUTA_INSIDE.finditer(text)])
        layers.append(layer)
        raw = None
    text = _fold(text) if raw is None else raw.translate(_BYTE_TABLE).decode("cp1256")
    for regex in (_DELETE, _SPACES):
        if regex is _SPACES and "  " not in text and " \n" not in text and "\n " not in text:
            continue   # (every match of _SPACES stands at one of these: three scans in C instead of the
                       #  look-behind-led pattern tried at every position; q90-speed)
        edits = [(m.start(), m.end() - m.start(), "") for m in regex.finditer(text)]
        if edits:
            text, layer = _apply_edits(text, edits)
            layers.append(layer)
    return text, layers


def _map_layer(layer: _Layer, idx: list[int]) -> list[int]:
    """Map many positions (non-decreasing, as every layer keeps order) through one layer in
    a single sweep."""
    out = [0] * len(idx)
    starts, src, copy = layer.starts, layer.src, layer.copy
    k = 0
    n = len(starts)
    for j, i in enumerate(idx):
        while k + 1 < n and starts[k + 1] <= i:
            k += 1
        if i < starts[0]:
            out[j] = i
        else:
            out[j] = src[k] + (i - starts[k] if copy[k] else 0)
    return out


class OffsetText:
    """A document's normalised text together with the way back to the original."""

    __slots__ = ("original", "text", "_layers", "_back")

    def __init__(self, original: str, text: str, layers: list[_Layer]):
        self.original = original
        self.text = text
        self._layers = layers
        # the layers' segment lists, last layer first: `to_orig` walks them for every evidence
        # span and place of every report, without a method call per layer
        self._back = tuple((layer.starts, layer.src, layer.copy) for layer in reversed(layers))

    def to_orig(self, i: int) -> int:
        """Original position of normalised position `i` (i may equal len(text))."""
        for starts, src, copy in self._back:   # (`_Layer.to_src`, inlined)
            k = bisect_right(starts, i) - 1
            if k >= 0:
                i = src[k] + (i - starts[k] if copy[k] else 0)
        return i

    def orig_range(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of normalised [start, end), trimmed of spaces."""
        if end <= start:
            o = self.to_orig(start)
            return o, o
        # both ends through the layers in one walk (`to_orig` twice, inlined: every evidence
        # span and place of a report is mapped back)
        os_, oe = start, end - 1
        for starts, src, copy in self._back:
            k = bisect_right(starts, os_) - 1
            if k >= 0:
                os_ = src[k] + (os_ - starts[k] if copy[k] else 0)
            k = bisect_right(starts, oe) - 1
            if k >= 0:
                oe = src[k] + (oe - starts[k] if copy[k] else 0)
        oe += 1
        # an inserted character maps onto the next original one; keep the range sane
        # (conditional expressions, not the builtins max/min: asked for every evidence span)
        oe = oe if oe > os_ else os_ + 1
        orig = self.original
        n = len(orig)
        oe = oe if oe < n else n
        while os_ < oe and orig[os_].isspace():
            os_ += 1
        while oe > os_ and orig[oe - 1].isspace():
            oe -= 1
        return os_, oe

    def orig_offsets(self) -> list[int]:
        """The original position of every normalised position (and of len(text)), at once."""
        idx = list(range(len(self.text) + 1))
        for layer in reversed(self._layers):
            idx = [layer.to_src(i) for i in idx] if len(idx) < 64 else _map_layer(layer, idx)
        return idx

    def span(self, start: int, end: int) -> Span:
        """The original text behind normalised [start, end), as an evidence `Span`."""
        os_, oe = self.orig_range(start, end)
        return Span(os_, oe, self.original[os_:oe])

    def __len__(self) -> int:
        return len(self.text)


def _digit_seams(text: str) -> list[int]:
    """Where a digit meets an Arabic letter: `_LETTER_THEN_DIGIT`'s starts and `_DIGIT_THEN_LETTER`'s ends, from
    one scan of the text (`_DIGIT_SEAM`), in text order."""
    seams = []
    for m in _DIGIT_SEAM.finditer(text):
        i = m.start()
        if i and "\u0621" <= text[i - 1] <= "\u064a":
            seams.append(i)
        if "\u0621" <= text[i + 1:i + 2] <= "\u064a":
            seams.append(i + 1)
    return seams


def normalize(original: str) -> OffsetText:
    """Normalise a document, keeping the map back to `original`."""
    text, layers = _basic(original)
    edits: list[tuple[int, int, str]] = []
    for m in _LONE_WAW.finditer(text):
        edits.append((m.start() + 1, 1, ""))
    for i in _digit_seams(text):
        edits.append((i, 0, " "))
    fused = _fused()
    if fused.regex is not None:
        for m in fused.regex.finditer(text):
            split = fused.splits[m.group(1)]
            gap = split.index(" ")
            edits.append((m.start(1) + gap, 0, " "))
    if "اال" in text or "هال" in text:   # (the seam's letters; asked of every name the pipeline normalises)
        glued = [(m.end(), 0, " ") for m in _END_LETTER_GLUE.finditer(text)]
        if glued:
            # (a seam the fused-names table splits too gets one space)
            seen = {e[0] for e in edits if e[1] == 0 and e[2] == " "}
            edits.extend(e for e in glued if e[0] not in seen)
    if edits:
        edits.sort()
        text, layer = _apply_edits(text, edits)
        layers.append(layer)
    return OffsetText(original, text, layers)


@lru_cache(maxsize=200_000)
def normalize_key(s: str) -> str:
    """Normalise a lexicon entry or a name for comparison (no offsets kept)."""
    text = normalize(s).text
    return " ".join(text.split())
