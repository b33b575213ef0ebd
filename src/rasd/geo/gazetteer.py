"""The in-memory gazetteer: entries, name indexes, and the name finder.

Loading builds three indexes over the names of every entry:

* normalised Arabic key -> entry ids (exact lookups, and the Aho-Corasick
  `Matcher` that `find_names` runs over a document);
* the same keys without the article ("ميادين") for lookups of names written
  without it;
* English keys (`names.en_key`) for transliterated names.

Names that are not found exactly go to a fuzzy ratio (rapidfuzz) against keys of
similar length; the cut-off is `FUZZY_THRESHOLD`, measured by
`bench/geocode_threshold.py` (see docs/gazetteer.md).
"""
from __future__ import annotations

import logging
import os
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from rapidfuzz import fuzz, process

from rasd.extract.match import CombinedMatcher, Matcher, longest_first
from rasd.geo.entry import Entry, read_entries
from rasd.geo.names import ar_keys, en_key, fused_prefixes, is_arabic, without_article
from rasd.resources import data_path, read_tsv
from rasd.text.normalize import normalize_key

log = logging.getLogger(__name__)

#: rapidfuzz ratio (0-100) above which a near-miss spelling counts as the name.
#: Measured on held-out GeoNames Arabic variants and seeded one-letter typos vs.
#: Arabic names of towns outside the gazetteer (bench/geocode_threshold.py): for
#: keys of >= 8 letters, 87 keeps recall 0.71 at precision 0.975 (86: same recall,
#: 0.971; 90: recall 0.60).  See docs/gazetteer.md.
FUZZY_THRESHOLD = 87.0
#: keys shorter than FUZZY_LONG letters need this higher ratio: in a six-letter name one
#: letter more or less already scores ~90 (الدحله ~ الحله).  Measured: 93 is the lowest
#: cut-off with precision >= 0.95 on short keys (recall only 0.08: short near-misses are
#: mostly other places, so they are left to the user gazetteer rather than guessed).
FUZZY_THRESHOLD_SHORT = 93.0
FUZZY_LONG = 8
#: the ratio the rest of a fuzzy hit's name must keep when both names open with the same head
#: word (خربة، تل، عين ...): "بيت امر" ~ "بيت اومر" (86) is one village spelled two ways,
#: "خربة زمالة" ~ "خربة غزالة" (80) and "الشيخ زويد" ~ "الشيخ زايد" (75) are two places
FUZZY_REST_MIN = 85.0
#: keys shorter than this (letters) are never fuzzy-matched: one letter off in a
#: four-letter name is another name.
FUZZY_MIN_LEN = 5
#: shortest key the name finder looks for in running text
MIN_FIND_LEN = 3

@lru_cache(maxsize=1)
def _short_found_names() -> frozenset[str]:
    """Names shorter than MIN_FIND_LEN the finder looks for all the same; places.py takes them only after "في"."""
    from rasd.lexicon.grammar import words
    return frozenset(normalize_key(w) for w in words("short_found_name"))


PACKAGED = data_path("gazetteer/gazetteer.tsv")
#: the kind the names are found as in a shared scan (`Gazetteer.share_scan`)
_SCAN_KIND = "gazetteer names"


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """One reading of a name: the entry and how well the name matched it.

    Treated as immutable, but not declared frozen: the resolver makes one for every name the
    text carries its entries for, and a frozen dataclass pays for its guarded `__setattr__`
    on every field (see `rasd.geo.NameHit`).
    """

    entry: Entry
    match: float      # 1.0 exact ... FUZZY_THRESHOLD/100 for the weakest fuzzy hit
    how: str          # "exact", "no-article", "no-space", "english", "fuzzy 91"


