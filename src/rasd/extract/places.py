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
from itertools import chain
from operator import attrgetter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Mapping, Sequence

from rasd.extract.mentions import DocMentions, Sorted, Spans
from rasd.text.needles import any_in, has, watched
from rasd.geo import NameHit
from rasd.geo.entry import SETTLEMENT_LEVELS
from rasd.lexicon.grammar import alternation, words as grammar_group
from rasd.lexicon.load import Lexicons
from rasd.text.normalize import normalize_key
from rasd.text.positions import positions_of

# (the words this module asks of whole reports with `has`, found by one scan of each report:
#  `needles.read_report`, round q91-speed)
_REPORT_WORDS = watched(("وادي", "بحجه ", "رحلات"))

#: a place type in the dual ("بلدتي X وY"): it names exactly two places (q78-syria-d)
_DUAL_TYPES = frozenset(grammar_group("dual_place_type"))
#: a square or field right before a word with ل: an arena for something ("ساحة لمعارك"), no name (q89-fix18p)
_ARENA_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('arena_word')})\s+$")

_TOKEN = re.compile(r"\w+")
#: runs of ones by length, for marking short spans in a bytearray
_ONES = tuple(b"\x01" * k for k in range(64))
_EDGES = attrgetter("start", "end")
_START = attrgetter("start")   # (sort keys in C, not a lambda called per place)
_WORD_EDGES = attrgetter("word_start", "word_end")
#: only a conjunction between a type word and the name found after it: no name of its own
_CONJ_ONLY = re.compile(r"\s*و")
#: the type words whose unknown name may open with a compass word ("منطقة شرق النيل", "محلية غرب الحارات")
_COMPASS_NAMED_KINDS = frozenset({"area"})
#: how far before a type word a known name holding it may start ("حي طريق السد": the dam word ends a quarter)
_KNOWN_NAME_REACH = 24
#: only "بـ" or "في" between two places: the second holds the first
_TIGHT_IN = re.compile(r"\s+(?:ب|في\s+)")
#: "التابع لـ" between a place and the one that holds it (" التابعه ل", " التابع لمنطقه ")
_BELONGS_TO = re.compile(rf"\s*(?:{alternation('belongs_to')})\s*ل\s*")
#: a house of worship or shrine, named after a person whose names run on ("مسجد الإمام علي ...")
_WORSHIP = re.compile(rf"(?:{alternation('worship_building')})\s")
#: the rest of a building's name before the place that holds it (" علي بن ابي طالب في ")
_NAME_RUN_ON = re.compile(r"(?:\s+[^\s,،.:؛()\d]+){1,5}\s+(?:ب|في\s+)")
_LEVEL_RANK = {"country": 6, "admin1": 5, "governorate": 5, "admin2": 4, "district": 4,
               "admin3": 3, "subdistrict": 3, "region": 3, "city": 2, "town": 2,
               "village": 1, "neighbourhood": 0, "site": 0}
@lru_cache(maxsize=4)
def _contain_gap(lex: Lexicons) -> re.Pattern[str]:
    """Text allowed between a place and the place that contains it, built from place_types.tsv:
    an adjective, a preposition, a type word, compass words, a distance ("الجورة بمدينة دير الزور",
    "حي الرباط السكني بالعاصمة صنعاء", "اعزاز في ريف حلب", "قرية X شرقي Y", "الكرادة وسط بغداد",
    "حي أبو سليم في العاصمة الليبية طرابلس",
    "X، على بعد نحو 16 كيلومتراً، جنوب مدينة Y", and at sea "في خليج عدن على بعد 50 ميلاً بحرياً من ميناء
    عدن": the port is where the distance is counted from, no event place; quality-70)."""
    words = {"prep": set(), "type": set(), "direction": set(), "distance": set()}
    for pattern, pw in lex.place_word_rows:
        w = normalize_key(pattern)
        if pw.role == "prep":
            words["prep"].add(w)
        elif pw.role in ("type", "container") and not pw.plural and pw.kind not in ("landmark",):
            words["type"].add(w[2:] if w.startswith("ال") else w)
        elif pw.role == "qualifier" and pw.value == "rural":
            words["type"].add(w)
        elif pw.role == "direction":
            words["direction"].add(w[2:] if w.startswith("ال") else w)
        elif pw.role == "distance":
            words["distance"].add(w)

    def alt(ws: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    prep, typ, dirn = alt(words["prep"]), alt(words["type"]), alt(words["direction"])
    units = alt(words["distance"])
    return re.compile(
        # (a name's Latin spelling in brackets may stand first: "في الحي رقم 3 (District 3) وسط سرت"; q82-recall)
        rf"^\s*(?:\([A-Za-z][A-Za-z0-9 .'-]{{0,38}}\)\s*)?(?:(?:ال|لل)\w+\s+)?(?:[,(]\s*)?(?:(?:علي\s+بعد\s+)?(?:نحو\s+|حوالي\s+)?\d+\s*(?:{units})\s*(?:بحري[اه]?\s*)?,?\s*)?"
        # (a nationality after the type word: "حي أبو سليم في العاصمة الليبية طرابلس")
        rf"(?:(?:{prep}|ب|ل)\s*)?(?:ال)?(?:{typ})?\s*(?:ال\w+يه?\s+)?"
        rf"(?:(?:ال)?(?:{dirn})\s*){{0,2}}(?:(?:من|ل)\s*)?(?:(?:ال)?(?:{typ})\s*)?$")


#: between a town and the mountain range that holds it, told by its plural type word: " في جبال "، " بجبال "،
#: " في منطقة جبال "، " في سلسلة جبال "
_MOUNTAINS_GAP = re.compile(r"\s+(?:في\s+|ب)(?:منطقه\s+)?(?:سلسله\s+)?جبال\s+")


@lru_cache(maxsize=4)
def _joined_by_gap(lex: Lexicons) -> Callable[[str], bool]:
    """Whether `_contain_gap(lex)` matches a gap, remembered per gap: the same few gaps ("في",
    "بريف", "، شرقي") join places in report after report, and a gap the long pattern does not
    match costs it many attempts before it says so."""
    rx = _contain_gap(lex)
    seen: dict[str, bool] = {}

    def joins(gap: str) -> bool:
        got = seen.get(gap)
        if got is None:
            if len(seen) >= 20_000:
                seen.clear()
            got = seen[gap] = rx.match(gap) is not None
        return got
    return joins


@dataclass(slots=True)
class PlaceSpan:
    """A place phrase in the normalised text and what the words say about it.

    (`find_places` passes the fields by position, in this order, which is cheaper for a class
    than by keyword: add a new field at the end, with a default.)
    """

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
    anaphor: bool = False      # "المدينة": refers back to a place named before
    ref: PlaceSpan | None = None  # for an anaphor, the place it refers to
    between_end: bool = False  # the Y of "بين X وY": it locates a road, it is no region
    children: list[PlaceSpan] = field(default_factory=list)
    reference: bool = False    # "قرى شرقي الموصل": the town places are told around
    holds_site: bool = False   # "وقاعدة في أربيل": an unnamed site of its own lies in it
    off_parent: bool = False   # "قرية صولاغ جنوب سنجار": told by a compass word off its parent, not inside it

    @property
    def max_rank(self) -> int:
        """The largest unit the name may denote (درعا: city and governorate -> governorate)."""
        # (a loop, not max() over a list made for it: asked of every pair of places)
        best = self.rank
        for lv in self.levels:
            r = _LEVEL_RANK.get(lv, 1)
            if r > best:
                best = r
        return best

    @property
    def rank(self) -> int:
        if self.qualifier == "rural" or self.kind == "desert":
            return 3
        if self.kind in ("governorate",):
            return 5
        if self.kind in ("district",):
            return 4
        if self.kind in ("subdistrict", "region", "mountain"):
            return 3   # a mountain range (جبل الزاوية) holds towns
        if self.kind in ("city", "town"):
            return 2
        if self.kind in ("village", "neighbourhood", "farm", "oil field", "airport", "camp",
                         "base", "crossing", "dam", "square", "street", "site"):
            return 0 if self.kind != "village" else 1
        # (the levels' ranks only when the words name no kind: asked of every pair of places)
        least = None
        for lv in self.levels:
            r = _LEVEL_RANK.get(lv, 1)
            if least is None or r < least:
                least = r
        return 1 if least is None else least


def _adjective_of_noun(text: str, pos: int) -> bool:
    """Does an indefinite noun ending in ة or ات end right before `pos` ("سيارة حديثة"، "بسيارة
    حديثة")? Not a definite one, nor an institution that takes a town's name ("شرطة حديثة")."""
    m = _ADJECTIVE_NOUN.search(text, pos - 24 if pos > 24 else 0, pos)
    if m is None:
        return False
    w = m.group(1)
    if w[:1] in ("و", "ف") and len(w) > 4:
        w = w[1:]
    if w[:1] in ("ب", "ل", "ك") and len(w) > 4 and not w.startswith("ال"):
        w = w[1:]
    return not w.startswith("ال") and normalize_key(w) not in _ADJECTIVE_OWNERS


def _definite_nisba(text: str, start: int, end: int) -> bool:
    """Is the name at `start`..`end` a nisba adjective written with the article right after a word it
    describes ("ميناء طرابلس البحري"، "للأمن البحري")? Not after a preposition or a type word ("في
    البحري" is no usage; "مدينة بحري" has no article). (round q94-probe-sea)"""
    s = start
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    word = text[s:end]
    if word[:1] in ("و", "ف", "ب", "ك") and word[1:3] in ("ال", "لل"):
        word = word[1:]
    if not (word.startswith("ال") or word.startswith("لل")):
        return False
    if s < 3 or text[s - 1] != " " or not text[s - 2].isalpha():
        return False   # the head of a sentence or after punctuation: no noun before it
    return _NISBA_PLACE_BEFORE.search(text, max(0, s - 16), s) is None


def _definite_adjective_of_noun(text: str, pos: int) -> bool:
    """Does a definite noun ending in ة or ات end right before `pos`, which the definite name agrees
    with as its adjective ("التظاهرات السلمية"، "الاحتجاجات السلمية")? Not an institution that takes a
    town's name ("بلدية السلمية"). (fix round q80-fix-h2)"""
    m = _ADJECTIVE_NOUN.search(text, pos - 24 if pos > 24 else 0, pos)
    if m is None:
        return False
    w = m.group(1)
    if _OWNED_PLURAL.search(w) is not None:
        return True   # "احتجاجاتهم السلمية": a plural with its owner is definite (precision round q82-recall)
    if w[:1] in ("و", "ف", "ب", "ل", "ك") and w[1:3] in ("ال", "لل"):
        w = w[1:]
    if w.startswith("لل"):
        w = "ال" + w[2:]
    return w.startswith("ال") and len(w) > 5 and normalize_key(w[2:]) not in _ADJECTIVE_OWNERS


def _after_type_word(text: str, pos: int, type_ends: set[int]) -> bool:
    """True when a type word or qualifier ends right before `pos` (allowing clitics)."""
    # (asked of most names a report keeps, ~30 a report, where no type word ends near: one C call
    #  over the five positions first)
    if type_ends.isdisjoint(range(pos - 5, pos)):
        return False
    for back in range(1, 6):
        if pos - back in type_ends and text[pos - back:pos].strip() in ("", "ال", "و", "ب"):
            return True
    return False


_ANAPHOR_KINDS = {"city": ("city", "town"), "town": ("town", "city", "village"),
                  "village": ("village", "town"), "neighbourhood": ("neighbourhood",),
                  "camp": ("camp",), "district": ("district",),
                  # "الغارات على المطار أسفرت عن مقتل ثلاثة": the airport named before (q76-yemen)
                  "airport": ("airport",),
                  # "عند مدخل الناحية": the subdistrict named before ("ناحية جرف الصخر"; quality-76)
                  "subdistrict": ("subdistrict",)}
#: units that "المديرية" points back to, container or not (Yemen's districts)
_UNIT_KINDS = frozenset({"district"})
#: the kinds of place type words that name no settlement ("ساحة", "مطار", "دوار"): never what
#: "المدينة"/"البلدة" points back to, whatever town their name matches in the gazetteer
_NO_SETTLEMENT = frozenset({"square", "landmark", "road", "site", "base", "airport", "crossing", "dam",
                            "oil field", "farm", "mountain", "desert"})
#: "في المنطقة ذاتها/نفسها": any type word made definite and said to be the same is the place named
#: before, whatever its kind (an area is an anaphor only so)
_SAME_PLACE = re.compile(rf"\s+(?:{alternation('same_word')})(?!\w)")


#: what may be glued before a name told again ("وفي كفرسجنة" is و + في, no glued clitic)
_NAME_CLITICS = re.compile(r"[وف]?[بل]?")
#: sites that carry numbers in their names ("قاعدة البرج 22", "محطة T2")
_NUMBERED_SITES = frozenset({"base", "airport", "camp", "oil field", "gas field", "station", "crossing"})
#: kinds of place whose name, once introduced with its type word, is a place wherever it recurs
_NAMED_AGAIN_KINDS = frozenset({"village", "town", "city", "neighbourhood", "camp", "farm"})


def _nearer_city(text: str, before: list[PlaceSpan], ref: PlaceSpan) -> PlaceSpan:
    """A city fronted alone after `ref` ("وفي الناصرية، أحرق محتجون مقر الحزب في المدينة") is the
    city meant, though `ref` was named with its type word ("العاصمة بغداد")."""
    for q in before:   # (nearest first)
        if q.start <= ref.start:
            return ref
        if q.kind is None and "town" in q.levels and q.parent is None and _fronted_alone(text, q):
            return q
    return ref


#: flights told at a place: "علقت الرحلات في مطار X"، "تعليق الرحلات الجوية من مطار X"، "تحويل رحلات مطار X"
_FLIGHTS_AT = re.compile(r"(?:^|\s)[وبل]?(?:ال)?رحلات(?:\s+الجويه)?(?:\s+(?:في|من|الي|عبر))?\s+(?:مطار\s+)?$")
#: flights or aircraft diverted to a place: "وحولت إلى مطار Y"، "وتحويلها إلى مطار Y"، "تحولت الرحلات إلى مطار Y"
_DIVERTED_TO = re.compile(r"(?:^|\s)[و]?(?:حول|حولت|حولها|تحويل|تحويلها|تحولت|تحول)(?:\s+(?:ال)?رحلات(?:\s+الجويه)?"
                          r"|\s+مسارها|\s+مسار)?(?:\s+(?!الي\s)\S+){0,3}\s+الي\s+(?:مطار\s+)?$")


def flights_told_at(text: str, at: int) -> bool:
    """Is the place at `at` told as where flights were suspended or whence or whither they were
    diverted ("علقت الرحلات في مطار معيتيقة وحولت إلى مطار مصراتة")? An airport's traffic, no place of the
    event: the clash or the strike that stopped it is told at its own place (round q87-precision)."""
    lo = at - 50 if at > 50 else 0
    return _FLIGHTS_AT.search(text, lo, at) is not None or _DIVERTED_TO.search(text, lo, at) is not None


def _resolve_anaphors(places: list[PlaceSpan], text: str = "") -> None:
    """Point "المدينة" at the last city named before it (or the first place of the report)."""
    flights = has(text, "رحلات")
    for i, p in enumerate(places):
        if not p.anaphor:
            continue
        own = _own_list_before(places, i, text)
        if own:
            # "غارات على حارة حريك والغبيري في الضاحية الجنوبية": a definite type word right after a list
            # it holds is no member of that list told again (it would hold itself, and the member be
            # dropped as its own region); "المدينة" points back past the list, to a city that may hold it;
            # any other ("الضاحية"، "الحي") nowhere: it is no quarter named before, and taken for one it held
            # the list ("منطقة الشياح في الضاحية" made باب التبانة, told earlier, its container; round q90-places)
            if p.kind not in ("city", "town"):
                continue
            prior = [q for q in places[:i] if id(q) not in own]
        else:
            prior = places[:i]
        # "وفي سرت، شنت طائرات مسيرة غارات على رتل غرب المدينة": the town fronted before the
        # anaphor's sentence is the city it means, over a city named in an earlier sentence
        # (or fronted with a word of nearness: "وفي محيط سراقب، تستمر الاشتباكات ... وسط قصف على المدينة";
        #  quality-q76)
        fronted = next((q for q in reversed(prior) if not q.anaphor and q.qualifier in (None, "near", "outskirts")
                        and q.kind is None
                        and "town" in q.levels and text[q.end:q.end + 1] == ","
                        and (_FRONTED_IN.search(text, max(0, q.start - 8), q.start) is not None
                             or (q.qualifier is not None
                                 and _FRONTED_NEAR.search(text, max(0, q.start - 16), q.start) is not None))
                        and not any(c in text[q.end:p.start] for c in ".\n")), None) if text else None
        if fronted is not None and p.kind in ("city", "town"):
            p.name, p.gazetteer_ids, p.levels, p.ref = fronted.name, fronted.gazetteer_ids, fronted.levels, fronted
            p.kind = fronted.kind or p.kind
            continue
        if p.kind in _UNIT_KINDS:
            # "المديرية": the last district, most often told as another place's container ("في منطقة آل X بمديرية Y ... السيطرة على المديرية")
            ref = next((q for q in reversed(prior) if not q.anaphor and q.kind == p.kind), None)
            if ref is not None:
                p.name, p.gazetteer_ids, p.levels, p.ref = ref.name, ref.gazetteer_ids, ref.levels, ref
                continue
        wanted = _ANAPHOR_KINDS.get(p.kind or "", ("area", "village", "town", "neighbourhood", "city", "district"))
        before = [q for q in reversed(prior) if not q.anaphor and not q.qualifier]
        # "القرية" is the last village named as a village; a place named only to locate
        # another ("قرية قسطون ... غرب حماة") is no antecedent when one was
        # (a town named by its countryside is named all the same: "ريف بلدة الهول ... محيط البلدة")
        ref = next((q for q in reversed(prior) if not q.anaphor and q.kind == p.kind and not q.is_container
                    and (not q.qualifier or q.qualifier in ("rural", "near", "outskirts"))
                    # ("علقت الرحلات وحولت إلى مطار مصراتة، وفق إدارة المطار": an airport told only for the
                    #  flights sent there is not the one the report's "المطار" means)
                    and not (flights and flights_told_at(text, q.start))), None)
        for q in before if ref is None else ():
            if p.kind in ("city", "town", "village") and q.kind in _NO_SETTLEMENT:
                continue   # "في ساحة الكرامة وسط المدينة": a square named like a town is no city
            kinds = {q.kind} | {("town" if lv in ("town", "admin2", "admin3") else lv) for lv in q.levels}
            if kinds & set(wanted) or (p.kind in ("city", "town") and q.kind is None and q.levels):
                ref = q
                break
        if ref is not None and p.kind == "city" and text:
            ref = _nearer_city(text, before, ref)
        if ref is None:
            continue
        p.name, p.gazetteer_ids, p.levels, p.ref = ref.name, ref.gazetteer_ids, ref.levels, ref
        p.kind = ref.kind or p.kind




#: between a list of places and a definite type word that holds them ("... والغبيري في الضاحية")
_HOLDING_GAP = re.compile(r"\s*(?:في\s*|ب|داخل\s+)")
#: between two members of a list ("X وY"، "X، Y"، "X، وY")
_MEMBER_GAP = re.compile(r"\s*,?\s*و?\s*")


def _own_list_before(places: list[PlaceSpan], i: int, text: str) -> set[int]:
    """The ids of the places of the list that ends right before the anaphor `places[i]`, told as
    what it holds ("X وY في المدينة"), or nothing."""
    if not text or i == 0:
        return set()
    p, j = places[i], i - 1
    if places[j].anaphor or places[j].end > p.start or _HOLDING_GAP.fullmatch(text, places[j].end, p.start) is None:
        return set()
    own = {id(places[j])}
    while j > 0 and not places[j - 1].anaphor and places[j - 1].end <= places[j].start \
            and _MEMBER_GAP.fullmatch(text, places[j - 1].end, places[j].start) is not None:
        j -= 1
        own.add(id(places[j]))
    return own


class _Tokens:
    """Words (maximal \\w+ runs) as (start, end), found where asked.

    A report asks about a few dozen positions, so tokenising all of it first is wasted work.
    """

    def __init__(self, text: str):
        self.text = text

    def at(self, pos: int) -> tuple[int, int] | None:
        """The word starting at `pos` (after one space at most)."""
        text = self.text
        for p in (pos, pos + 1):
            if p >= len(text) or not ((c := text[p]).isalnum() or c == "_"):
                continue   # (no word character here: `\w+` cannot match, no regex call needed)
            m = _TOKEN.match(text, p)
            # (a word starts at p when the character before it is no word character, which
            #  `\w` defines as str.isalnum or "_": what `_TOKEN.match(text, p - 1) is None`
            #  asks, without a second regex call; the same for every code point)
            if m is not None and (p == 0 or not ((c := text[p - 1]).isalnum() or c == "_")):
                return m.span()
        return None

    def after(self, end: int) -> tuple[int, int] | None:
        """The next word at or after `end`."""
        m = _TOKEN.search(self.text, end)
        return m.span() if m is not None else None


_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")



# (the regexes of the hot paths are compiled once here: re.match(str, ...) looks its pattern
#  up in re's cache on every call, and these are asked for most words of most reports)
_CLITICS_BEFORE_ARTICLE = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?=ال)")
_CONJ_CLITICS = re.compile(r"^(?:و|ف)(?:ب|ل|ك)?")
_FA_ARTICLE = re.compile(r"ف(?:ب|ل|ك)?ال")
_LIST_NEXT = re.compile(r"[\"']?\s*(?:,\s*|و\s*(?=\S)|,\s*و)[\"']?")
# "بلدات حمورية وسقبا، ويوم الثلاثاء قتل ...": a time word (grammar_words.tsv `time_lead`) after a list's
# "، و" opens the next clause's time, not one more member of the list
_LIST_TIME_NEXT = re.compile(rf"و?(?:{alternation('time_lead')})\s")
#: "للمخيم يوم الثلاثاء"، "أطراف القرية فجر السبت": a time word (`time_lead`) right before a day's date opens
#: that time; after a type word it is no place's name (fix round q90-fix20p)
_TIME_LEAD_WORDS = frozenset(normalize_key(w) for w in grammar_group("time_lead"))
#: a boat before an adjective ending in ي ("لنش بحري"): the adjective is the vessel's, no town (fix round q94-fix29p)
_VESSEL_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('vessel_noun')})\s+$")
_PAIR_JOIN = re.compile(r"^[\"']?\s*و?\s*[\"']?$|^\s*و")


