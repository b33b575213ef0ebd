"""The fewest substrings a "does any of these words occur?" test has to look for.

Several stages ask whether any of a group's words occurs in a whole report, or in the window
before a place, before they run the regex that needs one of them (a report without a reporter
noun has no correspondent's base).  Each `w in text` is a scan of the text, and the groups
repeat words ("بحجة" is the rarest word of two phrases) or hold words that contain another
("مراسلو" contains "مراسل", "اسمته" contains "سمته"): a text that holds the longer word holds the
shorter one, so asking for the shorter one alone gives the same answer with fewer scans.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import ahocorasick

# Needles asked of whole reports ("does this report hold «سراح» anywhere?"), found by one
# Aho-Corasick scan of each report (`read_report`) instead of one `in` scan per needle and gate:
# ~165 such tests a bench report cost ~1.4 M instructions, the scan ~0.3 M (round q91-speed).
# The answers are kept with the report's text object itself and given only when asked of that
# very object (`is`, not `==`): a window, another report or another thread's report is scanned
# as before.  One-character needles are left to `in` (they are found by a fast character search).
# Each module lists the words it asks (`watched` at import) rather than having a word join on its first
# question: the scan pays for every occurrence of a word where `in` stops at the first, so a word common in
# reports belongs with `in` (joining on first ask measured +0.14 M instructions a report, stop 30's review).
# The scan also keeps where each word ends, so `positions.positions_of` asked of the report for watched words
# needs no `str.find` over it (`starts_in_report`, round q92-speed).
_watched: set[str] = set()
_automaton: ahocorasick.Automaton | None = None
# (the report read last, and where each watched needle it holds ends in it: `starts_in_report`)
_report: tuple[str | None, dict[str, list[int]]] = (None, {})


def watched(words: Iterable[str]) -> tuple[str, ...]:
    """Register needles asked of whole reports; returns them as a tuple, in their order."""
    global _automaton, _report
    out = tuple(words)
    for w in out:
        if len(w) > 1 and w not in _watched:
            _report = (None, {})   # (the report read last was not scanned for it)
            _watched.add(w)
            _automaton = None
    return out


def read_report(text: str) -> None:
    """Find where the watched needles occur in the report `text`, for `has`, `any_in`, `occurs_any`
    and `starts_in_report`."""
    global _automaton, _report
    auto = _automaton
    if auto is None:
        auto = ahocorasick.Automaton()
        for w in _watched:
            auto.add_word(w, w)
        auto.make_automaton()
        _automaton = auto
    found: dict[str, list[int]] = {}
    if _watched:
        for end, w in auto.iter(text):
            ends = found.get(w)
            if ends is None:
                found[w] = [end]
            else:
                ends.append(end)
    _report = (text, found)


def starts_in_report(text: str, words: tuple[str, ...]) -> list[int] | None:
    """Every position where one of `words` starts in `text`, in order, each once, from the scan of
    the report read last; None unless `text` is that report and every word is watched (then
    `positions.positions_of` scans with `str.find`)."""
    r = _report
    if r[0] is not text:
        return None
    found = r[1]
    out: list[int] = []
    for w in words:
        if w not in _watched:
            return None
        ends = found.get(w)
        if ends is not None:
            k = len(w) - 1
            out += [e - k for e in ends]
    return out if len(words) == 1 else sorted(set(out))


def has(text: str, needle: str) -> bool:
    """`needle in text`, answered from the report's scan when `text` is the report read last."""
    r = _report
    if r[0] is text and needle in _watched:
        return needle in r[1]
    return needle in text


def fewest_needles(words: Iterable[str]) -> tuple[str, ...]:
    """The words none of the others is part of, once each, in a fixed order.

    `any(w in s for w in fewest_needles(ws)) == any(w in s for w in ws)` for every string s.
    """
    unique = sorted(set(words), key=lambda w: (len(w), w))
    kept: list[str] = []
    for w in unique:
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(kept)


def last_token_needles(words: Iterable[str]) -> tuple[str, ...]:
    """Needles for a gate before a regex of the words' alternation (`grammar.alternation`, where a
    space in a word matches any run of spaces): every match of a word holds its last token whole,
    so a window that holds none of these holds no match."""
    return fewest_needles(w.split()[-1] for w in words)


def last_token_ends(words: Iterable[str]) -> tuple[str, ...]:
    r"""The words' last tokens, less those that end with another of them: for a regex of the words'
    alternation followed by `\s` (`grammar.alternation`, "(?:words)\s+"), every match holds one of
    these right before a whitespace character (`any_before_space`)."""
    kept: list[str] = []
    for w in sorted({w.split()[-1] for w in words}, key=lambda w: (len(w), w)):
        if not any(w.endswith(k) for k in kept):
            kept.append(w)
    return tuple(kept)


