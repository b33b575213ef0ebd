"""Clitic-aware multi-pattern matching over normalised Arabic text.

Arabic glues conjunctions, prepositions and the article onto the next word
(والميادين، بالطيران، للنظام), and verbs and nouns inflect with affixes.  A
plain substring search either misses these or fires inside unrelated words.
The `Matcher` compiles every pattern of a lexicon into one Aho-Corasick
automaton (pyahocorasick), scans the text once, and keeps a hit only when
what precedes it inside the same word is a known proclitic sequence and what
follows it is nothing (or, for patterns marked `*`, a known ending).

Pattern syntax (patterns are normalised with `normalize_key` first):

* ``قصف``   - the word, optionally preceded by proclitics (و، ب، ال، وال ...);
* ``قصف*``  - also followed by an inflection ending from `clitics.tsv`;
* ``+قصف``  - also preceded by an imperfect-verb prefix (يقصف، تقصف);
* a pattern that starts with ال also matches the لل contraction (للنظام).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any, Generic, Iterable, Iterator, TypeVar

import ahocorasick

from rasd.resources import read_tsv
from rasd.text.normalize import normalize_key

T = TypeVar("T")
_start = attrgetter("start")

def is_word_char(c: str) -> bool:
    """True for letters and digits of any script (what continues a token)."""
    return c.isalnum()


#: cp1256 byte -> 1 when its character is a word character (`is_word_char`), else 0
_WORD_BYTE = bytes(int(is_word_char(c)) for c in bytes(range(256)).decode("cp1256"))


def word_char_flags(text: str) -> bytes | bytearray:
    """`is_word_char` of every character of `text`, as one byte each (1 or 0).

    The walk asks it of the characters around every candidate, ~1,300 a report: reading a
    byte makes no object, where `text[i]` makes a one-character string for every Arabic
    letter.  Nearly every report is written in cp1256's characters, one byte each, and a
    translate (in C) classifies them; any other character is encoded as "?" and asked
    about itself, so the flags are exact for every text.
    """
    raw = text.encode("cp1256", "replace")   # (one byte per character, "?" for the others)
    flags = raw.translate(_WORD_BYTE)
    i = raw.find(b"?")
    if i < 0:
        return flags
    flags = bytearray(flags)
    while i >= 0:
        flags[i] = is_word_char(text[i])
        i = raw.find(b"?", i + 1)
    return flags


@dataclass(frozen=True, slots=True)
class Affixes:
    prefixes: frozenset[str]
    verb_prefixes: frozenset[str]
    suffixes: frozenset[str]


@lru_cache(maxsize=1)
def affixes() -> Affixes:
    rows = read_tsv("lexicon/clitics.tsv")
    by = {"prefix": set(), "verb_prefix": set(), "suffix": set()}
    for r in rows:
        by[r["type"]].add(normalize_key(r["form"]))
    # a verb prefix may follow an ordinary proclitic (وسيقصف is rare; keep it simple)
    return Affixes(frozenset(by["prefix"]), frozenset(by["verb_prefix"]), frozenset(by["suffix"]))


@dataclass(slots=True, unsafe_hash=True)
class Hit(Generic[T]):
    """A match: [start, end) in the normalised text, without the clitics around it.

    Treated as immutable (and hashable) like a frozen dataclass, but not declared frozen:
    a document makes hundreds of hits, and a frozen dataclass pays for its guarded
    `__setattr__` on every field of every one.
    """

    start: int
    end: int
    payload: T
    word_start: int
    word_end: int

    @property
    def prefix_len(self) -> int:
        return self.start - self.word_start


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    length: int
    payload: T
    suffix_ok: bool
    verb_ok: bool
    needs_lam: bool  # the لل contraction variant: the prefix must end in ل


class Matcher(Generic[T]):
    """One automaton for many patterns; `find()` yields hits that respect word edges."""

    def __init__(self, patterns: Iterable[tuple[str, T]]):
        self._auto = ahocorasick.Automaton()
        self._aff = affixes()
        table: dict[str, list[_Entry[T]]] = {}
        self.size = 0
        parsed = []
        for raw, payload in patterns:
            raw = raw.strip()
            suffix_ok = raw.endswith("*")
            verb_ok = raw.startswith("+")
            bare = raw.strip("*+")
            core = normalize_key(bare)
            if not core:
                continue
            if "*" in bare or "+" in bare:
                # a mark inside a pattern would silently match nothing
                raise ValueError(f"lexicon pattern {raw!r}: '*' goes only at the end, '+' only at the start")
            self.size += 1
            parsed.append((core, payload, suffix_ok, verb_ok))
        # The لل contraction (للنظام = ل + لنظام) is a hit on "لنظام" with ل before it.  Its key
        # is written with that ل ("للنظام", the hit still starting after it): as "لنظام" it was
        # found inside every "النظام" too, only to be dropped there (a tenth of the lexicons'
        # candidates, a fifth of the gazetteer's).  Unless a key of its own is written that way
        # or another pattern's key is "لنظام": then as before, so that keys that end at the
        # same place are reported in the same order.
        cores = {core for core, *_ in parsed}
        old_keys = cores | {core[1:] for core in cores if core.startswith("ال") and len(core) > 3}
        for core, payload, suffix_ok, verb_ok in parsed:
            table.setdefault(core, []).append(_Entry(len(core), payload, suffix_ok, verb_ok, False))
            if core.startswith("ال") and len(core) > 3:
                short = core[1:]
                key = short if short in cores or "ل" + short in old_keys else "ل" + short
                table.setdefault(key, []).append(_Entry(len(short), payload, suffix_ok, verb_ok, True))
        for key, entries in table.items():
            # (whether any of the key's patterns takes an ending: most do not, and then a
            #  candidate in the middle of a word is dropped before its entries are looked at)
            self._auto.add_word(key, (any(e.suffix_ok for e in entries), entries))
        if table:
            self._auto.make_automaton()
        self._empty = not table

    def find(self, text: str) -> Iterator[Hit[T]]:
        """All hits in `text` whose word edges are acceptable, in order of end position."""
        return iter([Hit(*t) for t in self.raw(text)])

    def raw(self, text: str) -> list[tuple[int, int, T, int, int]]:
        """`find()` as plain (start, end, payload, word_start, word_end) tuples."""
        return self._walk(text, None)

    def grouped(self, text: str) -> defaultdict[Any, list[Hit[Any]]]:
        """For payloads that are (kind, payload) pairs: the hits of each kind, in the order of
        `find()`, each hit with its own payload (`CombinedMatcher`'s scan, without a tuple
        made and taken apart again for each of a report's ~350 hits)."""
        return self._walk(text, defaultdict(list))

    def _walk(self, text: str, groups):
        """`raw()`, or `grouped()` into `groups` when it is given.

        This loop runs for every candidate in every document, so it avoids building
        objects for rejected candidates and computes each word edge once per position.
        """
        if self._empty:
            return [] if groups is None else groups
        prefixes, verb_prefixes, suffixes = self._aff.prefixes, self._aff.verb_prefixes, self._aff.suffixes
        # (1 where a word character stands, `is_word_char`; a list, whose subscript 3.11
        #  specializes, where a byte string's goes the generic way: ~2,000 reads a report;
        #  and a 0 after the last character, which ends the walks to the right at the text's
        #  end and, as word[-1], those to the left at its start: no test of the index on each step)
        word = list(word_char_flags(text))
        word.append(0)
        out = []
        append = out.append
        new_hit = object.__new__
        for end_idx, (takes_ending, entries) in self._auto.iter(text):
            end = end_idx + 1
            # right edge: the word must end here, or continue with an allowed ending
            if word[end]:
                if not takes_ending:
                    continue
                we = end + 1
                while word[we]:
                    we += 1
                ending = text[end:we]
                if ending not in suffixes:
                    continue
            else:
                we = end
                ending = ""
            for e in entries:
                if ending and not e.suffix_ok:
                    continue
                start = end - e.length
                if e.needs_lam and (start == 0 or text[start - 1] != "ل"):
                    continue   # the contraction needs ل right before (ل، ول، فل; checked below)
                # a pattern that itself starts or ends mid-word is checked on its own chars
                ws = start
                while word[ws - 1]:
                    ws -= 1
                if ws != start:
                    prefix = text[ws:start]
                    if e.needs_lam:
                        if prefix not in ("ل", "ول", "فل"):
                            continue
                    elif prefix not in prefixes and not (e.verb_ok and prefix in verb_prefixes):
                        continue
                elif e.needs_lam:
                    continue
                if groups is None:
                    append((start, end, e.payload, ws, we))
                else:
                    # Hit(start, end, payload, ws, we), without the call to its __init__ (a
                    # Python frame; this makes ~360 hits a report)
                    h = new_hit(Hit)
                    h.start = start
                    h.end = end
                    h.word_start = ws
                    h.word_end = we
                    kind, h.payload = e.payload
                    groups[kind].append(h)
        return out if groups is None else groups


def longest_first(hits: Iterable[Hit[Any]]) -> list[Hit[Any]]:
    """Drop hits nested inside or overlapping a longer hit; keep text order.

    The longest hit wins, and among equally long ones the earlier; a hit that overlaps
    no other is always kept.  Most hits of a document overlap nothing, so the hits are
    walked in text order and only each run of mutually overlapping hits (a "cluster") is
    settled longest-first: what is kept in one cluster cannot depend on another.
    """
    ordered = sorted(hits, key=_start)
    kept: list[Hit[Any]] = []
    if not ordered:
        return kept
    # one pass: each hit either joins the open cluster or closes it and opens its own
    # (hits that start together always share a cluster, even an empty one at its edge)
    i = 0                                   # where the open cluster begins in `ordered`
    base, reach = ordered[0].start, ordered[0].end
    for j in range(1, len(ordered)):
        h = ordered[j]
        start = h.start
        if start < reach or start == base:
            if h.end > reach:
                reach = h.end
            continue
        if j == i + 1:
            kept.append(ordered[i])   # (most hits overlap nothing)
        elif j == i + 2 and (first := ordered[i]).end > first.start \
                and (second := ordered[j - 1]).end > second.start:
            # (the usual cluster, a pair, as `_close` settles it, without the call: ~70 a report)
            kept.append(first if first.end - first.start >= second.end - second.start else second)
        else:
            _close(ordered, i, j, base, reach, kept)
        i, base, reach = j, start, h.end
    _close(ordered, i, len(ordered), base, reach, kept)
    return kept


def _close(ordered: list[Hit[Any]], i: int, j: int, base: int, reach: int, kept: list[Hit[Any]]) -> None:
    """Keep what `longest_first` keeps of the cluster ordered[i:j], which spans [base, reach)."""
    first = ordered[i]
    if j == i + 1:
        kept.append(first)
    elif j == i + 2 and first.end > first.start and ordered[i + 1].end > ordered[i + 1].start:
        # the usual cluster, a name inside a longer one ("قوات" in "قوات النظام"): the
        # longer wins, and of two as long the first
        second = ordered[i + 1]
        kept.append(first if first.end - first.start >= second.end - second.start else second)
    else:
        kept.extend(_settle(ordered[i:j], base, reach))


def _longest_key(h: Hit[Any]) -> tuple[int, int]:
    """Longest first, then the earlier (a module function: not a lambda made per cluster)."""
    return h.start - h.end, h.start


def _settle(cluster: list[Hit[Any]], base: int, reach: int) -> list[Hit[Any]]:
    """`longest_first` within one cluster of overlapping hits that spans [base, reach)."""
    used = bytearray(reach - base)
    kept = []
    for h in sorted(cluster, key=_longest_key):
        a, b = h.start - base, h.end - base
        if used.find(1, a, b) >= 0:   # (any() of a slice copies it and walks it in Python's loop)
            continue
        used[a:b] = b"\x01" * (b - a)
        kept.append(h)
    kept.sort(key=_start)
    return kept


class CombinedMatcher:
    """Several lexicons in ONE automaton, so a document is scanned once, not once per lexicon.

    `view(kind)` returns an object with the `Matcher` interface (`find`, `size`) for one
    lexicon; finding in the same text again (the usual case: every stage looks at the same
    normalised document) reuses the single scan.
    """

    def __init__(self) -> None:
        self._rows: dict[str, list[tuple[str, Any]]] = {}
        #: kind -> who shared it (`share`)
        self._owners: dict[str, object] = {}
        # (the compiled matcher and its cache of recent scans, as one pair replaced at once: a
        #  scan begun before `share` must not leave its answer in the new automaton's cache)
        # a few recent texts: the document itself stays cached while small windows of it are
        # scanned in between
        self._state: tuple[Matcher[tuple[str, Any]] | None, dict[str, dict[str, list[Hit[Any]]]]] = (None, {})

    def lexicon(self, kind: str):
        """`lexicon(kind)(rows)` adds one lexicon (before the first scan) and returns its view."""
        def add(rows: Iterable[tuple[str, Any]]) -> _View:
            if self._state[0] is not None:
                raise RuntimeError("CombinedMatcher: lexicons must be added before the first scan")
            self._rows[kind] = list(rows)
            return _View(self, kind)
        return add

    def share(self, kind: str, rows: Iterable[tuple[str, Any]], owner: object) -> None:
        """Let `owner` (the gazetteer) have its patterns found in the same scan, as `kind`,
        replacing what an earlier owner shared as `kind`; the automaton is built again at the
        next scan.  A document is then scanned once for the lexicons and the place names."""
        self._rows = {**self._rows, kind: list(rows)}   # (a new dict: a compile may be reading it)
        self._owners = {**self._owners, kind: owner}
        self._state = (None, {})

    def owner(self, kind: str) -> object:
        """Who shared `kind` last (`share`), or None."""
        return self._owners.get(kind)

    def _compiled(self) -> Matcher[tuple[str, Any]]:
        return self._compiled_state()[0]

    def _compiled_state(self) -> tuple[Matcher[tuple[str, Any]], dict[str, dict[str, list[Hit[Any]]]]]:
        """The automaton of the lexicons (built at the first scan) and its cache."""
        state = self._state
        if state[0] is None:
            rows = self._rows
            state = (Matcher((pattern, (kind, payload))
                             for kind, kind_rows in rows.items() for pattern, payload in kind_rows), state[1])
            self._state = state
        return state

    def size(self, kind: str) -> int:
        return len(self._rows.get(kind, ()))

    def scan(self, text: str) -> dict[str, list[Hit[Any]]]:
        """The hits of every kind in `text` (remembered for a few recent texts)."""
        matcher, cache = self._state
        hit = cache.get(text)
        if hit is not None:
            return hit
        if matcher is None:
            matcher, cache = self._compiled_state()
        out = matcher.grouped(text)
        if len(cache) >= 8:
            # keep the document being read, drop the windows and the documents before it: the
            # text asked last, or the longest text that holds it (a window is part of its
            # document).  (Keeping the longest text kept an earlier, longer document in a fifth
            # of the bench reports, and the current one was scanned again at its next stage.)
            keep = next(reversed(cache))
            for t in cache:
                if len(t) > len(keep) and keep in t:
                    keep = t
            kept = cache[keep]
            cache.clear()
            cache[keep] = kept
        cache[text] = out
        return out


class _View:
    """One lexicon of a `CombinedMatcher`, with the `Matcher` interface."""

    __slots__ = ("_combined", "_kind")

    def __init__(self, combined: CombinedMatcher, kind: str):
        self._combined = combined
        self._kind = kind

    def find(self, text: str) -> Iterator[Hit[Any]]:
        return iter(self._combined.scan(text).get(self._kind, ()))

    @property
    def patterns(self) -> list[tuple[str, Any]]:
        """The lexicon's (pattern, payload) rows as they were added (for gates: which words a
        hit of some payload must contain)."""
        return self._combined._rows.get(self._kind, [])

    @property
    def scanner(self) -> CombinedMatcher:
        """The `CombinedMatcher` this lexicon is part of (others may `share` its scan)."""
        return self._combined

    @property
    def size(self) -> int:
        return self._combined.size(self._kind)