#: a definite adjective of a relation after a base's name: "الجوية"، "العسكرية"، "البحرية"
_BASE_ADJECTIVE = re.compile(r"ال\S{2,}يه")


def _strip_clitics(word: str) -> str:
    """"وبالميادين" -> "ميادين" is too much; keep the article: only drop و/ف/ب/ل/ك."""
    m = _CLITICS_BEFORE_ARTICLE.match(word)
    if m and m.end():
        return word[m.end():]
    m = _CONJ_CLITICS.match(word)
    if m and len(word) - m.end() >= 3:
        return word[m.end():]
    return word


#: a name that normalises like a preposition (علي / على: a name when written with ي, in a list)
_PREP_LIKE_NAME = frozenset(grammar_group("prep_like_name"))
#: a preposition that ends a two-word member of a list of villages ("قرى X وY Z في ناحية W")
_MEMBER_END_PREP = frozenset(grammar_group("member_end_prep"))
#: "شهدت مدينة حلب": the verb right before a city that witnessed what its quarters saw
_WITNESSED = re.compile(rf"(?:^|\s)(?:{alternation('witness_verb')})\s+$")
#: a clitic before the article ("بالكامل", "للمنطقة"): never a name's second word in a list
_CLITIC_ARTICLE = re.compile(r"(?:و|ف)?(?:ب|ل|ك)ال|لل")
#: words that are never a name's last word ("تل أبو ظاهر", "عين أم شرشوح", "دير بني ...", "ملا عبد الله")
_NEEDS_COMPLEMENT = frozenset(grammar_group("kunya")) | frozenset(grammar_group("complement_head"))
#: "بين" right before a place, or before the type word of a pair of places (بين قريتي X وY)
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)بين\s*(?:(\S+)\s+)?[\"']?$")
#: the dash between the two ends of a road's name ("دمشق-حمص"; with spaces around it, " - " ends
#: a clause, see text/segment.py)
_ROUTE_END = re.compile(r"(?:\s*[-–]\s*|\s+)(?=\S)")   # "دمشق-حمص", "دير الزور تدمر"
_OPERATION = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:{alternation('operation_noun')})\s+$")
#: "... عملية عاصفة " before a name: the operation's name runs on ("عملية عاصفة الحزم", "عملية نبع السلام")
_OPERATION_2ND = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:{alternation('operation_noun')})\s+(\S+)\s+$")
# "أبو"/"أم" right before a name that is not itself "أبو X" in the gazetteer: a person's by-name
_KUNYA = re.compile(rf"(?:^|[\s(])(?:{alternation('kunya')})\s$")
#: a post right before a place's name: "محافظ عدن" is a person, not an event at Aden
#: one or two given names between a person's noun and a family name ("الصحفي علي الرفاعي"، "الأسير محمد جابر"):
#: words with no article, no digit and no punctuation, and no function word (`not_a_given_name` in grammar_words.tsv:
#: "مسؤول في الدفاع المدني إن حمورية")
_GIVEN_NAMES_GAP = re.compile(
    r"(?: (?:عبد\s?ال[^\s\d.,،:؛()«»\"]{2,}|[^\s\d.,،:؛()«»\"]{2,} الدين|"   # ("عبد الكريم"، "نور الدين")
    rf"(?!ال|(?:{alternation('not_a_given_name')})\s)"
    r"[^\s\d.,،:؛()«»\"]{2,})){1,2} ")
#: one or two definite adjectives of the person's noun before the names ("الناشط الحقوقي سالم عمر العبيدي",
#: "الصحفي المستقل علي الرفاعي"; fix round q87-fix15p)
_PERSON_ADJECTIVES = re.compile(r"(?: ال[^\s\d.,،:؛()«»\"]{2,}){0,2}")
#: a given name right after a person's noun, with a further name after it ("الناشط سالم عمر"): the word after
#: the name has no article, no digit, no punctuation and is no function word
_NEXT_GIVEN_NAME = re.compile(
    rf" (?!ال|(?:{alternation('not_a_given_name')})[\s.,،:؛])[^\s\d.,،:؛()«»\"]{{2,}}(?=[\s.,،:؛])")
#: a title or rank before a person's names ("الأسير"، "النقيب"; grammar_words `name_title`)
_NAME_TITLE = re.compile(rf"[وفبل]?(?:{alternation('name_title')})(?=\s)")
#: its words, normalised, for `str.find`: the pattern is tried only where one stands
_NAME_TITLE_WORDS = watched(sorted({normalize_key(w) for w in grammar_group("name_title")}))   # (`positions_of`: the scan)


def _title_ends(text: str) -> list[int]:
    """Where a `name_title` word that opens a word ends: `_NAME_TITLE.finditer` with a look-behind, tried only
    where one of its words stands (the pattern over the whole report, run from every position because it
    opened with a look-behind, cost ~0.5 M instructions a report; speed, stop 23)."""
    out = []
    for p in positions_of(text, _NAME_TITLE_WORDS):
        s = p - 1 if p and text[p - 1] in "وفبل" and (p == 1 or text[p - 2].isspace()) else p
        if s and not text[s - 1].isspace():
            continue
        m = _NAME_TITLE.match(text, s)
        if m is not None:
            out.append(m.end())
    return out

_OFFICE = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:{alternation('office_title')})\s+$")


def _last_words(group: str) -> tuple[str, ...]:
    r"""The last word of each of a group's words.  A window that `(?:words)\s+$` (or `\s$`)
    matches ends with one of them once its trailing spaces are stripped (`\s` and
    `str.rstrip` mean the same characters), so a window that does not end with one is
    skipped without the regex, which would try every position of it."""
    return tuple(sorted({w.split()[-1] for w in grammar_group(group)}))


_KUNYA_LAST = _last_words("kunya")
_OPERATION_LAST = _last_words("operation_noun")
#: a verb of accusing right before a name ("حملت بغداد تركيا المسؤولية"، "واتهمت دمشق"): the capital
#: names the government that accuses (probe round q87-probe-wire)
_ACCUSER = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('accusing_verb')})\s+$")
_ACCUSER_LAST = _last_words("accusing_verb")
#: a verb of a government's reply or protest right before a name ("ردت بغداد على قصف تركي"، "أدانت دمشق الغارة"):
#: the capital names the government that reacts, no place of the event (grammar_words `reacting_verb`;
#: round q95-leftactors)
_REACTER = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('reacting_verb')})\s+$")
_REACTER_LAST = _last_words("reacting_verb")
_OFFICE_LAST = _last_words("office_title")
#: a family named after its noun ("منزلاً لعائلة الشاعر في حي تل السلطان"; grammar_words `family_noun`): the name is
#: the family's, no place (round q90-probe-testimony)
_FAMILY = re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:ال)?(?:{alternation('family_noun')})\s+$")
_FAMILY_LAST = _last_words("family_noun")
#: every last word the tests before a name below look for (kunya, accuser, office, family, river): a name whose
#: tail ends with none of them is asked none of the five `endswith` (round q92-speed)
_TAIL_LAST = tuple(sorted({*_KUNYA_LAST, *_ACCUSER_LAST, *_REACTER_LAST, *_OFFICE_LAST, *_FAMILY_LAST, "نهر"}))
#: institutions a building is named by ("مقر الحكومة"): no town, though a village bears the name
_INSTITUTIONS = frozenset(normalize_key(w) for w in grammar_group("institution_noun"))
#: "قرب مكتب القناة"، "محيط المركزين": an office after a qualifier is no name (round q94-probe-civic2)
_OFFICE_WORDS = frozenset(normalize_key(w) for w in grammar_group("office_word"))
#: "قرب خيمة جيراننا"، "قرب مدجنة"، "قرب المنفذ": a common structure after a qualifier is no name either (round q95-fix30p)
_NEAR_STRUCTURES = frozenset(normalize_key(w) for w in grammar_group("near_structure"))
#: a directorate's sector (`service_sector`, grammar_words.tsv): "مديرية التربية في الرقة" names an office, no district
_SECTOR_WORDS = frozenset(normalize_key(w) for w in grammar_group("service_sector"))
#: adverbs with tanween (`tanween_adverb`, grammar_words.tsv): no object of a verb (`_in_verb_position`)
_TANWEEN_ADVERBS = frozenset(normalize_key(w) for w in grammar_group("tanween_adverb"))
#: posts and camps (`struck_posts`, grammar_words.tsv): "و" and one of them ends the name before it
_POST_WORDS = frozenset(normalize_key(w) for w in grammar_group("struck_posts"))
#: "الحي رقم 3": the number word and the number after a quarter's type word
_NUMBERED_QUARTER = re.compile(r"\s*(رقم\s*\d{1,3})(?!\d)")
#: "سيارة حديثة"، "تظاهرات سلمية": a name that is also a feminine adjective describes the indefinite
#: noun before it (quality-76)
_ADJECTIVE_NAMES = frozenset(normalize_key(w) for w in grammar_group("adjective_name"))
_ADJECTIVE_OWNERS = frozenset(normalize_key(w) for w in grammar_group("adjective_name_owner"))
_NISBA_NAMES = frozenset(normalize_key(w) for w in grammar_group("nisba_name"))
#: the word before a definite nisba adjective that makes it the town after all: a preposition or a type word
_NISBA_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:في|من|الي|علي|حتي|مدينه|بمدينه|لمدينه|بلده|منطقه|الخرطوم))\s+$")
_ADJECTIVE_NOUN = re.compile(r"(?:^|\s)(\w+(?:ه|ات|اته|اتها|اتهم|اتهن|اتنا))\s+$")
#: a plural noun with a pronoun of its owner ("احتجاجاتهم"، "مظاهراتها"), which a definite adjective agrees with
_OWNED_PLURAL = re.compile(r"\w{2}ات(?:ه|ها|هم|هن|نا)$")
_BRACKET_LIST = re.compile(r"\s*\(([^()]{2,120})\)")
#: "وفي الأبيض، قصفت مسيرة ...": a place fronted alone at the head of a sentence, between "(و)في" and
#: a comma, is where what follows happened, though its name is also an ordinary word
_FRONTED_IN = re.compile(r"(?:^|[.\n])\s*و?في\s+$")
#: "وفي محيط سراقب،": fronted with a word of nearness before the town
_FRONTED_NEAR = re.compile(r"(?:^|[.\n])\s*و?في\s+(?:محيط|اطراف)\s+$")
_FRONTED_LEVELS = frozenset({"town", "admin1", "admin2"})
#: short town names that are no ordinary word: a place after a preposition too ("في رفح")
_BARE_SHORT_TOWNS = frozenset(grammar_group("bare_short_town"))
#: the preposition ب glued to a word, alone or after و/ف ("برفح"، "وبطفس")
_GLUED_BI = re.compile(r"(?:^|(?<=\s))[وف]?ب$")
#: towns whose names are also ordinary words but name the town right after a preposition or a market
#: ("قصف على الأبيض"، "سوق الأبيض"; probe round q85-probe8)
_BARE_COMMON_TOWNS = frozenset(normalize_key(w) for w in grammar_group("bare_common_town"))
_PREP_BEFORE = re.compile(r"(?:^|\s)(?:[وف]?(?:في|علي|الي|من|قرب|داخل|سوق)\s+|[وف]?[بل])$")
#: towns whose name is a common word that a preposition of place may still precede in its ordinary sense ("أكثر
#: من مدني"، "منزل لمدني"): read as the town only right after في/إلى/داخل/نحو (round q90-places)
_IN_ONLY_TOWNS = frozenset(normalize_key(w) for w in grammar_group("town_after_in"))
#: two-letter names the gazetteer finder looks for (grammar_words short_found_name, "إب"): a place only right after
#: "في" with nothing glued to it, or joined by "و" to a name just taken ("في ذمار وإب"); round q91-bullets
_SHORT_FOUND_NAMES = frozenset(normalize_key(w) for w in grammar_group("short_found_name"))
#: على right before a bare common-word town the report named with its type word (round q93-fix27r)
_ON_BEFORE = re.compile(r"(?:^|\s)[وف]?علي\s+$")
_IN_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:في|الي|داخل|نحو)\s+$")
#: what may stand before a list item's label on its line: a bullet or dash, or nothing (round q89-recall);
#: then an incident log's time, maybe with a bar or dash after it ("- 08:30 | طفس: اغتيال ..."، "• 14:00 نوى:";
#: round q91-probe-logs)
_ITEM_LABEL_LEAD = re.compile(r"[ \t]*(?:[\u2022\u25aa\u25cf\u00b7*\-\u2013\u2014][ \t]*)?"
                              r"(?:\d{1,2}:\d{2}[ \t]*(?:[|\-\u2013\u2014][ \t]*)?)?")