def any_before_space(needles: tuple[str, ...], text: str) -> bool:
    r"""Does any needle occur in `text` right before a whitespace character (`\s`, which is
    `str.isspace` in a str pattern)?"""
    n = len(text)
    for w in needles:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if j < n and text[j].isspace():
                return True
            i = text.find(w, i + 1)
    return False


def any_in(needles: tuple[str, ...], text: str, start: int = 0, end: int | None = None) -> bool:
    """Does any needle occur whole inside text[start:end]?"""
    if start or end is not None:
        window = text[start:end]
    else:
        r = _report
        if r[0] is text:   # (the whole report read last: its scan answers the watched needles)
            found = r[1]
            for n in needles:
                if n in found or (n not in _watched and n in text):
                    return True
            return False
        window = text
    # (a loop, not any(map(window.__contains__, needles)): asked ~90 times a report, mostly of
    #  windows of 10-70 characters and one or two needles, where the map, its method wrapper and
    #  the argument tuple of each call cost more than the scans)
    for n in needles:
        if n in window:
            return True
    return False


def occurs_any(words: Iterable[str]) -> Callable[[str], bool]:
    """A test `t(text) == any(w in text for w in words)`, for a report-wide question.

    Words that begin with the article are asked with one regex, `ال(?:word|word...)`: the regex
    engine finds its literal prefix "ال" fast and tries the rest only there, while `str.find`
    of such a word, made of the commonest letters, advances slowly through an Arabic report, one
    whole scan per word (on the bench reports, five article words: ~2.5 µs against ~8).  The
    other words are asked with `in`.
    """
    needles = watched(fewest_needles(words))
    article = [w for w in needles if w.startswith("ال") and len(w) > 2]
    rest = tuple(w for w in needles if w not in article)
    rx = re.compile("ال(?:" + "|".join(re.escape(w[2:]) for w in article) + ")") if article else None

    def test(text: str) -> bool:
        r = _report
        if r[0] is text:   # (the whole report read last: its scan answers)
            found = r[1]
            for w in needles:
                if w in found or (w not in _watched and w in text):
                    return True
            return False
        if rx is not None and rx.search(text) is not None:
            return True
        for w in rest:   # (a loop: most reports hold none, and the words are few)
            if w in text:
                return True
        return False
    return test


def phrase_gate(words: Iterable[str]) -> Callable[[str], bool]:
    r"""A test true of every text that holds a match of one of `words`, phrases of two or more
    tokens in a `grammar.alternation` (a space matches any run of whitespace): the phrase's last
    token stands with whitespace right before it and, once that run is stripped (`\s` and
    `str.rstrip` mean the same characters), its next-to-last token.  Each last token is sought
    with `str.find` and only its few occurrences are looked at; a text that holds the tokens far
    apart (the commonest case: "عليه" and "اسم" both occur in most reports) is no candidate.
    The test may say True of a text with no match; never False of one with a match."""
    prev_of: dict[str, set[str]] = {}
    for w in words:
        toks = w.split()
        if len(toks) < 2:
            raise ValueError(f"phrase_gate takes phrases of two or more words, not {w!r}")
        prev_of.setdefault(toks[-1], set()).add(toks[-2])
    table = tuple((last, tuple(sorted(prevs)), max(map(len, prevs))) for last, prevs in sorted(prev_of.items()))

    def test(text: str) -> bool:
        for last, prevs, longest in table:
            i = text.find(last)
            while i >= 0:
                if i and text[i - 1].isspace():
                    lo = i - 40
                    before = text[lo if lo > 0 else 0:i].rstrip()
                    if before.endswith(prevs) or (lo > 0 and len(before) < longest):
                        return True   # (or a run of whitespace longer than the window: asked anyway)
                i = text.find(last, i + 1)
        return False
    return test


class GatedSearch:
    """A compiled regex whose `search(text, pos, endpos)` over a window first asks whether the
    window holds one of `needles`, substrings every match of the regex holds whole (for a grammar
    alternation, `last_token_needles` of its words): a window with none has no match and is not
    searched.  The regex engine tries an alternation after `(?:^|\\s)` at every position of the
    window; `in` over the window's copy is a few fast scans.  Gives `pattern.search`'s answer."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.needles = needles

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # (re clamps a negative pos or endpos to 0, where a slice would count from the end)
        if endpos is None:
            endpos = len(text)
        window = text[pos if pos > 0 else 0:endpos if endpos > 0 else 0]
        for n in self.needles:   # (a loop: the needles are few)
            if n in window:
                return self.pattern.search(text, pos, endpos)
        return None
