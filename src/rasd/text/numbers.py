"""Quantities in normalised text: digits, number words and vague quantifiers.

Casualty counts in Arabic reports come as digits (25), words (خمسة وعشرين),
duals carried by the noun (عنصرين), or vague quantities (عشرات, عدد من)
that are ranges, not numbers.  Each `Quantity` carries the ACLED-conservative
best value and a low/high range; the table of vague quantifiers is data
(`data/lexicon/quantifiers.tsv`), documented in docs/extraction.md.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from rasd.lexicon.load import Lexicons, lexicons
from rasd.resources import read_tsv

# digits glued to Latin letters are names ("SY24", "F16", "S-300"), not counts
# (the pattern opens with the digit itself and tests what stands before it afterwards, the
#  look-behinds moved one digit on (?<![..]\d): a pattern that starts with a character class
#  lets the regex engine skip to the next digit instead of trying every position of the
#  document; ten times faster than trying the look-behinds first, twice a leading (?=\d))
_DIGITS = re.compile(r"\d(?<![\d.,A-Za-z]\d)(?<![A-Za-z]-\d)(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*(?:\.\d+)?(?![\dA-Za-z]))")


_start = attrgetter("start")


def _digit_matches(text: str) -> list[re.Match[str]]:
    """`_DIGITS.finditer(text)`, its matches tried only where an ASCII digit stands (found with `str.find`, ten
    scans in C, instead of the regex engine's class test at every character of the report: ~1/6 of the time;
    round q95-speed). Digits of other scripts are not tried: normalised text holds none but ASCII ones
    (Arabic-Indic and Persian digits are folded, full-width ones made ASCII by NFKC)."""
    starts: list[int] = []
    for d in "0123456789":
        i = text.find(d)
        while i >= 0:
            starts.append(i)
            i = text.find(d, i + 1)
    if not starts:
        return []
    starts.sort()
    out = []
    end = 0
    match = _DIGITS.match
    for i in starts:
        if i < end:
            continue   # (inside the last match: finditer goes on from its end)
        m = match(text, i)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


@dataclass(slots=True, unsafe_hash=True)
class Quantity:
    """A count found in the text; offsets are in the normalised text.

    Treated as immutable (and hashable), but not declared frozen: a frozen dataclass pays for
    its guarded `__setattr__` on every field of every count of every report.
    """

    start: int
    end: int
    best: int
    low: int | None
    high: int | None
    vague: bool = False
    text: str = ""


def compose(tokens: list[tuple[int, str]]) -> int:
    """Value of a run of number words, e.g. [(5,'unit'), (20,'ten')] -> 25."""
    total = 0
    cur = 0
    for v, t in tokens:
        if t in ("thousand", "million"):
            mult = 1000 if t == "thousand" else 1_000_000
            if v == 2000:
                total += cur * 1000 + 2000 if cur else 2000
            else:
                total += (cur or 1) * mult
            cur = 0
        elif t == "hundred":
            cur = cur * 100 if (v == 100 and 0 < cur < 10) else cur + v
        elif t == "teen":
            cur = cur + 10 if 0 < cur < 10 else cur + v
        else:
            cur += v
    return total + cur


# which number word may follow which inside one number: "خمسة وعشرون", "مئة وخمسون",
# "احد عشر", "ثلاثة آلاف"; never "واحدة واثنين" (two numbers, not one)
_JOIN_WAW = {("unit", "ten"), ("hundred", "unit"), ("hundred", "ten"), ("thousand", "unit"),
             ("thousand", "ten"), ("thousand", "hundred"), ("million", "thousand"),
             ("million", "hundred"), ("teen", "ten")}
_JOIN_BARE = {("unit", "teen"), ("unit", "thousand"), ("teen", "thousand"), ("ten", "thousand"),
              ("hundred", "thousand"),
              ("unit", "hundred"), ("unit", "million")}


def _joins(prev_type: str, next_type: str, with_waw: bool) -> bool:
    return (prev_type, next_type) in (_JOIN_WAW if with_waw else _JOIN_BARE)


def _number_word_runs(text: str, lex: Lexicons) -> list[tuple[int, int, int]]:
    hits = [h for h in lex.number_words.find(text) if "ال" not in text[h.word_start:h.start]]
    hits.sort(key=lambda h: h.start)
    runs: list[tuple[int, int, int]] = []
    cur: list = []
    for h in hits:
        if cur:
            prev = cur[-1]
            gap = text[prev.word_end:h.word_start]
            prefix = text[h.word_start:h.start]
            if gap == " " and prefix in ("", "و") and h.word_start >= prev.word_end and \
                    _joins(prev.payload[1], h.payload[1], prefix == "و"):
                cur.append(h)
                continue
            runs.append(_close(cur))
        cur = [h]
    if cur:
        runs.append(_close(cur))
    return runs


def _close(run) -> tuple[int, int, int]:
    return run[0].start, run[-1].end, compose([h.payload for h in run])


@lru_cache(maxsize=1)
def _scale_words() -> re.Pattern:
    """The words of `numbers.tsv` that scale a number by a thousand or a million (ألف، آلاف، مليون،
    not the duals ألفين/مليونين, which are numbers of their own)."""
    rows = [r for r in read_tsv("lexicon/numbers.tsv") if r["type"] in ("thousand", "million")
            and int(r["value"]) in (1000, 1_000_000)]
    alts = "|".join(sorted((re.escape(r["pattern"]) for r in rows), key=len, reverse=True))
    return re.compile(rf" (?:{alts})(?!\w)")


def _scale_after(text: str, end: int) -> tuple[int, int] | None:
    """(multiplier, end) of a thousand/million word right after digits ending at `end`."""
    m = _scale_words().match(text, end)
    if m is None:
        return None
    w = m.group().strip()
    return (1_000_000 if w in _million_words() else 1000), m.end()


@lru_cache(maxsize=1)
def _million_words() -> frozenset[str]:
    """The million words of `numbers.tsv` (the others scale by a thousand)."""
    return frozenset(r["pattern"] for r in read_tsv("lexicon/numbers.tsv") if r["type"] == "million")


#: the possessive pronouns that end a possessed noun ("أطفالها الأربعة"; casualties reads them too)
POSSESSIVE_ENDS = ("ه", "ها", "هم", "هما")


def _possessed_counts(text: str, lex: Lexicons) -> list[Quantity]:
    """A definite number word 2-10 right after a word ending with a possessive pronoun ("امرأة
    وأطفالها الأربعة", "أبنائه الثلاثة"): how many of them there were. Found with str.find per word
    (a regex over the text cost 0.1 M instructions a report: "العشرات" is in most of them)."""
    out = []
    for word, value in lex.definite_numbers.items():
        i = text.find(word)
        while i >= 0:
            e = i + len(word)
            prev = text.rfind(" ", 0, i) + 1
            if (e == len(text) or not text[e].isalpha()) and i - prev > 1 \
                    and text.endswith(POSSESSIVE_ENDS, prev, i):
                out.append(Quantity(i + 1, e, value, value, value, False, text[i + 1:e]))
            i = text.find(word, e)
    return out


def find_quantities(text: str, lex: Lexicons | None = None) -> list[Quantity]:
    """Every count in `text` with its range; modifiers (اكثر من، نحو، على الاقل) applied."""
    lex = lex or lexicons()
    found: list[Quantity] = []
    for m in _digit_matches(text):
        raw = m.group().replace(",", "")
        try:
            f = float(raw)
        except ValueError:
            continue
        end = m.end()
        # "13 ألف شخص", "3 آلاف", "1.5 مليون": digits scaled by the word after them
        scale = _scale_after(text, end) if text.startswith(" ", end) else None
        if scale is not None:
            f, end = f * scale[0], scale[1]
        v = int(f)
        found.append(Quantity(m.start(), end, v, v, v, False, text[m.start():end]))
    mods = sorted(lex.quantifiers.find(text), key=_start)
    # a bare plural that is both a number word and a vague quantifier (الاف) is the vague one:
    # "thousands" is a range from 1000 up, not exactly 1000
    vague_spans = {(h.start, h.end) for h in mods if not h.payload.op and h.payload.best is not None}
    for s, e, v in _number_word_runs(text, lex):
        if (s, e) in vague_spans:
            continue
        for q in found:   # (a loop, not any() over a generator: a report has a dozen such runs)
            if q.start < e and s < q.end:
                break
        else:
            found.append(Quantity(s, e, v, v, v, False, text[s:e]))
    # "امرأة وأطفالها الأربعة", "أبنائه الثلاثة": a definite number word right after a noun with a
    # possessive pronoun says how many of them there were
    found.extend(_possessed_counts(text, lex))
    found.sort(key=_start)
    # modifiers and vague quantifiers
    out: list[Quantity] = []
    used_mod: set[int] = set()
    # (the modifiers with an operation, listed once: asked of every count, and most
    #  quantifier hits are vague words with none)
    ops = [(i, h) for i, h in enumerate(mods) if h.payload.op]
    for q in found:
        best, low, high, start, end = q.best, q.low, q.high, q.start, q.end
        modified = False
        for i, h in ops:
            qf = h.payload
            before = h.end <= q.start and q.start - h.end <= 2
            after = h.start >= q.end and h.start - q.end <= 12 and qf.op == "+0"
            if not (before or after):
                continue
            used_mod.add(i)
            modified = True
            if qf.op == "+1":
                best, low, high = q.best + 1, q.best + 1, None
            elif qf.op == "+0":
                best, low, high = q.best, q.best, None
            elif qf.op == "~":
                low, high = math.floor(q.best * 0.8), math.ceil(q.best * 1.2)
            # a modifier before the number widens the quantity; "على الأقل" after it does not,
            # so the counted noun right after the number stays right after it
            if before:
                start = min(start, h.start)
        # (a count no modifier touched is itself: not vague, its own text; not made again)
        out.append(Quantity(start, end, best, low, high, False, text[start:end]) if modified else q)
    for h in mods:
        qf = h.payload
        if qf.op or qf.best is None:
            continue
        for q in out:   # (a loop, not any() over a generator)
            if q.start < h.end and h.start < q.end:
                break
        else:
            out.append(Quantity(h.start, h.end, qf.best, qf.low, qf.high, True, text[h.start:h.end]))
    out.sort(key=_start)
    return _ranges(text, out)


#: "ما بين 10 و15", "بين 10 إلى 15": the number before the pair, and what joins the two numbers
_RANGE_LEAD = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s*$")
_RANGE_JOIN = re.compile(r"\s*(?:و|الي|-)\s*")


def _ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join "بين N و M" into one range: N as the best (ACLED-conservative), N..M its bounds."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and not q.vague and not nxt.vague and nxt.best > q.best and \
                _RANGE_JOIN.fullmatch(text, q.end, nxt.start) and \
                (lead := _RANGE_LEAD.search(text, max(0, q.start - 10), q.start)) is not None:
            start = lead.start() + (1 if text[lead.start()].isspace() else 0)
            out.append(Quantity(start, nxt.end, q.best, q.best, nxt.best, False, text[start:nxt.end]))
            i += 2
            continue
        out.append(q)
        i += 1
    return out