#: a count told right after an item's label and its colon ("- الفردوس: 7 قتلى"، "• الصالحين: قتيلان")
_LABEL_TOLL = re.compile(r":[ \t]*(?:\d|قتيل|قتلي|شهيد|شهدا|جريح|جرحي|مصاب|اصاب|اصابه)")


def _tolled_item_label(text: str, start: int) -> bool:
    """Is the name at `start` the label of a dashed or bulleted list line, its colon right after it and a
    count or a casualty noun right after the colon ("- الفردوس: 7 قتلى")? A common word there names the
    place the line counts (round q89-recall)."""
    ls = text.rfind("\n", 0, start) + 1
    lead = text[ls:start].strip(" \t")
    if lead not in ("-", "\u2022", "*", "\u2013", "\u25cf", "\u25aa", "\u00b7"):
        return False
    return _LABEL_TOLL.match(text, text.find(":", start)) is not None



#: the first letters of an imperfect verb (`_in_verb_position` asks only names that open with one)
_VERB_FIRST = ("ت", "ي")
#: the word right after a name, up to punctuation (`_in_verb_position`'s object)
_NEXT_WORD = re.compile(r" ([^\s\d.,،:؛!?()\"«»-]+)")
#: a number and a word after it (`_in_verb_position`'s counted object: "تدمر 3 آليات")
_COUNTED_NEXT = re.compile(r" \d{1,4} [^\s\d.,،:؛!?()\"«»-]{3,}")


def _in_verb_position(text: str, h, tanween, actor_ends: set[int], stops: frozenset[str],
                      date_starts: set[int]) -> bool:
    """Is the one-word known name `h`, shaped like an imperfect verb (ت/ي first), a verb between
    its subject and its object: "طائرات F-16 العراقية تدمر وكراً" (destroys, not Palmyra)? The word
    before is a plural or feminine subject (…ات، …ة، …ون، …ين, or a side's name), and the word after
    is an indefinite object with tanween, no adverb (`stop` in name_words.tsv, `tanween_adverb` in
    grammar_words.tsv: مجدداً، صباحاً). "قصفت الطائرات الروسية تدمر" (no object after it), "... تدمر
    مجدداً" and "في تدمر" keep the town. (fix round q80-fix-names)"""
    if " " in h.key or h.key[:1] not in _VERB_FIRST or tanween is None:
        return False
    if text[h.start - 1:h.start] != " ":
        return False   # (a clitic before it: "وتدمر" may be "and Palmyra" in a list)
    m = _NEXT_WORD.match(text, h.end, h.end + 30)
    if m is None and _COUNTED_NEXT.match(text, h.end) is not None and h.end + 1 not in date_starts:
        pass   # "ومقاتلات التحالف تدمر 3 آليات للمليشيا": a counted object (lead, stop 25)
    elif m is None or not tanween(m.start(1), m.end(1)) or m.start(1) in date_starts \
            or m.group(1) in stops or m.group(1) in _TANWEEN_ADVERBS:
        return False
    before = text[max(0, h.start - 30):h.start]
    if not before.endswith(" "):
        return False
    if h.start - 1 in actor_ends:
        return True
    w = before.split()
    return bool(w) and w[-1].endswith(("ه", "ات", "ون", "ين")) and len(w[-1]) > 3


#: names that are also a perfect verb ("سرت": took effect, spread) and the words that open a clause before one
_PERFECT_VERB_NAMES = frozenset(normalize_key(w) for w in grammar_group("perfect_verb_name"))
_CLAUSE_OPENERS = frozenset(normalize_key(w) for w in grammar_group("clause_opener"))
#: a clause's head before the verb: the report's start, a full stop, a comma or a line break, then "و"/"ف" at most
_CLAUSE_HEAD = re.compile(r"(?:^|[.،,؛:!?\n])\s*[وف]?$")
_BARE_NEXT = re.compile(r" ([\u0621-\u064a]{3,})")


def _perfect_verb_name(text: str, h, stops: frozenset[str], date_starts: set[int]) -> bool:
    """Is the one-word known name `h`, also a perfect verb (`perfect_verb_name`, grammar_words.tsv), that verb
    at a clause's head with its indefinite subject after it: "في المقابل سرت هدنة هشة"، "، وسرت أنباء عن"
    (took effect, spread), not Sirte? "في سرت"، "قصفت الطائرات سرت أمس" keep the town. (q88-fix16p)"""
    m = _BARE_NEXT.match(text, h.end)
    if m is None or m.group(1).startswith("ال") or m.start(1) in date_starts:
        return False
    nxt = normalize_key(m.group(1))
    if nxt in stops or nxt in _TANWEEN_ADVERBS or nxt in ("امس", "اليوم"):
        return False
    before = text[max(0, h.start - 12):h.start]
    if _CLAUSE_HEAD.search(before) is not None:
        return True
    w = before.split()
    return bool(w) and before.endswith(" ") and normalize_key(w[-1].lstrip("و")) in _CLAUSE_OPENERS


def _fronted_alone(text: str, h) -> bool:
    """Is the known name `h` (a town or a governorate) fronted alone, "وفي X،", at a sentence's head?"""
    return text[h.end:h.end + 1] == "," and bool(_FRONTED_LEVELS.intersection(h.levels)) \
        and _FRONTED_IN.search(text, max(0, h.start - 8), h.start) is not None


_ADMIN_ONLY = frozenset({"admin1", "admin2", "admin3"})


@lru_cache(maxsize=4)
def _directions(lex: Lexicons) -> tuple[tuple[str, str], ...]:
    """The compass words of place_types.tsv without the article (شرقي، جنوب غرب، وسط ...), as
    normalize_key leaves them, with their compass point: the one source of `_bare_directions`,
    `_not_fronted`'s compass nouns and `_compass_words`."""
    return tuple((normalize_key(p), pw.value) for p, pw in lex.place_word_rows
                 if pw.role == "direction" and not p.startswith("ال"))


@lru_cache(maxsize=4)
def _bare_directions(lex: Lexicons) -> frozenset[str]:
    """The one-word compass words without the article (شرقي، شمال، وسط ...)."""
    return frozenset(w for w, _ in _directions(lex) if " " not in w)


@lru_cache(maxsize=4)
def _not_fronted(lex: Lexicons) -> frozenset[str]:
    """Words that never name a fronted place: stop words (المدينة points back) and the compass
    nouns ("وفي الجنوب،": a region of the report's country, not Lebanon's South governorate)."""
    return frozenset(lex.name_stops | {"ال" + w for w in _bare_directions(lex)})


def _delimited_names(text: str, pos: int, quoted: Callable[[int], int | None] | None,
                     plural: bool) -> list[tuple[int, int]]:
    """Names right after a type word that the report itself delimits, as (start, end) ranges."""
    if quoted is not None:
        end = quoted(pos)
        if end is not None:
            s = pos
            while s < end and text[s] == " ":
                s += 1
            e = end
            while e > s and text[e - 1] == " ":
                e -= 1
            # محور "مارع - الشيخ عيسى": a route between two places is told at its first end
            dash = re.search(r"\s*[-–—]\s*\S", text[s:e])
            if dash and dash.start() > 0:
                e = s + dash.start()
            words = text[s:e].split()
            if plural and " و" in text[s:e]:
                # قريتي "البغيلية وعياش": one quotation, a list of names
                out, cur = [], s
                for m in re.finditer(r" و(?=\S)", text[s:e]):
                    out.append((cur, s + m.start()))
                    cur = s + m.start() + 2
                out.append((cur, e))
                return [(a, b) for a, b in out if b > a]
            if 1 <= len(words) <= 4:
                out = [(s, e)]
                # مناطق “قمحانة”، “أرزة”، و”خطاب”: after a plural type word, more quoted names
                while plural:
                    m = re.match(r"\s*,?\s*(?:و\s*)?", text[end:end + 6])
                    nxt = end + (m.end() if m else 0)
                    if nxt == end and not text[end:end + 1].isspace():
                        break
                    e2 = quoted(max(end, nxt - 1))
                    if e2 is None or e2 <= nxt:
                        break
                    a2 = nxt
                    while a2 < e2 and text[a2] in " و":
                        a2 += 1
                    b2 = e2
                    while b2 > a2 and text[b2 - 1] == " ":
                        b2 -= 1
                    if not (1 <= len(text[a2:b2].split()) <= 4):
                        break
                    out.append((a2, b2))
                    end = e2
                return out
    m = _BRACKET_LIST.match(text, pos) if plural else None   # (only a plural type word lists)
    if m:
        out = []
        body_start = m.start(1)
        for part in re.finditer(r"[^,]+", m.group(1)):
            chunks = re.split(r"\s+و(?=\S)", part.group())
            off = body_start + part.start()
            for chunk in chunks:
                idx = text.find(chunk.strip(), off)
                if idx < 0:
                    continue
                item = chunk.strip()
                if item.startswith("و") and len(item.split()[0]) > 3 and off != body_start + part.start():
                    pass
                if 1 <= len(item.split()) <= 4:
                    out.append((idx, idx + len(item)))
                off = idx + len(item)
        return out
    return []


def _after_prep(text: str, h, mentions: DocMentions) -> bool:
    if h.start > h.word_start:
        return True   # بمحلية، وفي
    before = text[h.word_start - 12 if h.word_start > 12 else 0:h.word_start].rstrip()
    if not before or before[-1] in ".,،:;\n(-":
        return True
    return any(p.payload.role == "prep" and 0 <= h.word_start - p.end <= 1
               for p in mentions.place_words.within(h.word_start - 12, h.word_start))


_MEANS_WORDS = tuple(w + " " for w in grammar_group("means_word"))


def _by_way_of(text: str, at: int) -> bool:
    """Does a `means_word` stand right before the road word at `at` ("قتلوا عن طريق الخطأ")? Or is it the
    martyrs' "road to Jerusalem" ("ارتقى شهيداً على طريق القدس", Hezbollah's and its allies' obituaries),
    no road anyone was on (lead, stop 24)?"""
    if text.endswith(_MEANS_WORDS, at - 4 if at > 4 else 0, at):
        return True
    return text.startswith("طريق القدس", at) and text.endswith("علي ", 0, at) \
        and _MARTYR_BEFORE.search(text, max(0, at - 30), at) is not None


#: a martyr's word a few words before "على طريق القدس" (grammar_words `martyr_word`)
_MARTYR_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('martyr_word')})\S*\s+(?:\S+\s+){{0,2}}علي\s+$")


#: "نهر"/"النهر" (with its clitics) right before a name: the name is a river's
_RIVER_BEFORE = re.compile(r"(?:^|\s)[وبل]{0,2}(?:ال)?نهر\s+$")
#: a plural place word, maybe a count, right before a compass word ("تسع قرى شرقي"، "مواقع جنوب")
_PLURAL_AROUND = re.compile(rf"(?:^|\s)(?:{alternation('around_plural')})\s+(?:\S+\s+)?$")
#: "على بعد 20 كم" / "على بعد نحو عشرة كيلومترات" right before the compass word that points from a town
_DISTANCE_BEFORE = re.compile(r"علي\s+بعد\s+(?:\S+\s+){1,3}?(?:كم|كيلو\S*|ميل\S*|اميال)\s*$")
#: the name's gloss in Latin letters between a place and the compass word that puts a town around it
#: ("بلدة الكرمة (Garma) شرقي الفلوجة")
_GLOSS_BEFORE = re.compile(r"\s*\([^()\n]{1,40}\)\s*$")


@lru_cache(maxsize=4)
def _compass_words(lex: Lexicons) -> frozenset[str]:
    """The direction words that stand before a name (`compass_before`; not "وسط", the centre)."""
    return frozenset(w for w, point in _directions(lex) if point != "center")


@lru_cache(maxsize=4)
def _compass_last(lex: Lexicons) -> tuple[str, ...]:
    """`_compass_words` as a tuple, for `str.endswith`."""
    return tuple(sorted(_compass_words(lex)))


@lru_cache(maxsize=4)
def compass_before(lex: Lexicons) -> re.Pattern[str]:
    """A compass word ending right before a place ("جنوبي كركوك"، "62 كم شرق مدينة حماة"): the event
    was near the place, not at its point (ACLED geo_precision 2). From place_types.tsv's direction
    words that stand before a name (not "الشرقي" after one, not "وسط": the centre is the place)."""
    return re.compile(r"(?:^|\s)(?:%s)\s+$" % "|".join(sorted(map(re.escape, _compass_words(lex)), key=len, reverse=True)))


def compass_ending(text: str, lo: int, hi: int, lex: Lexicons) -> re.Match[str] | None:
    """`compass_before(lex).search(text, lo, hi)`, asked only of a window that, right-stripped, ends
    with one of its words: every match does (the words end it, then `\\s+$`), and most windows
    before a place end with none, where the search tried the pattern at each of their positions."""
    if not text[lo:hi].rstrip().endswith(_compass_last(lex)):
        return None
    return compass_before(lex).search(text, lo, hi)


