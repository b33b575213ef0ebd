"""Place mentions: where a report says something happened.

Places come from two sources that check each other:

* the gazetteer's names (`Gazetteer.find_names`), trusted on their own unless
  the name is also an ordinary word;
* the report's own cue words: a type word (حي، بلدة، قرية، حقل، مطار ...)
  announces a name even when the gazetteer does not know it, a qualifier
  (ريف X، محيط X، أطراف X) hedges it, and a list (قرى X وY وZ) multiplies it.

A place that only locates another one ("الجورة بمدينة دير الزور",
"اعزاز بريف حلب الشمالي") becomes that place's parent, not an event place of
its own.  Offsets are in the normalised text; `OffsetText.span` maps them back.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Sequence

from rasd.extract.mentions import DocMentions
from rasd.geo import NameHit
from rasd.lexicon.load import Lexicons

_TOKEN = re.compile(r"\w+")
_LEVEL_RANK = {"country": 6, "admin1": 5, "governorate": 5, "admin2": 4, "district": 4,
               "admin3": 3, "subdistrict": 3, "region": 3, "city": 2, "town": 2,
               "village": 1, "neighbourhood": 0, "site": 0}
# text allowed between a place and the place that contains it: prepositions, type words,
# direction words ("الجورة بمدينة دير الزور", "اعزاز في ريف حلب", "قرية X شرقي Y")
_CONTAIN_GAP = re.compile(
    r"^\s*(?:[,(]\s*)?(?:(?:و?(?:في|ب|من|ل|الى|داخل)\s*)?"
    r"(?:ال)?(?:ريف|محافظه|مدينه|منطقه|العاصمه|عاصمه|ناحيه|بلده|قضاء|ولايه|اقليم|حي|قطاع)?\s*"
    r"(?:(?:ال)?(?:شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي)(?:\s+(?:ال)?(?:شرق|غرب|شرقي|غربي))?\s*)?"
    r"(?:(?:من|ل)\s*)?(?:(?:ال)?(?:ريف|محافظه|مدينه|العاصمه)\s*)?)$"
)


@dataclass(slots=True)
class PlaceSpan:
    """A place phrase in the normalised text and what the words say about it."""

    start: int                 # phrase start (type word / qualifier included)
    end: int                   # phrase end (direction word included)
    name_start: int
    name_end: int
    name: str                  # normalised core name
    kind: str | None = None
    qualifier: str | None = None
    direction: str | None = None
    gazetteer_ids: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    parent: PlaceSpan | None = None
    is_container: bool = False
    from_cue: bool = False     # found through a type word rather than the gazetteer alone
    group: int = -1            # places of one list ("قرى X وY وZ") share a group
    children: list[PlaceSpan] = field(default_factory=list)

    @property
    def rank(self) -> int:
        ranks = [_LEVEL_RANK.get(lv, 1) for lv in self.levels]
        if self.qualifier == "rural" or self.kind == "desert":
            return 3
        if self.kind in ("governorate",):
            return 5
        if self.kind in ("district",):
            return 4
        if self.kind in ("subdistrict", "region"):
            return 3
        if self.kind in ("city", "town"):
            return 2
        if self.kind in ("village", "neighbourhood", "farm", "oil field", "airport", "camp",
                         "base", "crossing", "dam", "square", "street", "site"):
            return 0 if self.kind != "village" else 1
        return min(ranks) if ranks else 1


def _after_type_word(text: str, pos: int, type_ends: set[int]) -> bool:
    """True when a type word or qualifier ends right before `pos` (allowing clitics)."""
    for back in range(1, 6):
        if pos - back in type_ends and text[pos - back:pos].strip() in ("", "ال", "و", "ب"):
            return True
    return False


class _Tokens:
    def __init__(self, text: str):
        self.items = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in self.items]
        self.text = text

    def at(self, pos: int) -> int | None:
        """Index of the token starting at `pos` (after one space at most)."""
        i = bisect_left(self.starts, pos)
        if i < len(self.items) and self.items[i][0] - pos <= 1:
            return i
        return None

    def word(self, i: int) -> str:
        s, e = self.items[i]
        return self.text[s:e]


_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


def _strip_clitics(word: str) -> str:
    """"وبالميادين" -> "ميادين" is too much; keep the article: only drop و/ف/ب/ل/ك."""
    m = re.match(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)", word)
    if m and m.end():
        return word[m.end():]
    m = re.match(r"^(?:و|ف)(?:ب|ل|ك)?", word)
    if m and len(word) - m.end() >= 3:
        return word[m.end():]
    return word


def find_places(text: str, mentions: DocMentions, name_hits: Sequence[NameHit],
                lex: Lexicons) -> list[PlaceSpan]:
    """All place phrases, with containers linked to what they contain."""
    toks = _Tokens(text)
    type_ends = {h.end for h in mentions.place_words if h.payload.role in ("type", "qualifier")}
    blocked = [(h.start, h.end) for h in mentions.actors]
    lexical = sorted([(h.word_start, h.word_end) for coll in (
        mentions.triggers, mentions.casualties, mentions.persons, mentions.weapons,
        mentions.targets, mentions.discourse) for h in coll]
        + [(q.start, q.end) for q in mentions.quantities]
        + [(d.start, d.end) for d in mentions.dates]
        + [(h.word_start, h.word_end) for h in lex.weekdays.find(text)])

    def is_lexical(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in lexical if a < e + 1)

    type_starts = {h.word_start for h in mentions.place_words if h.payload.role in ("type", "qualifier")}
    gaz_by_start: dict[int, NameHit] = {}
    for h in name_hits:
        if any(h.start < e and s < h.end for s, e in blocked):
            continue
        # a name that is also an event word, a number or a date needs a type word before it;
        # so does a very short name that is not an admin unit (3 letters match inside too much)
        short = len(h.key.replace(" ", "")) <= 3 and not set(h.levels) & {"admin1", "admin2", "country"}
        if (is_lexical(h.start, h.end) or short) and not _after_type_word(text, h.start, type_ends):
            continue
        prev = gaz_by_start.get(h.start)
        if prev is None or h.end > prev.end:
            gaz_by_start[h.start] = h

    def gaz_at(pos: int) -> NameHit | None:
        i = toks.at(pos)
        if i is None:
            return None
        s = toks.items[i][0]
        for delta in range(0, 5):  # allow clitics before the name (وبالميادين)
            h = gaz_by_start.get(s + delta)
            if h is not None:
                return h
        return None

    def unknown_name(pos: int) -> tuple[int, int, str] | None:
        i = toks.at(pos)
        if i is None:
            return None
        s, e = toks.items[i]
        w = toks.word(i)
        core = _strip_clitics(w)
        if not core or core.isdigit() or core in lex.name_stops or len(core) < 2:
            return None
        if s in type_starts or any(h.word_start == s for h in mentions.place_words):
            return None  # "مدينة ودوار ...": the next word is another place word, not a name
        if is_lexical(s, e):
            return None
        cs = e - len(core)
        name_end = e
        if (core in lex.name_heads or core.startswith("ابو") or core == "ال") and i + 1 < len(toks.items):
            s2, e2 = toks.items[i + 1]
            w2 = toks.word(i + 1)
            if s2 - e <= 1 and w2 not in lex.name_stops and not is_lexical(s2, e2) and not w2.isdigit():
                name_end = e2
                i += 1
        # an adjective that belongs to the name: "الصورة الكبيرة", "فيخة صغيرة"
        if i + 1 < len(toks.items):
            s3, e3 = toks.items[i + 1]
            if s3 - name_end <= 1 and toks.word(i + 1) in lex.name_tails:
                name_end = e3
        return cs, name_end, text[cs:name_end]

    places: list[PlaceSpan] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(p: PlaceSpan) -> None:
        places.append(p)
        taken.append((p.start, p.end))

    def direction_after(pos: int) -> tuple[str | None, int]:
        for h in mentions.place_words.within(pos, pos + 30):
            if h.payload.role == "direction" and h.word_start - pos <= 1:
                return h.payload.value, h.end
        return None, pos

    # 1. type words and qualifiers announce names
    for h in mentions.place_words:
        pw = h.payload
        if pw.role not in ("type", "qualifier"):
            continue
        if not free(h.start, h.end):
            continue
        pos = h.end
        kind = pw.kind if pw.role == "type" else None
        qualifier = pw.value if pw.role == "qualifier" else None
        direction = None
        if qualifier == "rural":
            # "الريف الشرقي لمحافظة درعا" / "الريف الغربي من درعا"
            d, dend = direction_after(pos)
            if d:
                direction, pos = d, dend
                m = re.match(r"\s*(?:ل|من\s+|في\s+)", text[pos:pos + 6])
                if m:
                    pos += m.end()
        # a type word after a qualifier: "اطراف بلدة X", "ريف محافظة حلب"
        inner = None
        for h2 in mentions.place_words.within(pos, pos + 20):
            if h2.payload.role == "type" and h2.word_start - pos <= 1:
                inner = h2
            break
        if inner is not None and pw.role == "qualifier":
            kind = inner.payload.kind
            pos = inner.end
        plural = pw.plural or (inner is not None and inner.payload.plural)
        first = True
        group = h.start
        while True:
            g = gaz_at(pos)
            if g is not None and not (first or plural) and g.common_word:
                break
            if g is not None:
                ns, ne, name, ids, levels = g.start, g.end, g.key, g.entry_ids, g.levels
            else:
                if not (first or plural):
                    break
                un = unknown_name(pos)
                if un is None:
                    break
                ns, ne, name = un
                ids, levels = (), ()
            d = direction
            pend = ne
            if qualifier == "rural" and d is None:
                d, dend = direction_after(ne)
                if d:
                    pend = dend
            # a plural type word (بلدات، قرى، حيي) is not part of any one member's name
            start = h.start if first and not plural else ns
            if not free(start, pend):
                break
            add(PlaceSpan(start, pend, ns, ne, name, kind, qualifier, d, tuple(ids), tuple(levels),
                          from_cue=True, group=group))
            first = False
            # list continuation: "X وY", "X، Y وZ"
            m = re.match(r"\s*(?:,\s*|و\s*(?=\S)|,\s*و)", text[pend:pend + 4])
            if not m:
                break
            nxt = pend + m.end()
            # "و" glued to the next word: the token starts at pend+1
            if text[pend:pend + 2] == " و" and not text[pend + 2:pend + 3].isspace():
                nxt = pend + 1
            if gaz_at(nxt) is None and not plural:
                break
            pos = nxt

    # 2. gazetteer names on their own
    for s in sorted(gaz_by_start):
        g = gaz_by_start[s]
        if not free(g.start, g.end):
            continue
        if g.common_word:
            continue
        if "country" in g.levels and len(g.levels) == 1:
            p = PlaceSpan(g.start, g.end, g.start, g.end, g.key, "country", None, None,
                          g.entry_ids, g.levels, is_container=True)
            add(p)
            continue
        add(PlaceSpan(g.start, g.end, g.start, g.end, g.key, None, None, None, g.entry_ids, g.levels))

    places.sort(key=lambda p: p.start)
    # 3. containment: a place right after another, joined by a containment gap, contains it
    for a, b in zip(places, places[1:]):
        gap = text[a.end:b.start]
        if len(gap) > 40 or not _CONTAIN_GAP.match(gap):
            continue
        if b.rank > a.rank or (b.rank == a.rank and b.qualifier == "rural") or (
                b.rank >= 2 and a.kind in ("neighbourhood", "village", "square", "street", "site")):
            if a.parent is None:
                a.parent = b
            b.children.append(a)
            b.is_container = True
    # members of one list share the container of the list's last member
    by_group: dict[int, list[PlaceSpan]] = {}
    for p in places:
        if p.group >= 0:
            by_group.setdefault(p.group, []).append(p)
    for members in by_group.values():
        parent = next((m.parent for m in reversed(members) if m.parent), None)
        if parent:
            for m in members:
                if m.parent is None:
                    m.parent = parent
                    parent.children.append(m)
    return places