def _same_head_near_miss(key: str, other: str) -> bool:
    """Whether a fuzzy hit still holds once a head word both names share is set aside:
    "خربة زمالة" is not "خربة غزالة" (two letters off in the one word that names the place,
    lifted to a 0.8 ratio by the shared "خربة")."""
    head, _, rest = key.partition(" ")
    head2, _, rest2 = other.partition(" ")
    if not rest or not rest2 or head != head2:
        return True
    from rasd.lexicon.load import lexicons   # (the words that open many place names: خربة، تل، عين ...)
    if head not in lexicons().name_heads:
        return True
    return fuzz.ratio(rest, rest2) >= FUZZY_REST_MIN


def fuzzy_cutoff(key: str) -> float:
    """The ratio a near-miss of `key` must reach (stricter for short names)."""
    return FUZZY_THRESHOLD if len(key.replace(" ", "")) >= FUZZY_LONG else FUZZY_THRESHOLD_SHORT


def user_gazetteer_path() -> Path:
    """Where imported entries live: $RASD_GAZETTEER, else the user data dir.

    Default: $XDG_DATA_HOME/rasd/gazetteer.tsv (~/.local/share/rasd/gazetteer.tsv).
    """
    env = os.environ.get("RASD_GAZETTEER")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "rasd" / "gazetteer.tsv"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Keys that are also ordinary words (data/gazetteer/common_words.tsv)."""
    return frozenset(normalize_key(r["key"]) for r in read_tsv("gazetteer/common_words.tsv"))


class Gazetteer:
    """Entries plus the indexes that find and look up their names."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries: dict[str, Entry] = {}
        for e in entries:
            self.entries[e.id] = e  # later files (the user's) override earlier ones
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._by_noart: dict[str, list[str]] = defaultdict(list)
        self._by_nospace: dict[str, list[str]] = defaultdict(list)
        self._by_en: dict[str, list[str]] = defaultdict(list)
        #: (key, entry id) pairs where the key is the entry's name only without its type word
        #: ("مأرب" for the district "مدينة مأرب"): such a reading ranks just below the entry
        #: that carries the name as it is (the district "مأرب")
        self._prefixed: set[tuple[str, str]] = set()
        for e in self.entries.values():
            full = set()
            for name in e.all_names_ar():
                keys = ar_keys(name)
                if keys:
                    full.add(keys[0])
                for k in keys:
                    _add(self._by_key, k, e.id)
                    _add(self._by_noart, without_article(k), e.id)
                    _add(self._by_nospace, k.replace(" ", ""), e.id)
            for name in e.all_names_ar():
                for k in ar_keys(name)[1:]:
                    if k not in full:
                        self._prefixed.add((k, e.id))
            for name in e.all_names_en():
                k = en_key(name)
                if k:
                    _add(self._by_en, k, e.id)
        self._common = common_words()
        self._keys_by_len: dict[int, list[str]] = defaultdict(list)
        for k in self._by_key:
            self._keys_by_len[len(k)].append(k)
        self._en_keys = list(self._by_en)
        self._matcher: Matcher[str] | None = None
        self._scanner: CombinedMatcher | None = None   # (`share_scan`)
        self._construct: frozenset[str] = frozenset()
        self._name_facts: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {}
        self._lookup_cache: dict[str, tuple[Candidate, ...]] = {}

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, paths: Sequence[Path] | None = None) -> Gazetteer:
        """The packaged gazetteer, then each of `paths` (default: the user's, if it exists)."""
        entries = read_entries(PACKAGED, "packaged")
        if paths is None:
            user = user_gazetteer_path()
            paths = [user] if user.exists() else []
        for p in paths:
            entries.extend(read_entries(Path(p), str(p)))
        return cls(entries)

    # ------------------------------------------------------------------ access

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def name_en(self, entry_id: str) -> str | None:
        e = self.entries.get(entry_id) if entry_id else None
        return e.name_en if e else None

    def country_of(self, code: str) -> Entry | None:
        return self.entries.get(f"c:{code}") if code else None

    def stats(self) -> Counter:
        """(country, level) -> number of entries."""
        return Counter((e.country, e.level) for e in self.entries.values())

    # ------------------------------------------------------------------ finding names in text

    @property
    def matcher(self) -> Matcher[str]:
        """The gazetteer's own automaton of its names (`find_names` without a shared scan)."""
        if self._matcher is None:
            self._matcher = Matcher(self._name_rows())
        return self._matcher

    def _name_rows(self) -> list[tuple[str, str]]:
        """(pattern, key) of every name the finder looks for in running text."""
        # (and the few two-letter names a rule vets, grammar_words short_found_name: "في إب"; q91-bullets)
        short_ok = _short_found_names()
        keys = [k for k in self._by_key if (len(k.replace(" ", "")) >= MIN_FIND_LEN or k in short_ok) and is_arabic(k)]
        # multi-word names whose first word is in construct (see `_find_names`)
        self._construct = frozenset(k for k in keys if " " in k and not k.startswith("ال"))
        # "كفرنبودة": a two-word name after a prefix that reports fuse to the next word
        fusing = fused_prefixes()
        fused = [(k.replace(" ", ""), k) for k in keys if k.count(" ") == 1 and k.split(" ")[0] in fusing
                 and len(k) >= 6 and k.replace(" ", "") not in self._by_key]
        return [(k, k) for k in keys] + fused

    def share_scan(self, scanner: CombinedMatcher) -> None:
        """Have the names found in `scanner`'s scan (the lexicons'), which the extractor runs
        over every report anyway: one automaton pass per report, not one more for the names
        (the same hits: each pattern keeps its own entries in the common automaton)."""
        scanner.share(_SCAN_KIND, self._name_rows(), self)
        self._scanner = scanner

    def find_names(self, norm_text: str):
        """Every gazetteer name in normalised text, longest match first, as `NameHit`s.

        The last text's hits are remembered: the extractor and the resolver both ask for the
        names of the same document, one after the other.
        """
        last = getattr(self, "_last_names", None)
        if last is not None and last[0] is norm_text:
            return list(last[1])
        out = self._find_names(norm_text)
        self._last_names = (norm_text, tuple(out))
        return out

    def _find_names(self, norm_text: str):
        from rasd.geo import NameHit

        scanner = self._scanner
        if scanner is not None and scanner.owner(_SCAN_KIND) is self:
            hits = scanner.scan(norm_text).get(_SCAN_KIND, ())
        else:
            hits = self.matcher.find(norm_text)
        # "الباب شرقي حلب" is al-Bab, east of Aleppo, not the Damascus gate "باب شرقي": a
        # multi-word name whose first word is in construct never takes the article
        construct = self._construct
        # "كردفان" is Kordofan, not "like Radfan": a place name is not read behind the particle
        # ك ("like"), which reports hardly ever put before a place, while many names begin with
        # its letter
        # (the matcher's hits become NameHits directly, and longest-first settles the
        #  NameHits: no intermediate object per name; a key without entries still takes part in
        #  settling overlaps, as before, and is dropped after it)
        # (each name's facts from the dict, `_facts` only on a miss; each NameHit made without
        #  a call to its __init__, as `Matcher._walk` makes its hits: a Python frame apiece)
        known = self._name_facts
        short_ok = _short_found_names()
        new_hit = object.__new__
        found = []
        for m in hits:
            start, key = m.start, m.payload
            if m.word_start != start:   # (most names have nothing glued before them)
                clitics = norm_text[m.word_start:start]
                if (key in construct and clitics.endswith("ال")) or clitics.endswith("ك"):
                    continue
                if not clitics.endswith("ال") and norm_text[m.word_start:m.end] in self._common and \
                        (m.end == len(norm_text) or not norm_text[m.end].isalpha()):
                    # "فاطمة" is a given name, not ف + Atmeh (اطمة): the whole word, clitics and
                    # all, listed in common_words.tsv is a word of its own (q87-probe-official)
                    continue
            if key in short_ok and not (
                    m.word_start == start and norm_text.endswith("في ", 0, start)
                    or norm_text[m.word_start:start] == "و"):
                continue   # "إب" only right after "في" or joined by "و" ("21 آب 2019" is a date; q91-bullets)
            facts = known.get(key)
            if facts is None:
                facts = self._facts(key)
            h = new_hit(NameHit)
            h.start = start
            h.end = m.end
            h.key = key
            h.entry_ids, h.levels, h.common_word = facts
            if not h.common_word and m.word_start != start and norm_text.endswith("ال", m.word_start, start) \
                    and "ال" + key in self._common:
                # "الطرق المؤدية": the article form is an ordinary word (a participle) while the
                # bare name is a place (مودية): common_words.tsv lists the article form alone
                h.common_word = True
            found.append(h)
        return [h for h in longest_first(found) if h.entry_ids]

    def _facts(self, key: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """(entry ids, their levels, is it a common word) of a name key, worked out once per
        key: reports name the same places over and over."""
        facts = self._name_facts.get(key)
        if facts is None:
            ids = tuple(self._by_key.get(key, ()))
            facts = self._name_facts[key] = (ids, tuple(self.entries[i].level for i in ids),
                                             key in self._common)
        return facts

    def is_common(self, key: str) -> bool:
        return key in self._common

    # ------------------------------------------------------------------ looking a name up

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """All readings of one name (normalised or not, Arabic or English), best match first."""
        hit = self._lookup_cache.get(name)
        if hit is None:
            hit = self._lookup(name)
            if len(self._lookup_cache) > 200_000:
                self._lookup_cache.clear()
            self._lookup_cache[name] = hit
        return hit

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        found: dict[str, Candidate] = {}

        def put(ids: Iterable[str], match: float, how: str) -> None:
            for i in ids:
                c = found.get(i)
                if c is None or c.match < match:
                    found[i] = Candidate(self.entries[i], match, how)

        if is_arabic(name):
            for k in ar_keys(name):
                ids = self._by_key.get(k, ())
                put([i for i in ids if (k, i) not in self._prefixed], 1.0, "exact")
                put([i for i in ids if (k, i) in self._prefixed], 0.99, "exact without its type word")
                put(self._by_noart.get(without_article(k), ()), 0.95, "no-article")
                put(self._by_nospace.get(k.replace(" ", ""), ()), 0.95, "no-space")
            if not found:
                k = ar_keys(name)[0] if ar_keys(name) else ""
                if len(k.replace(" ", "")) >= FUZZY_MIN_LEN:
                    pool = [x for n in range(len(k) - 2, len(k) + 3) for x in self._keys_by_len.get(n, ())]
                    for key, score, _ in process.extract(k, pool, scorer=fuzz.ratio,
                                                         score_cutoff=fuzzy_cutoff(k), limit=5):
                        if not _same_head_near_miss(k, key):
                            continue
                        put(self._by_key[key], score / 100.0 * 0.9, f"fuzzy {score:.0f} ~ {key}")
        else:
            k = en_key(name)
            if k:
                put(self._by_en.get(k, ()), 0.95, "english")
                if not found and len(k) >= FUZZY_MIN_LEN:
                    for key, score, _ in process.extract(k, self._en_keys, scorer=fuzz.ratio,
                                                         score_cutoff=FUZZY_THRESHOLD, limit=5):
                        put(self._by_en[key], score / 100.0 * 0.85, f"english fuzzy {score:.0f} ~ {key}")
        return tuple(sorted(found.values(), key=lambda c: (-c.match, c.entry.id)))

    # ------------------------------------------------------------------ resolution

    def resolve(self, places, ctx):
        """One `GeoResult` per `PlaceMention`, deciding between readings with the document as context."""
        from rasd.geo.resolve import resolve

        return resolve(self, places, ctx)


def _add(index: dict[str, list[str]], key: str, entry_id: str) -> None:
    if key:
        lst = index[key]
        if entry_id not in lst:
            lst.append(entry_id)