def _valleys_unknown_only(text: str, mentions: DocMentions, name_hits: Sequence[NameHit],
                          written_ya: Callable[[int], bool] | None) -> DocMentions:
    """The place words marked `unknown_only` (وادي) kept only where they introduce a name the gazetteer
    lacks: written with ي (not "وأدى/وادى القصف إلى", and led to), indefinite (not "منطقة الوادي الأحمر", a
    name of its own), not within a known name ("وادي الشاي"، "قاعدة وادي سيدنا", found whole), and not right after
    another type word ("منطقة وادي X": a name the type word before it introduces, وادي its head word); q82-match."""
    drop = []
    for h in mentions.place_words:
        if h.payload.value != "unknown_only":
            continue
        if text.startswith("ال", h.start) or "ال" in text[h.word_start:h.start] \
                or written_ya is None or not written_ya(h.end - 1) \
                or any(g.start <= h.start + 1 and g.end > h.end and g.start > h.start - 40 for g in name_hits) \
                or any(t.payload.role == "type" and not text[t.end:h.word_start].strip()
                       for t in mentions.place_words.within(max(0, h.word_start - 16), h.word_start) if t is not h):
            drop.append(h)
    if not drop:
        return mentions
    return replace(mentions, place_words=Sorted([h for h in mentions.place_words if not any(h is d for d in drop)]))


def find_places(text: str, mentions: DocMentions, name_hits: Sequence[NameHit],
                lex: Lexicons, tanween: Callable[[int, int], bool] | None = None,
                quoted: Callable[[int], int | None] | None = None,
                quoted_spans: Sequence[tuple[int, int]] = (),
                known_starts: frozenset[int] = frozenset(),
                written_ya: Callable[[int], bool] | None = None,
                foreign_ends: Mapping[int, int] | None = None) -> list[PlaceSpan]:
    """All place phrases, with containers linked to what they contain.

    `known_starts` are where a gazetteer name starts, in any country: such a word after a type
    word is a name even when it ends like a pronoun ("مطار أبها").
    `foreign_ends` maps where a gazetteer name of a country rasd does not cover starts to where
    it ends: an unknown name that starts there runs to its end ("مدينة خميس مشيط" is not cut to
    "خميس", which the gazetteer reads as a Yemeni village).

    `tanween(start, end)` tells whether the original words behind a normalised
    range carry tanween: an indefinite word (طلباً، عشوائياً) is never a proper name.
    `quoted(pos)` returns where a quotation that opens at `pos` closes (both positions in
    the normalised text, where quotation marks have become spaces), or None.
    `written_ya(pos)` tells whether the normalised ي at `pos` is written ي, not ى, in the
    original: "وعلي" in a list of villages is the name علي, not the preposition على.
    """
    if has(text, "وادي"):
        mentions = _valleys_unknown_only(text, mentions, name_hits, written_ya)
    toks = _Tokens(text)
    # what later questions ask of the place words, gathered in one walk over them (~80 a
    # report; five comprehensions walked them five times): where type words, qualifiers and
    # compass words end, where every place word and every preposition starts, and where a
    # definite singular type word that can point back ("المدينة", "البلدة") starts
    type_ends: set[int] = set()
    compass_ends: set[int] = set()
    place_word_starts: set[int] = set()   # asked of every candidate word
    prep_starts: set[int] = set()
    anaphor_starts: set[int] = set()
    for h in mentions.place_words:
        pw = h.payload
        role = pw.role
        place_word_starts.add(h.word_start)
        if role == "type" or role == "qualifier":
            type_ends.add(h.end)
            if role == "type" and not pw.plural and pw.kind in _ANAPHOR_KINDS \
                    and "ال" in text[h.word_start:h.start + 2]:
                anaphor_starts.add(h.word_start)
        elif role == "direction":
            compass_ends.add(h.end)
        elif role == "prep":
            prep_starts.add(h.word_start)
    blocked = list(map(_EDGES, mentions.actors))
    blocked_spans = Spans(blocked)
    # (the (start, end) pairs made by attrgetter in C: a few hundred hits per report)
    lexical = [*chain.from_iterable(map(_WORD_EDGES, coll) for coll in (
        mentions.triggers, mentions.casualties, mentions.persons, mentions.weapons,
        mentions.targets, mentions.discourse)),
        *map(_EDGES, mentions.quantities), *map(_EDGES, mentions.dates),
        *map(_WORD_EDGES, lex.weekdays.find(text))]
    # (a month name counts only inside a date, which mentions.dates holds: "اب" is August in
    #  "10 آب 2016" but also the end of "وباب ليمون")

    mask = bytearray(len(text) + 1)
    date_starts = {d.start for d in mentions.dates}
    # (where a time of two words or more begins: "ليلة أمس"، "صباح اليوم")
    phrase_date_starts = {d.start for d in mentions.dates if " " in text[d.start:d.end]}
    for a, b in lexical:
        # (the run of ones from a table, not a new bytes object per span: ~170 spans a report)
        mask[a:b] = _ONES[b - a] if b - a < 64 else b"\x01" * (b - a)

    def is_lexical(s: int, e: int) -> bool:
        return mask.find(1, s, e) >= 0


    def name_not_prep(s: int, e: int) -> bool:
        """In a list of villages, is the preposition-looking word at s..e a name: "علي" written
        with ي, not ى ("قرى شنكال وعلي بيسكي", "وشيخ علي")?"""
        return (s in prep_starts and written_ya is not None and text[e - 1] == "ي"
                and _strip_clitics(text[s:e]) in _PREP_LIKE_NAME and written_ya(e - 1))
    gaz_by_start: dict[int, NameHit] = {}
    # where a definite noun of a person ends ("الصحفي"، "العقيد"، "الأسير"): the one or two words
    # after it may be a given name, and a known name right after them the family's (q84-probe4)
    person_ends = sorted([*(p.end for p in mentions.persons if "ال" in text[p.word_start:p.word_start + 3]),
                          *_title_ends(text)])

    def _family_name(h) -> bool:
        i = bisect_left(person_ends, h.start - 24)
        while i < len(person_ends) and person_ends[i] < h.start:
            pe = person_ends[i]
            i += 1
            adj = _PERSON_ADJECTIVES.match(text, pe, h.start)
            at = adj.end() if adj is not None else pe
            if _GIVEN_NAMES_GAP.fullmatch(text, at, h.start) is None and not (
                    # (no given name before it: the first name itself, when a further name follows it)
                    at == h.start - 1 and text[at] == " " and not text.startswith("ال", h.start)
                    and _NEXT_GIVEN_NAME.match(text, h.end) is not None):
                continue
            if is_lexical(pe, h.start) \
                    or _after_type_word(text, h.start, type_ends) or h.start in place_word_starts \
                    or any(not (w.payload.role == "prep" and written_ya is not None
                                and text[w.word_start:w.end] in _PREP_LIKE_NAME and written_ya(w.end - 1))
                           for w in mentions.place_words.within(pe, h.start)):
                continue   # ("علي" written with ي is the given name, not the preposition)
            return True
        return False
    # (a civilian noun inside a name told with its type word is part of the name: "مدينة ود مدني")
    armed_spans = Spans([(h.start, h.end) for h in mentions.actors if h.payload.klass not in ("civilian",)])
    actor_ends = {a.end for a in mentions.actors}
    last_end = -1   # where the last name taken ends
    list_end = -1   # where the last name taken after a type word, or joined to one by "و", ends
    for h in name_hits:
        if h.key in _SHORT_FOUND_NAMES and not (
                _IN_BEFORE.search(text, max(0, h.start - 8), h.start) is not None
                or last_end >= 0 and h.start - last_end == 2 and text[last_end:h.start] == " و") or (
                h.key in _SHORT_FOUND_NAMES and text[h.end:h.end + 1].isalpha()):
            continue   # "قتل أب وأطفاله": the father; "باب"، "كتاب": inside another word
        if blocked_spans.overlaps(h.start, h.end) and (
                armed_spans.overlaps(h.start, h.end) or not _after_type_word(text, h.start, type_ends)) and not (
                # (nor without it, when the civilian noun is not the name's first word: "في ود مدني")
                " " in h.key and not armed_spans.overlaps(h.start, h.end)
                and not blocked_spans.overlaps(h.start, h.start + h.key.index(" "))) and not (
                # (nor a civilian noun alone that names a town right after "في": "مواقع في مدني"; q90-places)
                h.key in _IN_ONLY_TOWNS and not armed_spans.overlaps(h.start, h.end)
                and _IN_BEFORE.search(text, max(0, h.start - 8), h.start) is not None):
            continue
        # (each regex below is searched in at most the 24 characters before the name, which
        #  end with one of its words when it matches: see `_last_words`)
        # (clipped with conditional expressions, here and below: `max(0, x)` is a builtin call,
        #  asked for every name of a report)
        tail = text[h.start - 24 if h.start > 24 else 0:h.start].rstrip()
        tail_word = tail.endswith(_TAIL_LAST)
        if tail_word and tail.endswith(_KUNYA_LAST) and _KUNYA.search(text, max(0, h.start - 5), h.start):
            continue  # "(أبو سلمى)": a kunya, a person's by-name, not the town of Salma
        if any_in(_OPERATION_LAST, tail):   # (a loop: cheaper than any(map(...)) per name)
            if _OPERATION.search(text, max(0, h.start - 12), h.start):
                continue  # "عملية بركان الغضب": the name of a military operation, not the town of Burkan
            op = _OPERATION_2ND.search(text, max(0, h.start - 24), h.start)
            if op is not None and not is_lexical(op.start(1), op.end(1)):
                continue  # "عملية عاصفة الحزم": the second word of an operation's name (no event word between)
        if text.startswith(" ان ", h.end) and any(
                d.payload == "report" and text[d.end:h.start] in (" ", " ال")
                for d in mentions.discourse.within(h.start - 14 if h.start > 14 else 0, h.start)):
            continue  # "وأضاف النعمان أن": the speaker between a verb of saying and its "أن", not a town
        if tail_word and tail.endswith(_ACCUSER_LAST) and _ACCUSER.search(text, max(0, h.start - 12), h.start):
            continue  # "وحملت بغداد تركيا المسؤولية": the capital that accuses is its government, no place
        if tail_word and tail.endswith(_REACTER_LAST) and _REACTER.search(text, max(0, h.start - 12), h.start):
            continue  # "ردت بغداد على قصف تركي": the capital that replies is its government, no place
        if tail_word and tail.endswith(_OFFICE_LAST) and _OFFICE.search(text, max(0, h.start - 16), h.start):
            continue  # "اغتيل محافظ عدن": a governor's title, not where it happened
        if tail_word and tail.endswith(_FAMILY_LAST) and _FAMILY.search(text, max(0, h.start - 12), h.start):
            continue  # "قصفت الطائرات منزلاً لعائلة الشاعر": a family's name, not the village of Al-Shaer
        if person_ends and _family_name(h):
            continue  # "الصحفي علي الرفاعي": a person's family name, not the village of Rifai
        # (every match ends with نهر and whitespace: the window's right-stripped tail ends with it)
        if tail_word and tail.endswith("نهر") and _RIVER_BEFORE.search(text, max(0, h.start - 8), h.start):
            continue  # "الضفة الجنوبية لنهر دجلة": a river, no place of an event (its town is told with it)
        # (the function's own first test, asked before the call: most names open with neither)
        if h.key[:1] in _VERB_FIRST and _in_verb_position(text, h, tanween, actor_ends, lex.name_stops,
                                                          date_starts):
            continue  # "طائرات F-16 العراقية تدمر وكراً": the verb "destroys", not Palmyra
        if h.key in _PERFECT_VERB_NAMES and _perfect_verb_name(text, h, lex.name_stops, date_starts):
            continue  # "في المقابل سرت هدنة هشة": the verb "took effect", not Sirte (q88-fix16p)
        if h.key in _ADJECTIVE_NAMES and _adjective_of_noun(text, h.start):
            continue  # "سيارة حديثة": a modern car, not the town of Haditha (quality-76)
        if h.key.startswith("ال") and h.key[2:] in _ADJECTIVE_NAMES and _definite_adjective_of_noun(text, h.start):
            continue  # "التظاهرات السلمية": the peaceful demonstrations, not Salamiyah (fix round q80-fix-h2)
        if h.key.endswith("ي") and " " not in h.key and any(
                w.end == h.start - 1 for w in mentions.weapons.within(max(0, h.start - 20), h.start)):
            continue  # "بصاروخ بحري": an adjective of the weapon (naval), not the town of Bahri
        if h.key.endswith("ي") and " " not in h.key and _VESSEL_BEFORE.search(text, max(0, h.start - 10), h.start):
            continue  # "هجوم على لنش بحري": an adjective of the vessel (naval), not the town of Bahri (q94-fix29p)
        if (h.key in _NISBA_NAMES or h.key[2:] in _NISBA_NAMES) and _definite_nisba(text, h.start, h.end):
            continue  # "ميناء طرابلس البحري"، "للأمن البحري": the noun's adjective (maritime), not Bahri
        # a name that is also an event word, a number or a date needs a type word before it;
        # so does a very short name that is not an admin unit (3 letters match inside too much)
        # (but not one joined by "و" right after a name already taken: "غارات على كفرنبل وحاس")
        short = len(h.key.replace(" ", "")) <= 3 and not set(h.levels) & {"admin1", "admin2", "country"} \
            and not (last_end >= 0 and h.start - last_end == 2 and text[last_end:h.start] == " و") \
            and not _fronted_alone(text, h) \
            and not (("town" in h.levels and h.start - 1 in compass_ends) or (   # "غرب رفح": a town a direction locates
                # "في رفح"، "على حاس": a short name no ordinary word shares, after a preposition
                h.key in _BARE_SHORT_TOWNS and ("town" in h.levels or "village" in h.levels)
                and (text[h.start - 1:h.start] == " " and any(
                    p.payload.role == "prep" and p.end == h.start - 1
                    for p in mentions.place_words.within(max(0, h.start - 6), h.start))
                     # "قصف بيت برفح": the preposition ب glued to it, as posts write it (q90-probe-dialect)
                     or _GLUED_BI.search(text, max(0, h.start - 3), h.start) is not None)
                # "- رفح: 14 شهيداً": the label of a list's item line, right before its colon
                or h.key in _BARE_SHORT_TOWNS and ("town" in h.levels or "village" in h.levels)
                and text[h.end:h.end + 1] == ":" and _ITEM_LABEL_LEAD.fullmatch(
                    text, text.rfind("\n", 0, h.start) + 1, h.start) is not None))
        if (is_lexical(h.start, h.end) or short) and not _after_type_word(text, h.start, type_ends) and not (
                # (a known name of two words whose first word is no lexicon word: "ود مدني")
                " " in h.key and not short and (not is_lexical(h.start, h.start + h.key.index(" ")) or (
                    # (nor one whose first word is a place's head word, read also as a clitic and a
                    #  lexicon word, when the rest is no lexicon word: "وادي الشاي" (وادي also و+أدى,
                    #  "and led to"), "جبل X"; fix round q80-fix-iy)
                    (h.key[:h.key.index(" ")] in lex.name_heads
                     # (or a known building named with its type word: "مستشفى الشفاء"، "المستشفى
                     #  المعمداني"; q88-probe-transcript)
                     or "site" in h.levels and h.start in place_word_starts)
                    and not is_lexical(h.start + h.key.index(" ") + 1, h.end)))
                and not armed_spans.overlaps(h.start, h.end)) and not (
                # (nor one of three words or more whose first word alone is: "وقصر بن غشير", the
                #  minors' noun before a patronymic, which no noun of persons or events is)
                h.key.count(" ") >= 2 and not is_lexical(h.start + h.key.index(" "), h.end)
                and not armed_spans.overlaps(h.start, h.end)) and not (
                # (nor a known name of two words or more joined by "و" to a name told after its type
                #  word: "منطقتي الصابري وسوق الحوت"، "في منطقة قنفودة وسوق الحوت" (سوق a market, a
                #  lexicon word), as "منطقتي سوق الحوت والصابري"; fix round q80-fix-h2)
                " " in h.key and list_end >= 0 and h.start - list_end == 2 and text[list_end:h.start] == " و"
                and not armed_spans.overlaps(h.start, h.end)) and not (
                # (nor a casualty word that names a town right after "في": "مواقع في مدني"; q90-places)
                h.key in _IN_ONLY_TOWNS and _IN_BEFORE.search(text, max(0, h.start - 8), h.start) is not None):
            continue
        prev = gaz_by_start.get(h.start)
        if prev is None or h.end > prev.end:
            gaz_by_start[h.start] = h
            last_end = h.end if h.end > last_end else last_end
            if _after_type_word(text, h.start, type_ends) or h.start in place_word_starts or (
                    list_end >= 0 and h.start - list_end == 2 and text[list_end:h.start] == " و"):
                list_end = h.end

    gaz_starts = sorted(gaz_by_start)

    def _settled(g: NameHit) -> bool:
        """Is the name a town's or a village's (not only a region's, a governorate's or a sea's)?"""
        return any(lv in SETTLEMENT_LEVELS for lv in g.levels)

    def _inside_known_name(h) -> bool:
        """Does a known name that starts before the word end with it or past it ("طريق السد")?"""
        i = bisect_left(gaz_starts, h.word_start - _KNOWN_NAME_REACH)
        while i < len(gaz_starts) and gaz_starts[i] < h.word_start:
            g = gaz_by_start[gaz_starts[i]]
            if g.end >= h.end and not g.common_word:
                return True
            i += 1
        return False

    def gaz_at(pos: int) -> NameHit | None:
        # (the name sought starts in [pos, pos + 6): in the word's first five characters, the
        #  word at pos or pos + 1; most positions have none, and then no word need be found)
        i = bisect_left(gaz_starts, pos)
        if i == len(gaz_starts) or gaz_starts[i] >= pos + 6:
            return None
        tok = toks.at(pos)
        if tok is None:
            return None
        s, e = tok
        # the first name starting in the word's first five characters (clitics before the name,
        # وبالميادين), by bisection over the names' starts: most words start no name at all
        i = bisect_left(gaz_starts, s)
        if i < len(gaz_starts) and gaz_starts[i] < s + (e - s if e - s < 5 else 5):
            return gaz_by_start[gaz_starts[i]]
        return None

    def in_known(pos: int) -> bool:
        """Is the word at `pos` "ب" and a place the gazetteer knows ("بطرابلس"): the container
        told right after an unknown name, not the name's second word?"""
        if not text.startswith("ب", pos):
            return False
        g = gaz_at(pos)
        return g is not None and g.start == pos + 1

    # where each known name ends -> where the first of them that ends there starts
    known_from: dict[int, int] = {}
    for g in name_hits:
        if g.start < known_from.get(g.end, len(text)):
            known_from[g.end] = g.start

    def _sector_after(pos: int) -> bool:
        """"مديرية التربية"، "مديرية صحة الحديدة": the word at `pos` is a directorate's sector (round q95-probe-services)."""
        tok = toks.at(pos)
        return tok is not None and text[tok[0]:tok[1]] in _SECTOR_WORDS

    def unknown_name(pos: int, strong: bool = False, listed: bool = False,
                     area: bool = False, placed_only: bool = False,
                     in_list: bool = False, quarter: bool = False, dual: bool = False) -> tuple[int, int, str] | None:
        """An unknown name at `pos`: its (start, end, text) or None. `in_list`: a member of a
        list after a plural type word (قرى X وY وZ), whose members may be two plain words.
        `quarter`: after a quarter's type word (حي), whose name may end with a compass adjective.
        `dual`: the second member after a dual type word (حيي X وY), which names two places."""
        tok = toks.at(pos)
        if tok is None:
            return None
        s, e = tok
        w = text[s:e]
        # in a list ("X ولبين وحران") only the conjunction is a clitic: لبين keeps its ل
        core = w[1:] if listed and w.startswith("و") and len(w) >= 3 else _strip_clitics(w)
        if not listed and w.startswith("ف") and not _FA_ARTICLE.match(w):
            core = w   # "منطقة فشلوم": right after a type word, ف is the name's own letter
        if w.startswith("ل") and _ARENA_BEFORE.search(text, s - 10 if s > 10 else 0, s):
            return None  # "ساحة لصراعات قبلية"، "ساحة للمعارك": what the arena is for, not a square's name
        ali = in_list and name_not_prep(s, e)   # "وعلي" in a list of villages: a name
        if not core or core.isdigit() or (core in lex.name_stops or w in lex.name_stops) and not ali \
                or (len(core.removeprefix("ال")) < 2 and core != "ال"):
            return None  # (an article alone, as in a quotation cut off after “ال, names nothing; "ال"
                         #  is also آل, a clan's name before its complement: "منطقة آل عمار", below)
        if not listed and core in lex.name_tails:
            return None  # "حي جديد", "المدينة القديمة": an adjective, not a name
        if not strong and (core in _OFFICE_WORDS or core in _NEAR_STRUCTURES):
            return None  # "قرب مكتب القناة في حي الصليبي": a body's office, not a place (not "قرية مكتب خالد")
        if s in place_word_starts and not ali:
            return None  # "مدينة ودوار ...": the next word is another place word, not a name
        if not listed and core != w and not (w.startswith("و") and core in lex.name_heads):
            return None  # a name right after its type word carries no "and", "to", "in"
        if blocked_spans.overlaps(s, e) and not (strong and core.startswith("ال") and core == w):
            # (the word overlaps an actor name: "للحشد" holds "لحشد"; but right after a specific
            #  type word a bare definite name is a name: "حي البدو", "حي الأكراد")
            # "مناطق المعارضة", "منطقة النظام": whose areas; "محيط القيادة العامة": a
            # headquarters named by its force. An actor's name is no place name
            return None
        cs0 = e - len(core)   # (where the name starts, after its clitics)
        if area and not core.startswith("ال") and core.endswith("يه"):
            return None  # "منطقة قروية", "قرى سنية": an indefinite adjective describes, it is no name
        if (w.endswith("وا") and len(w) >= 5) or (w.endswith(("ها", "هم", "هما", "هن")) and len(w) > 3
                                                   and cs0 not in known_starts
                                                   # (the article takes no pronoun: "قرية الصراهم" is
                                                   #  a name; "الاهم" too short to tell; q78-yemen2)
                                                   and not (core.startswith("ال") and len(core) >= 6)) or \
                (tanween is not None and tanween(s, e)):
            return None  # a plural verb (هاجموا), a word with a pronoun (اهمها) or an indefinite
                         # word (طلباً) is not a name
        for c in core:   # (a loop, not any() over a generator: the first letter usually answers)
            if "\u0621" <= c <= "\u064a":
                break
        else:
            return None   # no Arabic letter: no name
        if is_lexical(s, e) and not strong and not (dual and core.startswith("ال")):
            # (the dual type word names two places: its second member is a name even when it is also an
            #  event word, "طال القصف حيي الجولان والشهداء"; fix round q95-fix30r)
            return None
        if s in phrase_date_starts:
            return None   # "للمدينة ليلة أمس": a time of two words or more, no name (fix round q80-fix-h2)
        if core in _TIME_LEAD_WORDS and (nt := toks.after(e)) is not None and nt[0] in date_starts:
            return None   # "للمخيم يوم الثلاثاء"، "القرية فجر السبت": the time of a day, no name
        cs = e - len(core)
        name_end = e
        last = e   # the end of the name's last word so far
        nxt = toks.after(e)
        if nxt is not None:
            s2, e2 = nxt
            w2 = text[s2:e2]
            ok2 = text[e:s2] in (" ", ' "', '" ') and w2 not in lex.name_tails and (
                plain_word(s2, e2) or ((in_list or core in lex.name_heads) and name_not_prep(s2, e2)))
            # (after a head word, "علي" written with ي is its complement: "قرية الحاج علي"، "بلدة تل علي")
            # a head word needs its complement (تل شعير، دير قاق); a bare noun followed by a
            # definite one is a construct name (قبة التركمان، بصر الحرير)
            # (a fused "ابوسليم" is whole: in a list the next "و" word is the next member)
            if ok2 and (core in lex.name_heads or core == "ال"
                        or (core.startswith("ابو") and not (in_list and core != "ابو" and w2.startswith("و")))
                        or (not core.startswith("ال") and w2.startswith("ال") and len(w2) > 3
                            # (not a nationality after the name: "بلدة عرسال اللبنانية" is Arsal,
                            #  in Lebanon; the adjective says where, it is no part of the name)
                            and w2 not in _place_nations())
                        # "وقرية بيدر شمسو في ريف إدلب": two plain words that run up to where
                        # the report places them (or to a stop) are one name
                        # (not "X وY", a list; not "مطعم شعبي", a noun and its adjective)
                        or (not w2.startswith(("ال", "و")) and not core.startswith("ال")
                            and not w2.endswith(("ي", "يه")) and not (tanween is not None and tanween(s2, e2))
                            # (not "ب" and a known place: "منطقة قرجي بطرابلس" lies in Tripoli; q62, q63)
                            and (ends_a_name(e2, placed_only) or (not placed_only and soft_end(e2))
                                 # (or where a known name that began with the type word ends: "مخيم نور
                                 #  شمس واعتقلت", the camp's own name; lead, stop 25)
                                 or s - 12 <= known_from.get(e2, len(text)) < s)
                            and not in_known(s2))
                        # "قرى شنكال وعلي بيسكي وكورنيه": in a list after a plural type word,
                        # two unknown plain words that run up to the next member, a comma, a
                        # preposition or the clause's end are one member
                        or (in_list and not core.startswith("ال") and not w2.startswith(("ال", "و"))
                            and not _CLITIC_ARTICLE.match(w2) and s2 not in gaz_by_start
                            # (nor a known place behind "ب": "وعرادة بطرابلس", a quarter and its city)
                            and not in_known(s2)
                            and w2 not in lex.compass_adjectives
                            and not (tanween is not None and tanween(s2, e2))
                            and ends_a_member(e2))):
                name_end = e2
                last = e2
                if w2 in _NEEDS_COMPLEMENT:
                    # "تل أبو ظاهر", "عين أم شرشوح": the second word needs its complement too
                    nxt3 = toks.after(e2)
                    # (a complement written علي, not the preposition على: "حوش السيد علي")
                    if nxt3 is not None and text[e2:nxt3[0]] == " " and (plain_word(*nxt3) or name_not_prep(*nxt3)):
                        name_end = last = nxt3[1]
        if ali and name_end == e:
            return None  # "وعلي" alone may still be "وعلى" typed with ي: a name only with its second word
        if core == "ال" and name_end == e:
            return None  # an article or "آل" with nothing after it names nothing
        if name_end == e and not strong and core in lex.name_heads and nxt is not None \
                and text[nxt[0]:nxt[1]] in lex.name_stops:
            return None  # "قرب بئر مياه": a head word whose next word is a stop word is a common noun (a
                         # well), no name cut short (fix round q94-fix29p)
        if foreign_ends:
            fe = foreign_ends.get(cs)
            if fe is not None and fe > name_end:
                name_end = last = fe   # a known name abroad is whole ("خميس مشيط")
        # an adjective that belongs to the name: "الصورة الكبيرة", "فيخة صغيرة"; inside a list
        # of villages a compass adjective does too ("سويدة الشمالية")
        nxt = toks.after(last)
        if nxt is not None:
            s3, e3 = nxt
            w3 = text[s3:e3]
            if s3 - name_end <= 1 and (w3 in lex.name_tails or ((listed or in_list) and w3 in lex.compass_adjectives)
                                       # (so does a definite one after a quarter's definite name: "حي
                                       #  الساحل الشرقي" of Derna; fix round q80-fix-names)
                                       or (strong and quarter and core.startswith("ال") and w3.startswith("ال")
                                           and w3 in lex.compass_adjectives)):
                name_end = e3
        return cs, name_end, text[cs:name_end]

    def plain_word(s: int, e: int) -> bool:
        """A word that may continue a name: no stop word, number, lexicon or place word."""
        w = text[s:e]
        return (w not in lex.name_stops and not is_lexical(s, e) and not w.isdigit()
                and s not in place_word_starts)

    def ends_a_name(pos: int, placed_only: bool = False) -> bool:
        """Does a name plausibly end at `pos`: a full stop, a comma or a bracket follows, or
        the words that place it ("في ريف X", "بمحافظة X", "شرقي X")? With `placed_only`, only
        the latter."""
        rest = text[pos:pos + 3].lstrip(" ")
        if not rest or rest[0] in ".,:;()\n":
            return not placed_only
        nxt = toks.after(pos)
        if nxt is None:
            return True
        start = nxt[0]
        if text[start:nxt[1]] == "في":
            after = toks.after(nxt[1])
            start = after[0] if after is not None else start
        for h in mentions.place_words.within(start, start + 30):   # (a loop, not any())
            if h.word_start == start and h.payload.role in ("type", "qualifier", "direction"):
                return True
            # (or "و" and a type word: the next place of a list, "منطقة X Y ومخيم Z"; fix round
            #  q80-fix-names)
            if h.payload.role == "type" and h.start == start + 1 and text[start] == "و" \
                    and text[pos:start] == " ":
                return True
        if text[start:start + 1] == "و" and text[pos:start] == " " and text[start + 1:nxt[1]] in _POST_WORDS:
            return True   # (or "و" and a post or camp: "منطقة فج عطان ومعسكر النهدين")
        return False

    def soft_end(pos: int) -> bool:
        """After two plain words, does what follows describe the place rather than continue its name: an
        indefinite word with tanween ("قرب بلدة مرشد بينار احتجاجاً"), a "لل" phrase ("حقل خور مور للغاز") or a
        definite nisba adjective ("قاعدة ستيلا ماريس البحرية")? (precision round q81-places)"""
        nxt = toks.after(pos)
        if nxt is None or text[pos:nxt[0]] != " ":
            return False
        w = text[nxt[0]:nxt[1]]
        if len(w) < 5:
            return False
        if w.startswith("لل"):
            return True
        if w.startswith("ال") and w.endswith(("يه", "ي")):
            return True
        return tanween is not None and tanween(*nxt)

    def ends_a_member(pos: int) -> bool:
        """Does a member of a list of villages end at `pos`: the next member ("و" glued to a
        word), a preposition ("في", "بريف"), or what ends any name?"""
        if ends_a_name(pos):
            return True
        nxt = toks.after(pos)
        if nxt is None or text[pos:nxt[0]] != " ":
            return False
        w = text[nxt[0]:nxt[1]]
        return ((w.startswith("و") and len(w) > 2 and w not in lex.name_stops and not is_lexical(*nxt))
                or w in _MEMBER_END_PREP)

    places: list[PlaceSpan] = []
    # where a place told after an adjective of nearness begins -> where the adjective begins ("حي X المجاور
    # لمطار Y"، "قرية X القريبة من مدينة Y": the definite near words of place_types.tsv)
    near_adjective_at: dict[int, int] = {}
    taken = bytearray(len(text) + 1)   # 1 where a place already found lies

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    def add(p: PlaceSpan) -> None:
        places.append(p)
        take(p.start, p.end)

    def direction_after(pos: int) -> tuple[str | None, int]:
        for h in mentions.place_words.within(pos, pos + 30):
            if h.payload.role == "direction" and h.word_start - pos <= 1:
                return h.payload.value, h.end
        return None, pos

    def compass_name(pos: int) -> tuple[int, int, str] | None:
        """"منطقة شرق النيل", "منطقة غرب الحارات": after an area's type word, a compass word and one word
        that is no known place, no place word and no pointer back ("منطقة شرق المدينة") is the area's
        own unknown name (Khartoum's East Nile locality); a known place after the compass word is
        the area east of it, read elsewhere (lead, stop 19)."""
        d, dend = direction_after(pos)
        if d is None or dend - pos > 8 or not text.startswith(" ", dend):
            return None
        nxt = toks.at(dend + 1)
        if nxt is None:
            return None
        s2, e2 = nxt
        w2 = text[s2:e2]
        if not w2.startswith("ال") or len(w2) < 5 or w2 in lex.name_stops or w2 in lex.name_tails \
                or s2 in place_word_starts or _anaphor_word_at(s2) or gaz_at(s2) is not None \
                or is_lexical(s2, e2) or blocked_spans.overlaps(s2, e2) or not free(pos, e2):
            return None
        s1 = toks.at(pos)
        if s1 is None:
            return None
        return s1[0], e2, text[s1[0]:e2]

    def _through_known_base(h, un: tuple[int, int, str]
                            ) -> tuple[tuple[int, int, str], tuple[str, ...], tuple[str, ...]]:
        """"قاعدة عثمان دقنة الجوية": a base whose gazetteer name begins with its type word has no
        name hit after that word, and the unknown name there may stop short ("دقنة" ends like a
        pronoun): the name runs on to the last word of the gazetteer's name that is no event,
        weapon or other lexical word nor a definite adjective (the adjective "الجوية" or "العسكرية"
        stays out, as in "قاعدة الديلمي الجوية"), so it is looked up whole (fix round q80-fix-sudan).
        Returns the name and, when it is the known base's, that base's entry ids and levels."""
        g0 = gaz_at(h.word_start)
        if g0 is None or g0.common_word or g0.start > h.start or g0.end < un[1]:
            return un, (), ()
        e = g0.end
        if g0.start >= h.word_start and free(un[0], e) and not blocked_spans.overlaps(un[1], e):
            # "قاعدة الملك خالد الجوية": the known base is the type word and the words after it,
            # all written: the name runs to its end (but its adjective, below) and is that base's,
            # though the name after the type word alone ("الملك") stops short or its words are also
            # lexicon words (a person's name); "قاعدة فلامنغو البحرية", whose unknown name already
            # ends where the known one does, is that base too (precision round q82-sites)
            while e > un[1]:
                sp = text.rfind(" ", un[1], e)
                if sp < 0 or not _BASE_ADJECTIVE.fullmatch(text, sp + 1, e):
                    break
                e = sp
            return (un[0], e, text[un[0]:e]), g0.entry_ids, tuple(g0.levels)
        while e > un[1]:
            sp = text.rfind(" ", un[1], e)
            if sp < 0 or not (is_lexical(sp + 1, e) or _BASE_ADJECTIVE.fullmatch(text, sp + 1, e)):
                break
            e = sp
        if e <= un[1] or not free(un[0], e) or blocked_spans.overlaps(un[1], e):
            return un, (), ()
        return (un[0], e, text[un[0]:e]), (), ()

    def _opens_own_name(h) -> bool:
        """Does a definite type word open a gazetteer name of its own that runs on past it ("الضاحية
        الجنوبية" is Beirut's southern suburb, no "the suburb" pointing back; round q93-leftprobes)?"""
        a0 = h.start - 2 if text[h.start - 2:h.start] == "ال" else h.start
        if text[a0 - 1:a0] == "و":
            return False   # ("ضربت 40 هدفاً في الجنوب والضاحية الجنوبية": a member of a tally of regions)
        g = gaz_by_start.get(a0)
        # (only where the report names no other quarter: "غارة على مبنى في بئر العبد في الضاحية الجنوبية"، "غارات على
        #  الضاحية الجنوبية، استهدفت إحداها مبنى في المريجة" tell the quarter's strike, the suburb only holds it)
        return g is not None and g.end > h.end and not g.common_word and "neighbourhood" in g.levels \
            and not any(o is not g and "neighbourhood" in o.levels for o in gaz_by_start.values())

    def _anaphor_word_at(pos: int) -> bool:
        return pos in anaphor_starts or pos + 1 in anaphor_starts

    # 1. type words and qualifiers announce names
    weapon_spans = Spans(map(_WORD_EDGES, mentions.weapons))
    for h in mentions.place_words:
        pw = h.payload
        if pw.role not in ("type", "qualifier"):
            continue
        if taken.find(1, h.start, h.end) >= 0:   # (`free`, written out in the three hottest tests)
            continue
        if weapon_spans.contains(h.start, h.end):
            continue  # "الرصاص الحي": live ammunition, not a neighbourhood
        if blocked_spans.contains(h.start, h.end):
            continue  # "تنظيم القاعدة": an actor's name, not a military base
        if pw.value == "after_prep" and not _after_prep(text, h, mentions):
            continue  # "مصادر محلية": the adjective, not Sudan's district
        if pw.kind == "road" and _by_way_of(text, h.word_start):
            continue  # "عن طريق الخطأ": by mistake, no road
        if pw.value == "after_type" and not any(
                h0.payload.role == "type" and h0.end <= h.word_start and not text[h0.end:h.word_start].strip()
                for h0 in mentions.place_words.within(max(0, h.word_start - 12), h.word_start)):
            continue  # "خزان المياه": a water tank; only "جسر خزان جبل أولياء" (the dam after a bridge) names a place
        if pw.role == "type" and pw.kind in ("site", "mountain"):
            g0 = gaz_at(h.word_start)
            if g0 is not None and g0.start <= h.start and g0.end > h.end and not g0.common_word and (
                    pw.kind == "site" or SETTLEMENT_LEVELS.intersection(g0.levels)):
                continue  # "جسر الشغور" is a town whose name begins with "bridge"; step 3 takes it (and
                          # "جبل أولياء" one named "mountain"; not "جبل الزاوية", the hills its villages are in)
        if pw.role == "type" and pw.kind in ("square", "landmark"):
            # (and a known building so named: "مستشفى كمال عدوان"، "المستشفى الإندونيسي", whose words after
            #  the type word alone are no place; q88-probe-transcript)
            g0 = gaz_at(h.word_start)
            if g0 is not None and g0.start <= h.start and g0.end > h.end and not g0.common_word \
                    and "site" in g0.levels:
                continue  # "دوار الكويت": a known square named with its type word, whose words after it
                          # alone name another place (Kuwait); step 3 takes the whole name, as it takes a
                          # site's (coverage round q85-sites)
        surface_definite = "ال" in text[h.word_start:h.start + 2]
        if pw.plural and surface_definite:
            continue  # "الأحياء", "القرى": the places meant in general, no names follow
        if pw.role == "qualifier" and surface_definite and text[h.word_start:h.end].endswith("الاطراف"):
            continue  # "معارك بين الأطراف أحرز فيها الثوار تقدماً": the parties, not the outskirts of a
                      # place, which are "أطراف X" (probe q86-probe3)
        if pw.role == "type" and surface_definite and _inside_known_name(h):
            continue  # "حي طريق السد بدرعا": the last word of a known quarter's name, no dam named after it
        pos = h.end
        if pw.plural and text.startswith(": ", h.end):
            pos += 1   # "أهالي بلدات: X، Y، Z": a colon after a plural type word opens its list (q88-probe-roundup)
        kind = pw.kind if pw.role == "type" else None
        qualifier = pw.value if pw.role == "qualifier" else None
        lead = h.start  # where the place as written begins
        if qualifier == "near_adj" and not text.startswith(" ل", h.end):
            continue   # "والبلدات المجاورة يزيد من ...": no "لـ", no place it is near
        if qualifier in ("near_prep", "near_adj"):
            qualifier, lead = "near", h.end + 1
            if surface_definite:
                near_adjective_at[lead] = h.word_start
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
            if lead > h.end:
                lead = inner.start
        plural = pw.plural or (inner is not None and inner.payload.plural)
        first = True
        anded = False   # the last member was joined by a plain "و"
        group = h.start
        # names the report delimits itself: quoted ("قرية “يوسف بك”") or a bracketed list
        # ("قرى (نزل حسين, بلابان, عين البيضا والعمارنة)"): take them whole
        delimited = _delimited_names(text, pos, quoted, plural)
        if delimited:
            for ns, ne in delimited:
                # a name the report quotes right after its type word is a name even when its
                # words are also event or target words (قرية “قصر ابن وردان”، حي “الشهداء”)
                if not free(ns, ne) or (is_lexical(ns, ne) and pw.role != "type") or \
                        any(w in lex.name_stops for w in text[ns:ne].split()):
                    continue
                g = gaz_by_start.get(ns)
                ids, levels = ((g.entry_ids, g.levels) if g is not None and g.end == ne else ((), ()))
                start = lead if (len(delimited) == 1 and not plural) else ns
                add(PlaceSpan(start, ne, ns, ne, text[ns:ne], kind, qualifier, direction, ids, levels,
                              None, False, True, group))   # parent, is_container, from_cue, group
            qe = quoted(pos) if quoted is not None else None
            if qe is not None:
                take(pos, qe)   # the rest of the quotation ("- مارع") names no event place
            continue
        while True:
            qe = quoted(pos - 1) if (not first and plural and quoted is not None and pos > 0
                                     and text[pos - 1] == " ") else None
            if qe is not None and 1 <= len(text[pos:qe].split()) <= 4:
                # a quoted member of a list ("والخليلية و"حاج والي" وطويران"): taken whole
                ns, ne = pos, qe
                if text[ns] == "و" and quoted(ns) is not None:
                    ns += 1   # و"حاج والي": the conjunction is outside the quotation
                while ne > ns and text[ne - 1] == " ":
                    ne -= 1
                if not free(ns, ne) or is_lexical(ns, ne):
                    break
                g = gaz_by_start.get(ns)
                ids, levels = ((g.entry_ids, g.levels) if g is not None and g.end == ne else ((), ()))
                add(PlaceSpan(ns, ne, ns, ne, text[ns:ne], kind, qualifier, direction, ids, levels,
                              None, False, True, group))   # parent, is_container, from_cue, group
                m = re.match(r"\s*(?:,\s*|و\s*(?=\S)|,\s*و)", text[qe:qe + 6])
                if not m:
                    break
                pos = qe + m.end()
                if text[pos - 1:pos] == "و":
                    pos -= 1   # the token starts at its glued "و" ("وطويران")
                continue
            if first and pw.role == "type" and _anaphor_word_at(pos):
                break  # "مطار المدينة": the airport of the city named before; "المدينة" itself
                       # is taken below as that city, never as a town called المدينة
            g = gaz_at(pos)
            # (every match ends with "و" right before the name: asked only then, ~18 times a report)
            if g is not None and first and g.start > pos and text[g.start - 1] == "و" \
                    and _CONJ_ONLY.fullmatch(text, pos, g.start):
                break  # "في حقل العمر والمزرعة والتنك": after "و" a new member, not this word's name
            if g is not None and not (first or plural) and g.common_word:
                break
            if g is not None and g.common_word and (g.start in date_starts or (
                    # "مدخل القرية صباح الأحد": a time word before a day's date (fix round q90-fix20p)
                    g.key in _TIME_LEAD_WORDS and (nt := toks.after(g.end)) is not None
                    and nt[0] in date_starts)):
                if not (first and pw.role == "type" and not plural and kind in _ANAPHOR_KINDS
                        and surface_definite):
                    break  # "بالمدينة صباح اليوم": a time opens there (صباح is also a Yemeni district)
                # (but the definite type word is still the place named before: "عند مدخل
                #  الناحية صباح اليوم", the subdistrict; quality-76)
                g = None
            if g is not None and plural and g.common_word and (
                    g.key in lex.name_stops or first and pw.kind in ("city", "town")) and not (
                    # (but "بلدات الخيام ويارين": a list of known places goes on after it with و)
                    text.startswith(" و", g.end) and (g2 := gaz_at(g.end + 1)) is not None
                    and (not g2.common_word or text[h.start:h.end] in _DUAL_TYPES)
                    and _settled(g) and _settled(g2)):
                # (a dual type word names two: "بلدتي خطاب وأرزة", both also common words)
                break  # "رابع كبرى مدن البلاد": the cities OF the country, not a town called البلاد
            if g is not None and g.common_word and pw.role == "qualifier" and inner is None:
                break  # "قرب الحدود": a qualifier does not make an ordinary word a place
            if g is not None and (g.key in lex.name_heads or (
                    kind in ("village", "town") and " " not in g.key and not g.key.startswith("ال"))):
                # "قرية عين لاروز": a head word that happens to be a gazetteer name starts a longer
                # one; so may a village's first word ("قرية ريمة حازم بريف السويداء"), when the
                # words that place it follow
                un = unknown_name(pos, listed=not first, placed_only=g.key not in lex.name_heads,
                                  in_list=plural)
                if un is not None and un[1] > g.end:
                    g = None
            if g is not None:
                ns, ne, name, ids, levels = g.start, g.end, g.key, g.entry_ids, g.levels
                if g.common_word and pw.kind == "landmark" and name in _INSTITUTIONS:
                    # "مقر الحكومة": a building named by an institution is no town of that name
                    # (a village's alternate name in the gazetteer): an unknown landmark, placed
                    # by what contains it
                    ids, levels = (), ()
                if kind == "neighbourhood" and levels and set(levels) <= _ADMIN_ONLY \
                        and (sp := text.rfind(" ", ns, ne)) > ns \
                        and normalize_key(text[sp + 1:ne]) in _bare_directions(lex):
                    # "حي بري شرقي الخرطوم": a quarter is no admin unit ("بري شرقي", a subdistrict of
                    # Hama); its name ends before the bearing toward the city (fix round q79-sudan)
                    ne = sp
                    name, ids, levels = text[ns:ne], (), ()
                tok_next = toks.at(ne + 1) if ne < len(text) and text[ne] == " " else None
                if tok_next is not None and (text[tok_next[0]:tok_next[1]] in lex.name_tails or (
                        kind in _NUMBERED_SITES and text[tok_next[0]:tok_next[1]].isdigit()) or (
                        # "قرية تير معلة الشرقية"، "بلدات الحراك وناحتة والمليحة الغربية": a village's or a
                        # town's name with a compass adjective that agrees with it is another village
                        # (probe q86-probe3)
                        # (not the countryside's bearing: "ريف بلدة مورك الشرقي")
                        kind in ("village", "town") and text[tok_next[0]:tok_next[1]] in lex.compass_adjectives
                        and (text[tok_next[1] - 2:tok_next[1]] == "يه") == (name[-1:] == "ه")
                        and "ريف" not in text[ns - 14 if ns > 14 else 0:ns])):
                    # "الصورة الكبيرة": a known name plus an adjective is a different, unknown place;
                    # so is a numbered site ("قاعدة البرج 22", "مخيم الركبان 2"): not the town
                    ne = tok_next[1]
                    name, ids, levels = text[ns:ne], (), ()
            else:
                if not (first or plural):
                    break
                # after a specific type word (ساحة، حي، قرية ...) even an event word is a name:
                # ساحة التحرير، حي الشهداء; after منطقة it is not (منطقة اشتباكات)
                definite = (text[h.word_start:h.start].endswith("ال")
                            or text[h.start:h.start + 2] == "ال")
                # "قصفت الطائرات البلدة بغارتين": a definite type word points back to a place
                # already named; an unknown word after it is not a new name
                nq = _NUMBERED_QUARTER.match(text, pos) if first and kind == "neighbourhood" and not plural \
                    else None
                # "الحي رقم 3"، "حي رقم 1": a quarter named by its number (Sirte's) is a name, though
                # the definite type word would otherwise point back (precision round q82-recall)
                # "أطراف المخيم عصر الثلاثاء"، "أطراف البلدة فجر السبت": a definite type word after a
                # qualifier points back as a bare one does; the word after it is no name (fix round q92-fix24p)
                inner_anaphor = (first and inner is not None and pw.role == "qualifier" and not plural
                                 and inner.payload.kind in _ANAPHOR_KINDS
                                 and "ال" in text[inner.word_start:inner.start + 2])
                un = (nq.start(1), nq.end(1), text[nq.start(1):nq.end(1)]) if nq is not None else \
                    None if (first and definite and pw.role == "type" and not plural) or inner_anaphor else \
                    None if first and kind == "district" and not plural and _sector_after(pos) else \
                    unknown_name(pos, strong=pw.role == "type" and kind not in ("area",) and first
                                 and not plural,
                                 listed=not first, area=kind == "area" or (plural and first),
                                 in_list=plural, quarter=kind == "neighbourhood",
                                 # (two quarters only: a village of that name beside a known village
                                 #  made the known one look like the region holding it, "قريتي الحميدية
                                 #  والشهداء" lost الحميدية)
                                 dual=not first and kind == "neighbourhood" and text[h.start:h.end] in _DUAL_TYPES)
                if un is None and first and not definite and not plural and pw.role == "type" \
                        and kind in _COMPASS_NAMED_KINDS:
                    un = compass_name(pos)
                if un is None:
                    if first and definite and pw.role == "type" and not plural and (
                            kind in _ANAPHOR_KINDS or _SAME_PLACE.match(text, h.end) is not None) \
                            and not (kind == "neighbourhood" and text.startswith("ال", h.end + 1)
                                     and (da := direction_after(h.end))[0] is not None
                                     and text.startswith(" من ", da[1])) \
                            and not any(qs <= h.start < qe for qs, qe in quoted_spans or ()) \
                            and not _opens_own_name(h):
                        # (not inside quotation marks: 'بـ"عملية تطهير المطار"' names an operation)
                        # "المدينة", "البلدة": the place named before (resolved below); "الحي
                        # الشرقي من المدينة" is a part of the city, not the quarter named before
                        # (from its article: "شرقي المدينة" must read as a containment gap)
                        a0 = h.start - 2 if text[h.start - 2:h.start] == "ال" else h.start
                        add(PlaceSpan(a0, h.end, a0, h.end, "", kind, None, None, (), (),
                                      None, False, True, -1, True))   # ..., from_cue, group, anaphor
                    elif inner_anaphor and not any(qs <= h.start < qe for qs, qe in quoted_spans or ()):
                        a0 = inner.start - 2 if text[inner.start - 2:inner.start] == "ال" else inner.start
                        add(PlaceSpan(a0, inner.end, a0, inner.end, "", kind, None, None, (), (),
                                      None, False, True, -1, True))   # ..., from_cue, group, anaphor
                    break
                ids, levels = (), ()
                if first and pw.role == "type" and kind == "base":
                    un, ids, levels = _through_known_base(h, un)
                ns, ne, name = un
            d = direction
            pend = ne
            if qualifier == "rural" and d is None:
                d, dend = direction_after(ne)
                if d:
                    pend = dend
            if kind == "road" and d is None:
                # "أوتوستراد دمشق-حمص", "طريق دمشق-دير الزور": a road told by its two ends is
                # coded at the first; the second only names it
                m2 = _ROUTE_END.match(text, pend)
                other_end = gaz_at(m2.end()) if m2 is not None else None
                if other_end is not None:
                    pend = other_end.end
            # a plural type word (بلدات، قرى، حيي) is not part of any one member's name
            start = lead if first and not plural else ns
            if taken.find(1, start, pend) >= 0:   # (not `free`)
                break
            add(PlaceSpan(start, pend, ns, ne, name, kind, qualifier, d, tuple(ids), tuple(levels),
                          None, False, True, group))   # parent, is_container, from_cue, group
            first = False
            # list continuation: "X وY", "X، Y وZ"
            m = _LIST_NEXT.match(text[pend:pend + 6])
            if not m:
                break
            nxt = pend + m.end()
            # "و" glued to the next word: the token starts at pend+1
            if text[pend:pend + 2] == " و" and not text[pend + 2:pend + 3].isspace() \
                    and text[pend + 2:pend + 3] not in "\"'":
                nxt = pend + 1
            if gaz_at(nxt) is None and not plural:
                break
            if _LIST_TIME_NEXT.match(text, nxt) and ((gn := gaz_at(nxt)) is None or gn.common_word):
                break
            gap = m.group()
            if anded and "," in gap and text.startswith("و", nxt) and gaz_at(nxt) is None \
                    and (tk := toks.at(nxt)) is not None and text[tk[0]:tk[1]].endswith("ت"):
                break   # "بلدات بيت أمر وسعير وبني نعيم، وفتشت عدداً من المنازل": after a list closed
                        # by "و", "، و" and an unknown word with a past verb's ending opens a clause
            anded = "," not in gap and "و" in gap
            pos = nxt

    # 2. a quoted list of names ("ومنها "الناعمية، والبوحسان، وجسر شناس"): every item short,
    #    none of them an ordinary or event word, at least two of them
    for qs, qe in quoted_spans or ():
        items = []
        for part in re.finditer(r"[^,]+", text[qs:qe]):
            for chunk in re.split(r"\s+(?=و\S)", part.group()):
                item = chunk.strip()
                if item.startswith("و") and len(item) > 3:
                    item = item[1:]
                if item:
                    idx = text.find(item, qs + part.start())
                    items.append((idx, idx + len(item)))
        # "الطريق الواصلة بين "خزنة وتل معروف"": a quoted pair after بين is two places
        between = re.search(r"(?:^|\s)بين\s*$", text[max(0, qs - 8):qs]) is not None and len(items) == 2
        if len(items) < 2 or ("," not in text[qs:qe] and not between) or \
                not all(0 <= a < b and 1 <= len(text[a:b].split()) <= 3 for a, b in items):
            continue  # a list has commas; a quotation of speech split at و is not one
        ok = True
        for a, b in items:
            words = text[a:b].split()
            if is_lexical(a, b) or any(w in lex.name_stops for w in words) or \
                    any(x < b and a < y for x, y in blocked):
                ok = False
                break
        if not ok:
            continue
        group = qs
        for a, b in items:
            if free(a, b):
                g = gaz_by_start.get(a)
                ids, levels = ((g.entry_ids, g.levels) if g is not None and g.end == b else ((), ()))
                add(PlaceSpan(a, b, a, b, text[a:b], None, None, None, ids, levels,
                              None, False, True, group))   # parent, is_container, from_cue, group

    def _listed_with_known(g: NameHit) -> bool:
        """"بينها الخيام ويارين": a name that is also a common word, joined by و to a name of the
        gazetteer that is none, right after a `list_intro` word of `grammar_words.tsv`, is a member
        of a list of places (not a stop word of names)."""
        if g.key in lex.name_stops or not _settled(g):
            return False
        if text.startswith(" و", g.end):
            g2 = gaz_at(g.end + 1)
            if g2 is not None and not g2.common_word and g2.start <= g.end + 2 and _settled(g2) and \
                    _LIST_INTRO.search(text, max(0, g.start - 14), g.start) is not None:
                return True
        ws = g.start - 1 if g.start > 0 and text[g.start - 1] == "و" else -1
        if ws > 1 and text[ws - 1] == " ":
            g0 = gaz_by_end.get(ws - 1)
            if g0 is None or g0.common_word or not _settled(g0):
                return False
            if _LIST_INTRO.search(text, max(0, g0.start - 14), g0.start) is not None:
                return True
            # "غارات على مواقع في درنة والبيضاء شرق البلاد"، "جرود عرسال والقاع في البقاع": the last of two
            # members after a preposition or a type word, the list ending with it (round q90-places)
            return (_PREP_BEFORE.search(text, max(0, g0.start - 8), g0.start) is not None
                    or any(h.end in (g0.start - 1, g0.start) and h.payload.role in ("type", "qualifier")
                           for h in mentions.place_words.within(max(0, g0.start - 14), g0.start))) \
                and not is_lexical(g.start, g.end) and _ends_list(g.end)
        return False

    def _ends_list(pos: int) -> bool:
        """Does a list of places end at `pos`: a stop, a comma, the end, "في" or the words that place it?"""
        return ends_a_name(pos) or text.startswith(" في ", pos)

    gaz_by_end = {gaz_by_start[x].end: gaz_by_start[x] for x in gaz_starts}

    # 3. gazetteer names on their own
    # a town whose name is also an ordinary word, introduced with its type word ("لمدينة الخيام"),
    # is that town when told again bare right after على in the same report ("غارات جوية على الخيام";
    # round q93-fix27r; elsewhere the bare word stays a word: "مقتل أشخاص في الباب" retells a toll)
    cued_common = {p.name for p in places if p.from_cue and p.gazetteer_ids and not p.anaphor}
    for s in gaz_starts:
        g = gaz_by_start[s]
        if taken.find(1, g.start, g.end) >= 0:   # (not `free`)
            continue
        if g.common_word and not (g.key in cued_common and _ON_BEFORE.search(text, max(0, g.start - 8), g.start)) \
                and not (
                _fronted_alone(text, g) and g.key not in _not_fronted(lex)) and not _listed_with_known(g) and not (
                g.key in _BARE_COMMON_TOWNS and _PREP_BEFORE.search(text, max(0, g.start - 8), g.start) is not None) \
                and not (g.key in _IN_ONLY_TOWNS and _IN_BEFORE.search(text, max(0, g.start - 8), g.start) is not None) \
                and not (text[g.end:g.end + 1] == ":" and _tolled_item_label(text, g.start)):
            continue
        if "country" in g.levels and len(g.levels) == 1:
            p = PlaceSpan(g.start, g.end, g.start, g.end, g.key, "country", None, None,
                          g.entry_ids, g.levels, None, True)   # parent, is_container
            add(p)
            continue
        # "العاصمة دمشق": a capital named as such is the city, not its governorate
        kind = None
        for pw in mentions.place_words.within(g.start - 12, g.start):
            if pw.payload.role == "container" and pw.payload.kind == "city" and 0 <= g.start - pw.end <= 2:
                kind = "city"
        add(PlaceSpan(g.start, g.end, g.start, g.end, g.key, kind, None, None, g.entry_ids, g.levels))

    # 3b. a name the report introduced with its type word ("بلدة كفرسجنة") is a place when told
    #     again without it ("فيما أصيب خمسة آخرون في كفرسجنة"), though no gazetteer knows it
    def named_again(names: set[str]) -> None:
        for name in sorted(names):
            a0 = text.find(name)
            while a0 >= 0:
                b0 = a0 + len(name)
                # the name as a word of its own, with at most و/ف and ب/ل glued before it
                ws = a0
                while ws > 0 and text[ws - 1].isalnum():
                    ws -= 1
                if (b0 == len(text) or not text[b0].isalnum()) and _NAME_CLITICS.fullmatch(text, ws, a0) and \
                        free(a0, b0) and not is_lexical(a0, b0) and not blocked_spans.overlaps(a0, b0):
                    add(PlaceSpan(a0, b0, a0, b0, name, None, None, None, (), (),
                                  None, False, True))   # parent, is_container, from_cue
                a0 = text.find(name, b0)

    named_again({p.name for p in places if p.from_cue and not p.gazetteer_ids and not p.anaphor
                 and p.kind in _NAMED_AGAIN_KINDS and len(p.name.replace(" ", "")) >= 4})

    # 3c. "غارات على كفرنبودة والهبيط وعابدين": a list of two places the gazetteer knows, joined
    #     by و, continues with names it does not know when the last of them ends the list (a
    #     comma, a full stop or the words that place it follow): "وكفرسجنة والركايا،"
    by_start = sorted([p for p in places if not p.from_cue and p.gazetteer_ids], key=_START)
    for p1, p2 in zip(by_start, by_start[1:]):
        if not re.fullmatch(r"\s+و", text[p1.end:p2.start]) or not text[p2.end:p2.end + 2] == " و":
            continue
        members = []
        at = p2.end + 1
        while len(members) < 4:
            got = unknown_name(at, listed=True)
            if got is None:
                break
            a0, b0, name = got
            if not (free(a0, b0) and len(name.replace(" ", "")) >= 4 and not blocked_spans.overlaps(a0, b0)):
                break
            members.append(got)
            if ends_a_name(b0) or text[b0:b0 + 2] != " و":
                break
            at = b0 + 1
        if members and ends_a_name(members[-1][1]):
            p1.group = p2.group = p1.start if p1.group < 0 else p1.group
            for a0, b0, name in members:
                add(PlaceSpan(a0, b0, a0, b0, name, None, None, None, (), (),
                              None, False, True, p1.group))   # parent, is_container, from_cue, group
            # (and told again later: "وتسببت الغارات بمقتل 4 مدنيين في كفرسجنة")
            named_again({name for _, _, name in members})

    places.sort(key=_START)
    _resolve_anaphors(places, text)
    places = [p for p in places if not (p.anaphor and not p.name)]
    # 4. containment: a place right after another, joined by a containment gap, contains it
    joined = _joined_by_gap(lex)
    told_off: set[int] = set()   # landmarks placed by a compass word off a larger place
    for a, b in zip(places, places[1:]):
        gap = text[a.end:b.start]
        # (not "مبنى الإذاعة والتلفزيون في ...", a second building joined by و, nor "مقر الحكومة في
        #  قصر معاشيق بمديرية X", a place of its own told in between)
        run_on = a.kind == "landmark" and len(gap) <= 40 and _WORSHIP.match(text, a.start) is not None \
            and _NAME_RUN_ON.fullmatch(gap) is not None \
            and not gap.lstrip().startswith("و") \
            and not any(h.payload.role == "type" for h in mentions.place_words.within(a.end, b.start))
        if run_on:
            # "مسجد الإمام علي بن أبي طالب في حي وادي الذهب": the building's name runs on past
            # the words the finder took (a person's names); the place after "في" still holds it
            gap = gap[gap.rindex(" ", 0, len(gap.rstrip())):]
        if "/" in gap and _SLASH_HEADING.fullmatch(gap) and _HEADING_END.match(text, b.end) \
                and a.parent is None and b.parent is None:
            # "2. الإسحاقي / بلد: انفجار عبوة ..." (a tally's item told under two names joined by a
            # slash): one spot, the finer name inside the larger one ("بلد / الضلوعية": the
            # sub-district), never two events (probe q86-probe3)
            inner, outer = (b, a) if a.max_rank > b.max_rank else (a, b)
            inner.parent = outer
            outer.children.append(inner)
            outer.is_container = True
            continue
        if "(" in gap and _BRACKET_ALIAS_GAP.fullmatch(gap) and _BRACKET_CLOSE.match(text, b.end) \
                and a.parent is None and b.parent is None and not a.children and b.gazetteer_ids \
                and a.kind in _ALIASED_KINDS:
            # "مطار طرابلس الدولي (معيتيقة)": a site told again by its other name in brackets right
            # after it: one spot, never two events; the bracketed name, found in the gazetteer, is the
            # finer one (the first often resolves to the city it is named after; q94-leftmaps)
            b.parent = a
            a.children.append(b)
            a.is_container = True
            continue
        # (every match holds "و": most gaps between two places are " في " or a comma)
        if "و" in gap and _AND_ONE_MORE_SITE.fullmatch(gap) and any(
                h.payload.role == "type" for h in mentions.place_words.within(a.end, b.start)):
            # "قاعدة عين الأسد الجوية وقاعدة في أربيل": a second site, unnamed, in the place after
            # it: that place is where an event of its own happened, no region introducing the first,
            # nor the one that holds it
            b.holds_site = True
            continue
        # ("بلدة الدوير قضاء النبطية": a district or governorate named by its type word right
        #  after a town or village, with nothing between, only says where that place lies)
        locator = not gap.strip() and b.kind in _LOCATOR_KINDS and a.kind in _LOCATED_KINDS
        # ("حي الروضة عند المدخل الشمالي لمدينة تعز": the entrance of the city after a place only says
        #  where that place lies; probe q86-probe3)
        entrance = "مدخل" in gap or "مداخل" in gap
        entrance = entrance and _ENTRANCE_GAP.fullmatch(gap) is not None
        # ("قرية مشعلة التي تتبع لناحية شران": a relative clause of belonging, which the gap pattern
        #  does not hold; probe q86-probe3)
        belongs = "تتبع" in gap or "يتبع" in gap or "اداريا" in gap
        belongs = belongs and b.max_rank >= a.rank and _BELONGS_TO.fullmatch(gap) is not None
        # ("بلدة كاودا في جبال النوبة"، "قرية هيبان بجبال النوبة": a mountain range told by its plural type word,
        #  which stands in the gap, after a town holds it; no record of its own beside the town (q88-precision))
        locator = locator or (b.kind == "mountain" and b.from_cue and "جبال" in gap
                              and a.kind in ("town", "village", "neighbourhood", None)
                              and (a.kind is not None or bool(a.gazetteer_ids))
                              and _MOUNTAINS_GAP.fullmatch(gap) is not None)
        # ("حي المنصورة، عدن"، "الحلفايا، بحري:": a quarter, then after a bare comma a city that is never a
        #  quarter itself, says which city the quarter lies in: one place, not a list of two; fix round
        #  q91-fix23p)
        quarter = gap.strip() in ("،", ",") and a.parent is None and b.levels \
            and (a.kind == "neighbourhood" or (bool(a.levels) and all(lv == "neighbourhood" for lv in a.levels))) \
            and "neighbourhood" not in b.levels and max(_LEVEL_RANK.get(lv, 1) for lv in b.levels) >= 2
        if not locator and not entrance and not belongs and not quarter \
                and (len(gap) > 40 or not gap.strip(" ,()") or not joined(gap)):
            # (a bare comma or bracket joins the members of a list; it does not nest them)
            continue
        directional = off = False
        for pw_hit in mentions.place_words.within(a.end, b.start):   # (a loop, not any() over a generator)
            if pw_hit.payload.role == "direction":
                directional = True
                # (a village or a town off a place lies outside it; a quarter "شمال غربي المدينة" is in it)
                off = pw_hit.payload.value != "center" and a.kind in ("village", "town")
                break
        # ("بلدة تلدو بمنطقة الحولة": an area named with its type word right after a town holds it)
        area = b.kind == "area" and b.from_cue and a.kind in ("town", "village", "neighbourhood")
        # ("حي المنشية بدرعا البلد": a place told right after "بـ"/"في" is inside it, even a quarter
        #  no larger than the first in the words)
        tight = b.max_rank >= a.rank and _TIGHT_IN.fullmatch(gap) is not None
        # ("جبل متين التابع لناحية ديرلوك": "belonging to" says the place after it holds the one
        #  before, of no smaller rank)
        typed = b.max_rank >= a.rank and _BELONGS_TO.fullmatch(gap) is not None
        if run_on or typed or directional or area or tight or locator or entrance or quarter or b.max_rank > a.rank or (b.rank == a.rank and b.qualifier == "rural") or (
                b.max_rank >= 2 and a.kind in ("neighbourhood", "village", "square", "street", "site",
                                              "landmark")):
            if a.parent is None:
                a.parent = b
                a.off_parent = off
            b.children.append(a)
            if a.kind == "landmark" and (not directional or not any(
                    h.payload.role == "direction" and h.payload.value != "center"
                    for h in mentions.place_words.within(a.end, b.start))):
                # "جامع الروضة في بلدة ابطع": the town is where it happened; so it is for a landmark
                # "in the middle of" a town ("شارع الوحدة وسط مدينة غزة"; lead, stop 24)
                continue
            if a.kind == "landmark" and any(h.payload.role == "direction" and h.payload.value != "center"
                                            for h in mentions.place_words.within(a.end, b.start)):
                told_off.add(id(a))   # (not "شارع طرابلس وسط المدينة": a street inside the city)
            b.is_container = True
    for p in places:
        # "تحرير تسع قرى شرقي الموصل، بينها قرى X وY": a town a compass word puts places of a plural
        # type word around is their reference point, no event place when the event names them
        # (finalize drops it then; told alone it stays, near the town)
        if p.is_container or p.start <= 8 or p.kind not in (None, "city", "town"):
            continue
        compass = compass_ending(text, p.start - 16 if p.start > 16 else 0, p.start, lex)
        if compass is None:
            continue
        before = len(text[:compass.start()].rstrip(" )"))   # ("قرى (X، Y والعمارنة) جنوبي مدينة جرابلس")
        # ("قرب بلدة الكرمة (Garma) شرقي الفلوجة": the gloss belongs to the name before it, and the town
        #  after the compass word is still that place's reference point)
        said = len(text[:compass.start()].rstrip())
        gloss = _GLOSS_BEFORE.search(text, max(0, said - 50), said) if text[said - 1:said] == ")" else None
        if _PLURAL_AROUND.search(text, max(0, p.start - 40), p.start) is not None or \
                any((q.end == before or (gloss is not None and q.end == gloss.start())) and q is not p
                    for q in places) or \
                _DISTANCE_BEFORE.search(text, max(0, before - 40), before) is not None:
            # ("المعارك تدور على بعد 20 كم غرب مدينة مأرب، في جبهتي صرواح ورغوان": the distance is
            #  counted from the city; the fronts named after it are where; probe q86-probe3)
            p.reference = True
    for p in places:
        if p.kind == "landmark":
            if p.gazetteer_ids and p.parent is None and not p.children:
                # "مشفى كفرنبل الجراحي": a building named after its town, with no other place
                # told: the town is where it happened
                p.kind = None
                continue
            if p.gazetteer_ids and p.parent is not None and not p.children and \
                    any(lv in ("city", "town") for lv in p.levels) and (p.parent.rank >= 3 or id(p) in told_off):
                # "مستشفى الأبيض التعليمي بولاية شمال كردفان": named after a town, told inside a
                # governorate or region: the town is finer than the container told with it
                # ("مستشفى الأتارب غربي حلب": a town told off a city by a compass word is not in it)
                p.kind = None
                p.parent.is_container = True
                continue
            p.is_container = True  # a building is never coded as the place itself
    # "بين X وY": a road or front between two places is coded at the first one
    # ("الطريق الواصل بين قريتي X وY": the type word of the pair may stand after بين)
    for a, b in zip(places, places[1:]):
        base = a.start - 20 if a.start > 20 else 0
        window = text[base:a.start]
        # (the pattern holds the word itself: a substring test spares most places the search)
        pair = _BETWEEN_BEFORE.search(window) if "بين" in window else None
        if pair is not None and pair.group(1) and not any(
                h.payload.role == "type" and h.word_start == base + pair.start(1)
                for h in mentions.place_words.within(base, a.start)):
            pair = None   # "بين عناصر X": not a pair of places
        if pair is not None and _PAIR_JOIN.match(text[a.end:b.start]) \
                and not a.is_container:
            a.qualifier = a.qualifier or "between"
            b.is_container = True
            b.between_end = True   # it only locates the road; elsewhere it may be an event place
    # members of one list share the container of the list's last member
    by_group: dict[int, list[PlaceSpan]] = {}
    for p in places:
        if p.group >= 0:
            by_group.setdefault(p.group, []).append(p)
    for members in by_group.values():
        if len(members) < 2:
            continue   # (a place alone keeps the container it has, or has none to share)
        parent = next((m.parent for m in reversed(members) if m.parent), None)
        if parent and parent not in members:
            for m in members:
                if m.parent is None:
                    m.parent = parent
                    parent.children.append(m)
    _quarters_of_the_city_before(text, places)
    places = _without_bracketed_aliases(text, places)
    if has(text, "بحجه "):
        # "قصف المدينة بحجة محاربة التهريب": "under the pretext of", not "in Hajjah", when a word
        # follows that is no place's ("مديرية حرض بحجة." and "بحجة وصعدة" still are; probe q86-probe3)
        places = [p for p in places if not (
            p.name_start > 0 and p.name_end == p.end
            and (text[p.name_start - 1:p.name_end] == "بحجه" or text[p.name_start:p.name_end] == "بحجه")
            and _PRETEXT_FOLLOWS.match(text, p.end) is not None
            and not any(p.end < q.start <= p.end + 2 for q in places))]
    # "كمين على طريق دمشق - السويداء قرب بلدة الصورة الكبيرة": the place near which it happened
    # says where on the road; the road only leads there
    for a, b in zip(places, places[1:]):
        if a.kind == "road" and b.qualifier == "near" and _NEAR_GAP.fullmatch(text, a.end, b.start):
            a.is_container = True   # (not the place's parent: a road holds no village)
        elif a.kind in _NEAR_LOCATED and b.qualifier == "near" and a.parent is None and not a.is_container \
                and (b.kind in ("town", "city") or (b.kind is None and (a.kind != "village" or _A_TOWN.intersection(b.levels)))) \
                and _NEAR_GAP.fullmatch(text, a.end, b.start) \
                and not any(w.startswith("و") for w in text[a.end:b.start].split()):   # (not "وقرب": a second place)
            # "قصفت مسيرة قرية تل خنزير قرب بلدة القحطانية": the town only says where the village is
            b.is_container = True
            a.parent = b
            b.children.append(a)
        elif b.qualifier == "near" and a.parent is None and not a.is_container and a.kind is not None \
                and (adj := near_adjective_at.get(b.start, near_adjective_at.get(b.start - 1))) is not None \
                and not text[a.end:adj].strip():   # (b.start - 1: its لـ, "المجاور لمطار صنعاء")
            # "قصف حي بني حوات المجاور لمطار صنعاء": an adjective of nearness agreeing with the place
            # before it only says where that place lies, whatever its kind (lead, stop 24)
            b.is_container = True
            a.parent = b
            b.children.append(a)
    return places


#: the kinds of place a town or city "near" them only locates ("قرية تل خنزير قرب بلدة القحطانية"; a site too:
#: "في محيط مطار بن غوريون قرب تل أبيب", "قاعدة العند قرب مدينة لحج", q76-yemen); a town or a
#: quarter too ("بلدة الكرك الشرقي قرب مدينة إزرع": one event, at the town; lead, stop 24, where q76-yemen had
#: read a town near a city as a second place struck)
_NEAR_LOCATED = frozenset({"town", "neighbourhood", "village", "site", "airport", "base", "camp", "oil field", "dam", "farm",
                           # an area ("منطقة تل المانع قرب مدينة الكسوة", q82-strike)
                           "area"})
#: a name without a type word the gazetteer knows as a town or city: near a village it only locates
#: it ("قرية صيدا قرب عين عيسى", q82-strike)
_A_TOWN = frozenset({"town", "city"})


#: a district or governorate named by its type word right after a town or village, nothing between
#: ("بلدة الهبارية قضاء حاصبيا", "قرية X ناحية Y"): that place's container (q82-strike)
_LOCATOR_KINDS = frozenset({"district", "subdistrict", "governorate"})
_LOCATED_KINDS = frozenset({"town", "village", "city"})


#: "عند المدخل الشمالي لـ" / "على مداخل": a place at the entrance of the place told after it (probe q86-probe3)
_ENTRANCE_GAP = re.compile(r"\s*[,،]?\s*(?:عند|علي|في|قرب)\s+(?:ال)?(?:مدخل|مداخل)\s+(?:ال[\u0621-\u064a]+\s+)?(?:ل|من\s+)?")


#: a word right after "بحجة" that makes it "under the pretext of": not a time word nor punctuation (a place
#: right after it, "بحجة وعمران", is a list)
_PRETEXT_FOLLOWS = re.compile(r" (?!(?:امس|اليوم|صباح|مساء|فجر|ليل|منذ|يوم|خلال|في|شمال|جنوب|شرق|غرب)\S*\s)[\u0621-\u064a]{2,}")


#: two names of a tally's item joined by a slash ("الإسحاقي / بلد:"), and the colon or dash that ends the
#: item's heading right after the second (probe q86-probe3)
#: between a site and its other name in brackets: at most one word (an adjective: "الدولي") and "(":
#: "مطار طرابلس الدولي (معيتيقة)"
_BRACKET_ALIAS_GAP = re.compile(r"\s*(?:[\u0621-\u064a]+\s*)?\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
#: the kinds of place whose other name follows in brackets (a site named after a city: an airport, a base)
_ALIASED_KINDS = ("airport", "base", "landmark", "site", "camp", "oil field")
_SLASH_HEADING = re.compile(r"\s*/\s*")
_HEADING_END = re.compile(r"\s*[:\-–—]")


#: "و" and one indefinite word (a type word: "وقاعدة") before في/بـ: a second site in the place after
_AND_ONE_MORE_SITE = re.compile(r"\s*و(?!ال)[\u0621-\u064a]+\s+(?:في\s+|ب)")


#: a place's other name in brackets right after it: "مدينة كوباني (عين العرب)"
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _without_bracketed_aliases(text: str, places: list[PlaceSpan]) -> list[PlaceSpan]:
    """"قرية X جنوب مدينة كوباني (عين العرب)": the name in brackets, alone there, that the
    gazetteer reads as a place the name before may be, is that place's other name; where the
    name before only locates another place, so does its other name (it was a second place struck).
    (A bracketed list, "قرى (X، Y وZ)", is not touched: it names the places.)"""
    drop = set()
    for a, b in zip(places, places[1:]):
        if not a.is_container or b.children or not (a.gazetteer_ids and b.gazetteer_ids) \
                or not _BRACKET_OPEN.fullmatch(text, a.end, b.start) or not _BRACKET_CLOSE.match(text, b.end):
            continue
        if set(a.gazetteer_ids) & set(b.gazetteer_ids):
            drop.add(id(b))
    return [p for p in places if id(p) not in drop] if drop else places


#: what stands between a road and the place near which it is named: a comma, and the near word
#: ("قرب", "بالقرب من") when the place is written without it
_NEAR_GAP = re.compile(r"\s*[,،]?\s*(?:\S+\s+){0,2}")


def _quarters_of_the_city_before(text: str, places: list[PlaceSpan]) -> None:
    """"شهدت مدينة حلب اشتباكات عنيفة في حي الراشدين": a quarter the gazetteer does not know,
    told with no place of its own after a city in the same sentence, lies in that city (a quarter
    is always some city's). A city that "witnessed" (شهدت) what its quarter saw is only where the
    quarter is, not a place of an event of its own."""
    city: PlaceSpan | None = None
    for p in places:
        if city is not None and (text.find(".", city.end, p.start) >= 0 or text.find("\n", city.end, p.start) >= 0):
            city = None   # (a full stop or a line break between them; no slice, no generator)
        if p.kind == "neighbourhood" and not p.gazetteer_ids and p.parent is None \
                and city is not None:
            p.parent = city
            city.children.append(p)
            if _WITNESSED.search(text, max(0, city.start - 8), city.start):
                city.is_container = True
            continue
        city = p if p.kind == "city" and p.gazetteer_ids and not p.anaphor else None


#: "بينها"، "منها" right before the first of a list of places (grammar_words `list_intro`)
_LIST_INTRO = re.compile(rf"(?:^|\s)(?:{alternation('list_intro')})[,:]?\s+$")
#: an adjective right after a place's name ("موقع المالكية الإسرائيلي")
_PLACE_NISBA = re.compile(r"\s+(\w{3,}(?:يه|ي))(?!\w)")


@lru_cache(maxsize=1)
def _place_nations() -> dict[str, str]:
    """Nationality adjectives (countries.tsv and place_nations.tsv, normalised) -> ISO code."""
    from rasd.resources import read_tsv
    from rasd.text.normalize import normalize_key
    out: dict[str, str] = {}
    for path in ("lexicon/countries.tsv", "lexicon/place_nations.tsv"):
        for r in read_tsv(path):
            key = normalize_key(r["pattern"])
            if key.endswith(("ي", "يه")):
                out[key] = r["iso2"]
    return out


def nation_after_place(text: str, start: int, end: int) -> str | None:
    """"القنيطرة السورية": the country a nationality adjective right after a place's name (or as
    the last word of a longer name the type word announced: "ثكنة زرعيت الإسرائيلية") puts it in
    (the geocoder reads it only when that is not the report's country)."""
    m = _PLACE_NISBA.match(text, end)
    if m is not None:
        return _place_nations().get(m.group(1))
    name = text[start:end].split()
    return _place_nations().get(name[-1]) if len(name) > 1 else None


#: a round-up's item opened by its country at the head of a sentence or line ("في ليبيا، قتل ..."،
#: ". وفي لبنان، أصيب ..."): the country's name, normalised (round q92-places)
_COUNTRY_HEAD = re.compile(r"في\s+(\w+)\s*[،,:]")
#: what may stand before "(و)في" at such a head: the start of the text, of a line or of a sentence, and bullets
_BEFORE_HEAD = re.compile(r"(?:^|[.:؛!\n])[ \t\-–•*]*و?$")


@lru_cache(maxsize=1)
def _country_nouns() -> dict[str, str]:
    """Country names of countries.tsv (not its adjectives), normalised -> ISO code."""
    from rasd.resources import read_tsv
    out: dict[str, str] = {}
    for r in read_tsv("lexicon/countries.tsv"):
        key = normalize_key(r["pattern"])
        if " " not in key and not key.endswith(("ي", "يه")):
            out[key] = r["iso2"]
    return out


@lru_cache(maxsize=4)
def _country_heads(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end of its line, ISO code) of every country heading of a round-up in `text`."""
    nouns = _country_nouns()
    heads = []
    # (the scan starts from the literal "في", which the engine seeks fast; what stands before it is asked
    #  only of the few places where a country's name and a comma follow)
    for m in _COUNTRY_HEAD.finditer(text):
        iso = nouns.get(m.group(1))
        if iso is not None and _BEFORE_HEAD.search(text, max(0, m.start() - 8), m.start()) is not None:
            eol = text.find("\n", m.end())
            heads.append((m.end(), len(text) if eol < 0 else eol, iso))
    return tuple(heads)


def heading_country(text: str, pos: int) -> str | None:
    """"في ليبيا، قتل ثلاثة مسلحين في اشتباكات في طرابلس. وفي لبنان، ...": the country of the round-up
    item a place at `pos` is told in, from the item's head up to the next head or the end of its line,
    so that طرابلس is Libya's though Lebanon outvotes Libya in the whole report (round q92-places)."""
    if "في " not in text:
        return None
    got = None
    for start, eol, iso in _country_heads(text):
        if start > pos:
            break
        got = iso if pos <= eol else None
    return got
